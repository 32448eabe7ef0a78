"""Time phrases of market reports that name a span other than the default 24 hours: 'earlier in
the month', 'than the start of the year', 'early in the week', 'by March 4', 'the afternoon of
March 5'. Each is read as that span, and the claim is checked on the prices of that span."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import ClaimKind, Verdict
from factcheck.pipeline import check


def _claims(text: str, published: str, store):
    report = check("report.txt", text="Market report\n\n" + text + "\n", published=published, store=store,
                   offline=True, sentiment=None)
    return [c for c in report.claims if c.claim.kind is not ClaimKind.opinion]


def _one(text: str, published: str, store, kind: ClaimKind):
    found = [c for c in _claims(text, published, store) if c.claim.kind is kind]
    assert len(found) == 1, [(c.claim.kind, c.claim.text) for c in _claims(text, published, store)]
    return found[0]


def test_earlier_in_the_month_reaches_back_to_the_first(market_store) -> None:
    """BTC's December 2025 high was 94,588.99 on Dec 9; on Dec 21 itself it stayed under 89,100."""
    high = _one("Bitcoin had set highs above $93,000 earlier in the month before the slide.", "2025-12-21", market_store,
                ClaimKind.intraday_high)
    assert high.claim.time.start == datetime(2025, 12, 1, tzinfo=UTC)
    assert high.verdict is Verdict.supported, high.evidence.explanation


def test_a_move_against_the_start_of_the_year_runs_from_january_first(market_store) -> None:
    """BTC opened 2026 at 87,648 and traded 90,034-91,624 at the closes of Jan 9: +2.7% to +4.5%."""
    move = _one("Bitcoin now sits roughly 4% higher than the start of the year.", "2026-01-09", market_store,
                ClaimKind.price_change)
    assert move.claim.time.start == datetime(2026, 1, 1, tzinfo=UTC)
    assert move.verdict is Verdict.supported, move.evidence.explanation


def test_early_in_the_week_is_this_weeks_days_before_today(market_store) -> None:
    move = _one("Early in the week, bitcoin pushed above $93,000.", "2026-01-09T15:00:00Z", market_store, ClaimKind.price_level)
    assert (move.claim.time.start, move.claim.time.end) == (datetime(2026, 1, 5, tzinfo=UTC), datetime(2026, 1, 9, tzinfo=UTC))


def test_the_afternoon_of_a_named_date_is_that_days_afternoon(market_store) -> None:
    """BTC's high on the afternoon (12-18 UTC) of 5 March 2024 was 69,000; on 8 March's it reached 69,990."""
    high = _one("Bitcoin climbed as high as $69,000 during the afternoon of March 5 before a sharp reversal.",
                "2024-03-08T16:00:00Z", market_store, ClaimKind.intraday_high)
    assert (high.claim.time.start, high.claim.time.end) == (datetime(2024, 3, 5, 12, tzinfo=UTC), datetime(2024, 3, 5, 18, tzinfo=UTC))
    assert high.verdict is Verdict.supported, high.evidence.explanation
    assert high.evidence.figure == pytest.approx(69000)


def test_by_a_dated_day_is_that_day_in_a_report_and_its_end_in_a_forecast(market_store) -> None:
    told = _one("Bitcoin had already traded near $68,000 by March 4, a day ahead of the record.", "2024-03-08T16:00:00Z",
                market_store, ClaimKind.price_level)
    assert (told.claim.time.start, told.claim.time.end) == (datetime(2024, 3, 4, tzinfo=UTC), datetime(2024, 3, 5, tzinfo=UTC))
    assert told.verdict is Verdict.supported, told.evidence.explanation
    due = _one("One desk expects bitcoin to reach $80,000 by March 20.", "2024-03-08T16:00:00Z", market_store, ClaimKind.forecast)
    assert due.claim.time.end == datetime(2024, 3, 21, tzinfo=UTC)
