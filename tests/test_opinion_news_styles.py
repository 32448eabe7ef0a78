"""Opinions in the voices of real crypto news: the shipped classifier, trained beside labelled
news-style sentences (corpus/opinions/news_sentences.jsonl), leaves quoted corporate statements,
reported events, regulatory news, promotional copy and explanations out of opinions and still
finds causes, moods and judgments; `train-opinions` puts those sentences in every fit, weighted,
and its card says so. The sentences below were written for this test, not taken from the set."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import numpy as np
import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.commands.train_opinions import DEFAULT_SENTENCES
from factcheck.model import Article, ClaimKind, Precision
from factcheck.nlp.components import MODELS
from factcheck.nlp.extract import extract
from factcheck.nlp.opinion_training import (
    ArticleSentences,
    SelectionSentence,
    Settings,
    fit,
    sentence_examples,
)
from factcheck.nlp.opinions import Candidate
from factcheck.sentiment.opinion_head import (
    BUCKETS,
    CUES,
    ENCODER_WIDTH,
    WEIGHTS,
    read_classifier,
)

PUBLISHED = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def opinions_in(text: str) -> list:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute,
                      published_zone="UTC")
    return [c for c in extract(article) if c.kind is ClaimKind.opinion]


NEWS_STATEMENTS = [  # reported, announced or explained: a reader checks them elsewhere, not against a chart
    "Rumours are swirling that the regulator will approve the first spot solana funds as early as next week.",
    "“We are proud to be the first licensed custodian in the country,” the firm's chief operating officer said.",
    "“Protecting our users remains our top priority,” a company spokesperson told reporters.",
    "Plenty of readers are asking whether now is the right moment to buy Ethereum.",
    "The surge comes two days ahead of the central bank's policy meeting.",
    "The minister told parliament the government had no intention of banning digital assets.",
    "Join our community of more than 50,000 traders and get access to exclusive market signals.",
    "The stock exchange operator filed to list options on the ether funds, according to a notice published Thursday.",
]
NEWS_READINGS = [  # a cause, a mood or a judgment in the same voices
    "The token rallied after traders bet that the listing would bring a flood of new buyers.",
    "Investors remain jittery after the exchange collapse, and many are keeping their coins off trading platforms.",
    "Analysts attributed the slump to fading hopes of an early rate cut.",
    "The recovery looks fragile, with buyers reluctant to commit ahead of the vote.",
]


@pytest.mark.parametrize("text", NEWS_STATEMENTS)
def test_news_statements_are_not_opinions(text: str) -> None:
    assert opinions_in(text) == []


@pytest.mark.parametrize("text", NEWS_READINGS)
def test_readings_in_news_voices_are_still_opinions(text: str) -> None:
    assert len(opinions_in(text)) == 1


def test_what_a_product_lets_investors_do_is_background() -> None:
    # an explanation of a product, not a reading: the rules rule it out whatever the classifier scores
    assert opinions_in("Wrapped tokens let investors use their bitcoin as collateral on other blockchains.") == []
    assert opinions_in("The new futures allow investors to hedge their holdings during weekends.") == []


def _candidate(seed: int) -> Candidate:
    rng = np.random.default_rng(seed)
    dense = rng.normal(size=ENCODER_WIDTH + len(CUES)).astype(np.float32)
    return Candidate(0, 10, False, "x", dense, np.unique(rng.integers(0, BUCKETS, 12)))


def test_a_sentence_weighted_two_fits_as_two_copies_of_it() -> None:
    articles = [ArticleSentences(f"a{i}", [_candidate(i)], np.array([float(i % 2)], np.float32), []) for i in range(6)]
    extra = SelectionSentence(True, [_candidate(99)])
    settings = Settings(steps=30)
    weighted = fit([*articles, *sentence_examples([extra], 2.0)], "text", settings)
    copied = fit([*articles, *sentence_examples([extra, extra], 1.0)], "text", settings)
    assert np.allclose(weighted.dense, copied.dense, atol=1e-5) and np.allclose(weighted.hashed, copied.hashed, atol=1e-5)
    assert weighted.bias == pytest.approx(copied.bias, abs=1e-5)


def test_labelled_sentences_take_their_label_and_weight() -> None:
    rows = [SelectionSentence(True, [_candidate(1), _candidate(2)]), SelectionSentence(False, [_candidate(3)]),
            SelectionSentence(True, [])]
    examples = sentence_examples(rows, 3.0)
    assert [list(e.labels) for e in examples] == [[1.0, 1.0], [0.0]]  # a sentence with no candidate adds nothing
    assert all(e.weight == 3.0 and e.gold == [] for e in examples)


def test_the_shipped_card_names_the_news_sentences_it_was_trained_beside() -> None:
    card = json.loads(WEIGHTS.with_suffix(".json").read_text(encoding="utf-8"))
    labelled = card["training"]["labelled_sentences"]
    rows = [json.loads(line) for line in (MODELS.parent / DEFAULT_SENTENCES).read_text(encoding="utf-8").splitlines()
            if line.strip()]
    assert labelled["file"] == DEFAULT_SENTENCES and labelled["weight"] == Settings().sentence_weight
    # questions and headings are never judged, so they add no example
    assert 0.95 * len(rows) <= labelled["sentences"] <= len(rows)
    assert labelled["opinions"] == sum(r["opinion"] for r in rows)
    assert card["threshold"] == pytest.approx(Settings().threshold) == pytest.approx(read_classifier(WEIGHTS).threshold)


def test_the_news_sentences_are_labelled_and_mostly_not_opinions() -> None:
    rows = [json.loads(line) for line in (MODELS.parent / DEFAULT_SENTENCES).read_text(encoding="utf-8").splitlines()
            if line.strip()]
    assert len(rows) >= 250 and all({"text", "opinion", "why", "voice"} <= row.keys() for row in rows)
    assert 0.3 <= sum(r["opinion"] for r in rows) / len(rows) <= 0.5  # rich in the plain statements news is made of
    assert len({r["text"] for r in rows}) == len(rows)


TINY = {
    "n-a": ("Bitcoin rose 2% to $61,200 on Monday. Traders seem reluctant to chase the move.",
            ["Traders seem reluctant to chase the move"]),
    "n-b": ("Ether slid 3% to $2,950. The drop came as investors worried that the upgrade would slip.",
            ["as investors worried that the upgrade would slip"]),
    "n-c": ("Solana traded at $141 at noon. The mood among holders has turned sour.",
            ["The mood among holders has turned sour"]),
    "n-d": ("Bitcoin closed at $60,100 on Friday. Buyers look tired after the long run.",
            ["Buyers look tired after the long run"]),
}


@pytest.fixture(scope="module")
def tiny_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("news-style-corpus")
    for name, (text, readings) in TINY.items():
        (folder / f"{name}.txt").write_text(f"Published: 2025-03-03 09:00 UTC\n\n{text}\n", encoding="utf-8")
        gold = {"article": f"{name}.txt", "claims": [{"kind": "opinion", "text": r} for r in readings]}
        (folder / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    rows = [("“We are delighted to open our new office in Seoul,” the chief executive said.", False),
            ("Sentiment soured as traders feared a tougher stance from regulators.", True),
            ("The agency is expected to rule on the application by the end of May.", False)]
    (folder / "news.jsonl").write_text("".join(json.dumps({"text": t, "opinion": o}) + "\n" for t, o in rows),
                                       encoding="utf-8")
    return folder


def test_train_opinions_fits_beside_labelled_sentences_and_records_them(tiny_corpus) -> None:
    out = tiny_corpus / "with" / "opinions.npz"
    result = CliRunner().invoke(app, ["train-opinions", str(tiny_corpus / "*.gold.json"), "--out", str(out),
                                      "--folds", "2", "--inner-folds", "2", "--steps", "30", "--no-select",
                                      "--sentences", str(tiny_corpus / "news.jsonl"), "--sentence-weight", "2"])
    assert result.exit_code == 0, result.output
    assert "3 labelled sentences (1 opinions) in every fit at weight 2" in result.output
    labelled = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["training"]["labelled_sentences"]
    assert labelled["sentences"] == 3 and labelled["opinions"] == 1 and labelled["weight"] == 2.0
    assert labelled["file"].endswith("news.jsonl")


def test_train_opinions_without_sentences_trains_on_the_articles_alone(tiny_corpus) -> None:
    out = tiny_corpus / "without" / "opinions.npz"
    result = CliRunner().invoke(app, ["train-opinions", str(tiny_corpus / "*.gold.json"), "--out", str(out),
                                      "--folds", "2", "--inner-folds", "2", "--steps", "30", "--no-select",
                                      "--no-sentences"])
    assert result.exit_code == 0, result.output
    assert "labelled sentences" not in result.output
    labelled = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["training"]["labelled_sentences"]
    assert labelled == {**labelled, "file": None, "sentences": 0, "weight": 0.0}


def test_train_opinions_reports_an_unreadable_sentences_file(tiny_corpus, tmp_path) -> None:
    result = CliRunner().invoke(app, ["train-opinions", str(tiny_corpus / "*.gold.json"), "--out", str(tmp_path / "m.npz"),
                                      "--folds", "2", "--inner-folds", "2", "--no-select",
                                      "--sentences", str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 2 and "missing.jsonl" in result.output
    assert not (tmp_path / "m.npz").exists()
