"""Figures a page writes while explaining a gauge, not reading it: its scale ('measures trader
mood on a 0-100 scale', 'on a scale from 0 to 100'), a threshold that defines a zone ('below 47
indicates market anxiety', 'an RSI above 70 is considered overbought'), and the day of a date the
gauge is named with ('the Fear & Greed Index as of Nov. 27').

The corpus lists such phrases as negatives: the gauge read nothing there. Readings of the Fear &
Greed index and of indicators whose figure is one of these are dropped.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from factcheck.model import Claim, ClaimKind, Comparator
from factcheck.nlp.components import group, text_of
from factcheck.nlp.opinion_definitions import generic_when

_GAUGES = {ClaimKind.sentiment_index, ClaimKind.indicator}
_MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
           "march", "april", "june", "july", "august", "september", "october", "november", "december"}
_DEFINING = {"indicates", "indicate", "signals", "signal", "means", "mean", "denotes", "denote", "suggests", "suggest",
             "represents", "represent", "reflects", "reflect"}
_CONSIDERED = {"is", "are"}
_SCALE_WORDS = {"scale", "range", "ranges", "ranging", "measures", "measured", "scored", "runs"}
_BOUNDS = {0.0, 1.0}
_RANGE_LINKS = {"-", "–", "—", "to"}
# A scale written out in words the token check does not see: "runs between zero and 100", "a scale of 1 to 100"
_WRITTEN_SCALE = re.compile(
    r"\b(?:from|between)\s+(?:0|zero|1|one)\s*(?:to|and|-|–|—)\s*(?:100|one hundred)\b"
    r"|\b(?:0|zero)\s*(?:-|–|—|to)\s*100\s*(?:-?\s*point\s+)?(?:scale|range|score|index|band|spectrum)\b"
    r"|\bscale\s+of\s+(?:0|zero|1|one)\s*(?:to|-|–)\s*100\b",
    re.IGNORECASE,
)


def _figure(doc: Doc, claim: Claim) -> Span | None:
    """The number a gauge claim was read on."""
    return next((q for q in group(doc, "quantities") if claim.span[0] <= q.start_char and q.end_char <= claim.span[1]
                 and q._.quantity.value == claim.value), None)


def _a_scale_bound(doc: Doc, figure: Span) -> bool:
    """'on a 0-100 scale', 'from 0 to 100', 'scored 1-100': the ends of the gauge's range."""
    sentence = figure.sent
    if not any(t.lower_ in _SCALE_WORDS for t in sentence):
        return False
    after = [t.text.lower() for t in doc[figure.end : min(sentence.end, figure.end + 2)]]
    if figure._.quantity.value in _BOUNDS and (after[:1] == ["100"] or after[:2] in ([l, "100"] for l in _RANGE_LINKS)
                                               or after[:1] and after[0].lstrip("-–—") == "100"):
        return True
    before = [t.text.lower() for t in doc[max(sentence.start, figure.start - 2) : figure.start]]
    return figure._.quantity.value == 100 and (before[-2:] in (["0", l] for l in _RANGE_LINKS) or before[-1:] in (["0-"], ["1-"]))


def _a_defining_threshold(doc: Doc, figure: Span) -> bool:
    """'below 47 indicates market anxiety', 'above 70 is considered overbought', 'below 30 is widely
    considered oversold'."""
    after = [t.lower_ for t in doc[figure.end : min(figure.sent.end, figure.end + 3)]]
    if after[1:2] and after[1] in _HEDGES:
        after = after[:1] + after[2:]
    return bool(after) and (after[0] in _DEFINING or after[0] in _CONSIDERED and after[1:2] == ["considered"])


_HEDGES = {"widely", "generally", "typically", "usually", "often", "commonly", "normally", "traditionally"}
_SIDES = {"above", "below", "under", "over", "beneath", "exceeding", "past"}
_GENERIC = {"a", "an", "any"}
_EXPLAINING = _DEFINING | {"considered", "indication", "sign", "seen", "regarded", "viewed", "interpreted", "implies", "imply", "points"}
_ZONES = {"oversold", "overbought", "neutral"}


def _generic_threshold(doc: Doc, sentence: Span, before: int) -> bool:
    """'A reading below 30 signals ...', 'an RSI over 70 is considered a sign of ...', 'a climb
    past 70 indicates an overbought market': a threshold said of any reading ('a', 'an'),
    then a word that explains it, all before token `before`: the sentence defines the zone."""
    for token in doc[sentence.start : before]:
        if token.lower_ not in _SIDES or token.i + 1 >= before or not doc[token.i + 1].like_num:
            continue
        lead = [t.lower_ for t in doc[max(sentence.start, token.i - 4) : token.i]]
        if not any(w in _GENERIC for w in lead):
            continue
        if any(t.lower_ in _EXPLAINING for t in doc[token.i + 2 : before]):
            return True
    return False


def _zone_defined(doc: Doc, claim: Claim) -> bool:
    """An RSI zone named in the sentence that defines it: 'a reading above 70 signals overbought
    conditions', 'a drop below 30 reflects being in the oversold zone'."""
    if claim.kind is not ClaimKind.indicator or claim.zone not in _ZONES:
        return False
    words = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    if words is None or not len(words):
        return False
    return _generic_threshold(doc, words.sent, words.end) or _zone_as_subject(doc, words)


def _zone_as_subject(doc: Doc, words: Span) -> bool:
    """'An oversold RSI merely indicates that ...', 'while being overbought means ...': the
    state itself the subject of a defining verb, said of no coin."""
    first = words[0] if words[0].lower_ == "being" else doc[words.start - 1] if words.start > 0 else None
    if first is None or first.lower_ != "being":
        return False
    after = doc[words.end : min(words.sent.end, words.end + 6)]
    return any(t.lower_ in _EXPLAINING for t in after)


def _a_day_of_a_month(doc: Doc, figure: Span) -> bool:
    """'as of Nov. 27', 'on March 3': a date, not a reading."""
    i = figure.start - 1
    if i >= 0 and doc[i].text == ".":
        i -= 1
    return i >= 0 and doc[i].lower_.rstrip(".") in _MONTHS and figure._.quantity.value == int(figure._.quantity.value) \
        and 1 <= figure._.quantity.value <= 31


def not_a_reading(doc: Doc, figure: Span) -> bool:
    """A figure that is the gauge's scale or a day of a month: the reader passes over it."""
    return _a_scale_bound(doc, figure) or _a_day_of_a_month(doc, figure)


_ZONE_DEFINED = re.compile(r"\b(?:0|1|100)\s+(?:" + "|".join(sorted(_DEFINING)) + r")\s+[\"“']?$", re.IGNORECASE)


def _an_end_defined(doc: Doc, claim: Claim) -> bool:
    """'0 means extreme fear', '100 signals extreme greed': an end of the scale with the word that defines it."""
    figure = _figure(doc, claim)
    return figure is not None and figure.end < figure.sent.end and doc[figure.end].lower_ in _DEFINING


def _in_generic_rule(doc: Doc, claim: Claim) -> bool:
    """The claim's sentence opens with a present-tense 'when' or 'if' clause about any reading of
    the gauge (opinion_definitions.generic_when): the figures in it define zones, they read nothing."""
    words = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    return words is not None and len(words) > 0 and generic_when(words.sent)


def without_gauge_definitions(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims, less gauge readings whose figure is the gauge's scale, a zone's defining
    threshold or the day of a date."""
    text = text_of(doc)
    scales = [m.span() for m in _WRITTEN_SCALE.finditer(text)]
    kept = []
    for claim in claims:
        if claim.kind in _GAUGES and claim.value in {0, 1, 100} and any(lo < claim.span[1] <= hi for lo, hi in scales):
            continue
        if claim.kind in _GAUGES and claim.value in {0, 1, 100} and _an_end_defined(doc, claim):
            continue  # '1 indicates extreme fear and 100 signals extreme greed': the ends of the scale, defined
        if claim.kind is ClaimKind.sentiment_index and claim.value is None and _ZONE_DEFINED.search(text[max(0, claim.span[0] - 24) : claim.span[0]]):
            continue  # '... and 100 signals extreme greed': the zone an end of the scale stands for
        if claim.value is None and _zone_defined(doc, claim):
            continue  # 'a reading above 70 signals overbought conditions': the zone defined, not read
        if claim.kind in _GAUGES and _in_generic_rule(doc, claim):
            continue  # 'When the index falls below 25, it enters extreme fear': what any reading means
        if claim.kind in _GAUGES and claim.value is not None:
            figure = _figure(doc, claim)
            threshold = claim.comparator not in {Comparator.at, Comparator.up, Comparator.down}  # not 'a reading of 37 indicates'
            if figure is not None and (_a_scale_bound(doc, figure) or threshold and _a_defining_threshold(doc, figure)
                                       or _a_day_of_a_month(doc, figure)):
                continue
        kept.append(claim)
    return kept
