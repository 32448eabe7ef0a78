"""Events within a named day: a level crossed during the day, and a day's high or low
in an article that gives only its date."""

from __future__ import annotations

from verify_helpers import article, check, claim, utc

from factcheck.model import ClaimKind, Comparator, Precision, Verdict


def _on_thursday(value: float, comparator: Comparator):
    return claim(ClaimKind.price_level, "BTC", value, comparator=comparator, when="day", time_text="Thursday",
                 start=utc(2025, 1, 9), end=utc(2025, 1, 10))


def test_back_above_a_level_after_a_dip_within_the_day(market_store) -> None:
    """Thursday 9 Jan 2025 opened at 95,061, dipped to 91,800 (14:00 candle) and closed back
    above 94,000 at 15:00: 'pushed it back above $94,000' that day holds, though the day did
    not open below the level."""
    result = check(article(utc(2025, 1, 9), Precision.day), _on_thursday(94_000, Comparator.crossed_above), market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation


def test_a_level_the_day_never_left_was_not_crossed(market_store) -> None:
    """The same day never traded above 95,383: 'fell below $98,000' on it crossed nothing."""
    result = check(article(utc(2025, 1, 9), Precision.day), _on_thursday(98_000, Comparator.crossed_below), market_store)
    assert result.verdict is Verdict.imprecise, result.evidence.explanation
    assert "throughout" in result.evidence.explanation


def test_a_date_only_low_is_the_low_so_far_at_some_hour(market_store) -> None:
    """'Bitcoin hits $94K low' on 16 Nov 2025 (date only): the day went on to 92,923, but up to
    the 17:00 candle its low was 93,677, within the rounding of '$94K'. A low below the whole
    day's (92,923) is not rescued: '$91K' is 2.1% off."""
    day = claim(ClaimKind.intraday_low, "BTC", 94_000, magnitude=1000, when="day", start=utc(2025, 11, 16), end=utc(2025, 11, 17))
    result = check(article(utc(2025, 11, 16), Precision.day), day, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation
    lower = claim(ClaimKind.intraday_low, "BTC", 91_000, magnitude=1000, when="day", start=utc(2025, 11, 16), end=utc(2025, 11, 17))
    assert check(article(utc(2025, 11, 16), Precision.day), lower, market_store).verdict is Verdict.inaccurate


def test_a_gap_that_cannot_change_the_verdict_does_not_withhold_it(market_store) -> None:
    """2 Jan 2024 00:53: the hourly files start on 1 Jan, so six of the seven days before are
    missing. 'Burst through $45,000' still fails at publication (last close 44,179.55, 1.8%
    short), whatever the gap holds; 'above $44,000' rests on that close alone. A level the
    last close is on the right side of cannot be called crossed without the week: unverifiable."""
    published = utc(2024, 1, 2, 0, 53)
    week = dict(start=utc(2023, 12, 26, 0, 53), end=published, when="window")
    burst = claim(ClaimKind.price_level, "BTC", 45_000, comparator=Comparator.crossed_above, **week)
    result = check(article(published), burst, market_store)
    assert result.verdict is Verdict.imprecise, result.evidence.explanation
    assert result.evidence.figure == 44_179.55
    above = claim(ClaimKind.price_level, "BTC", 44_000, comparator=Comparator.above, **week)
    assert check(article(published), above, market_store).verdict is Verdict.supported
    crossed = claim(ClaimKind.price_level, "BTC", 44_000, comparator=Comparator.crossed_above, **week)
    assert check(article(published), crossed, market_store).verdict is Verdict.unverifiable


def test_nine_green_days_of_the_last_ten_are_a_count_not_a_run(market_store) -> None:
    """15 Feb 2024 (date only): of the daily candles 5-14 Feb only 13 Feb closed red, so nine of
    the last ten were green, though the current run of green days is only two."""
    nine = claim(ClaimKind.trend, "BTC", None, metric="streak", count=9, duration_days=10, timeframe="1d", zone="up",
                 when="day", start=utc(2024, 2, 15), end=utc(2024, 2, 16))
    result = check(article(utc(2024, 2, 15), Precision.day), nine, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation
    run = nine.model_copy(update={"duration_days": None})
    assert check(article(utc(2024, 2, 15), Precision.day), run, market_store).verdict is Verdict.inaccurate
