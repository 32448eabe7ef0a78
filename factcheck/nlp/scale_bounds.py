"""The bounds of a gauge's scale are no reading of it: "the RSI measures momentum on a scale from 0 to
100", "the index runs between zero and 100", "a 0-100 score". A page that explains the RSI or the Fear &
Greed index gives the ends of its scale; the gauge read neither 0 nor 100 there."""

from __future__ import annotations

import re

from factcheck.model import Claim, ClaimKind

_SCALE = re.compile(
    r"\b(?:from|between)\s+(?:0|zero)\s*(?:to|and|-|–|—)\s*(?:100|one hundred)\b"  # "on a scale from 0 to 100", "between 0 and 100"
    r"|\b(?:0|zero)\s*(?:-|–|—|to)\s*100\s*(?:-?\s*point\s+)?(?:scale|range|score|index|band|spectrum)\b"  # "a 0-100 scale"
    r"|\bscale\s+of\s+(?:0|zero|1|one)\s*(?:to|-|–)\s*100\b",  # "on a scale of 1 to 100"
    re.IGNORECASE,
)
_GAUGES = {ClaimKind.indicator, ClaimKind.sentiment_index}


def without_scale_bounds(claims: list[Claim], text: str) -> list[Claim]:
    """Drop gauge readings that end on a bound of a scale written out."""
    scales = [m.span() for m in _SCALE.finditer(text)]
    if not scales:
        return claims
    return [c for c in claims if not (c.kind in _GAUGES and c.value in {0, 1, 100}
                                      and any(lo < c.span[1] <= hi for lo, hi in scales))]
