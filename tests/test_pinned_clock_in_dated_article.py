"""A date-only article that names the clock ("at 5:13 p.m. Moscow time") tells that moment:
its figures are checked there, in the zone named, not at whichever hour of the day fits."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import ClaimKind, Verdict
from factcheck.pipeline import check

TEXT = "Ether update\n\nAs of 5:13 p.m. Moscow time, ether was down 8% over 24 hours, quoted at $3,790.\n"


def _claims(store):
    report = check("eth.txt", text=TEXT, published="2025-10-17", store=store, offline=True, sentiment=None)
    return {c.claim.kind: c for c in report.claims if c.claim.asset == "ETH"}


def test_a_named_clock_pins_the_claim_in_its_zone(market_store) -> None:
    """5:13 p.m. in Moscow is 14:13 UTC; ETH closed the 13:00 bar at 3,789.57."""
    level = _claims(market_store)[ClaimKind.price_level]
    assert level.claim.time.end == datetime(2025, 10, 17, 14, 13, tzinfo=UTC)
    assert level.verdict is Verdict.supported, level.evidence.explanation


def test_a_pinned_move_is_not_regraded_at_another_hour(market_store) -> None:
    """ETH's 24h move reached -8.0% at 11:00 UTC that day but was -5.8% at 14:13 UTC:
    the 8% the article gives for 14:13 does not hold then."""
    move = _claims(market_store)[ClaimKind.price_change]
    assert move.evidence.figure == pytest.approx(-5.76, abs=0.05), move.evidence.explanation
    assert move.verdict is Verdict.inaccurate
