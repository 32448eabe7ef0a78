"""'Immediate support could come from the 57,600 support level', 'the coin will likely meet initial
resistance at $57.70', 'it could see another decline with initial support near $2,495': a support or
resistance named in a hedged sentence, with no move said to go to it, is the line itself, told with
the outlet's hedge, not a price target (corpus/README: support and resistance are lines; a forecast
is where a move is said to go). 'Could drag BTC back to its $87,700 support', 'may test the
support at $56,552' send a move there: those stay calls, with the line beside them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# words that send a move to the line: 'to', 'toward', 'test', 'reach', 'face'
_DESTINATION = {"to", "toward", "towards", "into", "test", "tests", "testing", "tested", "retest", "retests", "retesting", "re-test",
                "reach", "reaches", "reaching", "hit", "hits", "hitting", "tag", "tagging", "revisit", "revisiting", "target", "targets",
                "targeting", "face", "faces", "facing", "challenge", "challenging", "eye", "eyes", "eyeing", "approach", "approaching",
                # verbs that send the price there ('could push the price to nearest resistance at $42,000') or keep it there
                "push", "pushing", "send", "sending", "drive", "driving", "drag", "dragging", "lift", "lifting", "carry", "take",
                "put", "puts", "find", "finds", "remain", "stay", "hover", "hovering", "consolidate", "consolidating",
                "until", "till", "back"}  # 'press higher ... until $59k-$60k comes into view', 'back in play'
_REACH = 4  # tokens before the line's cue where such a word may stand ('to the key $25,000 resistance')


def role_foreseen(cue: Span, quantity: Span) -> bool:
    """Whether the support or resistance `cue` names at `quantity` is only foreseen: no word
    before them, or in them, sends a move there."""
    doc = cue.doc
    before = doc[max(cue.sent.start, min(cue.start, quantity.start) - _REACH) : min(cue.sent.end, max(cue.end, quantity.end) + 1)]
    return not any(t.lower_ in _DESTINATION and not _infinitival(t) for t in before)


def _infinitival(token: Token) -> bool:
    """'the bulls are pushing to defend the $3,417 support level': 'to' before a verb, and a verb
    that takes one, send no move to the line."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.lower_ == "to":
        return nxt is not None and nxt.tag_ == "VB"
    return nxt is not None and nxt.lower_ == "to" and token.i + 2 < len(doc) and doc[token.i + 2].tag_ == "VB"
