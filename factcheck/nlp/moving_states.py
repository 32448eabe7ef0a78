"""'BTC/USD is currently moving below the 9-day and 21-day moving averages', 'the RSI (14) signal
line is moving above the 50-level': 'move' in the progressive tells the side a price or gauge runs
on now, not a crossing. Price-prediction outlets write every standing this way; 'moved above',
'moves above' and 'is moving back above' still tell a crossing.
"""

from __future__ import annotations

from spacy.tokens import Token

_NOW = {"currently", "still", "now", "presently", "steadily"}


def moving_as_state(verb: Token) -> bool:
    """Whether `verb` is a progressive 'moving' that says where the line is ('is moving above')."""
    if verb.lemma_.lower() != "move" or verb.tag_ != "VBG":
        return False
    if any(c.lower_ == "back" for c in verb.children) or verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "back":
        return False  # 'is moving back above 50': it had been below
    doc = verb.doc
    before = doc[max(verb.sent.start, verb.i - 2) : verb.i]
    return any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children) \
        or any(t.lower_ in _NOW or t.lemma_ == "be" for t in before)
