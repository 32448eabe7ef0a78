"""Baselines the trained head is measured against, on the same held-out split.

- VADER (`vaderSentiment`, MIT): the lexicon backend itself, compound score
  with VADER's own ±0.05 cut-offs (`backends.Lexicon`).
- Loughran–McDonald word counts: positive minus negative words of the LM
  finance lists. **Evaluation only**: the LM lists are offered for
  non-commercial research, so they are read in place from
  `../shared/sentiment/` and never copied into `models/` or shipped.
- FinBERT's published figures on Financial PhraseBank (cited, not run):
  Araci (2019), "FinBERT: Financial Sentiment Analysis with Pre-trained
  Language Models", arXiv:1908.10063: accuracy 0.86, F1 0.84 on a 20% test
  split of all agreement levels (their split, not ours).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.sentiment.model import Stance, StanceLabel

LM_FILE = "loughran_mcdonald_pos_neg.csv"
FINBERT_CITATION = 'Araci (2019), "FinBERT: Financial Sentiment Analysis with Pre-trained Language Models", arXiv:1908.10063'
FINBERT_PHRASEBANK = {"accuracy": 0.86, "macro_f1": 0.84}

_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, eq=False)
class LoughranMcDonald:
    """Counts LM positive and negative words; more positive -> bullish, more negative -> bearish."""

    positive: frozenset[str]
    negative: frozenset[str]
    name: str = "loughran-mcdonald"

    def classify(self, sentences: Sequence[str]) -> list[Stance]:
        out = []
        for sentence in sentences:
            words = _WORD.findall(sentence.lower())
            pos = sum(w in self.positive for w in words)
            neg = sum(w in self.negative for w in words)
            score = (pos - neg) / (pos + neg) if pos + neg else 0.0
            label = StanceLabel.bullish if pos > neg else StanceLabel.bearish if neg > pos else StanceLabel.neutral
            out.append(Stance(label=label, score=score))
        return out


def load_loughran_mcdonald(data_dir: Path) -> LoughranMcDonald:
    """The LM word lists, read in place from the shared data folder (evaluation only)."""
    positive: set[str] = set()
    negative: set[str] = set()
    with (data_dir / LM_FILE).open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            (positive if row["label"] == "positive" else negative).add(row["text"].strip().lower())
    return LoughranMcDonald(frozenset(positive), frozenset(negative))
