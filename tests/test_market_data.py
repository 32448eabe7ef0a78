"""Market data for claims: store first, ccxt for what is missing, and honest gaps."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from factcheck.pipeline import check_article
from factcheck.market.data import MarketData, ccxt_fetcher
from factcheck.market.store import Store
from factcheck.model import Article, ClaimKind, Verdict

from binance_server import BinanceServer

UTC = timezone.utc
NOW = datetime(2026, 11, 25, tzinfo=UTC)


def test_an_empty_store_is_filled_through_ccxt_and_reused(seed_article: Article, tmp_path: Path) -> None:
    """The real network path: ccxt against a local server speaking Binance's REST API."""
    with BinanceServer() as exchange, Store(tmp_path / "m.sqlite") as store:
        market = MarketData(store, fetcher=ccxt_fetcher(timeout=5, base_url=exchange.url), now=lambda: NOW)
        report = check_article(seed_article, store=store, now=NOW, market=market)
        reclaim = next(c for c in report.claims if c.claim.kind is ClaimKind.price_level)
        assert reclaim.verdict is Verdict.imprecise
        assert reclaim.evidence.figure == pytest.approx(70502.38)
        fetched = [p for p in exchange.paths() if p.endswith("/klines")]
        assert fetched  # the candles came over the wire
        held = {(h.source, h.symbol) for h in store.holdings()}
        assert ("binance", "BTC/USDT") in held

        before = len(exchange.requests)
        again = check_article(
            seed_article.model_copy(update={"source": "again"}),
            store=store,
            now=NOW,
            market=MarketData(store, fetcher=ccxt_fetcher(timeout=5, base_url=exchange.url), now=lambda: NOW),
        )
        # The price claim's window is now stored: asking again fetches nothing
        # before publication (only the forecast's later days, which the server lacks).
        assert next(c for c in again.claims if c.claim.kind is ClaimKind.price_level).evidence.figure == pytest.approx(70502.38)
        published_ms = int(datetime(2026, 2, 9, 1, tzinfo=UTC).timestamp() * 1000)
        later = exchange.queries()[len(fetched):]
        assert all(int(q["startTime"]) >= published_ms for q in later)


def test_an_unreachable_exchange_gives_unverifiable_with_the_reason(seed_article: Article, tmp_path: Path) -> None:
    with Store(tmp_path / "m.sqlite") as store:
        market = MarketData(store, fetcher=ccxt_fetcher(timeout=2, base_url="http://127.0.0.1:9"), now=lambda: NOW)
        report = check_article(seed_article, store=store, now=NOW, market=market)
    assert {c.verdict for c in report.claims} == {Verdict.unverifiable}
    priced = [c for c in report.claims if c.claim.kind in {ClaimKind.price_level, ClaimKind.forecast}]
    assert priced and all("could not be reached" in c.evidence.explanation for c in priced)


def test_offline_never_calls_the_fetcher(seed_article: Article, tmp_path: Path) -> None:
    calls = []

    def fetcher(*args):
        calls.append(args)
        raise AssertionError("offline must not fetch")

    with Store(tmp_path / "m.sqlite") as store:
        market = MarketData(store, offline=True, fetcher=fetcher, now=lambda: NOW)
        report = check_article(seed_article, store=store, now=NOW, market=market)
    assert calls == []
    assert {c.verdict for c in report.claims} == {Verdict.unverifiable}


def test_spot_gap_is_filled_from_the_perpetual_and_said(market_store) -> None:
    """Spot BTC has no hours for July 2025; the perpetual does."""
    market = MarketData(market_store, offline=True, now=lambda: NOW)
    candles = market.candles("BTC", "1h", datetime(2025, 7, 10, tzinfo=UTC), datetime(2025, 7, 11, tzinfo=UTC))
    assert candles.complete and candles.symbol == "BTC/USDT:USDT"
    assert "lacks 24 of 24 bars" in candles.notes[0]


def test_unknown_asset_is_reported_not_guessed(market_store) -> None:
    market = MarketData(market_store, offline=True, now=lambda: NOW)
    candles = market.candles("PEPE", "1h", datetime(2025, 7, 10, tzinfo=UTC), datetime(2025, 7, 11, tzinfo=UTC))
    assert not candles.complete and "no market is known for PEPE" in candles.notes
