"""Measuring extraction and verification against the gold corpus (`factcheck eval`).

A predicted claim matches a gold claim when kind, asset and comparator agree
and the value is the same once normalised ("$87.2k" = 87,200); each gold claim
matches at most one prediction. Verdicts are compared on matched claims that
carry an `expected_verdict`. Publication times are scored too, because every
verdict rests on them, and so are the dates of records ("set in November
2021") on matched record claims whose gold gives one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from factcheck.gold import article_path, read_gold
from factcheck.model import Claim, Report
from factcheck.window_match import window_agrees


@dataclass
class KindScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    kinds: dict[str, KindScore] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)  # gold claims not found
    extras: list[str] = field(default_factory=list)  # predictions matching no gold claim
    verdicts: Counter[tuple[str, str]] = field(default_factory=Counter)  # (expected, got)
    disagreements: list[str] = field(default_factory=list)  # matched claims whose verdict differs from gold
    published_right: int = 0
    articles: int = 0
    published_wrong: list[str] = field(default_factory=list)
    record_dates: Counter[bool] = field(default_factory=Counter)  # right / wrong, on matched dated records
    record_dates_wrong: list[str] = field(default_factory=list)
    modalities: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold, read), on matched claims
    modalities_wrong: list[str] = field(default_factory=list)
    windows: Counter[bool] = field(default_factory=Counter)  # agree / not, on matched moves whose gold names a span
    windows_wrong: list[str] = field(default_factory=list)

    @property
    def overall(self) -> KindScore:
        total = KindScore()
        for s in self.kinds.values():
            total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
        return total

    @property
    def verdict_accuracy(self) -> float:
        n = sum(self.verdicts.values())
        return sum(c for (e, g), c in self.verdicts.items() if e == g) / n if n else 1.0


def gold_files(corpus: Path, pattern: str = "*") -> list[Path]:
    """The gold files of `corpus` whose article name matches `pattern` (a glob, e.g. '1[01]*')."""
    return sorted(corpus.glob(f"{pattern}.gold.json"))


def _same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _words(text: str) -> set[str]:
    return {w.strip(".,;:!?\"'“”‘’()").lower() for w in text.split()} - {""}


def _overlaps(a: str, b: str) -> bool:
    """Two phrases about the same words: one inside the other, or a third of their words shared."""
    if a.lower() in b.lower() or b.lower() in a.lower():
        return True
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.3


# Gold fields compared when the gold has them, and the Claim attribute each maps to.
_EXTRA = {"metric": "metric", "period": "period", "zone": "zone", "side": "side", "count": "count", "direction": "zone"}


def _matches(gold: dict[str, Any], claim: Claim) -> bool:
    if claim.kind.value != gold["kind"]:
        return False
    if gold["kind"] == "opinion":
        return _overlaps(gold["text"], claim.text)
    if claim.asset != gold.get("asset") or claim.comparator.value != gold.get("comparator", "at"):
        return False
    if not _same_value(claim.value, gold.get("value")):
        return False
    if gold.get("value_high") is not None and not _same_value(claim.value_high, gold["value_high"]):
        return False
    for name, attribute in _EXTRA.items():
        want = gold.get(name)
        if want is None or (name in {"metric", "period"} and gold["kind"] not in {"indicator", "market_cap", "trend"}):
            continue
        got = getattr(claim, attribute)
        if name == "zone" and gold["kind"] == "sentiment_index" and claim.value is not None and gold.get("value") is not None:
            continue  # a reading with its class: the number decides
        if str(got).lower() != str(want).lower():
            return False
    if gold["kind"] == "indicator" and (claim.timeframe or "1d") != (gold.get("timeframe") or "1d"):
        return False
    if gold.get("duration_days") is not None:
        if claim.duration_days is None or abs(claim.duration_days - gold["duration_days"]) > 0.1 * gold["duration_days"]:
            return False
    return True


def _describe(d: dict[str, Any] | Claim) -> str:
    if isinstance(d, Claim):
        kind, asset, comparator, value, text = d.kind.value, d.asset, d.comparator.value, d.value, d.text
    else:
        kind, asset, comparator, value, text = d["kind"], d.get("asset"), d.get("comparator"), d.get("value"), d["text"]
    shown = "-" if value is None else f"{value:g}"
    return f"{kind} {asset} {comparator} {shown} “{text}”"


def record_date(claim: Claim, report: Report) -> str:
    """The day a record claim is read as set, in the article's zone (YYYY-MM-DD): the middle of
    its `record_time`, or the publication day for a record standing at publication."""
    from factcheck.nlp.timeref import zone_of

    zone = zone_of(report.article)
    period = claim.record_time
    if period is not None and period.start is not None and period.end is not None:
        return f"{(period.start + (period.end - period.start) / 2).astimezone(zone):%Y-%m-%d}"
    published = report.article.published_at
    return f"{published.astimezone(zone):%Y-%m-%d}" if published is not None else "-"


def score_article(
    evaluation: Evaluation, gold: dict[str, Any], report: Report, label: str
) -> None:
    """Add one article's extraction, verdict and publication-time results."""
    kinds = set(gold.get("kinds_annotated") or [c["kind"] for c in gold["claims"]])
    predicted = [c for c in report.claims if c.claim.kind.value in kinds]
    used: set[int] = set()
    for g in gold["claims"]:
        score = evaluation.kinds.setdefault(g["kind"], KindScore())
        hit = next((i for i, c in enumerate(predicted) if i not in used and _matches(g, c.claim)), None)
        if hit is None:
            score.fn += 1
            evaluation.misses.append(f"{label}: {_describe(g)}")
            continue
        score.tp += 1
        used.add(hit)
        if g["kind"] == "all_time_high" and g.get("date"):
            got_date = record_date(predicted[hit].claim, report)
            right = got_date.startswith(g["date"])
            evaluation.record_dates[right] += 1
            if not right:
                evaluation.record_dates_wrong.append(f"{label}: {_describe(g)}: date {g['date']}, read {got_date}")
        if g.get("modality"):
            read = predicted[hit].claim.modality.value
            evaluation.modalities[(g["modality"], read)] += 1
            if read != g["modality"]:
                evaluation.modalities_wrong.append(f"{label}: {_describe(g)}: modality {g['modality']}, read {read}")
        agrees = window_agrees(g.get("time"), predicted[hit].claim, report.article)
        if agrees is not None:
            evaluation.windows[agrees] += 1
            if not agrees:
                t = predicted[hit].claim.time
                evaluation.windows_wrong.append(f"{label}: {_describe(g)}: window {g['time']}, read {t.start} to {t.end}")
        if g.get("expected_verdict"):
            got = predicted[hit]
            evaluation.verdicts[(g["expected_verdict"], got.verdict.value)] += 1
            if got.verdict.value != g["expected_verdict"]:
                evaluation.disagreements.append(
                    f"{label}: {_describe(g)}: expected {g['expected_verdict']}, got {got.verdict.value}: "
                    f"{got.evidence.explanation}"
                )
    matched = [g for g in gold["claims"]]
    for i, c in enumerate(predicted):
        if i in used:
            continue
        if any(_matches(g, c.claim) for g in matched):
            continue  # a restatement of a claim already matched counts neither way
        evaluation.kinds.setdefault(c.claim.kind.value, KindScore()).fp += 1
        evaluation.extras.append(f"{label}: {_describe(c.claim)}")
    evaluation.articles += 1
    want = datetime.fromisoformat(gold["published_at"].replace("Z", "+00:00"))
    got = report.article.published_at
    if got == want:
        evaluation.published_right += 1
    else:
        evaluation.published_wrong.append(f"{label}: expected {want:%Y-%m-%d %H:%M}, got {got}")


def evaluate(
    corpus: Path, *, now: datetime | None = None, offline: bool = True, store: Any = None, pattern: str = "*"
) -> Evaluation:
    """Check every gold article of `corpus` (those matching `pattern`) and score the results."""
    from factcheck.pipeline import check

    evaluation = Evaluation()
    for path in gold_files(corpus, pattern):
        gold = read_gold(path)
        report = check(str(article_path(path, gold)), store=store, offline=offline, now=now, sentiment=None)
        score_article(evaluation, gold, report, path.name.removesuffix(".gold.json"))
    return evaluation
