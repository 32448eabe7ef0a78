"""The labelled sentence sets, their licences, and the fixed splits.

The public sets lie in `../shared/sentiment/` and are read in place (nothing is
copied into the repository); our own crypto-market sentences lie in
`corpus/stance/crypto_sentences.jsonl`. Every label is mapped to ours:
positive -> bullish, negative -> bearish, neutral -> neutral (Twitter Financial
News and our set already say bullish / bearish / neutral).

The splits do not depend on a seed or on row order: a sentence's bucket is
`sha1(text) mod 100`, so the same text always lands in the same part.

    Twitter Financial News   test = its published `validation` split (2,388 rows);
                             its `train` split: bucket < 10 -> validation, the rest -> train
    Financial PhraseBank     bucket < 20 -> test, 20..29 -> validation, the rest -> train
                             (all agreement levels; the test's `agreement == 100` rows are
                             the all-agree test)
    SemEval-2017 headlines   evaluation only (never trained on): every headline once,
                             those whose targets disagree on the label left out
    FiQA 2018 task 1         evaluation only (never trained on): headlines and posts, each text
                             once, those whose targets disagree on the label left out
    our crypto sentences     bucket < 20 -> test, 20..29 -> validation, the rest -> train
    our news headlines       the same rule as our crypto sentences
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from factcheck.sentiment.model import StanceLabel

LABELS: tuple[StanceLabel, ...] = (StanceLabel.bearish, StanceLabel.neutral, StanceLabel.bullish)
"""The order of the head's outputs and of every confusion matrix."""

_TO_STANCE = {
    "negative": StanceLabel.bearish,
    "bearish": StanceLabel.bearish,
    "neutral": StanceLabel.neutral,
    "positive": StanceLabel.bullish,
    "bullish": StanceLabel.bullish,
}


@dataclass(frozen=True)
class Source:
    """One labelled set: its file, what it is, and whether its licence lets us ship a head trained on it."""

    key: str
    file: str
    title: str
    licence: str
    shippable: bool
    why: str


TWITTER = Source(
    "twitter",
    "twitter_financial_news_sentiment.csv",
    "Twitter Financial News (zeroshot/twitter-financial-news-sentiment)",
    "MIT (per its Hugging Face dataset card)",
    True,
    "MIT permits use, modification and redistribution, commercial included, with the notice kept.",
)
PHRASEBANK = Source(
    "phrasebank",
    "financial_phrasebank.csv",
    "Financial PhraseBank v1.0 (Malo et al., 2014)",
    "CC BY-NC-SA 3.0",
    False,
    "NonCommercial: no commercial use; ShareAlike: anything adapted from it must carry the same licence. "
    "A head fitted on it is not shipped.",
)
SEMEVAL_HEADLINES = Source(
    "semeval-headlines",
    "semeval2017_task5_headlines.csv",
    "SemEval-2017 Task 5 news headlines (Cortis et al.)",
    "unclear (research use; SSIX project)",
    False,
    "No explicit data licence: used for evaluation only.",
)
CRYPTO = Source(
    "crypto",
    "corpus/stance/crypto_sentences.jsonl",
    "Crypto-market sentences written for factcheck (corpus/stance/crypto_sentences.jsonl)",
    "ours (written for factcheck)",
    True,
    "Written from scratch for this project in the voices of crypto outlets; no third-party text, so it ships.",
)
NEWS = Source(
    "news",
    "corpus/stance/news_headlines.jsonl",
    "News headlines and lead sentences written for factcheck (corpus/stance/news_headlines.jsonl)",
    "ours (written for factcheck)",
    True,
    "Written from scratch for this project in the styles of wires and crypto outlets; no third-party text, so it ships.",
)
FIQA = Source(
    "fiqa",
    "fiqa2018_task1.csv",
    "FiQA 2018 Task 1 headlines and posts",
    "unclear (FiQA 2018 challenge)",
    False,
    "No explicit data licence: used for evaluation only.",
)
SOURCES = {s.key: s for s in (TWITTER, PHRASEBANK, SEMEVAL_HEADLINES, FIQA, CRYPTO, NEWS)}
OURS = frozenset({CRYPTO.key, NEWS.key})
"""The sets written for factcheck: they share the split rule and the weight of our sentences in training."""

_ROOT = Path(__file__).resolve().parents[2]
CRYPTO_SENTENCES = _ROOT / CRYPTO.file
NEWS_HEADLINES = _ROOT / NEWS.file
"""Our sets live in the repository, unlike the public ones."""


@dataclass(frozen=True)
class Example:
    text: str
    label: StanceLabel
    source: str
    agreement: int | None = None  # Financial PhraseBank only: 100, 75, 66 or 50


@dataclass(frozen=True)
class Splits:
    """One set's fixed parts. `validation` picks the head's settings; `test` is touched once, at the end."""

    source: Source
    train: tuple[Example, ...]
    validation: tuple[Example, ...]
    test: tuple[Example, ...]


def bucket(text: str) -> int:
    """0..99, from the text alone: the split does not depend on a seed or on row order."""
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16) % 100


def _rows(data_dir: Path, source: Source) -> list[dict[str, str]]:
    path = data_dir / source.file
    try:
        with path.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    except FileNotFoundError as exc:
        raise FileNotFoundError(f"{path}: labelled set not found (see ../shared/sentiment/SOURCES.md)") from exc


def _unique(examples: list[Example]) -> list[Example]:
    """Each text once; a text given two different labels is left out."""
    labels: dict[str, set[StanceLabel]] = {}
    for e in examples:
        labels.setdefault(e.text, set()).add(e.label)
    seen: set[str] = set()
    kept = []
    for e in examples:
        if len(labels[e.text]) == 1 and e.text not in seen:
            seen.add(e.text)
            kept.append(e)
    return kept


def twitter(data_dir: Path) -> Splits:
    rows = [(Example(r["text"], _TO_STANCE[r["label"]], TWITTER.key), r["split"]) for r in _rows(data_dir, TWITTER)]
    fit = [e for e, split in rows if split == "train"]
    return Splits(
        TWITTER,
        train=tuple(e for e in fit if bucket(e.text) >= 10),
        validation=tuple(e for e in fit if bucket(e.text) < 10),
        test=tuple(e for e, split in rows if split == "validation"),
    )


def phrasebank(data_dir: Path) -> Splits:
    examples = _unique(
        [
            Example(r["text"], _TO_STANCE[r["label"]], PHRASEBANK.key, int(r["agreement"]))
            for r in _rows(data_dir, PHRASEBANK)
        ]
    )
    return Splits(
        PHRASEBANK,
        train=tuple(e for e in examples if bucket(e.text) >= 30),
        validation=tuple(e for e in examples if 20 <= bucket(e.text) < 30),
        test=tuple(e for e in examples if bucket(e.text) < 20),
    )


def semeval_headlines(data_dir: Path) -> tuple[Example, ...]:
    """Evaluation only: out-of-domain news headlines, each once."""
    return tuple(
        _unique(
            [
                Example(r["text"], _TO_STANCE[r["label"]], SEMEVAL_HEADLINES.key)
                for r in _rows(data_dir, SEMEVAL_HEADLINES)
            ]
        )
    )


def fiqa(data_dir: Path) -> tuple[Example, ...]:
    """Evaluation only: finance headlines and microblog posts (scores cut at ±0.1), each text once."""
    return tuple(_unique([Example(r["text"], _TO_STANCE[r["label"]], FIQA.key) for r in _rows(data_dir, FIQA)]))


def crypto(path: Path = CRYPTO_SENTENCES) -> Splits:
    """Our crypto-market sentences: the stance a market analyst gives each toward the asset's price."""
    return _ours(path, CRYPTO)


def news(path: Path = NEWS_HEADLINES) -> Splits:
    """Our news headlines and lead sentences: the stance a holder of the named asset or company reads in each."""
    return _ours(path, NEWS)


def _ours(path: Path, source: Source) -> Splits:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise FileNotFoundError(f"{path}: our {source.key} set not found") from exc
    rows = [json.loads(line) for line in lines if line.strip()]
    examples = _unique([Example(r["text"], _TO_STANCE[r["label"]], source.key) for r in rows])
    return Splits(
        source,
        train=tuple(e for e in examples if bucket(e.text) >= 30),
        validation=tuple(e for e in examples if 20 <= bucket(e.text) < 30),
        test=tuple(e for e in examples if bucket(e.text) < 20),
    )


def all_agree(examples: tuple[Example, ...]) -> tuple[Example, ...]:
    """The Financial PhraseBank rows every annotator agreed on."""
    return tuple(e for e in examples if e.agreement == 100)
