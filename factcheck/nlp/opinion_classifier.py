"""A learned second opinion on whether a sentence holds a reading of the market.

The vocabulary in models/patterns/opinions.jsonl finds the readings it has words for;
real articles phrase them in ways nobody listed. This scores each sentence with a
logistic regression over the sentence's vector from the shipped MiniLM encoder (the
one the stance reads, so with the stance on each sentence is encoded once), hashed
lemma and part-of-speech n-grams, and the rules' own cues. On sentences written apart
from the training articles the encoder's vector separates readings from reports far
better than spaCy's small tok2vec did (models/opinion_classifier.json has the figures).

The weights and their card (features, training articles, cross-validated figures)
are data in models/opinion_classifier.npz / .json, written by `factcheck train-opinions`.
How the score combines with the rules (`combine`) was chosen by that command's
leave-articles-out cross-validation, and is stored with the weights.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Span

from factcheck.nlp.components import MODELS

WEIGHTS = MODELS / "opinion_classifier.npz"
BUCKETS = 1 << 14  # hashed n-gram slots: few collisions for a vocabulary of a few thousand lemmas
ENCODER_WIDTH = 384  # all-MiniLM-L6-v2's sentence vector
FEATURES_VERSION = 2  # bump when sentence_features changes: old weights then no longer fit

# What the rules see in a sentence, as numbers for the model (opinions.py computes them).
CUES = (
    "rules_found_reading",  # the rules would make an opinion of the sentence
    "cause_of_a_move",  # 'jumped after ...', 'as traders bet that ...'
    "reading_phrase",  # a phrase of the 'reading' vocabulary
    "strong_phrase",  # one that draws a conclusion or gives a stance
    "plain_phrase",  # what the price did, in traders' idiom
    "not_reading_phrase",  # mechanics, advice, a definition, boilerplate
    "background_phrase",  # of those, the ones that rule out a whole sentence
    "participant_stance",  # 'traders appear to be leaning short'
    "hedged_outlook",  # 'the bid could come back'
    "has_figure",  # a money amount or a percent
    "claimed_share",  # share of the sentence's characters inside other claims
    "condition",  # 'if', 'unless', 'once' as a clause mark
    "reported",  # a verb that hands words to a source: say, note, warn
    "modal",  # may, might, could, can, would
    "length",  # words / 30
    "quoted",  # opens with a quotation mark
)
# How the score combines with the rules, in the order ties are broken (see opinion_training.choose):
# rules or classifier; classifier alone; rules and classifier; rules alone (the classifier unused).
COMBINATIONS = ("or", "replace", "and", "rules")


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


def sentence_vectors(texts: Sequence[str]) -> np.ndarray:
    """The shipped encoder's vectors of `texts`, one row each (remembered per process)."""
    if not texts:
        return np.zeros((0, ENCODER_WIDTH), dtype=np.float32)
    from factcheck.sentiment.backends import shipped_encoder

    return shipped_encoder().embed(list(texts))


def sentence_features(sentence: Span, cues: Sequence[float], vector: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The dense part (the encoder's vector of the sentence, then the cues) and its hashed slots."""
    dense = np.concatenate([np.asarray(vector, dtype=np.float32), np.asarray(cues, dtype=np.float32)])
    slots = np.unique(np.fromiter((_bucket(g) for g in sentence_grams(sentence)), dtype=np.int64))
    return dense, slots


@dataclass(frozen=True)
class OpinionClassifier:
    """A logistic regression over standardised dense features and hashed slots."""

    hashed: np.ndarray  # (BUCKETS,) weight of each slot
    dense: np.ndarray  # (ENCODER_WIDTH + len(CUES),) weights of the standardised dense features
    mean: np.ndarray
    scale: np.ndarray
    bias: float
    threshold: float  # the probability at or above which the classifier says "a reading"
    combine: str  # one of COMBINATIONS

    def probability(self, dense: np.ndarray, slots: np.ndarray) -> float:
        z = self.bias + float(((dense - self.mean) / self.scale) @ self.dense) + float(self.hashed[slots].sum())
        return float(1.0 / (1.0 + np.exp(-z)))

    @property
    def uses_cues(self) -> bool:
        """Whether the rules' cues carry weight (else extraction need not compute them)."""
        return bool(np.any(self.dense[ENCODER_WIDTH:]))

    def decides(self, ruled: bool) -> bool:
        """Whether the score can change the verdict the rules gave (else it is not computed)."""
        return self.combine == "replace" or (self.combine == "or" and not ruled) or (self.combine == "and" and ruled)

    def accepts(self, ruled: bool, probability: float) -> bool:
        """Whether the sentence is an opinion, given what the rules said and the score."""
        learned = probability >= self.threshold
        if self.combine == "rules":
            return ruled
        if self.combine == "or":
            return ruled or learned
        if self.combine == "and":
            return ruled and learned
        return learned

    def save(self, path: Path, card: dict) -> None:
        np.savez_compressed(path, hashed=self.hashed.astype(np.float32), dense=self.dense.astype(np.float32),
                            mean=self.mean.astype(np.float32), scale=self.scale.astype(np.float32),
                            bias=np.float32(self.bias), threshold=np.float32(self.threshold),
                            combine=np.array(self.combine), version=np.int64(FEATURES_VERSION))
        path.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")


def read_classifier(path: Path) -> OpinionClassifier:
    with np.load(path) as data:
        if int(data["version"]) != FEATURES_VERSION or data["dense"].shape != (ENCODER_WIDTH + len(CUES),):
            raise ValueError(f"{path}: weights for other features; run `factcheck train-opinions`")
        return OpinionClassifier(
            hashed=data["hashed"], dense=data["dense"], mean=data["mean"], scale=data["scale"],
            bias=float(data["bias"]), threshold=float(data["threshold"]), combine=str(data["combine"]),
        )


@lru_cache(maxsize=1)
def load_classifier() -> OpinionClassifier | None:
    """The shipped classifier, or None when models/ has none (the rules then work alone)."""
    return read_classifier(WEIGHTS) if WEIGHTS.is_file() else None
