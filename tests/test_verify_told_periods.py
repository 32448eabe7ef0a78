"""Periods told in words, read the way the market data is kept. 'This week' has two readings
a reader may mean: the calendar week (since Monday) and the last seven days, the way price
sites show a week; a move right on either is not wrong, a move right on neither is. 'A day
earlier' of a daily gauge is its previous print, whatever the article's zone. Figures are
recomputed here from the CSV files."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
from conftest import MARKET
from verify_helpers import check, utc

from factcheck.model import Article, ClaimKind, Precision, Verdict
from factcheck.nlp.extract import extract

WEDNESDAY = utc(2025, 12, 10, 9, 30)


def _move_since(start: str) -> float:
    bars = pd.read_csv(MARKET / "BTC-USDT_1h_binance-spot.csv", parse_dates=["timestamp"], index_col="timestamp")
    opened = float(bars.loc[pd.Timestamp(start, tz="UTC"), "open"])
    closed = float(bars.loc[pd.Timestamp("2025-12-10 08:00", tz="UTC"), "close"])  # the last bar closed by 09:30
    return (closed / opened - 1.0) * 100.0


def _checked(percent: float, market_store):
    word = "up" if percent >= 0 else "down"
    art = Article(text=f"Bitcoin is {word} {abs(percent):.1f}% this week.", source="test",
                  published_at=WEDNESDAY, published_precision=Precision.minute, published_zone="UTC")
    (move,) = [c for c in extract(art) if c.kind is ClaimKind.price_change]
    assert move.time.rolling_days == 7
    return check(art, move, market_store)


def test_the_calendar_week_and_the_last_seven_days_are_both_readings(market_store) -> None:
    calendar, rolling = _move_since("2025-12-08 00:00"), _move_since("2025-12-03 09:00")
    assert abs(calendar - rolling) > 2.0, "the two readings must differ for this test to mean anything"
    on_calendar = _checked(calendar, market_store)
    assert on_calendar.verdict is Verdict.supported, on_calendar.evidence.explanation
    assert "the calendar week, is graded" in on_calendar.evidence.explanation
    on_rolling = _checked(rolling, market_store)
    assert on_rolling.verdict is Verdict.supported, on_rolling.evidence.explanation
    assert "the last 7 days, is graded" in on_rolling.evidence.explanation


def test_a_move_right_on_neither_reading_is_inaccurate(market_store) -> None:
    calendar, rolling = _move_since("2025-12-08 00:00"), _move_since("2025-12-03 09:00")
    wrong = -(abs(calendar) + abs(rolling) + 8.0) if calendar + rolling > 0 else abs(calendar) + abs(rolling) + 8.0
    checked = _checked(wrong, market_store)
    assert checked.verdict is Verdict.inaccurate, checked.evidence.explanation


def test_a_reading_a_day_earlier_in_an_eastern_zone_is_the_gauges_previous_print(market_store) -> None:
    """At 08:40 in Seoul (23:40 UTC the day before), the index's current print is that UTC
    day's; 'a day earlier' is the print of the UTC day before it, not of the Seoul day."""
    seoul = Article(text="The Fear & Greed Index fell to 32 from 44 a day earlier.", source="test",
                    published_at=datetime(2026, 1, 20, 23, 40, tzinfo=UTC),
                    published_precision=Precision.minute, published_zone="Asia/Seoul")
    index = pd.read_csv(MARKET / "fear-greed_1d_alternative-me.csv", parse_dates=["timestamp"], index_col="timestamp")["value"]
    earlier = next(c for c in extract(seoul) if c.kind is ClaimKind.sentiment_index and c.value == 44)
    checked = check(seoul, earlier, market_store)
    assert checked.evidence.figure == index[pd.Timestamp("2026-01-19", tz="UTC")]
    assert checked.verdict is Verdict.supported, checked.evidence.explanation
