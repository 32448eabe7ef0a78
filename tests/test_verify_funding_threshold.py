"""Funding claims with a side ("turned negative", "below 0.001%", "negative for five days
running") are thresholds on Binance's daily means, not figures with a rounding tolerance."""

from __future__ import annotations

from datetime import timedelta

from verify_helpers import article, check, claim, utc

from factcheck.model import ClaimKind, Comparator, Precision, Verdict

DAY = timedelta(days=1)


def _funding(value: float, comparator: Comparator, **time) -> object:
    return claim(ClaimKind.funding_rate, "BTC", value, unit="%", metric="funding_rate", comparator=comparator, **time)


def test_turned_negative_on_the_day_named(market_store) -> None:
    """Friday 2 May 2025: -0.0101%, after +0.0004% on 1 May: a fresh dip below zero."""
    published = utc(2025, 5, 2, 17, 30)
    c = _funding(0, Comparator.crossed_below, when="day", time_text="on Friday", start=utc(2025, 5, 2), end=utc(2025, 5, 3))
    result = check(article(published), c, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation


def test_a_positive_mean_with_a_negative_print_supports_a_dip_below_zero(market_store) -> None:
    """9 Jan 2025 (date only): the mean was +0.0064% but the mean of absolute values +0.0068%,
    so the day's negative prints summed to 3 x (6.7927e-5 - 6.43e-5) / 2 = -5.44e-6 (-0.000544%):
    funding did print negative, which the mean alone hides (8 Jan's three prints were all +0.01%)."""
    c = _funding(0, Comparator.crossed_below, when="day", start=utc(2025, 1, 9), end=utc(2025, 1, 10))
    result = check(article(utc(2025, 1, 9), Precision.day), c, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation
    assert "+0.0064%" in result.evidence.explanation and "+0.0068%" in result.evidence.explanation
    assert "negative prints summed to -0.000544%" in result.evidence.explanation


def test_a_clearly_positive_mean_contradicts_turned_negative(market_store) -> None:
    """12 Nov 2024 17:00: the day's three prints are out and averaged +0.0439% per 8 hours."""
    published = utc(2024, 11, 12, 17)
    c = _funding(0, Comparator.crossed_below, start=published, end=published)
    assert check(article(published), c, market_store).verdict is Verdict.inaccurate


def test_negative_on_every_day_of_a_window(market_store) -> None:
    """'negative for five days running' on 10 Feb 2026 16:00: 6 Feb -0.0096%, 7 Feb -0.0088%,
    8 Feb -0.0039%, 9 Feb -0.0018%, 10 Feb -0.0075%; 5 Feb was +0.0015%."""
    published = utc(2026, 2, 10, 16)
    five = _funding(0, Comparator.below, when="window", start=published - 5 * DAY, end=published)
    assert check(article(published), five, market_store).verdict is Verdict.supported
    six = _funding(0, Comparator.below, when="window", start=published - 6 * DAY, end=published)
    assert check(article(published), six, market_store).verdict is Verdict.unverifiable  # 5 Feb: +0.0015%
