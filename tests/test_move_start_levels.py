"""The price a fall started from ('fell from over $58,000') is where the coin was earlier in the
window, not where it is at publication: it is checked against the window's range."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extract_helpers import find_claims
from factcheck import check
from factcheck.model import MOVE_START

JULY_5 = datetime(2024, 7, 5, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Bitcoin fell from over $58,000 to $54,400.", "above"),
        ("Ether slid from above $3,300 overnight.", "above"),
        ("Solana tumbled from $150 to $138.", "at"),
    ],
)
def test_a_fall_start_is_marked_as_where_the_move_began(text: str, comparator: str) -> None:
    starts = [c for c in find_claims(text, "price_level", published=JULY_5) if c.metric == MOVE_START]
    assert [c.comparator.value for c in starts] == [comparator]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Bitcoin fell from over $58,000 to $54,400.", "supported"),
        ("Bitcoin fell from over $60,000 to $54,400.", "imprecise"),
    ],
)
def test_a_fall_from_above_a_level_is_checked_against_the_windows_high(market_store, text: str, verdict: str) -> None:
    """BTC/USDT traded $53,486-$58,813 in the 24 hours to 08:00 UTC on 5 July 2024 and closed the
    last hour at $54,415: 'from over $58,000' held earlier that day; read at publication it was 'inaccurate'."""
    report = check("fall.txt", text=text, published=JULY_5.isoformat(), store=market_store, offline=True, sentiment=None)
    (start,) = [c for c in report.claims if c.claim.metric == MOVE_START]
    assert start.verdict.value == verdict
    assert "58,813" in start.evidence.explanation
