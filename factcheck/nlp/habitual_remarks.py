"""Rules of thumb: what markets do in general, told in the middle of market copy.

"Sharp corrections can wipe out leveraged traders", "Thin order books typically exaggerate
moves", "Rate cuts tend to lift risk assets", "When funding spikes, a flush often follows": the
sentence says what happens each time a thing happens, about things in general (a bare plural,
a mass noun, 'a sudden spike'), not how this market stands now. corpus/README.md lists
"definitions of terms, methodology" and the mechanical meaning of figures among the things that are
no opinion; the annotators of the real pages left these general remarks out too.

A remark anchored to the market at hand stays a reading: a subject that points at it ('this
setup can ...', 'readings this low have tended ...', 'Bitcoin can ...'), a group of participants
('retail tends to pile in'), a past or a time ('can slow down in the near future').
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.nlp.components import group

_HABIT_ADVERBS = {"typically", "generally", "usually", "often", "frequently", "commonly", "normally"}
_HABIT_VERBS = {"tend"}
_GAUGE_ZONES = {"fear", "greed"}
_WHEN = {"when", "whenever"}
_PRESENT = {"VBZ", "VBP"}
_POINTING = {"this", "these", "that", "those", "such", "current", "recent", "today", "latest", "its", "their", "our", "his", "her"}
_INDEFINITE = {"a", "an", "any", "most", "many", "some"}
_ANCHORS = {"now", "currently", "today", "tonight", "soon", "yet", "still", "already", "again", "next", "week", "month",
            "year", "session", "press", "recently", "lately", "this"}
_GROUPS = {"trader", "investor", "whale", "institution", "retail", "holder", "desk", "bull", "bear", "short", "long", "buyer",
           "seller", "speculator", "community", "fund", "participant", "everyone", "nobody", "taker", "we", "you", "i"}


def habitual_remark(sentence: Span) -> bool:
    """The sentence's main clause states a habit or a general possibility of things in general."""
    root = sentence.root
    if root.pos_ not in {"VERB", "AUX"} or _anchored(sentence):
        return False
    opener = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
    if opener is not None and opener.lower_ in _WHEN and _generic_when(opener, root):
        return True  # 'When funding spikes, longs get flushed': each time, not this time
    verbs = [root, *[c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]]
    for verb in verbs:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None and verb is not root:
            subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if _habit(verb) and _generic(subject):
            return True
    return False


def _habit(verb: Token) -> bool:
    """'can trigger', 'typically get', 'tend to weaken': a habit or a general possibility."""
    if verb.tag_ not in _PRESENT | {"VB"}:
        return False
    if verb.lemma_.lower() in _HABIT_VERBS:
        return True
    return any((c.dep_ == "aux" and c.lower_ in {"can", "ca"}) or (c.dep_ == "advmod" and c.lower_ in _HABIT_ADVERBS)
               for c in verb.children)


def _generic(subject: Token | None) -> bool:
    """'Sharp corrections', 'leverage', 'a sudden spike': things in general; not a pronoun, a coin,
    a group of participants or something pointed at."""
    if subject is None or subject.pos_ == "PRON" or subject.lemma_.lower() in _GROUPS | _GAUGE_ZONES or subject.lower_ in _GROUPS:
        return False  # 'extreme fear can precede bottoms': the gauge's zone, read where it stands now
    words = list(subject.subtree)
    if any(t.lower_ in _POINTING for t in words):
        return False  # 'this setup', 'such conditions', 'readings this low'
    if any(words[0].i <= a.start <= words[-1].i for a in group(subject.doc, "assets")):
        return False  # 'Bitcoin can ...': the coin at hand
    determiner = next((c for c in subject.children if c.dep_ == "det"), None)
    if determiner is not None and determiner.lower_ not in _INDEFINITE:
        return False  # 'the market can ...' may mean this market
    return subject.tag_ in {"NNS", "NN"} or subject.pos_ == "NOUN"


def _generic_when(opener: Token, root: Token) -> bool:
    """'When the market is optimistic, sentiment improves', 'When bitcoin breaks a key level, it can
    trigger stops': a present 'when' clause before a present main clause says what happens each time."""
    clause = opener.head
    if clause.i == opener.i or clause.tag_ not in _PRESENT or clause.head.i != root.i:
        return False
    if any(t.tag_ in {"VBD", "VBN"} and t.dep_ != "amod" for t in clause.subtree):
        return False
    if root.tag_ in _PRESENT and not any(c.dep_ == "aux" for c in root.children):
        return True
    return root.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in {"can", "ca"} for c in root.children)


def _anchored(sentence: Span) -> bool:
    """A past, a perfect or a time word ties the sentence to the market at hand."""
    for t in sentence:
        if t.tag_ == "VBD" or (t.tag_ == "VBN" and any(c.lemma_ == "have" and c.dep_ == "aux" for c in t.children)):
            return True
        if t.lower_ in _ANCHORS and t.ent_type_ != "PERCENT":
            return True
    return False
