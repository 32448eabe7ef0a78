"""'... reflected in the coin's falling futures open interest (OI). At press time, this stands at
$51.88 billion, down 1% over the past 24 hours': after a sentence about open interest only, the
subject 'this' or 'it' (or 'the figure', 'the metric') standing at a sum of money is that open
interest. Outlets name the total once and give its level in the next sentence."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.nlp.components import group
from factcheck.nlp.metric_words import MONEY

_ANAPHORA = {"it", "this", "figure", "metric", "total", "value"}
_STATES = {"be", "stand", "sit", "hover", "stay", "remain", "settle", "come"}


def open_interest_carried(doc: Doc, sentence: Span, named: Span) -> Span | None:
    """The subject standing for the open interest of the sentence before, as a metric span."""
    for token in sentence:
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.lower_ not in _ANAPHORA:
            continue
        if token.lower_ not in {"it", "this"} and not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children):
            continue
        verb = token.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in _STATES:
            return None
        level = next((q for q in group(doc, "quantities") if token.i < q.start < min(sentence.end, verb.i + 4)), None)
        if level is None or level._.quantity.unit not in MONEY:
            return None
        return Span(doc, token.i, token.i + 1, label=named.label_)
    return None
