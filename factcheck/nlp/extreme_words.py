"""Words after a figure that make it the extreme of a move rather than where the price stands:
"surged to $97,000 at one point", "fell to $83,500 at its lowest". claims.py reads a move's
level as a session high or low when these follow it. ("rose to $106,500, the highest price
since May 22" is not one: the price went there and may stand there; the 'since' date is kept
on the level by last_seen.py.)
"""

from __future__ import annotations

from spacy.tokens import Span

_MOMENT_AFTER = (("at", "one", "point"), ("at", "some", "point"), ("at", "its", "peak"), ("at", "the", "peak"),
                 ("at", "its", "low"), ("at", "the", "low"), ("at", "the", "lows"), ("at", "its", "lowest"), ("at", "its", "highest"))


def moment_named_after(sentence: Span, quantity: Span) -> bool:
    """'surged to $97,000 at one point', 'fell to $83,500 at its lowest': a price touched for a
    moment, so the extreme of the move's window rather than where the price stands."""
    doc = sentence.doc
    words = tuple(t.lower_ for t in doc[quantity.end : min(sentence.end, quantity.end + 3)])
    return words in _MOMENT_AFTER


_MOMENT_BEFORE_OWNER = {"its", "the", "their"}
_MOMENT_BEFORE_EXTREME = {"low", "lowest", "high", "highest", "peak", "trough", "bottom"}


def moment_named_before(sentence: Span, quantity: Span) -> bool:
    """'At its low point of the day, ether was down 12% to $2,811': the same moment named ahead of
    the move ('at its lowest', 'at the session's high', 'at one point'), so the level is the window's extreme."""
    doc = sentence.doc
    words = [t.lower_ for t in doc[sentence.start : quantity.start]]
    for i in range(max(0, len(words) - 12), len(words) - 2):
        if tuple(words[i : i + 3]) in {("at", "one", "point"), ("at", "some", "point")} and "," not in words[i + 3 :]:
            return True  # "a plunge that at one point sent it to $59,317": touched for a moment, in the same clause
    for i, word in enumerate(words[:-2]):
        if word == "at" and words[i + 1] in _MOMENT_BEFORE_OWNER:
            rest = [w for w in words[i + 2 : i + 5] if w not in {"session", "'s", "’s", "day", "day's", "intraday"}]
            if rest and rest[0] in _MOMENT_BEFORE_EXTREME:
                return True
    return False
