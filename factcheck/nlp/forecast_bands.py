"""A band written with 'to' between its ends: "sees ether hitting $7,000 to $8,000", "the $2.40 to
$2.60 area is the one to watch".

After a dollar figure, 'to $B' joins the far end of a band to its near end; it is no move to
$B. When the near end is read as a call, the two are one call on the band; when it is not (a
zone named as one to watch), the far end alone is no call either. A move written 'from $A
to $B' keeps $B as its destination.
"""

from __future__ import annotations

import re

from factcheck.model import Claim, ClaimKind, Comparator

# 'from $A', and 'from the low of $A', 'from current levels near $A': the start of a move
_NEAR_END = re.compile(r"(\bfrom\s+(?:[a-z-]+\s+){0,4})?(?:US)?\$\s?\d[\d,.]*\s*(?:[kKmM]\b|thousand\b|million\b)?\s*$")
_REACH = 30  # characters before 'to' in which the near end's figure stands


def _far_end(text: str, claim: Claim) -> re.Match[str] | None:
    if claim.kind is not ClaimKind.forecast or claim.value is None or claim.value_high is not None:
        return None
    if not text[claim.span[0] : claim.span[0] + 3].lower() == "to ":
        return None
    found = _NEAR_END.search(text[max(0, claim.span[0] - _REACH) : claim.span[0]])
    return found if found is not None and not found.group(1) else None


def bands_joined(text: str, claims: list[Claim]) -> list[Claim]:
    """Each call read off the far end of a 'to' band joined to the call on its near end (one
    `between` call), or dropped when the near end is no call."""
    out: list[Claim | None] = list(claims)  # by position: comparing claims field by field made long articles crawl
    by_sentence: dict[str, list[int]] = {}
    for i, claim in enumerate(claims):
        by_sentence.setdefault(claim.sentence, []).append(i)
    for i, far in enumerate(claims):
        if out[i] is not far or _far_end(text, far) is None:
            continue
        j = next((j for j in by_sentence[far.sentence] if j != i and (c := out[j]) is not None
                  and c.kind is ClaimKind.forecast and c.value is not None and c.value_high is None
                  and c.unit == far.unit and 0 <= far.span[0] - c.span[1] <= 2), None)
        near = out[j] if j is not None else None
        if near is not None and near.value < far.value:
            out[j] = near.model_copy(update={
                "comparator": Comparator.between, "value_high": far.value, "time": far.time if far.time.end else near.time,
                "text": text[near.span[0] : far.span[1]], "span": (near.span[0], far.span[1]),
            })
        out[i] = None
    return [c for c in out if c is not None]
