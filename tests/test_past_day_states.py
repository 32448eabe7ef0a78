"""A chart line's state told in the past with a day named is read at that day's close: on 6 Oct
2025 BTC closed near $124,700, above its 50-day SMA (~$114,000); by 25 Nov it was far below it.
Sentences are our own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from extract_helpers import find_claims

from factcheck import Verdict, check


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On May 28, Bitcoin traded below its 200-day moving average.", 28),
        ("Bitcoin fell below its 50-day EMA on Friday.", 30),
        ("Bitcoin closed below the 200-day moving average last Thursday.", 29),
    ],
)
def test_a_past_state_with_a_day_named_is_about_that_day(text: str, day: int) -> None:
    (state,) = find_claims(text, "indicator")
    assert state.time.start == datetime(2025, 5, day, tzinfo=UTC) and state.time.kind == "day"


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin trades below its 200-day moving average after Friday's sell-off.",
        "On Friday, Bitcoin fell below its 200-day moving average, and it is there now.",
    ],
)
def test_a_state_still_told_of_now_stays_at_publication(text: str) -> None:
    (state,) = find_claims(text, "indicator")
    assert state.time.kind == "instant"


def test_the_day_named_decides_the_verdict(market_store) -> None:
    text = "Bitcoin slides\n\nOn October 6, Bitcoin traded above its 50-day moving average.\n"
    report = check("lines.txt", text=text, published="2025-11-25T12:00:00Z", store=market_store, offline=True, sentiment=None)
    (state,) = [c for c in report.claims if c.claim.kind.value == "indicator"]
    assert state.verdict is Verdict.supported, state.evidence.explanation  # at publication it was below
    assert "2025-10-07 00:00 UTC" in state.evidence.explanation
