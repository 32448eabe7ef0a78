"""A price level a coin held over a span: 'has stayed below $64,000 since Monday', 'held above
$53,000 all week', 'hovered around $57,000 for the past week'. The verb says the level was true of
every hour of the span; a span written as a length ('for the past week') is then the claim's time."""

from __future__ import annotations

from spacy.tokens import Span

from factcheck.model import Comparator

_HOLDING_VERBS = frozenset({"hold", "stay", "remain", "hover", "consolidate", "linger", "cling", "keep", "sit", "oscillate"})
_HELD_SIDES = frozenset({Comparator.above, Comparator.below, Comparator.at})
_STREAK_WORDS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "straight", "consecutive", "successive", "row"})


def held_over(cue: Span | None, comparator: Comparator, window: Span | None = None) -> bool:
    """Whether the cue is a verb of holding a level ('held above', 'stayed below', 'hovered around')
    over the window. A streak ('held above $100,000 for a second day') counts daily closes, not hours."""
    if cue is None or comparator not in _HELD_SIDES:
        return False
    if window is not None and any(t.lower_ in _STREAK_WORDS for t in window.doc[max(window.sent.start, window.start - 1) : window.end + 2]):
        return False
    return any(t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in _HOLDING_VERBS for t in cue)
