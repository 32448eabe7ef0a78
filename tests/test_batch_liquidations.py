"""A batch fetches its liquidation claims' windows in its data plan, each once, then checks them offline.

ccxt's `gate` runs against the local Gate futures API (`gate_server`): the
batch's prefetch asks it for every window the claims need, merged, and the
offline verification reads the store. The fake's liquidations are made up
(shaped by the real hourly candles), so the figures are checked against what
it served, not against a real market.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
from gate_server import CONTRACTS, LIQ_ORDERS, GateServer, tapes, usd

from factcheck.batch.checkpoint import Checkpoint
from factcheck.batch.run import CHECKPOINT, run_batch
from factcheck.batch.tables import write_tables
from factcheck.market.liquidations_store import LiquidationStore
from factcheck.market.plan import CcxtFetcher

NOW = datetime(2026, 11, 25, tzinfo=UTC)
MIDNIGHT = datetime(2026, 2, 6, tzinfo=UTC)  # the fake's BTC fell 14% on 5 Feb: many longs liquidated
MORNING = MIDNIGHT + timedelta(hours=6)
DAY = timedelta(days=1)
ARTICLES = [
    ("btc-midnight", MIDNIGHT, "Over the past 24 hours, $5 million of bitcoin long positions were liquidated."),
    ("btc-morning", MORNING, "Bitcoin traders had $1.2 billion liquidated over the past 24 hours."),
    ("eth-morning", MORNING, "Ether traders were hit too: $300 million of ETH positions were liquidated in 24 hours."),
]


@pytest.fixture
def server() -> Iterator[GateServer]:
    with GateServer(lifetime=120) as running:
        yield running


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    rows = [{"id": name, "text": text, "published_at": when.isoformat(), "outlet": "Wire"} for name, when, text in ARTICLES]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n")
    return path


def _batch(articles: Path, out: Path, store: Path, base_url: str) -> pd.DataFrame:
    fetcher = CcxtFetcher(timeout=3.0, base_url=base_url, retries=1, backoff=0.01)
    run_batch(articles, out, store_path=store, now=NOW, show_progress=False, sentiment=None, fetcher=fetcher)
    with Checkpoint(out / CHECKPOINT) as checkpoint:
        write_tables(out, checkpoint)
    return pd.read_csv(out / "claims.csv").set_index("article_id")


def _served(contract: str, start: datetime, end: datetime) -> list[dict[str, object]]:
    return tapes()[contract].between(int(start.timestamp()), int(end.timestamp()) - 1)


def _hours(start: datetime, end: datetime) -> list[int]:
    return [int((start + timedelta(hours=h)).timestamp()) for h in range(int((end - start) / timedelta(hours=1)))]


def test_a_batch_fetches_each_window_once_and_checks_offline(server: GateServer, articles: Path, tmp_path: Path) -> None:
    store = tmp_path / "market.sqlite"
    claims = _batch(articles, tmp_path / "first", store, server.url)

    asked = server.queries(LIQ_ORDERS)
    btc = sorted(int(q["from"]) for q in asked if q["contract"] == "BTC_USDT")
    eth = sorted(int(q["from"]) for q in asked if q["contract"] == "ETH_USDT")
    # BTC: the two overlapping days merged into 5 Feb 00:00 .. 6 Feb 06:00, an hour a request, no hour twice
    assert btc == _hours(MIDNIGHT - DAY, MORNING)
    assert eth == _hours(MORNING - DAY, MORNING)
    assert len(asked) == 30 + 24  # the three windows span 72 hours; each hour is asked once
    assert server.paths() == [CONTRACTS] + [LIQ_ORDERS] * 54  # markets loaded once, nothing else asked

    midnight = claims.loc["btc-midnight"]
    longs = sum(usd(r) for r in _served("BTC_USDT", MIDNIGHT - DAY, MIDNIGHT) if int(r["size"]) > 0)  # type: ignore[call-overload]
    assert midnight["verdict"] == "inaccurate", midnight["explanation"]  # the venue alone saw more than $5M of longs
    assert midnight["figure"] == pytest.approx(longs)
    for name, contract in (("btc-morning", "BTC_USDT"), ("eth-morning", "ETH_USDT")):
        row = claims.loc[name]
        total = sum(usd(r) for r in _served(contract, MORNING - DAY, MORNING))
        assert row["verdict"] == "unverifiable"  # a lower bound: the market total cannot be confirmed
        assert row["figure"] == pytest.approx(total) and total > 0
        assert "Partial figure, not the market total" in row["explanation"]
        assert "not fetched" not in row["explanation"]
    with LiquidationStore(store) as held:
        assert held.missing("gate", "BTC/USDT:USDT", MIDNIGHT - DAY, MORNING) == []
        assert held.missing("gate", "ETH/USDT:USDT", MORNING - DAY, MORNING) == []


def test_a_second_batch_fetches_nothing(server: GateServer, articles: Path, tmp_path: Path) -> None:
    store = tmp_path / "market.sqlite"
    first = _batch(articles, tmp_path / "first", store, server.url)
    asked = len(server.paths())

    second = _batch(articles, tmp_path / "second", store, server.url)  # a fresh output: every article again

    assert asked == 1 + 54 and len(server.paths()) == asked  # not one request more
    pd.testing.assert_frame_equal(first[["verdict", "figure"]], second[["verdict", "figure"]])


def test_a_venue_the_batch_cannot_reach_leaves_claims_unverifiable(articles: Path, tmp_path: Path) -> None:
    claims = _batch(articles, tmp_path / "out", tmp_path / "market.sqlite", "http://127.0.0.1:9")
    assert set(claims["verdict"]) == {"unverifiable"}
    assert claims["explanation"].str.contains("0 h of 24 h known; not fetched: offline").all()
