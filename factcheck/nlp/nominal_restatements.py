"""A change of a series named by a noun after its figure was told: 'Cardano open interest jumped 18%
to $410 million. This surge in open interest ...', 'volume climbed 40% ..., and the increase in trading
volume suggests ...'. The noun phrase points back at the change already told with its figure; it is
no second claim without one.

Only the nominal form ('the increase in open interest', 'a spike in volume') is read so: a verb
('open interest kept rising') or a change with no figured change of the same series and coin before
it tells a move of its own.
"""

from __future__ import annotations

import re

from factcheck.model import Claim, ClaimKind, Comparator

_SERIES = {ClaimKind.open_interest, ClaimKind.volume}
_MOVES = {Comparator.up, Comparator.down}
_NOMINAL = re.compile(
    r"^(?:\w+\s+){0,2}?(?:increase|rise|surge|spike|jump|growth|uptick|climb|boost|drop|decline|decrease|fall|dip|plunge|slump|slide)s?"
    r"\s+in\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:open\s+interest|oi|volumes?|activity)\b",
    re.IGNORECASE,
)


def without_nominal_restatements(claims: list[Claim]) -> list[Claim]:
    """The claims without figureless nominal changes that restate a figured change told before them."""
    figured = [c for c in claims if c.kind in _SERIES and c.comparator in _MOVES and c.value is not None]
    if not figured:
        return claims
    return [c for c in claims if not (
        c.kind in _SERIES and c.value is None and c.comparator in _MOVES and _NOMINAL.search(c.text)
        and any(f.kind is c.kind and f.asset == c.asset and f.comparator is c.comparator and f.span[0] < c.span[0]
                for f in figured))]
