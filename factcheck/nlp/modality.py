"""Is a claim stated as fact, forecast, condition, or someone else's word?

Read from the dependency parse around the claim's verb: a modal auxiliary or
a verb of expectation makes a forecast, an `if` clause a condition, "according
to X" or "X said" an attribution (and X is kept).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.model import Modality

MODALS = {"could", "may", "might", "will", "would", "should", "'ll", "can", "must", "wo", "shall"}
EXPECTING = {
    "expect", "likely", "poise", "set", "predict", "forecast", "project", "aim", "target",
    "eye", "anticipate", "bound", "due", "tip", "seem", "look", "hope", "plan", "threaten",
    "prepare", "need", "potential", "possible", "want", "try", "attempt",
}
CONDITIONS = {"if", "unless", "once", "should", "provided", "assuming", "whether"}
REPORTING = {
    "say", "note", "tell", "write", "explain", "argue", "claim", "report", "believe",
    "warn", "suggest", "add", "predict", "estimate", "expect", "observe", "point", "reckon",
    "state", "comment", "caution", "highlight", "show", "reveal", "indicate",
}
SOURCES = {"PERSON", "ORG", "NORP", "GPE", "WORK_OF_ART", "PRODUCT"}


def _verb(span: Span) -> Token:
    """The token that governs a cue: its root, raised to the verb when it is a preposition."""
    token = span.root
    while token.pos_ not in {"VERB", "AUX"} and token.head is not token and token.dep_ in {
        "prep", "pobj", "advmod", "npadvmod", "nummod", "dobj", "attr", "amod", "compound", "quantmod", "nmod",
    }:
        token = token.head
    return token


_NEEDS_TO = {"set", "due", "bound", "poise", "tip", "look", "plan", "need", "want", "try", "attempt", "prepare", "aim"}


def _without_to(token: Token) -> bool:
    """'set to rise' expects; 'set a record, and was at $70,000' does not."""
    if token.lemma_.lower() not in _NEEDS_TO:
        return False
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return not (nxt is not None and nxt.lower_ in {"to", "for"} or any(c.dep_ == "xcomp" for c in token.children))


def _is_forecast(verb: Token) -> bool:
    for token in [verb, *verb.ancestors][:4]:
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in MODALS for c in token.children):
            return True
        if token.lemma_.lower() in EXPECTING and token is not verb and not _without_to(token):
            return True
        if token.dep_ not in {"xcomp", "ccomp", "acomp", "conj", "advcl", "prep", "pobj"}:
            break
    return False


def _in_condition(verb: Token) -> bool:
    for token in [verb, *verb.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in token.children):
            return True
        if token.dep_ not in {"conj", "xcomp", "ccomp", "advcl", "prep", "pobj", "acomp"}:
            break
    return False


def attribution(sentence: Span) -> str | None:
    """Who the sentence says it is from: 'According to U.Today ...' or '... analysts said'."""
    tokens = list(sentence)
    for i, token in enumerate(tokens[:-1]):
        if token.lower_ == "according" and tokens[i + 1].lower_ == "to":
            rest = sentence.doc[tokens[i + 1].i + 1 : sentence.end]
            for ent in rest.ents:
                if ent.label_ in SOURCES:
                    return ent.text
            pobj = next((c for c in tokens[i + 1].children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return sentence.doc[pobj.left_edge.i : pobj.right_edge.i + 1].text
    for token in tokens:
        if token.lemma_.lower() in REPORTING and token.pos_ == "VERB":
            subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None:
                continue
            phrase = sentence.doc[subject.left_edge.i : subject.right_edge.i + 1]
            named = [e for e in phrase.ents if e.label_ in SOURCES]
            if named:
                return named[0].text
            if subject.lemma_.lower() in {"analyst", "trader", "strategist", "expert", "economist", "researcher", "report", "firm", "bank", "exchange", "platform", "data"}:
                return phrase.text
    return None


def in_condition(cue: Span) -> bool:
    """Whether the words sit in an 'if' / 'unless' clause."""
    return _in_condition(_verb(cue))


def modality_of(cue: Span, sentence: Span) -> tuple[Modality, str | None]:
    """The claim's modality and, when it is someone's word, whose."""
    verb = _verb(cue)
    source = attribution(sentence)
    if _is_forecast(verb):
        return Modality.forecast, source
    if _in_condition(verb):
        return Modality.conditional, source
    if source:
        return Modality.attributed, source
    return Modality.asserted, None


_PROSPECT_WORDS = {"room", "scope", "likely", "possible", "potential", "outlook", "scenario", "odds", "path",
                   "potentially", "possibly", "prediction", "predictions", "projection", "projections", "forecasts",
                   "guess"}  # "My guess: we retest the $60,000 low"
_EXPECTING_WORDS = {"expect", "forecast", "predict", "target", "anticipate", "eye", "project", "call", "see"}


def is_modal(token: Token) -> bool:
    """A modal verb, not a word spelled like one: 'may' tagged MD, and a capitalised 'May'
    only at the start of its sentence or before a verb ('the $111,900 May high' is a month)."""
    if token.lower_ not in MODALS or token.tag_ != "MD":
        return False
    if token.text != "May" or token.is_sent_start:
        return True
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.tag_ == "VB"


def sentence_expects(sentence: Span, quantity: Span) -> bool:
    """A forecast said around a noun ("desks expect a push to $75,000", "$105,000
    could come back into view"): a modal or a verb of expectation before the
    number, or a modal right after it."""
    doc = sentence.doc
    before = doc[sentence.start : quantity.start]
    for token in before:
        if token.dep_ in {"aux", "auxpass"} and is_modal(token):
            return True
        if token.pos_ == "VERB" and token.lemma_.lower() in _EXPECTING_WORDS - {"see", "call"}:
            return True
        if token.lower_ in _PROSPECT_WORDS:
            return True
    after = doc[quantity.end : min(quantity.end + 2, sentence.end)]
    return any(is_modal(t) for t in after)
