"""Records told as expected: "expects bitcoin to set a record of $200,000 by the end of 2025",
"could hit a record high of $150,000 next year". A record not yet set is no record to check
against the price history: it is a forecast of that level. When the figure is already read as a
forecast (the target of 'could hit'), the record claim is that forecast told twice and is dropped;
otherwise it becomes the forecast, at its level, scored once its horizon has passed.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality
from factcheck.nlp.timeref import resolve

_EXPECTED = {Modality.forecast, Modality.conditional}
_TARGET_SIDE = {Comparator.at: Comparator.at, Comparator.crossed_above: Comparator.above}


def _expected_record(claim: Claim) -> bool:
    return claim.kind is ClaimKind.all_time_high and claim.modality in _EXPECTED and claim.value is not None \
        and claim.unit != "%" and claim.comparator in _TARGET_SIDE


_REACH_BACK = 8  # tokens before the record where the verb that set it stands


def _told_as_done(doc: Doc, claim: Claim) -> bool:
    """'spiked in March to a new all-time high of $73,737' in a sentence that opens 'In
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


def records_as_forecasts(doc: Doc, article: Article, claims: list[Claim]) -> list[Claim]:
    """The claims with each record told as expected made a forecast of its level, or dropped when
    the same sentence already forecasts that level. A record the words tell as set keeps its kind."""
    out: list[Claim] = []
    for claim in claims:
        if not _expected_record(claim) or _told_as_done(doc, claim):
            out.append(claim)
            continue
        if any(o.kind is ClaimKind.forecast and o.sentence == claim.sentence and o.value == claim.value for o in claims):
            continue  # 'could hit a record high of $150,000': the target, already read as a forecast
        out.append(claim.model_copy(update={
            "kind": ClaimKind.forecast, "comparator": _TARGET_SIDE[claim.comparator], "record_time": None,
            "time": resolve(article, "horizon", None),
        }))
    return out
