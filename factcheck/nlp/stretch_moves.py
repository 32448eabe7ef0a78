"""'Earlier in the week, bitcoin plummeted 3.2% within three hours': the hours say how fast the move
went, and the period says when. The move is checked as some stretch of that length inside the period
(verify/stretch_move.py), not as the hours before publication."""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Span

from factcheck.nlp.components import within
from factcheck.nlp.timeref import DAYS_NAMED, duration

_QUICK_WORDS = frozenset({"just", "only", "under", "less", "mere", "matter"})
_LOOKBACK_WORDS = frozenset({"past", "last", "previous", "prior", "latest"})
LONGEST_STRETCH = timedelta(hours=12)  # "in 24 hours" is the usual look back, not a speed


def _speed(window: Span) -> bool:
    """'within three hours', 'in just two hours', 'in under an hour': how fast, not how far back."""
    words = [t.lower_ for t in window]
    return words[0] == "within" or words[0] == "in" and bool(_QUICK_WORDS & set(words[1:3]))


def stretch_and_period(sentence: Span, window: Span | None) -> tuple[float, Span] | None:
    """For a move's window "within three hours" (not "in the past three hours") in a sentence that
    also names a period it happened in, the stretch's length in days and that period."""
    if window is None or window.label_ != "duration" or not _speed(window):
        return None
    if _LOOKBACK_WORDS & {t.lower_ for t in window}:
        return None
    length = duration(window)
    if length is None or length > LONGEST_STRETCH:
        return None
    periods = [w for w in within(sentence.doc, "windows", sentence) if w.label_ in DAYS_NAMED and w.label_ != "today"
               and w[0].lower_ != "since" and not (w.start < window.end and window.start < w.end)]
    return (length / timedelta(days=1), periods[-1]) if periods else None
