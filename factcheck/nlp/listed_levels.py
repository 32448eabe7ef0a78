"""A further level in a list of supports or resistances, named by the extreme it was:
"resistance at $3,150, followed by the January high near $3,400", "support at $2,900, then
last week's low at $2,750".

The second level is a resistance (or support) like the first; the extreme only says where it
comes from, and is one claim with it (as 'a floor at $89,500, Tuesday's low'). Read alone, the
word 'high' would make it the high of a window instead.
"""

from __future__ import annotations

from factcheck.model import Claim, ClaimKind, Comparator

_LEVELS = {ClaimKind.support, ClaimKind.resistance}
_EXTREMES = {ClaimKind.intraday_high, ClaimKind.intraday_low}
_LINKS = ("followed by", "and then", "then")


def with_listed_levels(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims, with an extreme listed after a support or resistance read as one more such level."""
    out: list[Claim] = []
    for claim in claims:
        level = None
        if claim.kind in _EXTREMES and claim.value is not None:
            earlier = [c for c in claims if c.kind in _LEVELS and c.sentence == claim.sentence and c.span[1] <= claim.span[0]]
            if earlier:
                last = max(earlier, key=lambda c: c.span[1])
                between = text[last.span[1] : claim.span[0]].lower()
                if any(between.lstrip(" ,").startswith(link) for link in _LINKS) and not any(ch.isdigit() for ch in between):
                    level = last
        if level is None:
            out.append(claim)
            continue
        out.append(claim.model_copy(update={"kind": level.kind, "comparator": Comparator.at, "value_high": None,
                                            "time": level.time}))
    return out
