"""'The Crypto Fear & Greed Index stands at 51. ... The gauge blends volatility and volume. ...
On Tuesday, the index slid to 37': outlets name the sentiment index once and then
call it 'the index' paragraphs later, after sentences about other things. A definite 'the index'
(or 'the gauge', 'the current score', 'the index reading') as the subject of a clause is the last gauge the article named, when that gauge
is the sentiment index and no other gauge or index was named since."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.nlp.components import group

_NOUNS = {"index", "gauge"}
_DETERMINERS = {"the", "this"}
_SCORES = {"score", "reading"}  # the gauge's value named as such
_FRESH = {"current", "latest", "new", "today", "today's"}
_REACH = 8  # sentences back to the naming


def index_named_back(doc: Doc, sentence: Span, named: Span | None, sentences_since: int) -> Span | None:
    """The subject 'the index' of `sentence` as the sentiment index `named` before, or None."""
    if named is None or named.label_ != "sentiment_index" or sentences_since > _REACH:
        return None
    for token in sentence:
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.head.pos_ not in {"VERB", "AUX"}:
            continue
        if not any(c.dep_ == "det" and c.lower_ in _DETERMINERS for c in token.children):
            continue
        if token.lower_ in _SCORES:  # 'the current index score is 11', 'the latest reading is 14'
            owners = [c for c in token.children if c.dep_ in {"compound", "amod", "poss", "nmod"}]
            if all(c.lower_ in _NOUNS or c.lower_ in _FRESH for c in owners):
                return Span(doc, min([token.i, *(c.i for c in owners)]), token.i + 1, label=named.label_)
            continue
        if token.lower_ not in _NOUNS or any(c.dep_ in {"compound", "amod", "poss"} for c in token.children):
            continue  # 'the dollar index', 'the S&P index': another index
        return Span(doc, token.i, token.i + 1, label=named.label_)
    return None


def other_index_named(doc: Doc, sentence: Span) -> bool:
    """Whether `sentence` names an index or gauge that is not a market series of ours ('the S&P 500',
    'the dollar index'): after it, 'the index' may be that one."""
    return any(m.label_ == "other" and m.text.lower() != "index" for m in group(doc, "metrics")
               if sentence.start <= m.start < sentence.end)
