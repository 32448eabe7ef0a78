"""A chart line that holds the price up or caps it tells which side of it the price is on: "retains
support from the 200-day MA", "upside capped by the 50 SMA", "the 200-day MA is acting as resistance",
"finds support at the 100-day EMA". A line below the price is what supports it; a line above it is what
caps it (README: a position against a moving average is `above` / `below`).

Read only where the role is told as the line's now: a hedge ('could find support at the 50-day') or a
condition leaves the side unsaid. A role given to a line's level ('resistance is provided by the
50-day EMA at $2,410') is line_roles.py's support or resistance, not a position.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Comparator
from factcheck.nlp.modality import in_condition

_HELD_UP = {"support", "supported", "propped", "underpinned", "cushioned", "floor"}
_HELD_DOWN = {"resistance", "capped", "rejected", "resisted", "suppressed", "ceiling", "lid"}
_PREPOSITIONS = {"from", "at", "of", "near", "by", "on", "around"}
_BETWEEN = {"the", "its", "their", "a", "key", "major", "critical", "crucial", "important", "strong", "dynamic", "rising",
            "falling", "declining", "flat", "slight", "steady", "immediate", "firm", "solid", "up"}  # 'propped up by'
_ACTING = {"act", "serve", "function", "work", "hold", "provide", "offer", "cap", "limit", "turn", "flip", "become"}
_ACTING_GLUE = {"is", "are", "was", "were", "has", "have", "been", "now", "currently", "still", "also", "as", "again", "firmly",
                "acting", "serving", "functioning", "working", "holding", "providing", "offering"} | _BETWEEN - {"up"}
_HEDGES = {"could", "may", "might", "would", "will", "should", "can", "likely", "expected", "if", "unless", "whether"}
_UNDONE = {"lose", "break", "breach", "crack", "pierce", "clear", "reclaim", "flip", "test", "retest", "seek", "need"}
# 'lost support at the 20-day EMA', 'tests support at ...', 'needs support from ...': not (or not yet) held
_REACH = 6


def side_held(doc: Doc, sentence: Span, line: Span) -> tuple[Comparator, int] | None:
    """(above or below, the token the role starts at) when the sentence has the line hold the price
    up or cap it, else None."""
    found = _role_before(doc, sentence, line) or _role_after(doc, sentence, line)
    if found is None:
        return None
    comparator, start = found
    lead = doc[max(sentence.start, min(start, line.start) - 4) : min(start, line.start)]
    if any(t.lower_ in _HEDGES for t in lead) or in_condition(doc[start : start + 1]):
        return None  # 'could find support at the 50-day EMA': where support may come, not where price is
    return comparator, start


def _role_before(doc: Doc, sentence: Span, line: Span) -> tuple[Comparator, int] | None:
    """'support from the 200-day MA', 'capped by the 50 SMA'."""
    i = line.start - 1
    while i > sentence.start and doc[i].lower_ in _BETWEEN and line.start - i < _REACH:
        i -= 1
    if i <= sentence.start or doc[i].lower_ not in _PREPOSITIONS:
        return None
    j = i - 1
    while j > sentence.start and doc[j].lower_ in _BETWEEN and i - j < 3:
        j -= 1
    role = doc[j].lower_
    if j > sentence.start and role in {"support", "resistance"} and doc[j - 1].lemma_.lower() in _UNDONE:
        return None
    if j > sentence.start and role in {"support", "resistance"} and doc[j - 1].tag_ == "VBD":
        return None  # 'found support around its 100-day EMA on Monday': where it turned then, not its side now
    if role in _HELD_UP:
        return Comparator.above, j
    if role in _HELD_DOWN:
        return Comparator.below, j
    return None


def _role_after(doc: Doc, sentence: Span, line: Span) -> tuple[Comparator, int] | None:
    """'the 200-day MA is acting as the immediate resistance', 'the 50-day SMA capped the bounce'."""
    acted = False
    for t in doc[line.end : min(sentence.end, line.end + _REACH + 2)]:
        word = t.lower_
        if word in _HEDGES:
            return None  # 'the 50-day SMA could act as support': a role foreseen
        if word in _HELD_UP and t.pos_ == "NOUN" and acted:
            return Comparator.above, line.start
        if word in _HELD_DOWN and t.pos_ == "NOUN" and acted:
            return Comparator.below, line.start
        if t.lemma_.lower() in {"cap", "limit", "suppress"} and t.pos_ == "VERB":
            return Comparator.below, line.start
        if t.lemma_.lower() in _ACTING:
            acted = True
            continue
        if word not in _ACTING_GLUE and not (acted and t.pos_ == "ADJ"):  # 'acting as stiff resistance'
            return None
    return None
