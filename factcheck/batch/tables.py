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
            "words": len(a.text.split()),
            "claims": len(report.claims),
            **counts,
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
    return pd.DataFrame(claim_rows), pd.DataFrame(article_rows)


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
