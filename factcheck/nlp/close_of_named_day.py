"""'On Sunday, October 5, Bitcoin set a new high, a rise of 2.7% from the last close': the last
close is the one before the day the sentence opens with, not the one before publication.

A move measured "from the last/previous close" belongs to the day its sentence names before it
(a weekday, "yesterday", a date), when that day is over by publication: it runs from that day's
open (the previous close) through the day. Told of a high or a low reached ("set a new high",
"hit a low"), it is the furthest point of the day, not its close.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.nlp.components import group
from factcheck.nlp.timeref import ONE_DAY_NAMED

_CLOSE_WORDS = frozenset({"close", "closing"})
_EXTREME_WORDS = frozenset({"high", "highs", "peak", "peaked", "record", "top", "topped", "low", "lows", "bottom", "bottomed"})


def named_day_of_close(doc: Doc, sentence: Span, window: Span | None) -> Span | None:
    """The day-naming window before a move's "from the last close", in the same sentence."""
    if window is None or not _CLOSE_WORDS & {t.lower_ for t in window}:
        return None
    days = [w for w in group(doc, "windows") if sentence.start <= w.start and w.end <= window.start and w.label_ in ONE_DAY_NAMED]
    return days[-1] if days else None


def reaches_an_extreme(sentence: Span) -> bool:
    """Whether the sentence tells a high or low reached that day, so the move is to that point."""
    return any(t.lower_ in _EXTREME_WORDS for t in sentence)
