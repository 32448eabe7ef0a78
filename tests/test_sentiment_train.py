"""Training the head: the fixed splits, the metrics, a seeded fit, the card, the command."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest
import typer
from typer.testing import CliRunner

from factcheck.commands.train_sentiment import train_sentiment_command
from factcheck.sentiment import datasets
from factcheck.sentiment.baselines import load_loughran_mcdonald
from factcheck.sentiment.head import Head, load_head
from factcheck.sentiment.metrics import score
from factcheck.sentiment.model import StanceLabel
from factcheck.sentiment.train import HeadSettings, embed_cached, fit_head, train_heads
from tests.conftest import CORPUS, SHARED

SENTIMENT = SHARED / "sentiment"
B, N, U = StanceLabel.bearish, StanceLabel.neutral, StanceLabel.bullish


def _fake_embed(texts: list[str]) -> np.ndarray:
    """Unit vectors from each text's hash: no model, same text -> same vector."""
    rows = []
    for t in texts:
        rng = np.random.default_rng(int(hashlib.sha1(t.encode()).hexdigest()[:8], 16))
        v = rng.standard_normal(384)
        rows.append(v / np.linalg.norm(v))
    return np.array(rows, dtype=np.float32)


def test_the_splits_are_fixed_and_disjoint() -> None:
    twitter = datasets.twitter(SENTIMENT)
    assert (len(twitter.train), len(twitter.validation), len(twitter.test)) == (8551, 992, 2388)
    phrasebank = datasets.phrasebank(SENTIMENT)
    assert (len(phrasebank.train), len(phrasebank.validation), len(phrasebank.test)) == (3376, 471, 989)
    assert len(datasets.all_agree(phrasebank.test)) == 473
    assert len(datasets.semeval_headlines(SENTIMENT)) == 1251
    crypto = datasets.crypto()
    assert (len(crypto.train), len(crypto.validation), len(crypto.test)) == (832, 105, 232)
    news = datasets.news()
    assert (len(news.train), len(news.validation), len(news.test)) == (1186, 173, 339)
    assert len(datasets.fiqa(SENTIMENT)) > 1000  # evaluation only
    for splits in (twitter, phrasebank, crypto, news):
        parts = [{e.text for e in p} for p in (splits.train, splits.validation, splits.test)]
        assert not (parts[0] & parts[1]) and not (parts[0] & parts[2]) and not (parts[1] & parts[2])
    assert {e.label for e in twitter.test} == {B, N, U} == {e.label for e in phrasebank.train}
    assert datasets.bucket("Bitcoin rallies") == datasets.bucket("Bitcoin rallies")  # the text alone decides


def test_only_the_twitter_set_and_ours_may_ship() -> None:
    assert datasets.TWITTER.shippable and datasets.TWITTER.licence.startswith("MIT")
    assert datasets.CRYPTO.shippable and datasets.CRYPTO.licence == "ours (written for factcheck)"
    assert not datasets.PHRASEBANK.shippable and "NC" in datasets.PHRASEBANK.licence
    assert not datasets.SEMEVAL_HEADLINES.shippable
    assert datasets.NEWS.shippable and datasets.NEWS.licence == "ours (written for factcheck)"
    assert not datasets.FIQA.shippable


def test_our_crypto_set_is_balanced_varied_and_not_taken_from_the_articles() -> None:
    rows = [json.loads(line) for line in datasets.CRYPTO_SENTENCES.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 900 and all(set(r) == {"text", "label", "topic"} for r in rows)
    counts = {label: sum(r["label"] == label for r in rows) for label in ("bullish", "bearish", "neutral")}
    assert min(counts.values()) > len(rows) / 4, counts  # roughly a third each
    assert len({r["topic"] for r in rows}) > 30 and len({r["text"] for r in rows}) == len(rows)
    # the test part stays honest: no sentence occurs in the seed, the corpus or the real articles
    articles = [SHARED / "seeds" / "000_5bfaec31ae9f4ddf.txt", *(SHARED / "articles").glob("*.txt"), *CORPUS.glob("*.txt")]
    text = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in articles)
    assert not [r["text"] for r in rows if len(r["text"]) > 40 and r["text"] in text]
    crypto = {e.text: e.label for e in datasets.crypto().train}
    assert crypto["Shorts got torched overnight as ether ripped through $3,400, with more than $190 million of bearish bets force-closed in four hours."] is U


def test_accuracy_macro_f1_and_the_confusion_matrix() -> None:
    s = score([B, B, N, N, U, U], [B, N, N, N, U, B])
    assert s.n == 6 and s.accuracy == pytest.approx(4 / 6)
    assert s.confusion == ((1, 1, 0), (0, 2, 0), (1, 0, 1))
    # bearish: tp 1, fp 1, fn 1 -> 0.5; neutral: tp 2, fp 1, fn 0 -> 0.8; bullish: tp 1, fp 0, fn 1 -> 2/3
    assert s.f1 == pytest.approx((0.5, 0.8, 2 / 3))
    assert s.macro_f1 == pytest.approx((0.5 + 0.8 + 2 / 3) / 3)


def test_the_loughran_mcdonald_counts() -> None:
    lm = load_loughran_mcdonald(SENTIMENT)
    up, down, flat = lm.classify(["Profit improved strongly", "Losses and impairment hit the bank", "The meeting is on Monday"])
    assert (up.label, down.label, flat.label) == (U, B, N)
    assert up.score == 1.0 and down.score == -1.0 and flat.score == 0.0


def _separable(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, n)
    centres = rng.standard_normal((3, 384)) * 0.3
    x = centres[y] + rng.standard_normal((n, 384)) * 0.1
    return x.astype(np.float32), y.astype(np.int64)


def test_a_head_fit_is_reproducible_and_learns() -> None:
    x, y = _separable(600, 1)
    settings = HeadSettings(hidden=32, epochs=5, seed=7)
    first, epoch, val = fit_head(x[:500], y[:500], x[500:], y[500:], settings, {"encoder": "test"})
    again, _, _ = fit_head(x[:500], y[:500], x[500:], y[500:], settings, {"encoder": "test"})
    other, _, _ = fit_head(x[:500], y[:500], x[500:], y[500:], HeadSettings(hidden=32, epochs=5, seed=8))
    assert all(np.array_equal(a, b) for (wa, ba), (wb, bb) in zip(first.layers, again.layers) for a, b in ((wa, wb), (ba, bb)))
    assert not np.array_equal(first.layers[0][0], other.layers[0][0])
    assert val.accuracy > 0.95 and 1 <= epoch <= 5
    assert first.config["best_epoch"] == epoch and first.config["settings"]["seed"] == 7
    logistic, _, _ = fit_head(x[:500], y[:500], x[500:], y[500:], HeadSettings(hidden=0, epochs=3, learning_rate=3e-3))
    assert len(logistic.layers) == 1


def test_a_head_survives_saving(tmp_path: Path) -> None:
    x, y = _separable(200, 2)
    head, _, _ = fit_head(x, y, x, y, HeadSettings(hidden=8, epochs=2), {"encoder": "sentence-transformers/all-MiniLM-L6-v2"})
    head.save(tmp_path)
    loaded = load_head(tmp_path)
    assert isinstance(loaded, Head) and loaded.labels == head.labels and loaded.encoder == head.encoder
    np.testing.assert_allclose(loaded.probabilities(x), head.probabilities(x), rtol=1e-6)
    assert np.allclose(loaded.probabilities(x).sum(axis=1), 1.0)
    assert json.loads((tmp_path / "head.json").read_text())["labels"] == ["bearish", "neutral", "bullish"]


def test_the_embedding_cache_embeds_each_text_once(tmp_path: Path) -> None:
    cache = tmp_path / "cache.npz"
    calls: list[int] = []

    def embed(texts: list[str]) -> np.ndarray:
        calls.append(len(texts))
        return _fake_embed(texts)

    first, n1 = embed_cached(["a", "b", "a"], cache, embed)
    second, n2 = embed_cached(["b", "c"], cache, embed)
    assert (n1, n2) == (2, 1) and calls == [2, 1]
    np.testing.assert_array_equal(first[1], second[0])
    np.testing.assert_array_equal(first[0], first[2])


def test_a_whole_training_run_writes_a_card_with_every_licence(tmp_path: Path) -> None:
    from factcheck.sentiment.card import model_card, results_section

    report = train_heads(
        SENTIMENT,
        settings=HeadSettings(hidden=8, epochs=1),
        cache=tmp_path / "cache.npz",
        embed=_fake_embed,
        articles=None,
        news=datasets.NEWS_HEADLINES,
    )
    assert report.comparison is not None and report.previous is not None and report.embedded > 18_000
    assert [t.key for t in report.test_sets] == [
        "twitter", "phrasebank", "phrasebank-allagree", "semeval-headlines", "fiqa", "crypto", "news"
    ]
    assert {e.classifier for e in report.evaluations} == {"head", "head-twitter", "head+phrasebank", "vader", "loughran-mcdonald"}
    assert report.shipped.head.config["shippable"] is True
    assert report.comparison.head.config["shippable"] is False
    # the shipped head is fitted on Twitter + our crypto and news sets; the previous one on Twitter alone
    ours = "ours (written for factcheck)"
    assert [d["licence"] for d in report.shipped.head.config["datasets"]] == [datasets.TWITTER.licence, ours, ours]
    assert report.shipped.train_size == report.previous.train_size + 832 + 1186
    card = model_card(report, report.shipped)
    for words in (
        "MIT",
        "CC BY-NC-SA 3.0",
        "ours (written for factcheck)",
        "sha1(text) mod 100",
        "What the licence choice costs",
        "What the crypto set changes",
        "crypto (n=232)",
        "FinBERT",
        "0.86",
        "Confusion",
    ):
        assert words in card, words
    assert "| vader |" not in card and "VADER (compound ±0.05)" in card
    assert results_section(report).startswith("## Sentiment head")
    # a second run reads every embedding from the cache
    again = train_heads(
        SENTIMENT, settings=HeadSettings(hidden=8, epochs=1), comparison=False, cache=tmp_path / "cache.npz", embed=_fake_embed
    )
    assert again.embedded == 0 and again.comparison is None
    # without --news-headlines the data is that of the shipped model: Twitter and our crypto sentences
    assert "news" not in [t.key for t in again.test_sets] and again.shipped.train_size == report.previous.train_size + 832


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command("train-sentiment")(train_sentiment_command)
    app.command("other")(lambda: None)  # two commands, so `train-sentiment` is named as in the real CLI
    return app


def test_the_command_keeps_the_phrasebank_head_out_of_models() -> None:
    result = CliRunner().invoke(_app(), ["train-sentiment", "--include-phrasebank"])
    assert result.exit_code == 2
    assert "CC BY-NC-SA" in result.output and "--out" in result.output


def test_the_command_says_when_the_data_is_missing(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["train-sentiment", "--data", str(tmp_path / "nope"), "--out", str(tmp_path)])
    assert result.exit_code == 2 and "no such folder" in result.output


def test_the_command_has_help() -> None:
    result = CliRunner().invoke(_app(), ["train-sentiment", "--help"])
    assert result.exit_code == 0 and "--include-phrasebank" in result.output


@pytest.mark.slow
def test_the_command_trains_the_real_head(tmp_path: Path) -> None:
    """The real thing: embeds ~18,000 sentences (minutes on 2 cores), fits both heads, writes the card."""
    out = tmp_path / "head"
    result = CliRunner().invoke(_app(), ["train-sentiment", "--data", str(SENTIMENT), "--out", str(out)])
    assert result.exit_code == 0, result.output
    report = (out / "MODEL_CARD.md").read_text()
    assert "Shippable:** yes" in report and "ours (written for factcheck)" in report
    assert "Article-level stance" in report and "real articles (n=37)" in report
    assert load_head(out).config["shippable"] is True


def test_fine_tuning_the_top_layers_is_seeded_and_the_runtime_runs_what_torch_trained(tmp_path: Path) -> None:
    """Two top layers trained on 96 of our crypto sentences: the torch layers and the numpy runtime agree,
    the same seed gives the same weights, and the saved folder is a backend that runs those weights."""
    from factcheck.sentiment.backends import load_backend
    from factcheck.sentiment.encoder import import_torch_stack
    from factcheck.sentiment.finetune import (
        TOP_FILE,
        FinetuneSettings,
        _torch_top,
        as_shipped,
        embed_states,
        embed_through,
        finetune,
        lower_states_cached,
        package_weights,
        save_top,
    )
    from factcheck.sentiment.minilm import load_numpy_encoder
    from factcheck.sentiment.train import _targets

    crypto = datasets.crypto()
    train, validation = list(crypto.train[:96]), list(crypto.validation[:24])
    encoder = load_numpy_encoder()
    cache = tmp_path / "states.npz"
    states, computed = lower_states_cached([e.text for e in train + validation], 4, cache, encoder)
    assert computed == 120 and lower_states_cached([train[0].text], 4, cache, encoder)[1] == 0
    assert all(s.shape[1] == 384 and len(s) >= 3 for s in states)
    x = encoder.embed([e.text for e in train])
    start, _, _ = fit_head(x, _targets(train), x[:24], _targets(train)[:24], HeadSettings(hidden=16, epochs=3))
    settings = FinetuneSettings(epochs=1, batch_size=16, encoder_lr=1e-4)
    first = finetune(states[:96], _targets(train), states[96:], _targets(validation), start, settings)
    again = finetune(states[:96], _targets(train), states[96:], _targets(validation), start, settings)
    assert sorted(first.top) == sorted(again.top) and len(first.top) == 32
    assert all(np.array_equal(first.top[k], again.top[k]) for k in first.top)
    base = package_weights([4, 5])
    moved = max(float(np.abs(first.top[k] - base[k]).max()) for k in base)
    assert moved > 1e-5  # the layers learned something
    assert first.head.config["encoder_top"] == {"file": TOP_FILE, "layers": [4, 5], "matrices": "float16"}

    torch, _ = import_torch_stack()
    model = _torch_top(torch, first.top, [4, 5], encoder.heads, encoder.eps, 0.1)
    ours = embed_through(encoder.with_layers(first.top), states[96:], 4)
    np.testing.assert_allclose(ours, embed_states(torch, model, states[96:]), atol=2e-5)
    # untouched layers give back the package's own embeddings
    np.testing.assert_allclose(embed_through(encoder, states[96:], 4), encoder.embed([e.text for e in validation]), atol=1e-5)

    folder = tmp_path / "model"
    first.head.save(folder)
    save_top(first.top, folder)
    backend = load_backend(str(folder))
    shipped = first.head.probabilities(embed_through(encoder.with_layers(as_shipped(first.top)), states[96:], 4))
    got = [s.score for s in backend.classify([e.text for e in validation])]
    assert got == pytest.approx(list(shipped[:, 2] - shipped[:, 0]), abs=1e-5)
