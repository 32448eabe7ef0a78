"""Moves and distances written as bounds ('up more than 20%', 'less than 1%', 'more than
10 percent below the record'): extraction marks the bound, and the checks take the figure
as a floor or a ceiling. Expected moves are recomputed here from the CSV files."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import MARKET
from verify_helpers import article, check, claim, utc

from factcheck.model import Article, ClaimKind, Comparator, Verdict
from factcheck.nlp.extract import extract


def _claims(text: str) -> list:
    art = Article(text=text, source="test", published_at=utc(2024, 2, 20, 12), published_zone="UTC")
    return [c for c in extract(art) if c.kind is not ClaimKind.opinion]


@pytest.mark.parametrize(("text", "value", "bound"), [
    ("Bitcoin is up by over 20% since the start of February.", 20, "at_least"),
    ("Solana jumped more than 8% in the past 24 hours.", 8, "at_least"),
    ("Ether slipped less than 1% on Tuesday.", -1, "at_most"),
    ("Bitcoin surged 12% this week.", 12, None),
    ("Dogecoin is down more than 5% on the day.", -5, "at_least"),
])
def test_a_move_written_as_a_bound_is_marked(text: str, value: float, bound: str | None) -> None:
    moves = [c for c in _claims(text) if c.kind is ClaimKind.price_change]
    assert [(c.value, c.bound) for c in moves] == [(value, bound)]


def test_a_bound_on_a_price_is_left_to_the_comparator() -> None:
    """'rose 3% to more than $70,000': the 3% is exact; the price is above $70,000."""
    found = {(c.kind, c.comparator, c.value, c.bound) for c in _claims("BTC rose 3% to more than $70,000.")}
    assert (ClaimKind.price_change, Comparator.up, 3.0, None) in found
    assert (ClaimKind.price_level, Comparator.above, 70000.0, None) in found


def test_a_distance_from_the_record_written_as_a_bound_is_marked() -> None:
    records = [c for c in _claims("Bitcoin trades more than 10 percent lower than its previous record.")
               if c.kind is ClaimKind.all_time_high]
    assert [(c.value, c.bound) for c in records] == [(10.0, "at_least")]


# --- checks on real data ---------------------------------------------------------------------

FEB = dict(start=utc(2024, 2, 1), end=utc(2024, 2, 15), when="window", time_text="in the first half of February")


def _first_half_of_february() -> float:
    hours = pd.read_csv(MARKET / "BTC-USDT_1h_binance-spot.csv", parse_dates=["timestamp"], index_col="timestamp")
    start, end = pd.Timestamp("2024-02-01", tz="UTC"), pd.Timestamp("2024-02-15", tz="UTC")
    window = hours.loc[(hours.index >= start) & (hours.index < end)]
    return (window["close"].iloc[-1] / window["open"].iloc[0] - 1) * 100


def _move(value: float, bound: str | None):
    return claim(ClaimKind.price_change, "BTC", value, unit="%", metric="return", comparator=Comparator.up,
                 bound=bound, text=f"up {value}%", **FEB)


def test_more_than_a_move_is_supported_when_the_move_was_larger(market_store) -> None:
    actual = _first_half_of_february()
    assert 21 < actual < 22  # the data this test is written for
    over = check(article(utc(2024, 2, 15)), _move(20, "at_least"), market_store)
    assert over.verdict is Verdict.supported, over.evidence.explanation
    assert over.evidence.figure == pytest.approx(actual, abs=0.01)
    assert "more than +20.00%" in over.evidence.explanation
    exact = check(article(utc(2024, 2, 15)), _move(20, None), market_store)
    assert exact.verdict is Verdict.imprecise  # '20%' flat is 1.6 points off


def test_a_bound_the_move_fell_short_of_is_graded_by_the_shortfall(market_store) -> None:
    short = check(article(utc(2024, 2, 15)), _move(23, "at_least"), market_store)
    assert short.verdict is Verdict.imprecise, short.evidence.explanation  # 1.4 points short
    far = check(article(utc(2024, 2, 15)), _move(30, "at_least"), market_store)
    assert far.verdict is Verdict.inaccurate, far.evidence.explanation


def test_less_than_a_move_is_a_ceiling(market_store) -> None:
    under = check(article(utc(2024, 2, 15)), _move(25, "at_most"), market_store)
    assert under.verdict is Verdict.supported, under.evidence.explanation
    over = check(article(utc(2024, 2, 15)), _move(15, "at_most"), market_store)
    assert over.verdict is Verdict.inaccurate, over.evidence.explanation


def test_more_than_ten_percent_below_the_record(market_store) -> None:
    """29 Feb 2024 04:30 UTC: the record was November 2021's; the last close was 10.5% under it."""
    def record(bound: str | None):
        return claim(ClaimKind.all_time_high, "BTC", 10, unit="%", comparator=Comparator.below, bound=bound,
                     text="10 percent under the previous record", start=utc(2024, 2, 29, 4, 30), end=utc(2024, 2, 29, 4, 30))
    bounded = check(article(utc(2024, 2, 29, 4, 30)), record("at_least"), market_store)
    assert bounded.verdict is Verdict.supported, bounded.evidence.explanation
    assert 10 < bounded.evidence.figure < 11
    flat = check(article(utc(2024, 2, 29, 4, 30)), record(None), market_store)
    assert flat.verdict is Verdict.imprecise, flat.evidence.explanation


def test_a_dollar_move_written_as_a_bound() -> None:
    moves = [c for c in _claims("Ether crashed more than $400 on Sunday.") if c.kind is ClaimKind.price_change]
    assert [(c.value, c.unit, c.bound) for c in moves] == [(-400.0, "USD", "at_least")]


def test_more_than_a_dollar_move_is_supported_when_the_move_was_larger(market_store) -> None:
    hours = pd.read_csv(MARKET / "BTC-USDT_1h_binance-spot.csv", parse_dates=["timestamp"], index_col="timestamp")
    start, end = pd.Timestamp("2024-02-01", tz="UTC"), pd.Timestamp("2024-02-15", tz="UTC")
    window = hours.loc[(hours.index >= start) & (hours.index < end)]
    gained = window["close"].iloc[-1] - window["open"].iloc[0]
    assert 8000 < gained < 10000  # the data this test is written for

    def usd_move(value: float, bound: str | None):
        return claim(ClaimKind.price_change, "BTC", value, unit="USD", metric="change", comparator=Comparator.up,
                     bound=bound, text=f"up ${value:,.0f}", **FEB)

    over = check(article(utc(2024, 2, 15)), usd_move(7000, "at_least"), market_store)
    assert over.verdict is Verdict.supported, over.evidence.explanation
    assert "more than $7,000" in over.evidence.explanation
    exact = check(article(utc(2024, 2, 15)), usd_move(7000, None), market_store)
    assert exact.verdict is not Verdict.supported, exact.evidence.explanation


def test_a_move_written_as_a_range_holds_anywhere_inside_it(market_store) -> None:
    """'down 5-7% in 24 hours': held to the range, not to its near end. Wednesday 10 Dec 2025
    09:30, BTC's 24-hour move is recomputed from the hourly bars; ranges around it, beside it
    and far from it are graded by the distance to the range."""
    bars = pd.read_csv(MARKET / "BTC-USDT_1h_binance-spot.csv", parse_dates=["timestamp"], index_col="timestamp")
    published = utc(2025, 12, 10, 9, 30)
    opened = float(bars.loc[pd.Timestamp("2025-12-09 09:00", tz="UTC"), "open"])
    closed = float(bars.loc[pd.Timestamp("2025-12-10 08:00", tz="UTC"), "close"])
    moved = (closed / opened - 1) * 100

    way = "up" if moved >= 0 else "down"

    def graded(low: float, high: float) -> Verdict:
        art = Article(text=f"Bitcoin is {way} {low:.1f}-{high:.1f}% over the past 24 hours.", source="test",
                      published_at=published, published_zone="UTC")
        (move,) = [c for c in extract(art) if c.kind is ClaimKind.price_change]
        assert move.value_high is not None and abs(move.value_high) == pytest.approx(round(high, 1))
        return check(art, move, market_store).verdict

    size = abs(moved)
    assert size > 1.6, "the move must be large enough for a range below and around it"
    assert graded(size - 1.5, size + 1.5) is Verdict.supported  # its near end alone is 1.5 points off
    assert graded(size + 1.2, size + 3.0) is Verdict.imprecise
    assert graded(size + 6.0, size + 9.0) is Verdict.inaccurate
