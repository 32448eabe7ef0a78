"""News headlines and lead sentences: the shipped model reads the direction a holder reads in them.

The shipped model calls many mildly polar headlines neutral (SemEval-2017 headlines 0.459 accuracy,
565 of 1,088 polar ones neutral). Our own headline set (corpus/stance/news_headlines.jsonl) is there to
train on (`factcheck train-sentiment --news-headlines`); the cases below hold the calls a reader relies
on whatever model ships. They were written for this test, are in no training file, and were labelled
before any model's output on them was seen.
"""

from __future__ import annotations

import csv
import json
import re

import pytest

from factcheck.sentiment import datasets
from factcheck.sentiment.backends import classify
from factcheck.sentiment.head import load_head
from factcheck.sentiment.model import StanceLabel
from tests.conftest import SHARED

U, N, B = StanceLabel.bullish, StanceLabel.neutral, StanceLabel.bearish

HEADLINES = [
    ("Avalanche token surges to record high as institutional funds pile in", U),
    ("Chipmaker's quarterly profit and sales both rise as data-centre demand gathers pace", U),
    ("Brokerage upgrades bitcoin miner to outperform, lifting its shares", U),
    ("Exchange loses $85 million in hot-wallet hack and suspends withdrawals", B),
    ("Blue-chip index falls back with miners and lenders under pressure", B),
    ("Investors pull $350 million from bitcoin funds in a week as prices sag", B),
    ("Ethereum core developers to hold their next call on Thursday at 14:00 UTC", N),
    ("Payments company names new chief technology officer", N),
    # the model before 2026-11-27 called it neutral (a delay read as a schedule); the one trained with
    # our headlines (weight 3) reads the setback (-0.56)
    ("Regulator delays ruling on proposed litecoin fund until the spring", B),
]

LEADS = [
    ("Solana climbed 9% on Tuesday to its highest level since April, as trading volumes on its exchanges jumped.", U),
    ("Shares of the carmaker slid 12% in early trading after it cut its delivery forecast for the year.", B),
    ("The central bank will announce its next rate decision at 2 p.m. on Wednesday.", N),
]


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _ours() -> list[dict[str, str]]:
    return [json.loads(line) for line in datasets.NEWS_HEADLINES.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_cases_are_in_no_training_file() -> None:
    trained = {r["text"] for r in _ours()} | {
        json.loads(line)["text"] for line in datasets.CRYPTO_SENTENCES.read_text(encoding="utf-8").splitlines()
    }
    assert not {t for t, _ in HEADLINES + LEADS} & trained


def test_our_headline_set_is_balanced_and_shares_no_text_with_the_public_test_sets() -> None:
    rows = _ours()
    assert len(rows) >= 1200 and all(set(r) == {"text", "label", "topic"} for r in rows)
    assert len({r["text"] for r in rows}) == len(rows)
    share = {label: sum(r["label"] == label for r in rows) / len(rows) for label in ("bullish", "bearish", "neutral")}
    assert 0.25 <= share["neutral"] <= 0.35 and min(share["bullish"], share["bearish"]) > 0.3, share
    public = set()
    for name in ("semeval2017_task5_headlines.csv", "fiqa2018_task1.csv", "financial_phrasebank.csv"):
        with (SHARED / "sentiment" / name).open(encoding="utf-8", newline="") as f:
            public |= {_norm(r["text"]) for r in csv.DictReader(f)}
    assert not [r["text"] for r in rows if _norm(r["text"]) in public]


def test_no_test_set_trains_the_shipped_model() -> None:
    names = [d["name"] for d in load_head().config["datasets"]]
    assert not {datasets.FIQA.title, datasets.SEMEVAL_HEADLINES.title, datasets.PHRASEBANK.title} & set(names)


def test_headlines_are_read_by_their_direction() -> None:
    stances = classify([t for t, _ in HEADLINES])
    assert [(t, s.label) for (t, _), s in zip(HEADLINES, stances)] == HEADLINES
    record, hack = stances[0], stances[3]
    assert record.score > 0.5 and hack.score < -0.5  # clear calls, not near the neutral band


def test_lead_sentences_are_read_by_their_direction() -> None:
    stances = classify([t for t, _ in LEADS])
    assert [(t, s.label) for (t, _), s in zip(LEADS, stances)] == LEADS

