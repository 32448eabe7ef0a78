"""A move or a distance written as a bound: 'up more than 20%', 'over 10 percent below
its record', 'less than 1% on the day'.

A price level written so ("north of $100K") already says it through its comparator,
above or below. A move's comparator is its direction, so the bound goes in
`Claim.bound`: the figure is then a floor (at_least) or a ceiling (at_most) on the
move's size, and a 21.6% rise makes "over 20%" true rather than 1.6 points off.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.model import Claim, Comparator
from factcheck.nlp.bounds import bound_before
from factcheck.nlp.components import group

# Claims whose figure is a size rather than a level: a move, a change, a distance from a record.
_SIZED = {Comparator.up, Comparator.down, Comparator.below, Comparator.at}
_SIZED_KINDS = {"price_change", "all_time_high", "volume", "open_interest", "market_cap"}


def with_bounds(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """Mark the percent claims, and moves in dollars ('crashed more than $400'), whose own
    figure stands right after bound words."""
    bounded: list[tuple[int, int, float, str]] = []
    for quantity in group(doc, "quantities"):
        found = quantity._.quantity
        if found is None or found.unit not in {"%", "USD"}:
            continue
        side = bound_before(quantity)
        if side is not None:
            bound = "at_least" if side is Comparator.above else "at_most"
            bounded.append((quantity.start_char, quantity.end_char, abs(found.value), bound))
    if not bounded:
        return claims
    out = []
    for claim in claims:
        sized = claim.unit == "%" and claim.kind.value in _SIZED_KINDS or claim.unit == "USD" and claim.kind.value == "price_change"
        if sized and claim.value is not None and claim.bound is None and claim.comparator in _SIZED:
            bound = next((b for start, end, value, b in bounded
                          if claim.span[0] <= start and end <= claim.span[1] and value == abs(claim.value)), None)
            if bound is not None:
                claim = claim.model_copy(update={"bound": bound})
        out.append(claim)
    return out
