"""Records told as expected: "expects bitcoin to set a record of $200,000 by the end of 2025",
"could hit a record high of $150,000 next year". A record not yet set is no record to check
against the price history: it is a forecast of that level. When the figure is already read as a
forecast (the target of 'could hit'), the record claim is that forecast told twice and is dropped;
otherwise it becomes the forecast, at its level, scored once its horizon has passed.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality
from factcheck.nlp.components import text_of
from factcheck.nlp.modality import in_condition
from factcheck.nlp.timeref import resolve

_EXPECTED = {Modality.forecast, Modality.conditional}
_TARGET_SIDE = {Comparator.at: Comparator.at, Comparator.crossed_above: Comparator.above}


def _expected_record(claim: Claim) -> bool:
    return claim.kind is ClaimKind.all_time_high and claim.modality in _EXPECTED and claim.value is not None \
        and claim.unit != "%" and claim.comparator in _TARGET_SIDE


_REACH_BACK = 8  # tokens before the record where the verb that set it stands


def _told_as_done(doc: Doc, claim: Claim) -> bool:
    """'rose in March to a fresh all-time high of $73,737' in a sentence that opens 'In
    anticipation of ...': a verb in the past tense before the record, with no modal or 'to'
    before that verb, tells the record as set, whatever the sentence around it expects."""
    words = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    if words is None:
        return False
    before = list(doc[max(words.sent.start, words.start - _REACH_BACK) : words.start])
    for k, t in enumerate(before):
        if t.tag_ not in {"VBD", "VBN"} or any(w.tag_ == "MD" or w.lower_ == "to" for w in before[max(0, k - 2) : k]):
            continue
        ahead = doc[t.i + 1 : t.i + 3]
        if len(ahead) == 2 and ahead[0].lower_ == "to" and ahead[1].tag_ == "VB":
            continue  # 'is expected to set', 'is poised to hit': an expectation, not a deed
        return True
    return False


_OWNED = re.compile(r"\b(its|their|the coin's|the token's|(?:the|its|their)\s+(?:previous|prior|former|old|earlier))\s+(?:[\w$€£.,]+\s+){0,2}?(record|all-time high|all-time|ath|peak)\b")
_SET_AFTER = re.compile(r"^\s*,?\s*(?:which\s+(?:was|it)\s+)?(set|hit|reached|logged|scored|recorded|touched|notched)\b")
_OWNED_BEFORE = 28  # characters before the record's words where its owner may stand


def _record_standing(text: str, claim: Claim) -> bool:
    """'a move there would take it past its record of $3.84 from 2018': a record the coin already
    holds, named inside a call (owned, called previous, or said to have been set), is a record to
    check, not the level the call expects."""
    words = text[max(0, claim.span[0] - _OWNED_BEFORE) : claim.span[1]].lower()
    return bool(_OWNED.search(words) or _SET_AFTER.search(text[claim.span[1] : claim.span[1] + 30].lower()))


def _in_condition(doc: Doc, claim: Claim) -> bool:
    words = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    return words is not None and in_condition(words)


def _as_call(article: Article, claim: Claim) -> Claim:
    return claim.model_copy(update={
        "kind": ClaimKind.forecast, "comparator": _TARGET_SIDE[claim.comparator], "record_time": None,
        "time": resolve(article, "horizon", None),
    })


def records_as_forecasts(doc: Doc, article: Article, claims: list[Claim]) -> list[Claim]:
    """The claims with each record told as expected made a forecast of its level, or dropped when
    the same sentence already forecasts that level. A record the words tell as set keeps its kind."""
    out: list[Claim] = []
    text = text_of(doc)
    standing: list[Claim] = []
    for claim in claims:
        if not _expected_record(claim) or _told_as_done(doc, claim):
            out.append(claim)
            continue
        called = any(o.kind is ClaimKind.forecast and o.sentence == claim.sentence and o.value == claim.value for o in claims)
        if _record_standing(text, claim):
            out.append(claim)
            standing.append(claim)
            if _returning_to(text, claim) and not called and not _in_condition(doc, claim):
                # 'may retest its ATH near $3.10': the record, and the call to revisit it; 'if it retakes its
                # $3.65 peak, ...' is what the scenario assumes, not its outcome
                out.append(_as_call(article, claim))
            continue
        if called:
            continue  # 'could hit a record high of $150,000': the target, already read as a forecast
        out.append(_as_call(article, claim))
    # the same words read as the call's target ('its record of $3.84' under 'would take it past') are the record told once,
    # unless the call is to get back to it ('may retest its ATH near $3.10'): the record stands, and the retest is the call
    return [c for c in out if not (c.kind is ClaimKind.forecast and not _returning_to(text, c) and any(
        r.sentence == c.sentence and r.value == c.value and r.span[0] < c.span[1] and c.span[0] < r.span[1] for r in standing))]


_RETURN_VERBS = r"(retest|re-test|revisit|test|challenge|reclaim|regain|return to|get back to|back to|back toward|back towards|run at)"
_RETURNING = re.compile(r"\b" + _RETURN_VERBS + r"\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_RETURNING_OWN = re.compile(r"\s*(?:\w+\s+){0,2}?" + _RETURN_VERBS + r"\b", re.IGNORECASE)
_RETURN_REACH = 40  # characters before the record's words where the verb of return stands


def _returning_to(text: str, call: Claim) -> str | None:
    """'could allow ADA to retest its peak near $3.10', 'might carry it back toward its record of
    $2.10': a call to revisit the standing record (one to pass it, 'would top its previous peak', is
    the record told once); the verb that makes it."""
    before = text[max(0, call.span[0] - _RETURN_REACH) : call.span[0]]
    found = _RETURNING.search(before) or _RETURNING_OWN.match(text[call.span[0] : call.span[1]])
    return found.group(1).lower() if found else None
