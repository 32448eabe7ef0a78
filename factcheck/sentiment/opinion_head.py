"""The opinion classifier's decision: a logistic head over a sentence's vector from the
shipped MiniLM encoder (the one the stance reads), its hashed grams and the rules' cues.

The vocabulary in models/patterns/opinions.jsonl finds the readings it has words for; real
articles phrase them in ways nobody listed, so extraction leaves the sentences the rules do not
settle to this head (factcheck/nlp/opinions.py drafts them with their features). It lives apart
from the spaCy side so that the process holding the encoder can settle a draft a forked
extraction made, without loading spaCy. On sentences written apart from the training articles
the encoder's vector separates readings from reports far better than spaCy's tok2vec did
(models/opinion_classifier.json has the figures). `factcheck train-opinions` writes the weights.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from factcheck.model import Claim

WEIGHTS = Path(__file__).resolve().parents[2] / "models" / "opinion_classifier.npz"
# The encoder's top layers the classifier was fitted on. The stance model's top is retrained on
# its own schedule; the shipped encoder runs this one beside it (a second top over the same lower
# layers), so a new stance model leaves the opinions' vectors, and so extraction, as they were.
OPINION_TOP = WEIGHTS.with_name("opinion_encoder_top.safetensors")
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


def sentence_vectors(texts: Sequence[str]) -> np.ndarray:
    """The shipped encoder's vectors of `texts` through the classifier's own top (OPINION_TOP),
    one row each (remembered per process): the last columns of the encoder's vectors."""
    if not texts:
        return np.zeros((0, ENCODER_WIDTH), dtype=np.float32)
    from factcheck.sentiment.backends import shipped_encoder

    return np.ascontiguousarray(shipped_encoder().embed(list(texts))[:, -ENCODER_WIDTH:])



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


@dataclass
class PendingOpinion:
    """A sentence whose verdict waits for the classifier: the opinion it would be, and what the
    classifier reads beside the sentence's vector (computed where the parse is)."""

    claim: Claim
    sentence: str
    ruled: bool  # the rules found a reading in it
    vetoed: bool  # the rules name it as no reading: the classifier cannot make it one
    cues: np.ndarray
    slots: np.ndarray


@dataclass
class OpinionDraft:
    """An article's opinions as far as the parse decides them: the rest wait for the encoder.
    Picklable, so a forked extraction can leave the encoder to the process that holds it."""

    decided: list[Claim]
    pending: list[PendingOpinion]


def settle_opinions(draft: OpinionDraft) -> list[Claim]:
    """The draft's opinions once the classifier has read the pending sentences (one encoder batch),
    the decided ones first."""
    if not draft.pending:
        return list(draft.decided)
    classifier = load_classifier()
    assert classifier is not None  # a draft has pending sentences only when a classifier was there
    vectors = sentence_vectors([p.sentence for p in draft.pending])
    accepted = [
        p.claim for p, vector in zip(draft.pending, vectors)
        if classifier.accepts(p.ruled, classifier.probability(np.concatenate([vector, p.cues]), p.slots))
        and (p.ruled or not p.vetoed)
    ]
    return draft.decided + accepted  # with_opinions puts them in the order of the text


def with_opinions(claims: Sequence[Claim], draft: OpinionDraft | None) -> list[Claim]:
    """`claims` and the draft's opinions once settled, in the order of the text."""
    settled = settle_opinions(draft) if draft is not None else []
    return sorted([*claims, *settled], key=lambda c: c.span)
