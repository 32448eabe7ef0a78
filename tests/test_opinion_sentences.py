"""Opinion detection on 429 sentences written apart from the gold articles (corpus/opinions):
the written rules and the classifier, as extraction runs them, on sentences neither was
fitted to (they pick only which of three feature sets the classifier uses: `train-opinions
--select`). Each sentence is an article of one sentence; found means an `opinion` claim."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from factcheck.model import Article, ClaimKind, Precision
from factcheck.nlp.extract import extract

SENTENCES = Path(__file__).resolve().parents[1] / "corpus" / "opinions" / "sentences.jsonl"


def test_opinions_are_found_in_sentences_written_apart_from_the_gold_articles() -> None:
    rows = [json.loads(line) for line in SENTENCES.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 400 and 0.4 <= sum(r["opinion"] for r in rows) / len(rows) <= 0.6
    found, wanted, right = 0, 0, 0
    for row in rows:
        article = Article(text=row["text"], source="test", published_at=datetime(2025, 6, 1, 12, tzinfo=UTC),
                          published_precision=Precision.minute, published_zone="UTC")
        got = any(c.kind is ClaimKind.opinion for c in extract(article))
        found, wanted, right = found + got, wanted + row["opinion"], right + (got and row["opinion"])
    precision, recall = right / found, right / wanted
    f1 = 2 * precision * recall / (precision + recall)
    # 2026-11-26: precision 0.912, recall 0.891, F1 0.901 with spaCy's tok2vec under the classifier;
    # 0.932 / 0.932 / 0.932 with the MiniLM sentence vector; 0.976 / 0.923 / 0.949 trained beside the
    # news-style sentences (corpus/opinions/news_sentences.jsonl) at threshold 0.6; 2026-11-28: 0.970 /
    # 0.895 / 0.931 with session 26's 145 sentences of series moves, chart descriptions and data
    # readouts in that file: the classifier's false alarms on unseen real pages fell (15 pages: F1 0.736
    # -> 0.762, paired bootstrap +0.026 [+0.004, +0.054]) at the cost of 6 of these 220 opinions
    # (corpus/opinions/README.md); recall may not fall further
    assert precision >= 0.90 and recall >= 0.89 and f1 >= 0.92, (precision, recall, f1)
