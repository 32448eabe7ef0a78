"""Article stance against an analyst's reading: the gold file, and the shipped head's floor on it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

from factcheck.sentiment.article_eval import ARTICLE_GOLD, Remembered, load_gold
from factcheck.sentiment.model import Stance, StanceLabel
from tests.conftest import CORPUS, SEED, SHARED

REAL = SHARED / "articles"
FLOOR = {"real": (0.59, 0.48), "all": (0.65, 0.52)}
"""(accuracy, macro-F1): the shipped head measured real 0.649 / 0.548 and all 0.700 / 0.582."""


def test_the_gold_file_labels_every_article_once() -> None:
    gold = load_gold(ARTICLE_GOLD, SHARED)
    paths = [g.path.resolve() for g in gold]
    assert len(paths) == len(set(paths)) == 104  # 66 corpus articles, the seed, 37 real
    expected = {*(p.resolve() for p in CORPUS.glob("*.txt")), SEED.resolve(), *(p.resolve() for p in REAL.glob("*.txt"))}
    assert set(paths) == expected
    assert {g.set for g in gold} == {"corpus", "seed", "real"}
    assert all(g.why.strip() for g in gold)
    labels = {label: sum(g.stance is label for g in gold) for label in StanceLabel}
    assert all(n >= 10 for n in labels.values()), labels
    seed = next(g for g in gold if g.set == "seed")
    assert seed.stance is StanceLabel.bullish  # shorts set to be squeezed, downtrend over, $71K reclaimed


@dataclass
class Counting:
    """VADER, counting the sentences it is asked about."""

    inner: object
    asked: list[int] = field(default_factory=list)
    name: str = "vader"

    def classify(self, sentences: Sequence[str]) -> list[Stance]:
        self.asked.append(len(sentences))
        return self.inner.classify(sentences)  # type: ignore[attr-defined]


def test_a_remembered_backend_classifies_each_sentence_once() -> None:
    from factcheck.sentiment.backends import load_lexicon

    counting = Counting(load_lexicon())
    remembered = Remembered(counting)
    first = remembered.classify(["Bitcoin wins big: a great day for holders.", "Ether crashes, a terrible loss.", "Bitcoin wins big: a great day for holders."])
    again = remembered.classify(["Ether crashes, a terrible loss.", "The Fed meets on Wednesday."])
    assert counting.asked == [2, 1]
    assert first[0] == first[2] and first[1] == again[0]
    assert (first[0].label, first[1].label) == (StanceLabel.bullish, StanceLabel.bearish)


@pytest.mark.slow
def test_the_shipped_head_reads_whole_articles_better_than_vader() -> None:
    """The floor sits a little below what the shipped head measured (see models/sentiment/MODEL_CARD.md):
    all 104 articles read, claims extracted, stances from `section.stances`; minutes on 2 cores."""
    from factcheck.sentiment.article_eval import evaluate, prepare
    from factcheck.sentiment.backends import load_backend

    prepared = prepare(load_gold(ARTICLE_GOLD, SHARED))
    shipped = evaluate(prepared, Remembered(load_backend()))
    vader = evaluate(prepared, Remembered(load_backend("vader")))
    assert shipped.scores["all"].n == 104 and shipped.scores["real"].n == 37
    assert shipped.scores["real"].accuracy >= FLOOR["real"][0], shipped.scores["real"]
    assert shipped.scores["real"].macro_f1 >= FLOOR["real"][1], shipped.scores["real"]
    assert shipped.scores["all"].accuracy >= FLOOR["all"][0], shipped.scores["all"]
    assert shipped.scores["all"].macro_f1 >= FLOOR["all"][1], shipped.scores["all"]
    assert shipped.scores["all"].macro_f1 > vader.scores["all"].macro_f1 + 0.1
