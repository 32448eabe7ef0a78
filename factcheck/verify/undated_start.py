"""A figure measured from an event the article names but does not date ('up 40% since the US
election', 'open interest has risen 30% since the ETF launch', 'then slid 3% over the next four days'): the window has an end and no start,
so no figure can be recomputed; the reader is told which words set it, not given a 24-hour check."""

from __future__ import annotations

from factcheck.model import CheckedClaim, Claim, ClaimKind, Comparator, Verdict
from factcheck.verify.context import verdict

_READINGS = {Comparator.at, Comparator.above, Comparator.below}


def undated_start(claim: Claim) -> CheckedClaim | None:
    """`unverifiable` for a window that starts at an undated event; None for every other claim."""
    if claim.kind in {ClaimKind.opinion, ClaimKind.forecast} or claim.time.text is None:
        return None
    if claim.time.start is not None or claim.time.end is None:
        return None
    if claim.kind is ClaimKind.sentiment_index and claim.value is not None and claim.comparator in _READINGS:
        return None  # 'the index hit 20, its lowest since the Terra collapse': the day's reading, whatever the record
    return verdict(
        claim,
        Verdict.unverifiable,
        f"The figure is measured from an event or moment the article tells (“{claim.time.text}”) without its date; "
        "factcheck dates only calendar words and the halvings, so the window's start is unknown.",
    )
