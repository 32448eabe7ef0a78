"""A funding rate written per year ('an annualised 48%') is the 8-hour rate times the 1,095
prints of a year; it is compared per 8 hours, never as if it were an 8-hour figure."""

from __future__ import annotations

import pytest
from verify_helpers import article, check, claim, utc

from factcheck.model import ClaimKind, Verdict

PUBLISHED = utc(2024, 11, 12, 17)  # that day's three prints averaged +0.0439% per 8 hours


def _annualised(value: float, decimals: int = 0):
    return claim(ClaimKind.funding_rate, "BTC", value, unit="%", metric="funding_rate_annualized", decimals=decimals,
                 start=utc(2024, 11, 12), end=PUBLISHED, when="day", time_text="on Tuesday")


def test_an_annualised_rate_that_matches_the_prints_is_supported(market_store) -> None:
    result = check(article(PUBLISHED), _annualised(48), market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation
    assert result.evidence.figure == pytest.approx(0.0439, abs=5e-5)
    assert "+48% a year is +0.0438% per 8 hours" in result.evidence.explanation


def test_an_annualised_rate_far_from_the_prints_is_inaccurate(market_store) -> None:
    result = check(article(PUBLISHED), _annualised(5), market_store)
    assert result.verdict is Verdict.inaccurate, result.evidence.explanation


def test_the_same_figure_read_per_8_hours_would_be_wrong(market_store) -> None:
    """What the checker did before: 48% per 8 hours is a thousand times the print."""
    per_print = claim(ClaimKind.funding_rate, "BTC", 48, unit="%", metric="funding_rate",
                      start=utc(2024, 11, 12), end=PUBLISHED, when="day", time_text="on Tuesday")
    assert check(article(PUBLISHED), per_print, market_store).verdict is Verdict.inaccurate
