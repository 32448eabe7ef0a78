"""'This downturn occurred as bitcoin approached $97,000': a moment of the story, checked over the
days before publication, not the price at publication. BTC traded $80,600-$97,378 in the week to
21 Nov 2025 15:00 UTC. Sentences are our own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from extract_helpers import PUBLISHED, find_claims

from factcheck import Verdict, check


def test_a_level_reached_in_a_clause_of_a_past_event_is_a_moment_of_the_last_days() -> None:
    (level,) = find_claims("This downturn occurred as Bitcoin approached $97,000.", "price_level")
    assert (level.time.start, level.time.end) == (PUBLISHED - timedelta(days=7), PUBLISHED)


@pytest.mark.parametrize("text", ["Bitcoin approached $97,000 on Monday.", "Bitcoin trades at $95,000 as buyers return."])
def test_a_level_with_its_own_time_or_of_now_keeps_it(text: str) -> None:
    (level,) = find_claims(text, "price_level")
    assert level.time.kind != "window"


@pytest.mark.parametrize(("level", "expected"), [("$97,000", Verdict.supported), ("$110,000", Verdict.inaccurate)])
def test_the_moment_is_checked_over_the_week(level: str, expected: Verdict, market_store) -> None:
    text = f"Bitcoin slips\n\nThis downturn occurred as Bitcoin approached {level}.\n"
    report = check("x.txt", text=text, published="2025-11-21T15:00:00Z", store=market_store, offline=True, sentiment=None)
    (claim,) = report.claims
    assert claim.verdict is expected, claim.evidence.explanation
    assert claim.claim.time.start == datetime(2025, 11, 14, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "value"),
    [("Ethereum price is attempting a recovery from the $2,400 zone.", 2400.0),
     ("Bitcoin staged a sharp rebound from $84,000 on Monday.", 84000.0)],
)
def test_a_recovery_under_way_named_as_a_noun_starts_at_its_low(text: str, value: float) -> None:
    assert find_claims(text, "intraday_low", value=value)


def test_a_recovery_expected_is_no_low() -> None:
    assert not find_claims("Analysts expect a recovery from $80,000 toward $90,000.", "intraday_low")
