"""A sentence that says what an open outcome turns on reads nothing of the market.

'Whether ETH can regain its uptrend or face further corrections depends on its ability to hold
support' and 'Whether the bounce lasts hinges on the weekly close' name two paths and the test
between them; neither says which one the market is on. corpus/README lists questions and the
conditions of a scenario among the things that are no opinion, and this is both at once.
"""

from __future__ import annotations

from spacy.tokens import Span

_TURNING = {"depend", "hinge", "rest", "rely", "ride", "turn"}  # lemmas, read where the parse holds
_TURNING_WORDS = {"depends", "depend", "hinges", "hinge", "rests", "rest", "relies", "rely", "turns", "turn"}  # as written
_OPEN = {"whether", "if"}


def _written(sentence: Span) -> bool:
    """'Whether bitcoin can extend the rally hinges on ...': the tagger may take 'hinges' for a
    noun; the sentence opens with 'whether' and a verb of turning is followed by 'on'."""
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    if not words or words[0].lower_ != "whether":
        return False
    return any(t.lower_ in _TURNING_WORDS and t.i + 1 < sentence.end and sentence.doc[t.i + 1].lower_ in {"on", "upon"}
               for t in words[1:])


def turns_on(sentence: Span) -> bool:
    """The main verb is 'depends' (or 'hinges', 'rests') and its subject is a 'whether' clause."""
    if _written(sentence):
        return True
    root = sentence.root
    if root.lemma_.lower() not in _TURNING:
        return False
    subject = next((c for c in root.children if c.dep_ in {"csubj", "nsubj"}), None)
    if subject is None:
        return False
    return any(t.lower_ in _OPEN and t.dep_ == "mark" for t in subject.subtree)
