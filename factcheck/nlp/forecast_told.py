"""A move to a level that the sentence tells as done, read as a forecast by its move word: "the price
shot up to $88,500 on April 21", "has managed to return above the $10,000 mark", "ETH managed to
rally towards the resistance at $2,800", "the recent rally to $4,250 did not restore sentiment".

A move noun or an infinitive ('a rally to', 'to return above') usually names where the price is
expected to go, so the cues read it as a call; but when the verb that governs it is in the past
(or a perfect), with no modal and no verb of predicting on the way, or when the noun is marked as
one that happened ('the recent rally', 'SOL's rally'), the sentence reports the move. Such a
claim is no forecast: it is the high the move reached or the line it crossed.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality
from factcheck.nlp.components import text_of
from factcheck.nlp.timeref import resolve

# verbs whose object or clause is a prediction, whatever their tense: 'forecast a rise to $150,000'
_PREDICTING = {"expect", "forecast", "predict", "project", "anticipate", "estimate", "see", "call", "target", "eye", "aim", "believe",
               "think", "say", "warn", "suggest", "argue", "note", "add", "tell", "write", "reiterate", "set", "look", "plan", "hope",
               "want", "need", "seek", "wait", "imply", "signal", "point", "indicate", "mean", "open", "pave", "allow", "let",
               "prime", "slate", "poise", "position", "gear", "tip", "brace", "ready", "schedule", "due", "bind"}
# 'Solana primed to hit $300', 'Ether slated to test $5,000': readiness, by the word (the lemmatiser misreads some)
_READY = {"primed", "slated", "poised", "positioned", "geared", "tipped", "braced", "scheduled", "bound", "set", "expected"}
_MODALS = {"will", "would", "could", "can", "may", "might", "should", "must", "shall", "'ll", "’ll"}
_PERFECT = {"has", "have", "had", "'s", "’s", "was", "were"}
_MOVE_NOUNS = {"rally", "rise", "climb", "surge", "jump", "run", "move", "spike", "push", "rebound", "recovery", "bounce", "drop", "fall",
               "decline", "slide", "dip", "correction", "pullback", "breakout", "advance", "gain", "ascent", "leg", "plunge", "slump"}
_TOLD_MARKS = {"recent", "latest", "last", "previous", "prior", "earlier"}  # 'the recent rally to $4,250'
_STEPS = 8
# nouns that hold a call: 'his $250,000 target', 'a bull-case projection nearing $20,000'
_PREDICTION_NOUNS = {"target", "projection", "forecast", "prediction", "call", "outlook", "goal", "estimate", "expectation", "scenario",
                     "case", "path", "potential", "upside", "downside", "hope", "objective", "view", "model", "roadmap", "bet"}
_AHEAD_MARKS = {"further", "next", "potential", "possible", "another", "new", "fresh"}  # 'a further climb', 'the next leg'
# an attempt tells no level reached: 'two attempts to overcome $25,000', 'its inability to remain above $4,000'
_TRYING_NOUNS = {"attempt", "inability", "failure", "bid", "effort", "struggle", "try"}
_TRYING = {"try", "attempt", "fail", "struggle", "seek"}
_TOWARD = re.compile(r"\btowards?\b")
_TO_BEYOND = re.compile(r"\bto\s+(?:over|above|below|under)\b")


def _told(token: Token) -> str | None:
    """How the verb chain above a claim's head tells the move: 'reached' (a finished move),
    'tried' (an attempt, which reaches nothing: 'was unable to remain above $4,000'), or None (ahead)."""
    t = token
    tried = False
    for _ in range(_STEPS):
        if t.pos_ in {"NOUN", "PROPN"}:
            if t.lemma_.lower() in _PREDICTION_NOUNS or any(c.lower_ in _AHEAD_MARKS for c in t.children):
                return None  # 'his $250,000 target', 'hopes for a further climb to $150,000'
            if t.lemma_.lower() in _TRYING_NOUNS:
                if any(c.dep_ in {"poss", "nummod"} for c in t.children):
                    return "tried"  # 'two attempts to overcome $25,000', "Ether's inability to remain above $4,000"
                tried = True  # 'another attempt to break $100,000': told or expected, as the verb above says
            if t.lemma_.lower() in _MOVE_NOUNS and any(c.dep_ == "poss" or c.dep_ == "amod" and c.lower_ in _TOLD_MARKS for c in t.children):
                return "tried" if tried else "reached"  # 'the recent rally to $4,250', "SOL's rally to $180"
        if t.pos_ in {"VERB", "AUX"}:
            aux = [c for c in t.children if c.dep_ in {"aux", "auxpass"}]
            if any(c.tag_ == "MD" or c.lower_ in _MODALS for c in aux) or t.lemma_.lower() in _PREDICTING or t.lower_ in _READY \
                    or any(c.lower_ == "for" and c.dep_ == "mark" for c in t.children):
                return None  # a modal, a verb of predicting, or 'for ether to hit': a prospect
            tried = tried or t.lemma_.lower() in _TRYING
            bare_participle = t.tag_ == "VBN" and t.dep_ in {"ROOT", "conj"} and not aux  # the parser's reading of a past verb
            if t.tag_ == "VBD" or t.tag_ == "VBN" and any(c.lower_ in _PERFECT for c in aux) or bare_participle:
                return "tried" if tried else "reached"
            if t.tag_ not in {"VB", "VBG"} or t.dep_ in {"ROOT"} and t.tag_ == "VB":
                return None  # a present ('eyes', 'targets') or a bare verb of a headline ('Bitcoin to hit')
        if t.head.i == t.i:
            return "tried" if tried else None  # 'Two more attempts to overcome $3,000 followed': the attempt heads it
        t = t.head
    return None


def _as_told(article: Article, claim: Claim, text: str) -> Claim | None:
    """The level of a told move as what it says happened: the high it reached ('shot up to $88,543',
    'was stopped at $59,000'), or the line it crossed ('managed to return above the $10,000 mark');
    a move only towards a level says neither."""
    words = text[claim.span[0] : claim.span[1]].lower()
    if _TOWARD.search(words):
        return None
    if claim.comparator is Comparator.at and claim.value_high is None:
        kind, comparator = ClaimKind.intraday_high, Comparator.at
    elif claim.comparator in {Comparator.above, Comparator.below}:
        kind = ClaimKind.price_level
        crossed = Comparator.crossed_above if claim.comparator is Comparator.above else Comparator.crossed_below
        comparator = claim.comparator if _TO_BEYOND.search(words) else crossed  # 'shot up to over $40,000': above it
    else:
        return None
    return claim.model_copy(update={"kind": kind, "comparator": comparator, "modality": Modality.asserted, "metric": "price",
                                    "time": resolve(article, "instant", None)})


def without_told_moves(doc: Doc, article: Article, claims: list[Claim]) -> list[Claim]:
    """The forecasts of a level whose move the sentence tells as done made the level it reached or
    crossed (dropped when another claim already holds that figure)."""
    text = text_of(doc)
    out: list[Claim] = []
    for claim in claims:
        if claim.kind is ClaimKind.forecast and claim.value is not None and claim.unit != "%" \
                and claim.modality is Modality.forecast and claim.attributed_to is None:
            span = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
            figure = next((t for t in span if t.like_num), span.root) if span is not None else None
            named = span is not None and any(t.lemma_.lower() in _PREDICTION_NOUNS for t in doc[max(span.sent.start, span.start - 6) : span.end])
            how = _told(figure) if figure is not None and not named else None  # 'revised its target to $120,000': a call
            if how is not None:
                told = _as_told(article, claim, text) if how == "reached" else None
                held = any(o is not claim and o.kind is not ClaimKind.opinion and o.value == claim.value
                           and o.span[0] < claim.span[1] and claim.span[0] < o.span[1] for o in claims)
                if told is not None and not held:
                    out.append(told)
                continue
        out.append(claim)
    return out
