"""A batch's results as two tables a researcher loads in one line:
`claims` (one row per claim) and `articles` (one row per article), to CSV and
Parquet. Built from the checkpoint, so they always match what finished."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from factcheck.batch.checkpoint import Checkpoint
from factcheck.model import Report, Verdict


def tables(checkpoint: Checkpoint) -> tuple[pd.DataFrame, pd.DataFrame]:
    claim_rows: list[dict[str, object]] = []
    article_rows: list[dict[str, object]] = []
    for item_id, report_json, error, item in checkpoint.rows():
        extra = item.get("extra") or {}
        base = {"article_id": item_id, "outlet": item.get("outlet"), "author": item.get("author"), **extra}
        if report_json is None:
            article_rows.append({**base, "error": error, "claims": 0})
            continue
        report = Report.model_validate_json(report_json)
        a = report.article
        base.update(outlet=a.outlet or base["outlet"], author=a.author or base["author"])
        counts = {f"n_{v.value}": report.count(v) for v in Verdict}
        article_rows.append({
            **base,
            "error": None,
            "source": a.source,
            "url": a.url,
            "title": a.title,
            "published_at": a.published_at,
            "published_precision": a.published_precision.value if a.published_precision else None,
            "published_unread": a.published_unread,
            "words": len(a.text.split()),
            "claims": len(report.claims),
            **counts,
            **_sentiment_columns(report),
        })
        for c in report.claims:
            claim, evidence = c.claim, c.evidence
            data = evidence.data
            claim_rows.append({
                "article_id": item_id,
                "outlet": base["outlet"],
                "author": base["author"],
                "published_at": a.published_at,
                "kind": claim.kind.value,
                "asset": claim.asset,
                "metric": claim.metric,
                "value": claim.value,
                "value_high": claim.value_high,
                "unit": claim.unit,
                "comparator": claim.comparator.value,
                "modality": claim.modality.value,
                "attributed_to": claim.attributed_to,
                "text": claim.text,
                "verdict": c.verdict.value,
                "figure": evidence.figure,
                "tolerance": evidence.tolerance,
                "explanation": evidence.explanation,
                "exchange": data.exchange if data else None,
                "symbol": data.symbol if data else None,
                "timeframe": data.timeframe if data else None,
                "data_start": data.start if data else None,
                "data_end": data.end if data else None,
            })
    return pd.DataFrame(claim_rows), _in_order(pd.DataFrame(article_rows), _ARTICLE_COLUMNS)


_ARTICLE_COLUMNS = (
    "article_id", "outlet", "author", "error", "source", "url", "title", "published_at", "published_precision",
    "published_unread", "words", "claims", *(f"n_{v.value}" for v in Verdict),
)


def _in_order(frame: pd.DataFrame, first: tuple[str, ...]) -> pd.DataFrame:
    """Our columns in a fixed order, then the sentiment ones, then the input's own, sorted: the same
    table whichever article happened to finish first (an unreadable one lacks most columns)."""
    known = [c for c in first if c in frame.columns]
    mood = [c for c in _SENTIMENT_COLUMNS if c in frame.columns]
    rest = sorted(c for c in frame.columns if c not in set(known) | set(mood))
    return frame[known + mood + rest]


HORIZONS = (1, 7, 30)
_SENTIMENT_COLUMNS = (
    "stance", "stance_score", "stance_backend", "tone_asset",
    *(f"prior_return_{d}d" for d in HORIZONS), *(f"forward_return_{d}d" for d in HORIZONS),
    "rsi_14", "fear_greed", "prior_trend", "forward_trend", "against_prior", "against_forward", "tone",
)


def _sentiment_columns(report: Report) -> dict[str, object]:
    """The article's stance and tone check as flat columns (None where not measured)."""
    mood = report.sentiment
    row: dict[str, object] = {
        "stance": mood.stance.label.value if mood else None,
        "stance_score": mood.stance.score if mood else None,
        "stance_backend": mood.stance.backend if mood else None,
    }
    tone = mood.tone if mood else None
    row["tone_asset"] = tone.asset if tone else None
    for days in HORIZONS:
        row[f"prior_return_{days}d"] = tone.prior_returns.get(days) if tone else None
    for days in HORIZONS:
        row[f"forward_return_{days}d"] = tone.forward_returns.get(days) if tone else None
    row.update(
        rsi_14=tone.rsi_14 if tone else None,
        fear_greed=tone.fear_greed if tone else None,
        prior_trend=tone.prior_trend.value if tone and tone.prior_trend else None,
        forward_trend=tone.forward_trend.value if tone and tone.forward_trend else None,
        against_prior=tone.against_prior if tone else None,
        against_forward=tone.against_forward if tone else None,
        tone=tone.verdict if tone else None,
    )
    return row


def write_tables(out: Path, checkpoint: Checkpoint) -> dict[str, Path]:
    claims, articles = tables(checkpoint)
    written = {}
    for name, frame in (("claims", claims), ("articles", articles)):
        csv_path, parquet_path = out / f"{name}.csv", out / f"{name}.parquet"
        frame.to_csv(csv_path, index=False)
        frame.to_parquet(parquet_path, index=False)
        written[name] = csv_path
        written[f"{name}_parquet"] = parquet_path
    return written
