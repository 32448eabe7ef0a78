"""A target revised 'from $X to $Y': 'lifted its solana call from $250 to $320', 'trimmed the
year-end ether objective from $6,000 to $5,200'. The call now stands at the second figure;
the first is the call it replaced. Binding reads the target's noun with the figure right after it
(the old one) and leaves the new one to the bare 'to', as if the price had gone there; this pass
puts the call on the new figure and drops the old."""

from __future__ import annotations

import re

from factcheck.model import Claim, ClaimKind

_FROM_TO = re.compile(r"^\s*to\s+(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)
_REACH = 12  # characters between the old figure and the new one: ' to ', ' to about '


def revised_targets(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims with each 'from $X to $Y' target on its new figure, once."""
    out = list(claims)
    for old in claims:
        if old.kind is not ClaimKind.forecast or old.value is None:
            continue
        figure = _figure_start(text, old)
        if not _FROM_BEFORE.search(text[max(0, figure - 30) : figure]):
            continue
        new = next((c for c in out if c is not old and c.sentence == old.sentence and c.value is not None and c.unit == old.unit
                    and 0 <= c.span[0] - old.span[1] <= _REACH and _FROM_TO.match(text[old.span[1] : _figure_start(text, c)])), None)
        if new is None:
            continue
        out[out.index(new)] = old.model_copy(update={
            "value": new.value, "decimals": new.decimals, "magnitude": new.magnitude,
            "text": text[old.span[0] : new.span[1]], "span": (old.span[0], new.span[1])})
        out.remove(old)
    return out


_FIGURE = re.compile(r"(?:US)?\$?\d[\d,.]*")


def _figure_start(text: str, claim: Claim) -> int:
    """Where the claim's last figure starts: its span may open on words ('target for 2026 from $250')."""
    found = list(_FIGURE.finditer(text[claim.span[0] : claim.span[1]]))
    return claim.span[0] + (found[-1].start() if found else 0)
