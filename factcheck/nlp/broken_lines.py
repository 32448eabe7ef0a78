"""A trend line or pattern the price broke, told with the level it held: "There was a break above
a key bearish trend line with resistance near $24,000", "Ether broke below a bullish trend line
with support at $2,450", "a break below a contracting triangle with support near $0.52".

The role belongs to the line before the break: the price is now on its other side, so the level
is no standing support or resistance but the one the price crossed (as the probes annotate it: a
crossing of that level). Only a role tied to a broken line by 'with' is read this way; "a trend
line is forming with resistance near $34,120" is a resistance still standing.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.model import Claim, ClaimKind, Comparator
from factcheck.nlp.modality import in_condition

_BREAKING = {"break", "broke", "broken", "breaking", "breaks", "breakout", "breakdown", "cleared", "clears", "breached"}
_SIDES = {"above": Comparator.crossed_above, "below": Comparator.crossed_below, "under": Comparator.crossed_below}
_SHAPES = {"line", "trendline", "trend-line", "triangle", "channel", "wedge", "pattern", "flag", "pennant", "range", "structure"}
_ROLES = {"support": ClaimKind.support, "resistance": ClaimKind.resistance}
_REACH = 12  # tokens from the break to the role
_PROSPECTIVE = {"could", "may", "might", "will", "would", "should", "can", "to", "must", "needs", "need"}  # a break foreseen or needed


def with_broken_lines(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims, with a support or resistance of a line the price broke read as that level crossed."""
    out: list[Claim] = []
    for claim in claims:
        crossed = _broken(doc, claim) if claim.kind in {ClaimKind.support, ClaimKind.resistance} and claim.value_high is None else None
        if crossed is None:
            out.append(claim)
            continue
        comparator, start = crossed
        span = (doc[start].idx, claim.span[1])
        out.append(claim.model_copy(update={"kind": ClaimKind.price_level, "comparator": comparator, "span": span,
                                            "text": doc.text[span[0] : span[1]]}))
    return out


def _broken(doc: Doc, claim: Claim) -> tuple[Comparator, int] | None:
    """('crossed_above', token of the break) when 'with <role>' right before the level follows a
    broken line: 'a break above a ... trend line with resistance near $X'."""
    figure = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    if figure is None:
        return None
    sentence = figure.sent
    role = next((t for t in doc[max(sentence.start, figure.start - 1) : figure.end] if t.lower_ in _ROLES), None)
    if role is None or role.i == sentence.start or doc[role.i - 1].lower_ != "with" or _ROLES[role.lower_] is not claim.kind:
        return None
    words = doc[max(sentence.start, role.i - _REACH) : role.i - 1]
    if not any(t.lower_ in _SHAPES for t in words):
        return None
    for t in words:
        if t.lower_ in _BREAKING and t.i + 1 < role.i and doc[t.i + 1].lower_ in _SIDES:
            if any(p.lower_ in _PROSPECTIVE for p in doc[max(sentence.start, t.i - 2) : t.i]) or in_condition(doc[t.i : t.i + 1]):
                return None  # 'could break above the channel with resistance at $X', 'if it breaks ...': not broken yet
            return _SIDES[doc[t.i + 1].lower_], t.i
    return None
