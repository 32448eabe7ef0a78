"""Metric and indicator claims of harder desk notes and TA pages: a reading dated to a part of a
past day, positions told after a moving average, Bollinger halves, open-interest changes chained
after the level (in percent, in dollars, over another window), a dated turn of funding beside its
rate, venue readings on bullet lines, one side of liquidations outpacing the other, and the checks
that read them (RSI inside a past window, weekly RSI on the daily history, open interest in
dollars over one snapshot day). Every sentence is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest
from conftest import MARKET
from verify_helpers import article, check, claim, utc

from factcheck.model import Article, Claim, ClaimKind, Comparator, Precision, Verdict
from factcheck.nlp.extract import extract
from factcheck.nlp.timeref import PARTS_OF_DAY

FRIDAY = datetime(2025, 11, 21, 10, 0, tzinfo=UTC)  # a Friday morning, UTC


def claims_in(text: str, kind: ClaimKind | None = None, published: datetime = FRIDAY, zone: str = "UTC") -> list[Claim]:
    art = Article(text=text, source="test", published_at=published, published_precision=Precision.minute, published_zone=zone)
    return [c for c in extract(art) if kind is None or c.kind is kind]


def described(claims: list[Claim]) -> list[tuple]:
    return [(c.comparator.value, c.value, c.unit, c.metric) for c in claims]


# --- a reading dated to a part of a past day -----------------------------------------------------


def test_a_reading_on_a_past_morning_is_dated_to_those_hours() -> None:
    text = "RSI across timeframes\n• 4-hour RSI: 58\nThe 4-hour reading touched 73 on Wednesday morning and has eased since."
    rsi = {c.value: c for c in claims_in(text, ClaimKind.indicator)}
    then = rsi[73.0]
    assert (then.metric, then.timeframe, then.time.kind) == ("rsi", "4h", "window")
    start, end = PARTS_OF_DAY["morning"]
    assert (then.time.start, then.time.end) == (utc(2025, 11, 19, start), utc(2025, 11, 19, end))
    now = rsi[58.0]  # '4-hour' names the bars, not a window: the reading is of publication
    assert (now.timeframe, now.time.kind) == ("4h", "instant")


def test_a_part_of_a_named_day_is_read_in_the_articles_zone() -> None:
    """An afternoon in Istanbul (UTC+3) is 09:00-15:00 UTC."""
    (low,) = [c for c in claims_in("Ether slid to $2,950 on Tuesday afternoon.", zone="Europe/Istanbul")
              if c.kind in {ClaimKind.price_level, ClaimKind.intraday_low}]
    assert (low.time.start, low.time.end) == (utc(2025, 11, 18, 9), utc(2025, 11, 18, 15))


def test_a_part_of_today_still_running_ends_at_publication() -> None:
    (level,) = claims_in("Bitcoin changed hands at $86,900 on Friday morning.", ClaimKind.price_level)
    assert (level.time.start, level.time.end) == (utc(2025, 11, 21, 6), FRIDAY)


# --- label lines ---------------------------------------------------------------------------------


def test_a_label_line_gives_the_reading_its_zone_and_timeframe() -> None:
    (rsi,) = claims_in("Daily RSI: 61, neutral", ClaimKind.indicator)
    assert (rsi.value, rsi.zone, rsi.timeframe, rsi.period) == (61.0, "neutral", "1d", 14)


def test_a_period_written_against_the_gauge_is_read() -> None:
    (rsi,) = claims_in("Daily RSI(14): 61, neutral", ClaimKind.indicator)
    assert (rsi.value, rsi.zone, rsi.timeframe, rsi.period) == (61.0, "neutral", "1d", 14)


# --- positions told after a moving average, Bollinger halves ------------------------------------


def test_a_moving_average_under_the_price_is_the_price_above_it() -> None:
    text = "The 50-day EMA, at $3,050, is sloping below the price, while the 100-day SMA at $3,420 sits well above."
    found = {(c.metric, c.period, c.comparator.value, c.value) for c in claims_in(text, ClaimKind.indicator)}
    assert found == {("ema", 50, "at", 3050.0), ("ema", 50, "above", None),
                     ("sma", 100, "at", 3420.0), ("sma", 100, "below", None)}


def test_a_line_below_another_line_is_no_position_of_the_price() -> None:
    found = claims_in("The 50-day SMA is below the 200-day SMA.", ClaimKind.indicator)
    assert all(c.period != 50 or c.comparator is not Comparator.above for c in found)


@pytest.mark.parametrize(("text", "comparator"), [
    ("Ether trades in the upper half of its Bollinger bands.", Comparator.above),
    ("Bitcoin has slipped into the lower half of the Bollinger Bands.", Comparator.below),
])
def test_a_half_of_the_bollinger_bands_is_a_side_of_the_middle_band(text: str, comparator: Comparator) -> None:
    (band,) = claims_in(text, ClaimKind.indicator)
    assert (band.metric, band.period, band.zone, band.comparator, band.value) == ("bollinger", 20, "middle", comparator, None)


# --- open interest chained after its level -------------------------------------------------------


def test_open_interest_level_then_its_changes_in_percent_dollars_and_over_a_week() -> None:
    text = "Ether open interest on OKX ended at $3.2 billion, up 5% on the day, an increase of $150 million, and 9% higher than a week ago."
    found = claims_in(text, ClaimKind.open_interest)
    assert described(found) == [("at", 3.2e9, "USD", "open_interest"), ("up", 5.0, "%", "open_interest_change"),
                                ("up", 1.5e8, "USD", "open_interest_change"), ("up", 9.0, "%", "open_interest_change")]
    week = found[-1]
    assert week.time.end - week.time.start == timedelta(days=7)
    assert found[2].text == "an increase of $150 million"
    assert not claims_in(text, ClaimKind.price_change)  # '9% higher than a week ago' is not the coin's move


def test_a_drop_in_dollars_after_a_fall_in_percent_is_a_fall() -> None:
    text = "BTC open interest stood at $6.1 billion, down 3% on the day, a drop of $190 million."
    assert ("down", -1.9e8, "USD", "open_interest_change") in described(claims_in(text, ClaimKind.open_interest))


# --- funding: a dated turn beside its rate, venue readings on bullet lines -----------------------


def test_a_dated_turn_of_funding_is_a_claim_beside_its_rate() -> None:
    found = claims_in("Binance funding flipped positive on Monday, averaging 0.004% per 8h.", ClaimKind.funding_rate)
    assert sorted((c.comparator.value, c.value) for c in found) == [("at", 0.004), ("crossed_above", 0.0)]
    turned = next(c for c in found if c.comparator is Comparator.crossed_above)
    assert (turned.time.kind, turned.time.start, turned.venue) == ("day", utc(2025, 11, 17), "Binance")


def test_an_undated_turn_only_gives_the_rates_sign() -> None:
    found = claims_in("Funding on the perpetual turned negative, averaging about -0.003% per eight hours.", ClaimKind.funding_rate)
    assert [(c.comparator.value, c.value) for c in found] == [("at", -0.003)]


def test_venue_readings_on_the_bullet_after_a_funding_line() -> None:
    text = ("• Binance funding averaged 0.01% per 8h over the week.\n"
            "• OKX's BTC perp printed -0.002% at the 08:00 UTC settlement, and Hyperliquid sits at -0.0005% per hour.")
    found = claims_in(text, ClaimKind.funding_rate)
    assert [(c.venue, c.value, c.metric) for c in found] == [
        ("Binance", 0.01, "funding_rate"), ("OKX", -0.002, "funding_rate"), ("Hyperliquid", -0.0005, "funding_rate_hourly")]
    assert not claims_in(text, ClaimKind.price_change)


# --- one side of liquidations outpacing the other ------------------------------------------------


def test_one_side_outpacing_the_other_by_a_percentage_is_the_imbalance() -> None:
    text = "Liquidations reached $260 million: $110 million of longs and $150 million of shorts, shorts outpacing longs by 36%."
    (imbalance,) = claims_in(text, ClaimKind.liquidation_imbalance)
    assert (imbalance.value, imbalance.unit, imbalance.side, imbalance.comparator) == (36.0, "%", "short", Comparator.at)
    assert len(claims_in(text, ClaimKind.liquidations)) == 3


def test_one_side_exceeding_the_other_by_an_amount_is_no_total() -> None:
    text = "Long liquidations exceeded shorts by $60 million over the session."
    (imbalance,) = claims_in(text, ClaimKind.liquidation_imbalance)
    assert (imbalance.value, imbalance.unit, imbalance.side) == (6e7, "USD", "long")
    assert not claims_in(text, ClaimKind.liquidations)


# --- checks ----------------------------------------------------------------------------------------

MONDAY_MORNING = dict(start=utc(2025, 10, 27, 3), end=utc(2025, 10, 27, 9), when="window", time_text="on Monday morning")
TUESDAY = utc(2025, 10, 28, 9)


def _rsi(value: float, timeframe: str, **time) -> Claim:
    return claim(ClaimKind.indicator, "BTC", value, metric="rsi", period=14, timeframe=timeframe, **time)


def test_rsi_told_for_a_past_window_is_read_in_it_not_at_publication(market_store) -> None:
    """BTC's 4h RSI on 27 Oct 2025: about 74 and 76 at the 04:00 and 08:00 UTC closes; about 61 a day later."""
    then = check(article(TUESDAY), _rsi(76, "4h", **MONDAY_MORNING), market_store)
    assert then.verdict is Verdict.supported, then.evidence.explanation
    assert then.evidence.figure == pytest.approx(76, abs=1.5)
    assert "2025-10-27 08:00" in then.evidence.explanation
    now = check(article(TUESDAY), _rsi(76, "4h", start=TUESDAY, end=TUESDAY), market_store)
    assert now.verdict is Verdict.inaccurate, now.evidence.explanation
    wrong = check(article(TUESDAY), _rsi(62, "4h", **MONDAY_MORNING), market_store)
    assert wrong.verdict is Verdict.inaccurate, wrong.evidence.explanation


def test_weekly_rsi_is_read_on_the_daily_history_alone(market_store) -> None:
    """The Binance daily file opens on Friday 2023-05-26: a reading needs no 14 bars of lookback
    beyond its warm-up, so the weeks before the first whole one are not asked for."""
    weekly = check(article(TUESDAY), _rsi(54, "1w", start=TUESDAY, end=TUESDAY), market_store)
    assert weekly.verdict is Verdict.supported, weekly.evidence.explanation
    assert weekly.evidence.figure == pytest.approx(54.4, abs=1.0)


def _oi(day: str) -> float:
    frame = pd.read_csv(MARKET / "BTC-ETH_open-interest_1d_binance-usdm.csv", parse_dates=["timestamp"], index_col="timestamp")
    return float(frame["btc_oi_value_usd"].loc[pd.Timestamp(day, tz="UTC")])


def test_open_interest_in_dollars_and_percent_over_one_snapshot_day_use_the_same_snapshots(market_store) -> None:
    """'a drop of $X on the day' read at 07:10: the day holds one snapshot (00:00), so both forms
    run from the snapshot before it, as the percent form always did."""
    published = utc(2025, 11, 26, 7, 10)
    day = dict(start=utc(2025, 11, 26), end=published, when="day", time_text="on the day")
    first, last = _oi("2025-11-25"), _oi("2025-11-26")
    amount = claim(ClaimKind.open_interest, "BTC", round(last - first, -6), unit="USD", metric="open_interest_change",
                   comparator=Comparator.down, venue="Binance", **day)
    dollars = check(article(published), amount, market_store)
    assert dollars.verdict is Verdict.supported, dollars.evidence.explanation
    assert dollars.evidence.figure == pytest.approx(last - first, rel=1e-6)
    share = claim(ClaimKind.open_interest, "BTC", round((last / first - 1) * 100, 1), unit="%", metric="open_interest_change",
                  comparator=Comparator.down, venue="Binance", **day)
    percent = check(article(published), share, market_store)
    assert percent.verdict is Verdict.supported, percent.evidence.explanation
    assert percent.evidence.figure == pytest.approx((last / first - 1) * 100, abs=1e-6)
