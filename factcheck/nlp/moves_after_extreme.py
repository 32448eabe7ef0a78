"""'Bitcoin peaked in October before declining 46%': the decline runs from that peak to now, not
inside October; 'bottomed in June, then rallied 80%' runs from that low. The period names when the
extreme was, and the move is measured from the extreme of the period onward."""

from __future__ import annotations

from spacy.tokens import Span

_PEAK_WORDS = frozenset({"peak", "top", "high", "record", "crest"})
_LOW_WORDS = frozenset({"bottom", "trough", "low"})
_SEQUENCE_WORDS = frozenset({"before", "then", "since"})


def move_after_extreme(sentence: Span, window: Span | None, anchor: Span, value: float) -> str | None:
    """'drop_from_high' or 'rebound_from_low' when the move's period names the extreme it started
    from, written before the move and joined to it by 'before' or 'then'."""
    if window is None or window.end > anchor.start or window.label_ in {"duration", "today"}:
        return None
    doc = window.doc
    between = doc[window.end : anchor.start]
    if len(between) > 6 or not any(t.lower_ in _SEQUENCE_WORDS for t in between):
        return None
    before = doc[max(sentence.start, window.start - 3) : window.start]
    words = {t.lemma_.lower() for t in before} | {t.lower_ for t in before}
    if value < 0 and words & _PEAK_WORDS:
        return "drop_from_high"
    if value > 0 and words & _LOW_WORDS:
        return "rebound_from_low"
    return None
