"""Check the gold corpus: every quoted text is in its article, every field is valid,
every publication time has market data.

    python corpus/check_gold.py        # exit 1 on any error

Stdlib only, so it runs before the package is installed.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
MARKET = CORPUS.parents[1] / "shared" / "market"
HOURLY = {
    "BTC": MARKET / "BTC-USDT_1h_binance-spot.csv",
    "ETH": MARKET / "ETH-USDT_1h_binance-spot.csv",
}
KINDS = {"price_level", "price_change", "intraday_high", "intraday_low", "forecast"}
COMPARATORS = {"at", "above", "below", "crossed_above", "crossed_below", "between", "up", "down"}
VERDICTS = {"supported", "inaccurate", "imprecise", "unverifiable"}
NAMED_TIMES = {"publication", "24h", "7d", "today", "intraday"}
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)?$")


def hours(path: Path) -> set[datetime]:
    with path.open(newline="") as fh:
        return {datetime.fromisoformat(r["timestamp"].replace("Z", "+00:00")) for r in csv.DictReader(fh)}


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


def article_body(text: str) -> str:
    """The text after a `url:/outlet:/published:/---` header block, if any."""
    head, sep, body = text.partition("\n---\n")
    return body if sep and head.startswith("url:") else text


def check(gold_path: Path, have: dict[str, set[datetime]]) -> list[str]:
    errors: list[str] = []
    gold = json.loads(gold_path.read_text())
    article = (CORPUS / gold["article"]).resolve()
    if not article.exists():
        return [f"{gold_path.name}: article {gold['article']} not found"]
    text = article.read_text()
    where = gold_path.name

    words = len(article_body(text).split())
    if gold_path.name != "seed.gold.json" and not 120 <= words <= 400:
        errors.append(f"{where}: article has {words} words, outside 120-400")
    if gold["published_text"] not in text:
        errors.append(f"{where}: published_text not in article: {gold['published_text']!r}")
    published = utc(gold["published_at"])
    if gold["published_precision"] not in {"minute", "day"}:
        errors.append(f"{where}: bad published_precision")

    for i, claim in enumerate(gold["claims"]):
        tag = f"{where} claim {i} {claim.get('text')!r}"
        if claim["text"] not in text:  # several occurrences: the claim is located at the first
            errors.append(f"{tag}: text not in article")
        if claim["kind"] not in KINDS:
            errors.append(f"{tag}: unknown kind {claim['kind']}")
        if claim["comparator"] not in COMPARATORS:
            errors.append(f"{tag}: unknown comparator {claim['comparator']}")
        if not isinstance(claim["value"], (int, float)):
            errors.append(f"{tag}: value is not a number")
        if (claim["comparator"] == "between") != ("value_high" in claim):
            errors.append(f"{tag}: value_high goes with comparator between, and only with it")
        if claim["kind"] == "price_change":
            if claim["unit"] not in {"%", "USD"}:
                errors.append(f"{tag}: price_change unit must be % or USD")
            if claim["comparator"] not in {"up", "down"} or (claim["value"] < 0) != (claim["comparator"] == "down"):
                errors.append(f"{tag}: price_change needs up/down matching the sign of value")
        elif claim["comparator"] in {"up", "down"}:
            errors.append(f"{tag}: up/down is for price_change only")
        time = claim.get("time")
        if time is not None and time not in NAMED_TIMES and not ISO.match(time) and claim["kind"] != "forecast":
            errors.append(f"{tag}: time {time!r} is neither a named window nor an ISO instant/range")
        if claim["kind"] == "forecast":
            continue
        verdict = claim.get("expected_verdict")
        if verdict not in VERDICTS:
            errors.append(f"{tag}: expected_verdict {verdict!r}")
        if not claim.get("why"):
            errors.append(f"{tag}: no why")
        if verdict == "unverifiable" or claim["asset"] not in have:
            continue
        # the data a checker needs: the candle before publication, and a week before it
        if gold["published_precision"] == "minute":
            last = published.replace(minute=0, second=0) - timedelta(hours=1)
            needed = [last, last - timedelta(hours=24), last - timedelta(hours=168)]
        else:
            day = published.replace(hour=0, minute=0, second=0)
            needed = [day + timedelta(hours=h) for h in range(24)] + [day - timedelta(hours=145)]
        missing = [t for t in needed if t not in have[claim["asset"]]]
        if missing:
            errors.append(f"{tag}: no {claim['asset']} hourly data at {missing[0].isoformat()}")

    for neg in gold.get("negatives", []):
        if neg["text"] not in text:
            errors.append(f"{where}: negative text not in article: {neg['text']!r}")
    return errors


def main() -> int:
    have = {asset: hours(path) for asset, path in HOURLY.items()}
    golds = sorted(CORPUS.glob("*.gold.json"))
    articles = sorted(p for p in CORPUS.glob("[0-9][0-9][0-9]-*.txt"))
    errors: list[str] = []
    for art in articles:
        if not art.with_suffix(".gold.json").exists():
            errors.append(f"{art.name}: no gold file")
    for gold in golds:
        errors += check(gold, have)
    for e in errors:
        print(e)
    claims = sum(len(json.loads(g.read_text())["claims"]) for g in golds)
    print(f"{len(golds)} gold files, {claims} claims, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
