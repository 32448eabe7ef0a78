"""A figure given "as of writing" is the price now, even in a sentence that names an earlier
span; the start of the climb stays in that span."""

from __future__ import annotations

from datetime import UTC, datetime

from factcheck.model import Verdict
from factcheck.pipeline import check

PUBLISHED = datetime(2025, 12, 22, 13, 54, tzinfo=UTC)
TEXT = "Bitcoin\n\nOver the weekend, bitcoin climbed from $88,000 to $90,300 as of writing, on thin trade.\n"


def test_the_written_now_is_checked_at_publication_and_the_start_in_the_weekend(market_store) -> None:
    """BTC's last close before 13:54 UTC on 22 Dec 2025 was 90,208.48; the weekend low 87,600.04."""
    report = check("btc.txt", text=TEXT, published=PUBLISHED.isoformat(), store=market_store, offline=True, sentiment=None)
    levels = {c.claim.value: c for c in report.claims if c.claim.kind.value == "price_level"}
    now, start = levels[90300], levels[88000]
    assert now.claim.time.start == now.claim.time.end == PUBLISHED
    assert now.verdict is Verdict.supported, now.evidence.explanation
    assert start.claim.time.start == datetime(2025, 12, 20, tzinfo=UTC)
    assert start.verdict is Verdict.supported, start.evidence.explanation
