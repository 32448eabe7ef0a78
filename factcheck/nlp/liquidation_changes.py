"""'$478 million in liquidations over 24 hours, a 377% surge': the percent set beside a liquidation
total is how much the liquidations grew, not a move of the coin's price. Nothing holds liquidation
history to check such a change against, and the corpus annotates liquidations as sums of money,
so the percent is no claim: read as a price move it would be held against the price and found
wrong."""

from __future__ import annotations

import re

from factcheck.model import Claim, ClaimKind

REACH = 40  # characters from the total to its change: the total's window may stand between
_APPOSED = re.compile(r"^[^.;:$%]*,\s*(?:a|an)\s+(?:[a-z]+\s+)?$")  # ' over 24 hours, a ', ', a staggering '


def without_liquidation_changes(claims: list[Claim], text: str) -> list[Claim]:
    """The claims without the percent changes set in apposition after a liquidation total."""
    totals = [c for c in claims if c.kind is ClaimKind.liquidations and c.unit == "USD"]
    if not totals:
        return claims

    def apposed(change: Claim) -> bool:
        if change.kind is not ClaimKind.price_change or change.unit != "%":
            return False
        return any(t.sentence == change.sentence and 0 <= change.span[0] - t.span[1] <= REACH
                   and _APPOSED.match(text[t.span[1] : change.span[0]]) for t in totals)

    return [c for c in claims if not apposed(c)]
