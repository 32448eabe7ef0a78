"""What a forecast rests on, told as the forecast's premise: no reading of the market.

Scenario and prediction pages explain their calls: "Our target assumes staking demand holds",
"The bull case hinges on rate cuts", "Risks to the bear case include a supply squeeze", "The
estimates come from the bank's quarterly model". The sentence names the call as
its subject and says what the call depends on or where it comes from; it is the method of a
forecast (corpus/README.md lists methodology among what is no opinion), however much market
vocabulary it carries. The call's nouns and the verbs of resting-on are data in
models/patterns/opinions.jsonl (roles premise-noun, premise-verb).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from factcheck.nlp.components import PATTERNS, read_jsonl

_CASE_KINDS = {"bull", "bear", "base", "bullish", "bearish", "best", "worst", "upside", "downside", "central"}
_SOURCE_PREPS = {"from"}  # 'the estimates come from a model': where the call comes from


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for row in read_jsonl(PATTERNS / "opinions.jsonl"):
        if row["role"].startswith("premise-"):
            out.setdefault(row["role"], set()).update(row.get("lemmas", []))
    return {k: frozenset(v) for k, v in out.items()}


def _names_a_call(token: Token) -> bool:
    """A forecast's noun: 'projection', 'target', 'scenario'; 'case' only as a scenario's case
    ('the bear case', not 'the case for easing')."""
    lemma = token.lemma_.lower()
    if lemma == "case":
        return any(c.lower_ in _CASE_KINDS for c in token.children if c.dep_ in {"compound", "amod"})
    return lemma in _words().get("premise-noun", frozenset())


def _rests_on(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma not in _words().get("premise-verb", frozenset()):
        return False
    if lemma == "come":
        return any(c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS for c in verb.children)
    return True


def forecast_premise(sentence: Span) -> bool:
    """The sentence's main verb says what a call rests on, and its subject names the call (or
    holds it: 'the risks to this bear case include ...')."""
    root = sentence.root
    verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    for verb in verbs:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or not _rests_on(verb):
            continue
        if any(_names_a_call(t) for t in subject.subtree):
            return True
    return False
