"""A predicted percent that only measures the way to a price its clause names: "could rise 8% to
reach the channel top at $2,580", "a move to the 50-week EMA above $2,700, up almost 100% from
today's price", "Hitting $6,000 from here would mean a rally of about 83%".

The call a forecast hit rate can score is the price; the percent is its distance from today's
price, which moves with every tick. `destinations_as_targets` already folds a percent into a
destination the extraction kept as a level; this pass reads the clause itself, so the percent
goes whether the figure was kept (as a line, a record, a forecast told earlier) or not, and when
nothing else holds that figure, the call on it is made from the percent's own modality and source.
"""

from __future__ import annotations

import re

from factcheck.model import Claim, ClaimKind, Comparator
from factcheck.nlp.numbers import Quantity, find_quantities

# '% to reach the channel top at ', '%, reaching around ', '% towards ': the words between the
# percent and the figure it leads to, in one clause (no figure, no clause break between)
_ARRIVAL = re.compile(
    r"^[\s\w'’-]{0,25}?,?\s*\b(?:to\s+(?:reach|hit|tag|touch|test|retest|revisit|reclaim)|reaching|hitting|towards?|to)\b"
    r"[^.;:!?$€£¥₩%]{0,60}$",
    re.IGNORECASE,
)
# '$2,700, up almost 100% from today's price': the figure, then its distance from now
_DISTANCE_AFTER = re.compile(r"^,\s*(?:(?:up|down)\s+(?:(?:almost|nearly|about|around|roughly|some|over|more\s+than)\s+)?)?$", re.IGNORECASE)
_FROM_NOW = re.compile(r"^\s*(?:from|above|below)\s+(?:today['’]s|the\s+current|current|its\s+current|present)\s+(?:price|prices|level|levels|value)",
                       re.IGNORECASE)
# 'Hitting $6,000 from current levels will entail a rally of 83%', 'A return to $90,000 would mean a 12%
# gain', 'Reclaiming its all-time high would be a 40% jump': the arrival is the subject, the percent its size
_ARRIVAL_SUBJECT = re.compile(
    r"^\W*(?:[\w’'.,-]+\s+){0,3}?(?:hitting|reaching|reclaiming|regaining|retesting|revisiting|a\s+(?:return|move|rally|climb|rise|drop|fall|slide|decline)\s+(?:back\s+)?(?:to|toward|towards))\b",
    re.IGNORECASE,
)
_SIZING_VERB = re.compile(r"\b(?:would|will|could|might)\s+(?:\w+\s+)?(?:be|mean|entail|represent|require|imply|take)\b[^.;!?]*$", re.IGNORECASE)
_ABOVE = re.compile(r"\b(?:above|over|past|beyond)\s+(?:the\s+)?$", re.IGNORECASE)
_BELOW = re.compile(r"\b(?:below|under|beneath)\s+(?:the\s+)?$", re.IGNORECASE)
_MAX_GAP = 90  # characters from the percent to the figure it leads to


def _sentence_start(text: str, claim: Claim) -> int:
    at = text.find(claim.sentence, max(0, claim.span[1] - len(claim.sentence))) if claim.sentence else -1
    return at if 0 <= at <= claim.span[0] else claim.span[0]


def _destination(text: str, move: Claim) -> tuple[Quantity, bool] | None:
    """The money figure the percent leads to or measures, and whether a call on it may be made
    from the percent (False: the arrival is only the sentence's subject, a call told elsewhere)."""
    start = _sentence_start(text, move)
    end = start + len(move.sentence) if move.sentence else move.span[1]
    figures = [q for q in find_quantities(text[start:end]) if q.is_money]
    pct = text.find("%", move.span[0], move.span[1] + 1)
    pct_end = pct + 1 if pct >= 0 else move.span[1]
    for q in figures:
        q_start, q_end = q.start + start, q.end + start
        if q_start >= pct_end and q_start - pct_end <= _MAX_GAP and _ARRIVAL.match(text[pct_end:q_start]):
            return q, True
        if q_end <= move.span[0] and _DISTANCE_AFTER.match(text[q_end : move.span[0]]) and _FROM_NOW.match(text[pct_end:end]):
            return q, True
    lead = text[start : move.span[0]]
    if _ARRIVAL_SUBJECT.match(lead) and _SIZING_VERB.search(lead):
        subject = next((q for q in figures if q.start + start < move.span[0]), None)
        if subject is not None or re.search(r"\b(?:all-time\s+high|record|peak|ath)\b", lead, re.IGNORECASE):
            return (subject, False) if subject is not None else None
        return None
    return None


def _sized_by_subject(text: str, move: Claim) -> bool:
    """'Reclaiming its all-time high would be a 40% jump': the distance to a level not written as a figure."""
    start = _sentence_start(text, move)
    lead = text[start : move.span[0]]
    return bool(_ARRIVAL_SUBJECT.match(lead) and _SIZING_VERB.search(lead)
                and re.search(r"\b(?:all-time\s+high|record|peak|ath)\b", lead, re.IGNORECASE))


def _comparator(text: str, q_start: int) -> Comparator:
    before = text[max(0, q_start - 12) : q_start]
    if _ABOVE.search(before):
        return Comparator.above
    if _BELOW.search(before):
        return Comparator.below
    return Comparator.at


def percents_to_targets(text: str, claims: list[Claim]) -> list[Claim]:
    """Each forecast percent that measures the way to a price in its clause dropped; when no
    claim holds that price, a forecast of the price in its place."""
    out: list[Claim] = []
    for claim in claims:
        if claim.kind is not ClaimKind.forecast or claim.unit != "%" or claim.value is None:
            out.append(claim)
            continue
        found = _destination(text, claim)
        if found is None:
            if not _sized_by_subject(text, claim):
                out.append(claim)
            continue
        q, callable_ = found
        start = _sentence_start(text, claim)
        q_start, q_end = q.start + start, q.end + start
        told = any(o.kind is ClaimKind.forecast and o.unit != "%" and (o.value == q.value or o.span[0] < q_end and q_start < o.span[1])
                   for o in claims)
        if told or not callable_:
            continue  # the call on that figure is already there: the percent is only its distance
        lo, hi = min(claim.span[0], q_start), max(claim.span[1], q_end)
        out.append(claim.model_copy(update={
            "value": q.value, "unit": q.unit, "decimals": q.decimals, "magnitude": q.magnitude, "bound": None,
            "comparator": _comparator(text, q_start), "text": text[lo:hi], "span": (lo, hi),
        }))
    return out
