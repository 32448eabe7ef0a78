"""Checker rules on hand-built claims against the shared CSVs: how each figure is read
(which bar, which snapshot, which day) and how close is close enough."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from verify_helpers import article, check, claim, utc

from factcheck.model import ClaimKind, Comparator, Verdict
from factcheck.verify.tolerance import level_tolerance, move_grade, written_unit

DAY = timedelta(days=1)


@pytest.mark.parametrize(
    ("value", "magnitude", "decimals", "unit", "tolerance"),
    [
        (71_000, 1, 0, 1000, 500),  # "$71,000" is rounded to the thousand, like "$71K"
        (71_000, 1000, 0, 1000, 500),
        (63_300, 1, 0, 100, 316.5),  # 0.5% is wider than the written hundred
        (3_800, 1, 0, 100, 38),  # half the hundred (50) is capped at 1%
        (100_000, 1, 0, 100_000, 1000),  # "$100,000" is not "anything from $50,000"
        (2.21, 1, 2, 0.01, 0.01105),
    ],
)
def test_a_level_is_compared_at_the_precision_written(value, magnitude, decimals, unit, tolerance) -> None:
    c = claim(ClaimKind.price_level, "BTC", value, magnitude=magnitude, decimals=decimals)
    assert written_unit(c) == pytest.approx(unit)
    assert level_tolerance(c) == pytest.approx(tolerance)


@pytest.mark.parametrize(
    ("actual", "written", "expected"),
    [(3.05, 5, Verdict.imprecise), (24.2, 30, Verdict.inaccurate), (-7.22, -7.5, Verdict.supported), (1.0, -1.0, Verdict.inaccurate)],
)
def test_percent_moves_within_half_a_point_or_two_points(actual, written, expected) -> None:
    assert move_grade(actual, written, 0.5) is expected


def test_a_level_missed_by_under_two_percent_is_imprecise(market_store) -> None:
    """28 Feb 2024 13:28: the last close was 59,354.20; '$60,400' is 1.7% off."""
    published = utc(2024, 2, 28, 13, 28)
    c = claim(ClaimKind.price_level, "BTC", 60_400, start=published, end=published)
    assert check(article(published), c, market_store).verdict is Verdict.imprecise


def test_a_crossing_that_fell_short_by_under_two_percent_is_imprecise(market_store) -> None:
    """'cleared $60,000' at 13:28: the closed hours had topped out at 59,494, 0.8% short."""
    published = utc(2024, 2, 28, 13, 28)
    c = claim(ClaimKind.price_level, "BTC", 60_000, comparator=Comparator.crossed_above,
              start=published - 7 * DAY, end=published, when="window")
    result = check(article(published), c, market_store)
    assert result.verdict is Verdict.imprecise, result.evidence.explanation


def test_a_reclaimed_level_must_hold_exactly(market_store) -> None:
    """The seed: BTC reclaimed $71,000 on 8 Feb 2026 but closed at 70,502 before publication:
    within the rounding of '$71,000', yet a threshold is taken exactly."""
    published = utc(2026, 2, 9, 1, 17)
    c = claim(ClaimKind.price_level, "BTC", 71_000, comparator=Comparator.crossed_above,
              start=published - 7 * DAY, end=published, when="window")
    assert check(article(published), c, market_store).verdict is Verdict.imprecise


def test_market_cap_is_price_at_publication_times_supply(market_store) -> None:
    """13 Mar 2024 20:15: 73,349.24 (19:00 close) x 19,652,474 BTC = $1.4415 trillion."""
    published = utc(2024, 3, 13, 20, 15)
    c = claim(ClaimKind.market_cap, "BTC", 1.44e12, unit="USD", metric="market_cap", start=published, end=published)
    result = check(article(published), c, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation
    assert result.evidence.figure == pytest.approx(1.4415e12, rel=0.001)
    wrong = claim(ClaimKind.market_cap, "BTC", 2.1e12, unit="USD", metric="market_cap",
                  start=utc(2025, 1, 21, 2, 40), end=utc(2025, 1, 21, 2, 40))
    assert check(article(utc(2025, 1, 21, 2, 40)), wrong, market_store).verdict is Verdict.inaccurate  # $2.011T


def test_funding_of_a_day_whose_three_prints_are_out(market_store) -> None:
    """2 May 2025 17:30 UTC: the 00, 08 and 16 UTC prints of that day are all out; they
    averaged -0.0101% (the day before: +0.0004%)."""
    published = utc(2025, 5, 2, 17, 30)
    c = claim(ClaimKind.funding_rate, "BTC", -0.0101, unit="%", metric="funding_rate", decimals=4, start=published, end=published)
    result = check(article(published), c, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation
    assert result.evidence.figure == pytest.approx(-0.0101, abs=0.0001)


def test_funding_that_only_the_unfinished_day_agrees_with_is_unverifiable(market_store) -> None:
    """12 Nov 2024 12:05: the last complete day (11 Nov) averaged +0.019%; 12 Nov, whose mean
    holds a print after publication, +0.0439%: the claimed 0.04% cannot be decided."""
    published = utc(2024, 11, 12, 12, 5)
    c = claim(ClaimKind.funding_rate, "BTC", 0.04, unit="%", metric="funding_rate", decimals=2, start=published, end=published)
    result = check(article(published), c, market_store)
    assert result.verdict is Verdict.unverifiable, result.evidence.explanation
    assert "cannot be separated" in result.evidence.explanation


def test_open_interest_snapshots_are_known_at_midnight(market_store) -> None:
    """10 Dec 2025 09:30: that day's 00:00 UTC snapshot ($8.207B for BTC) is the latest; ETH's
    went from $6.065B to $6.843B overnight (+12.8%); BTC's week, $8.111B -> $8.207B (+1.2%)."""
    published = utc(2025, 12, 10, 9, 30)
    said = "Binance's BTCUSDT perpetual carried open interest"
    level = claim(ClaimKind.open_interest, "BTC", 8.21e9, unit="USD", metric="open_interest", sentence=said,
                  start=published, end=published, venue="Binance")
    result = check(article(published), level, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation
    assert result.evidence.figure == pytest.approx(8.207e9, rel=0.001)
    night = claim(ClaimKind.open_interest, "ETH", 13, unit="%", comparator=Comparator.up, metric="open_interest_change",
                  sentence="OI on Binance's ETHUSDT contract jumped 13% overnight", venue="Binance",
                  start=published - timedelta(hours=12), end=published, when="window")
    assert check(article(published), night, market_store).verdict is Verdict.supported
    week = claim(ClaimKind.open_interest, "BTC", -5, unit="%", comparator=Comparator.down, metric="open_interest_change",
                 sentence="BTC OI on Binance is down 5% on the week", venue="Binance",
                 start=published - 7 * DAY, end=published, when="window")
    assert check(article(published), week, market_store).verdict is Verdict.inaccurate


def test_fear_and_greed_of_a_named_day_and_its_tolerance(market_store) -> None:
    """'76 on Friday' in a New York article: Friday 31 Jan 2025 (76), not the UTC Saturday (68).
    '78' on 17 Dec 2024, when the index read 87: nine points off."""
    friday = claim(ClaimKind.sentiment_index, None, 76, metric="fear_greed", when="day", time_text="on Friday",
                   start=utc(2025, 1, 31, 5), end=utc(2025, 2, 1, 5))
    assert check(article(utc(2025, 2, 3, 9, 30)), friday, market_store).verdict is Verdict.supported
    published = utc(2024, 12, 17, 9, 45)
    off = claim(ClaimKind.sentiment_index, None, 78, metric="fear_greed", start=published, end=published)
    assert check(article(published), off, market_store).verdict is Verdict.inaccurate


def test_weekly_streaks_use_monday_weeks(market_store) -> None:
    """The weeks of 19 Jan, 26 Jan, 2 Feb and 9 Feb 2026 each closed below their Monday open."""
    published = utc(2026, 2, 16, 18, 30)
    c = claim(ClaimKind.trend, "BTC", None, metric="streak", count=4, timeframe="1w", zone="down", start=published, end=published)
    result = check(article(published), c, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation
    assert result.evidence.figures["streak_complete"] == 4


def test_a_volume_threshold_and_a_month_of_volume(market_store) -> None:
    """20 Jan 2025 (Yahoo BTC-USD $126.3B): 'over $50 billion' holds. Over the 30 days to
    20 Jan the average day was about $49.8B: a '$50 billion a day' figure is that average."""
    end = utc(2025, 1, 21)
    over = claim(ClaimKind.volume, "BTC", 5e10, unit="USD", metric="volume", comparator=Comparator.above,
                 start=end - DAY, end=end, when="day")
    assert check(article(utc(2025, 1, 21, 0, 30)), over, market_store).verdict is Verdict.supported
    month = claim(ClaimKind.volume, "BTC", 5e10, unit="USD", metric="volume", start=end - 30 * DAY, end=end, when="window")
    result = check(article(utc(2025, 1, 21, 0, 30)), month, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation
    assert "average day" in result.evidence.explanation


def test_the_record_is_a_spot_price_not_a_perpetual_wick(market_store) -> None:
    """5 Dec 2024 05:40: Binance spot's record was 104,088 (03:00 candle); the perpetual
    printed higher, and is used only where spot has gaps."""
    published = utc(2024, 12, 5, 5, 40)
    c = claim(ClaimKind.all_time_high, "BTC", 104_088, start=published, end=published)
    result = check(article(published), c, market_store)
    assert result.verdict is Verdict.supported
    assert result.evidence.figure == pytest.approx(104_088)


def test_a_price_in_won_is_not_checked_against_dollar_prices(market_store) -> None:
    """A Korean exchange's won price carries its premium; we hold no KRW market, so: unverifiable."""
    from datetime import datetime, timezone

    from factcheck.pipeline import check

    text = "Published: 2026-02-09 01:00 UTC\n\nBitcoin traded at 102 million won on Upbit, while it sat near $70,500 on Binance.\n"
    report = check("won.txt", text=text, store=market_store, offline=True,
                   now=datetime(2026, 11, 25, tzinfo=UTC), sentiment=None)
    by_unit = {c.claim.unit: c for c in report.claims if c.claim.kind.value == "price_level"}
    assert by_unit["KRW"].verdict.value == "unverifiable" and "Korean won" in by_unit["KRW"].evidence.explanation
    assert by_unit["USD"].verdict.value == "supported"


def test_a_price_in_euros_or_pounds_is_not_converted(market_store) -> None:
    """A euro or sterling price is named as such and left unverifiable; it had been dropped
    unread (the sign was not a currency), so an editor never saw it."""
    from factcheck.pipeline import check

    text = ("Published: 2026-02-09 01:00 UTC\n\nIn Frankfurt bitcoin was quoted at €59,800, "
            "while in London it traded at £51,900.\n")
    report = check("eur.txt", text=text, store=market_store, offline=True,
                   now=datetime(2026, 11, 25, tzinfo=UTC), sentiment=None)
    by_unit = {c.claim.unit: c for c in report.claims if c.claim.kind.value == "price_level"}
    assert set(by_unit) == {"EUR", "GBP"}
    assert by_unit["EUR"].verdict.value == "unverifiable" and "euros" in by_unit["EUR"].evidence.explanation
    assert by_unit["GBP"].verdict.value == "unverifiable" and "pounds" in by_unit["GBP"].evidence.explanation
