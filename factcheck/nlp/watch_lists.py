"""What participants are watching: "Traders are watching the falling trendline and the supply zone
above it", "Investors are eyeing Friday's inflation data", "Market attention now turns to the Fed
minutes", "The focus remains on key technical levels", "All eyes are on the company's earnings
call", "Chartists are looking for technical signals".

Such a sentence lists what comes next or what a chart shows; it reads no state of the market,
gives no cause and takes no position, so corpus/README.md's opinion sorts do not cover it, and the
annotators of real pages left it out. A watch that carries a reading stays one: a hedge on the
verb ('may be looking for quick gains') or an open question ('watching whether the reset sets up
a cleaner base') is left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_WATCHING = {"watch", "eye", "monitor", "scrutinize", "scrutinise"}
_FOCUS = {"attention", "focus", "spotlight"}
_TURNING = {"turn", "shift", "move"}
_STAYING = {"be", "remain", "stay"}  # where the focus is, rather than where it turns
_MODALS = {"may", "might", "could", "would", "should", "can", "will", "must"}
_OPEN = {"whether", "if"}
# what an 'eyeing' looks forward to when it means expecting a move, not watching a release or a line
_EXPECTED = {"rally", "bounce", "rebound", "breakout", "recovery", "move", "run", "surge", "rise", "drop", "decline",
             "correction", "pullback", "retest", "target", "gain", "upside", "downside", "leg", "push"}


def _watching_verb(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if lemma in _WATCHING:
        return True
    if lemma == "look" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return subject is not None and subject.pos_ in {"NOUN", "PROPN"}  # 'chartists are looking for signals'
    if lemma in _TURNING and subject is not None and subject.lemma_.lower() in _FOCUS:
        return True  # 'attention now turns to the minutes'
    if lemma in _STAYING and subject is not None and subject.lemma_.lower() in _FOCUS:
        return any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children)  # 'the focus remains on key levels'
    if lemma == "be" and subject is not None and subject.lower_ == "eyes":
        return any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children)  # 'all eyes are on the call'
    return False


def watching_only(part: Span) -> bool:
    """The clause's main verb says what participants watch, without a hedge or an open question."""
    verb = part.root
    if not _watching_verb(verb):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return False
    watched = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    watched += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(w.lemma_.lower() in _EXPECTED for w in watched):
        return False  # 'traders are eyeing a potential rally': an expectation, an outlook
    return not any(t.lower_ in _OPEN for t in part)


def _framed(verb: Token) -> bool:
    """A clause with its own verb before the watch ('With institutional interest growing, traders
    are ...', 'As the dollar firms, investors are ...') gives a cause or a setting of its own."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    start = subject.left_edge.i if subject is not None else verb.i
    return any(c.i < start and c.dep_ in {"prep", "advcl"} and any(t.pos_ in {"VERB", "AUX"} for t in c.subtree)
               for c in verb.children)


def watch_sentence(sentence: Span) -> bool:
    """The whole sentence is a watch: its main verb, and any verb joined to it, only watch."""
    verbs = [sentence.root, *[c for c in sentence.root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]]
    return watching_only(sentence) and not _framed(sentence.root) and all(_watching_verb(v) for v in verbs)
