"""Accuracy, macro-F1 and the confusion matrix of three-way stance predictions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.sentiment.model import StanceLabel

ORDER: tuple[StanceLabel, ...] = (StanceLabel.bearish, StanceLabel.neutral, StanceLabel.bullish)


@dataclass(frozen=True)
class Scores:
    n: int
    accuracy: float
    macro_f1: float
    f1: tuple[float, float, float]  # bearish, neutral, bullish
    confusion: tuple[tuple[int, int, int], ...]  # rows: true label, columns: predicted, in ORDER


def score(truth: Sequence[StanceLabel], predicted: Sequence[StanceLabel]) -> Scores:
    if len(truth) != len(predicted):
        raise ValueError(f"{len(truth)} labels against {len(predicted)} predictions")
    index = {label: i for i, label in enumerate(ORDER)}
    matrix = [[0, 0, 0] for _ in ORDER]
    for t, p in zip(truth, predicted):
        matrix[index[t]][index[p]] += 1
    f1 = []
    for i in range(len(ORDER)):
        tp = matrix[i][i]
        fp = sum(matrix[r][i] for r in range(len(ORDER))) - tp
        fn = sum(matrix[i]) - tp
        f1.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    n = len(truth)
    correct = sum(matrix[i][i] for i in range(len(ORDER)))
    return Scores(
        n=n,
        accuracy=correct / n if n else 0.0,
        macro_f1=sum(f1) / len(f1),
        f1=(f1[0], f1[1], f1[2]),
        confusion=tuple((row[0], row[1], row[2]) for row in matrix),
    )
