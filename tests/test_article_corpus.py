"""Every gold article of the corpus is read with the gold publication time and precision."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from conftest import CORPUS, SEED

from factcheck.article.load import load_article

GOLD = sorted(CORPUS.glob("*.gold.json"))


def _article_path(gold_file: Path, gold: dict) -> Path:
    """The gold's `article`, relative to the gold file's folder; the seed's falls back to SEED."""
    path = (gold_file.parent / gold["article"]).resolve()
    if path.is_file():
        return path
    assert Path(gold["article"]).name == SEED.name, f"{gold_file.name}: {gold['article']} not found"
    return SEED


def test_the_corpus_is_there() -> None:
    assert len(GOLD) >= 13
    assert any(g.name == "seed.gold.json" for g in GOLD)


@pytest.mark.parametrize("gold_file", GOLD, ids=[g.name.removesuffix(".gold.json") for g in GOLD])
def test_gold_publication_time(gold_file: Path) -> None:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    article = load_article(str(_article_path(gold_file, gold)))
    expected = datetime.fromisoformat(gold["published_at"].replace("Z", "+00:00"))
    assert article.published_at == expected, article.published_from
    assert article.published_precision is not None
    assert article.published_precision.value == gold["published_precision"]
