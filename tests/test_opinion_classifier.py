"""The learned opinion detector: the shipped weights load and tell a reading from a plain
statement of price, the combination with the rules does what its card says, and
`factcheck train-opinions` writes weights and a card of the same shape as the shipped ones."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import numpy as np
import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.model import Article, ClaimKind, Precision
from factcheck.nlp import opinions
from factcheck.nlp.extract import extract
from factcheck.sentiment import opinion_head
from factcheck.sentiment.opinion_head import (
    BUCKETS,
    CUES,
    ENCODER_WIDTH,
    FEATURES_VERSION,
    WEIGHTS,
    OpinionClassifier,
    load_classifier,
    read_classifier,
)

PUBLISHED = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def article(text: str) -> Article:
    return Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")


def judged(text: str):
    """The candidate sentences extraction judged in `text`, with their features."""
    with opinions.recording() as found:
        claims = extract(article(text))
    return found, claims


READINGS = [
    "Dealers seem nervous that the rebound is running on borrowed money.",
    "The mood among large holders has soured, and few of them want to add exposure here.",
    "Confidence in the recovery is fragile, and buyers remain hesitant.",
    "The sell-off was driven by fears that regulators would tighten rules on stablecoins.",
]
PLAIN = [
    "Bitcoin traded at $61,250 at 09:00 UTC on Thursday.",
    "Ether closed the week 4.2% lower at $2,310.",
    "Solana's price was $142 on Monday morning.",
    "Bitcoin opened the session at $58,900 and touched $59,400 by noon.",
]


def test_the_shipped_classifier_scores_readings_above_plain_price_statements() -> None:
    model = load_classifier()
    assert model is not None

    def probability(sentence: str) -> float:
        (candidate,), _ = judged(sentence)
        return model.probability(candidate.dense, candidate.slots)

    readings = [probability(s) for s in READINGS]
    plain = [probability(s) for s in PLAIN]
    assert min(readings) > max(plain)
    assert max(plain) < 0.2
    assert min(readings) > 0.4


def test_the_weights_match_their_card() -> None:
    card = json.loads(WEIGHTS.with_suffix(".json").read_text(encoding="utf-8"))
    model = read_classifier(WEIGHTS)
    assert card["features"]["version"] == FEATURES_VERSION
    assert card["features"]["cues"] == list(CUES)
    assert card["features"]["hashed"]["buckets"] == BUCKETS == model.hashed.shape[0]
    assert model.dense.shape == (ENCODER_WIDTH + len(CUES),)
    assert card["combine"] == model.combine
    assert card["threshold"] == pytest.approx(model.threshold)
    assert model.uses_cues == ("cues" in card["features"]["feature_set"])
    # the option shipped is the one with the best F1 on the sentences written apart
    options = card["selection"]["options"]
    assert options[card["cross_validation"]["chosen"]]["f1"] == max(o["f1"] for o in options.values())
    assert not any(name.startswith(("12", "13")) for name in card["training"]["articles"])  # held out


def _model(combine: str, threshold: float) -> OpinionClassifier:
    width = ENCODER_WIDTH + len(CUES)
    return OpinionClassifier(hashed=np.zeros(BUCKETS, np.float32), dense=np.zeros(width, np.float32),
                             mean=np.zeros(width, np.float32), scale=np.ones(width, np.float32), bias=0.0,
                             threshold=threshold, combine=combine)


def test_combinations_with_the_rules() -> None:
    assert _model("or", 0.9).accepts(True, 0.1) and _model("or", 0.5).accepts(False, 0.6)
    assert not _model("or", 0.9).accepts(False, 0.6)
    assert _model("and", 0.5).accepts(True, 0.6) and not _model("and", 0.5).accepts(True, 0.4)
    assert not _model("and", 0.5).accepts(False, 0.9)
    assert _model("replace", 0.5).accepts(False, 0.6) and not _model("replace", 0.5).accepts(True, 0.4)
    assert _model("rules", 0.5).accepts(True, 0.0) and not _model("rules", 0.5).accepts(False, 1.0)


def test_a_sentence_the_classifier_accepts_keeps_its_reading_without_the_figure(monkeypatch) -> None:
    """A classifier that accepts everything (bias high) stands in for one that finds a reading
    the vocabulary has no words for: the opinion's text leaves out the clause with the figure."""
    accept_all = _model("replace", 0.5)
    accept_all = OpinionClassifier(accept_all.hashed, accept_all.dense, accept_all.mean, accept_all.scale, 10.0, 0.5, "replace")
    monkeypatch.setattr(opinions, "load_classifier", lambda: accept_all)  # drafts the sentence
    monkeypatch.setattr(opinion_head, "load_classifier", lambda: accept_all)  # and settles it
    claims = extract(article("Ether slipped 2% to $2,310 on Monday, and the desk chatter has gone quiet."))
    (opinion,) = [c for c in claims if c.kind is ClaimKind.opinion]
    assert "2%" not in opinion.text and "$2,310" not in opinion.text
    assert "the desk chatter has gone quiet" in opinion.text
    (opinion,) = [c for c in extract(article("The desk chatter has gone quiet.")) if c.kind is ClaimKind.opinion]
    assert opinion.text == "The desk chatter has gone quiet"


def test_plain_statements_stay_out_of_opinions() -> None:
    for sentence in PLAIN:
        _, claims = judged(sentence)
        assert not [c for c in claims if c.kind is ClaimKind.opinion], sentence


SMALL_CORPUS = {
    "a-rally": (
        ("Bitcoin climbed 3% to $64,200 on Monday. Traders appear to be leaning long into the weekly close. "
        "The exchange listed two new tokens in the afternoon. Funding stayed at 0.01% through the day."),
        ["Traders appear to be leaning long into the weekly close"],
    ),
    "b-slide": (
        ("Ether fell 5% to $2,900 overnight. The bounce looks like short covering rather than fresh demand. "
        "Volume on the main venues was $9 billion. The network processed more transactions than a week earlier."),
        ["The bounce looks like short covering rather than fresh demand"],
    ),
    "c-flat": (
        ("Solana traded at $140 at noon. Momentum is tired rather than broken. "
        "The foundation published its quarterly report on Tuesday. Open interest was $4 billion."),
        ["Momentum is tired rather than broken"],
    ),
    "d-record": (
        ("Bitcoin set a record above $109,000 on Friday. Buyers seem convinced the run has further to go. "
        "A new fund filed its paperwork with the regulator. The index read 80 at midday."),
        ["Buyers seem convinced the run has further to go"],
    ),
}


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("opinion-corpus")
    for name, (text, readings) in SMALL_CORPUS.items():
        (folder / f"{name}.txt").write_text(f"Published: 2025-03-03 09:00 UTC\n\n{text}\n", encoding="utf-8")
        gold = {"article": f"{name}.txt", "claims": [{"kind": "opinion", "text": r} for r in readings]}
        (folder / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    rows = [("Traders seem unwilling to chase the rally at these levels.", True),
            ("The selling looks like a healthy reset rather than the start of a bear market.", True),
            ("Ether closed the week at $3,120, up 4%.", False),
            ("The exchange listed two new perpetual contracts on Monday.", False)]
    (folder / "selection.jsonl").write_text("".join(json.dumps({"text": t, "opinion": o}) + "\n" for t, o in rows),
                                            encoding="utf-8")
    return folder


def test_train_opinions_writes_weights_and_a_card_like_the_shipped_one(small_corpus) -> None:
    out = small_corpus / "model" / "opinions.npz"
    result = CliRunner().invoke(app, ["train-opinions", str(small_corpus / "*.gold.json"), "--out", str(out),
                                      "--folds", "2", "--inner-folds", "2", "--steps", "40",
                                      "--select", str(small_corpus / "selection.jsonl")])
    assert result.exit_code == 0, result.output
    assert "rules alone" in result.output and "chosen:" in result.output
    assert "on 4 sentences written apart" in result.output
    model = read_classifier(out)
    written = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    shipped = json.loads(WEIGHTS.with_suffix(".json").read_text(encoding="utf-8"))
    assert written.keys() == shipped.keys()
    assert written["cross_validation"].keys() == shipped["cross_validation"].keys()
    assert written["cross_validation"]["options"].keys() == shipped["cross_validation"]["options"].keys()
    same = {k: v for k, v in written["features"].items() if k != "feature_set"}
    assert same == {k: v for k, v in shipped["features"].items() if k != "feature_set"}
    assert written["training"]["articles"] == sorted(SMALL_CORPUS)
    assert written["training"]["gold_opinions"] == 4
    assert written["combine"] == model.combine
    chosen = written["cross_validation"]["chosen"]
    by_selection = written["selection"]["options"]
    assert by_selection[chosen]["f1"] == max(o["f1"] for o in by_selection.values())


def test_train_opinions_without_selection_picks_by_cross_validation(small_corpus) -> None:
    out = small_corpus / "model-cv" / "opinions.npz"
    result = CliRunner().invoke(app, ["train-opinions", str(small_corpus / "*.gold.json"), "--out", str(out),
                                      "--folds", "2", "--inner-folds", "2", "--steps", "40", "--no-select"])
    assert result.exit_code == 0, result.output
    written = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert "selection" not in written and "written apart" not in result.output
    options = written["cross_validation"]["options"]
    assert options[written["cross_validation"]["chosen"]]["f1"] == max(o["f1"] for o in options.values())


def test_train_opinions_reports_an_unreadable_selection_file(small_corpus, tmp_path) -> None:
    result = CliRunner().invoke(app, ["train-opinions", str(small_corpus / "*.gold.json"), "--out", str(tmp_path / "m.npz"),
                                      "--folds", "2", "--inner-folds", "2", "--select", str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 2 and "missing.jsonl" in result.output
    assert not (tmp_path / "m.npz").exists()


def test_train_opinions_refuses_too_few_articles(tmp_path) -> None:
    result = CliRunner().invoke(app, ["train-opinions", str(tmp_path / "*.gold.json"), "--out", str(tmp_path / "m.npz")])
    assert result.exit_code == 2
    assert not (tmp_path / "m.npz").exists()


def test_training_is_reproducible(small_corpus) -> None:
    from factcheck.nlp.opinion_training import Settings, fit, read_article

    articles = [read_article(p) for p in sorted(small_corpus.glob("*.gold.json"))]
    assert [int(a.labels.sum()) for a in articles] == [1, 1, 1, 1]
    first, second = (fit(articles, "text+cues", Settings(steps=40)) for _ in range(2))
    assert np.array_equal(first.hashed, second.hashed) and np.array_equal(first.dense, second.dense)


def test_train_opinions_leaves_out_the_excluded_articles() -> None:
    """--exclude keeps articles out of the fit (a clean test set): leaving out all given is refused."""
    result = CliRunner().invoke(app, ["train-opinions", "corpus/00[1-5]*.gold.json", "--exclude", "00*",
                                      "--out", "/nonexistent/never-written.npz"])
    assert result.exit_code == 2 and "0 gold files" in result.output


def test_train_opinions_defaults_name_the_shipped_fits_articles() -> None:
    """`factcheck train-opinions` with no arguments rebuilds the shipped weights: its default globs give
    exactly the articles the card lists, so an article added to the corpus later joins no fit unseen."""
    import glob

    from factcheck.commands.train_opinions import DEFAULT_GOLD
    from factcheck.nlp.components import MODELS

    card = json.loads(WEIGHTS.with_suffix(".json").read_text(encoding="utf-8"))
    named = sorted({p.rsplit("/", 1)[-1].removesuffix(".gold.json")
                    for pattern in DEFAULT_GOLD for p in glob.glob(str(MODELS.parent / pattern))})
    assert named == card["training"]["articles"]
    assert not any(name.startswith(("056", "06", "12", "13")) for name in named)  # kept to measure the weights
