"""A batch scoring stances with the int8 model reads opinions with that same encoder (each
sentence encoded once, one model a worker), and leaves later checks in the process as they were."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from conftest import CORPUS

from factcheck.batch.checkpoint import Checkpoint
from factcheck.batch.run import CHECKPOINT, run_batch
from factcheck.batch.tables import write_tables
from factcheck.sentiment.backends import DEFAULT_BACKEND, INT8_BACKEND, load_backend, read_opinions_with, shipped_encoder

NOW = datetime(2026, 11, 25, tzinfo=UTC)


def test_opinions_read_with_the_encoder_the_stance_reads_with() -> None:
    previous = read_opinions_with(INT8_BACKEND)
    try:
        assert shipped_encoder() is load_backend(INT8_BACKEND).encoder
        assert read_opinions_with("vader") == INT8_BACKEND  # no encoder of its own: opinions read float,
        assert shipped_encoder() is not load_backend(DEFAULT_BACKEND).encoder  # with their own top alone
        assert shipped_encoder().dimensions == load_backend(DEFAULT_BACKEND).encoder.dimensions // 2
        assert read_opinions_with(DEFAULT_BACKEND) == "opinions"
        assert shipped_encoder() is load_backend(DEFAULT_BACKEND).encoder
    finally:
        read_opinions_with(previous)


def test_an_int8_batch_encodes_each_sentence_once_and_restores_float(tmp_path: Path, market_store) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(CORPUS.glob("00[5-6]-*.txt")):
        shutil.copy(path, folder / path.name)
    int8, exact = load_backend(INT8_BACKEND).encoder, load_backend(DEFAULT_BACKEND).encoder
    int8.seen.clear()
    exact.seen.clear()
    out = tmp_path / "out"
    run_batch(folder, out, store_path=market_store.path, offline=True, now=NOW, show_progress=False, sentiment=INT8_BACKEND)
    with Checkpoint(out / CHECKPOINT) as checkpoint:
        write_tables(out, checkpoint)
    articles = pd.read_csv(out / "articles.csv")
    claims = pd.read_csv(out / "claims.csv")
    assert (articles["stance_backend"] == INT8_BACKEND).all() and articles["stance"].notna().all()
    assert (claims["kind"] == "opinion").any()
    assert len(int8.seen) > 0 and len(exact.seen) == 0  # the float encoder read nothing: one encoder for both
    assert shipped_encoder() is load_backend(DEFAULT_BACKEND).encoder  # later single checks read float
