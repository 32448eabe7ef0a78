"""A predicted move told with its destination: "sees a 30% rally to $4.10", "calls for a 25% drop
to $2,400".

The figure after 'to' is where the forecaster expects the price, the call to score; the percent
before it is only that target's distance from today's price. Read apart, the percent becomes a
forecast of its own and the destination a price the coin is said to trade at, which it is not.
"""

from __future__ import annotations

import re

from factcheck.model import Claim, ClaimKind, Comparator

_LEVEL_KINDS = {ClaimKind.price_level, ClaimKind.intraday_high, ClaimKind.intraday_low}
_TO_DESTINATION = re.compile(r"^[\s\w-]{0,30}?\bto\s+(?:around\s+|about\s+|roughly\s+|near\s+)?$", re.IGNORECASE)
_GAP = 40  # characters between the percent and the destination's figure


def _destination(text: str, move: Claim, level: Claim) -> bool:
    """The level's figure follows the percent's move noun after 'to', in the same clause."""
    if level.sentence != move.sentence or level.unit in {None, "%"} or level.value is None:
        return False
    figure = text.find("$", level.span[0], level.span[1])
    start = figure if figure >= 0 else level.span[0]
    between = text[move.span[0] : start]
    pct = between.find("%")
    return 0 <= pct and start - move.span[0] <= _GAP and bool(_TO_DESTINATION.match(between[pct + 1 :]))


def destinations_as_targets(text: str, claims: list[Claim]) -> list[Claim]:
    """Each forecast percent with its destination written after it made one forecast of that
    level (its modality, source and horizon kept), the percent dropped."""
    out = list(claims)
    for move in claims:
        if move.kind is not ClaimKind.forecast or move.unit != "%" or move not in out:
            continue
        level = next((c for c in out if c.kind in _LEVEL_KINDS and _destination(text, move, c)), None)
        if level is None:
            continue
        target = level.model_copy(update={
            "kind": ClaimKind.forecast, "comparator": Comparator.at, "modality": move.modality, "time": move.time,
            "attributed_to": move.attributed_to or level.attributed_to, "record_time": None,
            "text": text[move.span[0] : level.span[1]], "span": (move.span[0], level.span[1]),
        })
        out[out.index(level)] = target
        out.remove(move)
    return out
