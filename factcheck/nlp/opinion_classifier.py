"""The opinion classifier's features from the parse: hashed lemma and part-of-speech grams.

The head that reads them beside the encoder's sentence vector, and its weights, are in
factcheck/sentiment/opinion_head.py (no spaCy there, so a process without the parse can settle
a draft). Grams hash the same in every process.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from spacy.tokens import Span

from factcheck.sentiment.opinion_head import BUCKETS


@lru_cache(maxsize=1 << 16)
def _bucket(gram: str) -> int:
    """A slot that is the same in every process (Python's own str hash is salted per run)."""
    return zlib.crc32(gram.encode("utf-8")) & (BUCKETS - 1)


def _word(token) -> str:
    if token.like_num or any(c.isdigit() for c in token.text):
        return "#num"
    return token.lemma_.lower()


def sentence_grams(sentence: Span) -> list[str]:
    """Lemma unigrams and bigrams, part-of-speech trigrams, and subject-verb pairs:
    'trader|bet', 'sentiment|remain' say who does what, which a bag of words loses."""
    tokens = [t for t in sentence if not t.is_space]
    words = [_word(t) for t in tokens]
    tags = [t.pos_ for t in tokens]
    grams = [f"w:{w}" for w in words]
    grams += [f"b:{a}_{b}" for a, b in zip(["<s>", *words], [*words, "</s>"])]
    grams += [f"p:{a}_{b}_{c}" for a, b, c in zip(tags, tags[1:], tags[2:])]
    grams += [f"s:{_word(t)}|{_word(t.head)}" for t in tokens if t.dep_ in {"nsubj", "nsubjpass"}]
    return grams


def sentence_slots(sentence: Span) -> np.ndarray:
    """The hashed slots of the sentence's grams."""
    return np.unique(np.fromiter((_bucket(g) for g in sentence_grams(sentence)), dtype=np.int64))


def sentence_features(sentence: Span, cues: Sequence[float], vector: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The dense part (the encoder's vector of the sentence, then the cues) and its hashed slots."""
    dense = np.concatenate([np.asarray(vector, dtype=np.float32), np.asarray(cues, dtype=np.float32)])
    return dense, sentence_slots(sentence)
