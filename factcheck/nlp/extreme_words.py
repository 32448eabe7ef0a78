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
