"""Batch mode and scorecards: tables a researcher can load, resumable runs, intervals."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
from conftest import CORPUS, SEED

from factcheck.batch.checkpoint import Checkpoint
from factcheck.batch.run import CHECKPOINT, run_batch
from factcheck.batch.tables import write_tables
from factcheck.score.intervals import wilson
from factcheck.score.scorecard import scorecards

NOW = datetime(2026, 11, 25, tzinfo=UTC)


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in sorted(p.name for p in CORPUS.glob("00[1-4]-*.txt")):
        shutil.copy(CORPUS / name, folder / name)
    shutil.copy(SEED, folder / "seed.txt")
    return folder


def _run(source: Path, out: Path, store, **kw):
    summary = run_batch(source, out, store_path=store.path, offline=True, now=NOW, show_progress=False, **kw)
    with Checkpoint(out / CHECKPOINT) as checkpoint:
        write_tables(out, checkpoint)
    return summary


def test_folder_batch_gives_claim_and_article_tables(inputs: Path, tmp_path: Path, market_store) -> None:
    out = tmp_path / "out"
    summary = _run(inputs, out, market_store)
    assert (summary.total, summary.checked, summary.failed) == (5, 5, 0)
    claims = pd.read_parquet(out / "claims.parquet")
    articles = pd.read_csv(out / "articles.csv")
    assert set(articles["article_id"]) == {p.name for p in inputs.iterdir()}
    seed = claims[claims["article_id"] == "seed.txt"]
    assert "reclaimed the $71,000 level" in set(seed["text"])
    reclaim = seed[seed["text"] == "reclaimed the $71,000 level"].iloc[0]
    assert reclaim["verdict"] == "imprecise" and reclaim["symbol"] == "BTC/USDT"
    assert articles.loc[articles["article_id"] == "seed.txt", "n_inaccurate"].item() >= 2


def test_rows_keep_their_columns_and_bad_rows_are_recorded(tmp_path: Path, market_store) -> None:
    rows = [
        {"id": "a1", "text": "Bitcoin is trading at $70,500 after a quiet night.", "outlet": "Wire A", "published_at": "2026-02-09T01:17:00Z", "desk": "markets"},
        {"id": "a2", "text": "Bitcoin is trading at $80,000 after a quiet night.", "outlet": "Wire B", "published_at": "2026-02-09T01:17:00Z", "desk": "crypto"},
        {"id": "a3", "outlet": "Wire B"},
    ]
    source = tmp_path / "rows.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n")
    out = tmp_path / "out"
    summary = _run(source, out, market_store)
    assert (summary.total, summary.checked, summary.failed) == (4, 2, 2)
    articles = pd.read_parquet(out / "articles.parquet").set_index("article_id")
    assert articles.loc["a1", "desk"] == "markets" and articles.loc["a2", "outlet"] == "Wire B"
    assert "neither text nor url" in articles.loc["a3", "error"]
    # a fixed column order whichever row finished first (an unreadable one lacks most columns); the input's own last
    columns = list(pd.read_csv(out / "articles.csv", nrows=0).columns)
    assert columns[:6] == ["article_id", "outlet", "author", "error", "source", "url"] and columns[-1] == "desk"
    claims = pd.read_parquet(out / "claims.parquet").set_index("article_id")
    assert claims.loc["a1", "verdict"] == "supported" and claims.loc["a2", "verdict"] == "inaccurate"


def test_an_unreadable_publication_line_is_kept_in_the_article_table(tmp_path: Path, market_store) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "bad-date.txt").write_text("published: 31/31/2025 noonish\n---\nBitcoin is trading at $70,500.\n")
    (folder / "good-date.txt").write_text("published: 2026-02-09T01:17:00Z\n---\nBitcoin is trading at $70,500.\n")
    out = tmp_path / "out"
    assert _run(folder, out, market_store).failed == 0
    articles = pd.read_csv(out / "articles.csv").set_index("article_id")
    assert articles.loc["bad-date.txt", "published_unread"] == "published: 31/31/2025 noonish"
    assert pd.isna(articles.loc["bad-date.txt", "published_at"])
    assert pd.isna(articles.loc["good-date.txt", "published_unread"])
    claims = pd.read_csv(out / "claims.csv")
    assert set(claims.loc[claims["article_id"] == "bad-date.txt", "verdict"]) == {"unverifiable"}


def test_a_second_run_does_nothing_twice(inputs: Path, tmp_path: Path, market_store) -> None:
    out = tmp_path / "out"
    (inputs / "seed.txt").rename(tmp_path / "later.txt")
    first = _run(inputs, out, market_store)
    shutil.copy(tmp_path / "later.txt", inputs / "seed.txt")
    second = _run(inputs, out, market_store)
    assert (first.checked, second.skipped, second.checked) == (4, 4, 1)
    articles = pd.read_csv(out / "articles.csv")
    assert len(articles) == 5 and articles["article_id"].is_unique


def test_a_killed_batch_resumes_without_loss(inputs: Path, tmp_path: Path, market_store) -> None:
    for n in range(12):  # enough work that the kill lands mid-run
        shutil.copy(SEED, inputs / f"copy-{n:02}.txt")
    out = tmp_path / "out"
    env = dict(os.environ, FACTCHECK_HOME=str(tmp_path / "home"))
    command = [sys.executable, "-m", "factcheck", "batch", str(inputs), "-o", str(out), "--offline", "--store", str(market_store.path)]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if (out / CHECKPOINT).exists():
            try:
                with sqlite3.connect(out / CHECKPOINT) as db:
                    done = db.execute("SELECT COUNT(*) FROM done").fetchone()[0]
            except sqlite3.OperationalError:  # the file exists a moment before its table
                done = 0
            if done >= 2:
                break
        time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    resumed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{done} done before" in resumed.stdout or "done before" in resumed.stdout
    articles = pd.read_csv(out / "articles.csv")
    assert len(articles) == 17 and articles["article_id"].is_unique and articles["error"].isna().all()


def test_two_workers_agree_with_one(inputs: Path, tmp_path: Path, market_store) -> None:
    _run(inputs, tmp_path / "one", market_store, jobs=1)
    _run(inputs, tmp_path / "two", market_store, jobs=2)
    one = pd.read_csv(tmp_path / "one" / "claims.csv").sort_values(["article_id", "text"]).reset_index(drop=True)
    two = pd.read_csv(tmp_path / "two" / "claims.csv").sort_values(["article_id", "text"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(one[["article_id", "text", "verdict", "figure"]], two[["article_id", "text", "verdict", "figure"]])


def test_wilson_interval() -> None:
    low, high = wilson(0, 10)
    assert low == 0 and high == pytest.approx(0.2775, abs=1e-3)
    low, high = wilson(5, 10)
    assert (round(low, 3), round(high, 3)) == (0.237, 0.763)
    assert wilson(0, 0) == (0.0, 1.0)


def test_scorecards_and_plot(tmp_path: Path) -> None:
    from factcheck.score.plot import plot_scorecards

    claims = pd.DataFrame({
        "outlet": ["A"] * 4 + ["B"] * 3,
        "verdict": ["supported", "supported", "inaccurate", "realized", "inaccurate", "unverifiable", "unrealized"],
    })
    articles = pd.DataFrame({"outlet": ["A", "B"], "words": [500, 250], "error": [None, None]})
    cards = scorecards(claims, articles).set_index("outlet")
    assert cards.loc["A", "checked"] == 3 and cards.loc["A", "inaccurate"] == pytest.approx(1 / 3)
    assert cards.loc["B", "inaccurate_per_1000_words"] == pytest.approx(4.0)
    assert cards.loc["A", "forecast_hit_rate"] == 1.0 and cards.loc["B", "forecast_hit_rate"] == 0.0
    path = plot_scorecards(cards.reset_index(), tmp_path / "rank.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_batch_scores_each_articles_stance_and_tone_like_a_single_check(inputs: Path, tmp_path: Path, market_store) -> None:
    from factcheck import check

    _run(inputs, tmp_path / "one", market_store, jobs=1)
    _run(inputs, tmp_path / "two", market_store, jobs=2)
    one = pd.read_parquet(tmp_path / "one" / "articles.parquet").set_index("article_id").sort_index()
    two = pd.read_parquet(tmp_path / "two" / "articles.parquet").set_index("article_id").sort_index()
    single = check(str(SEED), store=market_store, offline=True, now=NOW)
    seed = one.loc["seed.txt"]
    assert seed["stance"] == single.sentiment.stance.label.value  # type: ignore[union-attr]
    assert seed["stance_score"] == pytest.approx(single.sentiment.stance.score, abs=1e-5)  # type: ignore[union-attr]
    assert seed["prior_return_7d"] == single.sentiment.tone.prior_returns[7]  # type: ignore[union-attr]
    assert seed["fear_greed"] == 14 and seed["stance_backend"] == "minilm"
    assert one["stance"].notna().all() and one["stance_score"].between(-1, 1).all()
    pd.testing.assert_series_equal(one["stance"], two["stance"])
    assert (one["stance_score"] - two["stance_score"]).abs().max() < 1e-5


def test_batch_without_sentiment_leaves_its_columns_empty(inputs: Path, tmp_path: Path, market_store) -> None:
    _run(inputs, tmp_path / "out", market_store, sentiment=None)
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles["stance"].isna().all() and articles["claims"].sum() > 0


def test_hype_is_the_share_of_articles_whose_tone_went_against_the_market() -> None:
    claims = pd.DataFrame({"outlet": ["A", "B"], "verdict": ["supported", "supported"]})
    articles = pd.DataFrame({
        "outlet": ["A"] * 4 + ["B"] * 3,
        "words": [300] * 7,
        "error": [None] * 7,
        "stance_score": [0.8, 0.6, 0.7, -0.1, -0.5, 0.0, 0.1],
        "prior_trend": ["bearish", "bearish", "bullish", "neutral", "bearish", None, "bullish"],
        "against_prior": [True, True, False, False, False, None, False],
        "against_forward": [None, True, False, None, False, None, None],
    })
    cards = scorecards(claims, articles).set_index("outlet")
    assert cards.loc["A", "stance_mean"] == pytest.approx(0.5)
    assert cards.loc["A", "hype"] == pytest.approx(2 / 4) and cards.loc["A", "hype_n"] == 4
    assert cards.loc["A", "hype_low"] < 0.5 < cards.loc["A", "hype_high"]
    assert cards.loc["A", "against_forward"] == pytest.approx(1 / 2)
    assert cards.loc["B", "hype"] == 0.0 and cards.loc["B", "hype_n"] == 2  # the unmeasured article is left out


@pytest.mark.parametrize(("stage", "target"), [("reading its claims", "factcheck.nlp.extract.claims_from_doc"),
                                               ("checking its claims", "factcheck.pipeline.report_for")])
def test_a_bug_met_on_one_article_costs_that_article_only(inputs: Path, tmp_path: Path, market_store, monkeypatch, stage: str, target: str) -> None:
    """A fault injected into one stage for one article (no valid input should reach a bug, so the
    fault is put there by hand): a run over thousands of articles records it on that row and goes on."""
    import importlib

    module_name, name = target.rsplit(".", 1)
    module = importlib.import_module(module_name)
    real = getattr(module, name)

    def failing(article_or_doc, *args, **kwargs):
        text = article_or_doc.text
        if "reclaimed the $71,000 level" in text:
            raise TypeError("unsupported operand type(s) for |: 'list' and 'set'")
        return real(article_or_doc, *args, **kwargs)

    monkeypatch.setattr(module, name, failing)
    out = tmp_path / "out"
    summary = _run(inputs, out, market_store)
    assert (summary.total, summary.checked, summary.failed) == (5, 4, 1)
    articles = pd.read_csv(out / "articles.csv").set_index("article_id")
    error = articles.loc["seed.txt", "error"]
    assert error.startswith(f"internal error while {stage} (TypeError") and "please report" in error
    assert articles.drop(index="seed.txt")["error"].isna().all()
    claims = pd.read_csv(out / "claims.csv")
    assert "seed.txt" not in set(claims["article_id"]) and len(claims) > 0
