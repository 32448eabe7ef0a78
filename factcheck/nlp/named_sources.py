"""`fc_ner`: the model's named-entity recogniser, run only on the sentences that ask for names.

Names are read in two places: who a sentence is attributed to ("according to
CoinGlass", "analysts at VanEck said") and whether "X's volume" names a venue
rather than a day. NER is the costliest step of the English pipeline (about a
third of extraction time, its own tok2vec included), yet most sentences have
neither cue. So the `ner` component stays loaded but disabled, and this one runs
it on the sentences with a cue, each as a Doc of its own with the four
tokens either side that the recogniser's tok2vec reaches, and sets their
entities on the article's Doc.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from factcheck.nlp.modality import REPORTING

_POSSESSIVE = {"'s", "’s"}
CONTEXT = 4  # tokens either side: the reach of the recogniser's tok2vec (window 1, depth 4)


def wants_names(sentence: Span) -> bool:
    """A cue that entities are read in this sentence: 'according to', a reporting verb
    whose subject holds a proper noun, "X's"."""
    previous = None
    for token in sentence:
        word = token.lower_
        if word == "to" and previous is not None and previous.lower_ == "according":
            return True
        if token.pos_ == "VERB" and token.lemma_.lower() in REPORTING and _named_subject(token):
            return True
        if word in _POSSESSIVE and previous is not None and previous.pos_ == "PROPN":
            return True
        previous = token
    return False


def _named_subject(verb: Token) -> bool:
    """The verb's subject holds a proper noun: where `attribution` looks for a name."""
    return any(
        t.pos_ == "PROPN"
        for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
        for t in c.subtree
    )


class SentenceNer:
    """Entities for the sentences `wants_names` picks, from the model's own recogniser."""

    def __init__(self, ner) -> None:
        self.ner = ner

    def __call__(self, doc: Doc) -> Doc:
        windows = [
            (sentence, doc[max(0, sentence.start - CONTEXT) : min(len(doc), sentence.end + CONTEXT)])
            for sentence in doc.sents if wants_names(sentence)
        ]
        found: list[Span] = []
        # each window a Doc of its own words: the recogniser reads only the words' own features, and
        # Span.as_doc copies the whole Doc's arrays each time (a long article's cost grew as its square)
        alone_docs = (Doc(doc.vocab, words=[t.text for t in w], spaces=[bool(t.whitespace_) for t in w]) for _, w in windows)
        for (sentence, window), alone in zip(windows, self.ner.pipe(alone_docs)):
            spans = [(window.start + e.start, window.start + e.end, e.label_) for e in alone.ents]
            found += [Span(doc, a, b, label=label) for a, b, label in spans if sentence.start <= a and b <= sentence.end]
        doc.set_ents(found, default="outside")
        return doc


@Language.factory("fc_ner", requires=["token.pos", "token.lemma", "token.is_sent_start"], assigns=["doc.ents"])
def make_sentence_ner(nlp: Language, name: str) -> SentenceNer:
    return SentenceNer(nlp.get_pipe("ner"))
