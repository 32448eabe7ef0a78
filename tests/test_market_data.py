"""Market data for claims: store first, ccxt for what is missing, and honest gaps."""

from __future__ import annotations

from datetime import UTC, datetime, timezone
from pathlib import Path

import pytest
from binance_server import BinanceServer

from factcheck.market.data import MarketData, ccxt_fetcher
from factcheck.market.store import Store
from factcheck.model import Article, ClaimKind, Verdict
from factcheck.pipeline import check_article

UTC = UTC
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


def _price(report):
    return next(c for c in report.claims if c.claim.kind is ClaimKind.price_level)


def test_an_unreachable_exchange_gives_unverifiable_with_the_reason(seed_article: Article, tmp_path: Path) -> None:
    with Store(tmp_path / "m.sqlite") as store:
        market = MarketData(store, fetcher=ccxt_fetcher(timeout=2, base_url="http://127.0.0.1:9"), now=lambda: NOW)
        report = check_article(seed_article, store=store, now=NOW, market=market)
    assert Verdict.supported not in {c.verdict for c in report.claims}
    priced = [c for c in report.claims if c.claim.kind in {ClaimKind.price_level, ClaimKind.forecast} and c.claim.value is not None]
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
    assert Verdict.supported not in {c.verdict for c in report.claims}
    assert _price(report).verdict is Verdict.unverifiable


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


# --- range bookkeeping, cross-exchange fallback, quality, resampling ------------------

import socket
from datetime import timedelta

import pandas as pd
from binance_server import KLINES
from conftest import MARKET

from factcheck.market.data import CROSS_EXCHANGE_TOLERANCE
from factcheck.market.exchange import ExchangeConfig, fetch_candles

BINANCE_ONLY = {"BTC": [("binance", "BTC/USDT")]}


def _shared(name: str, start: datetime, end: datetime) -> pd.DataFrame:
    frame = pd.read_csv(MARKET / name, parse_dates=["timestamp"], index_col="timestamp").astype("float64")
    return frame[(frame.index >= start) & (frame.index < end)]


def _d(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_an_empty_answer_is_remembered_across_runs(tmp_path: Path) -> None:
    """The fake exchange, like the shared data, has no spot hours for August 2025: asked once, never again."""
    with BinanceServer() as exchange, Store(tmp_path / "m.sqlite") as store:
        for _ in range(2):  # two runs, two MarketData, one store
            market = MarketData(store, fetcher=ccxt_fetcher(timeout=5, base_url=exchange.url), now=lambda: NOW,
                                venues=BINANCE_ONLY)
            candles = market.candles("BTC", "1h", _d(2025, 8, 3), _d(2025, 8, 4))
            assert candles.missing == 24 and candles.frame.empty
        assert exchange.paths().count(KLINES) == 1


def test_only_the_uncovered_part_of_a_window_is_fetched(tmp_path: Path) -> None:
    with BinanceServer() as exchange, Store(tmp_path / "m.sqlite") as store:
        store.put_candles("binance", "BTC/USDT", "1h", _shared("BTC-USDT_1h_binance-spot.csv", _d(2024, 1, 1), _d(2024, 1, 10)), "csv")
        market = MarketData(store, fetcher=ccxt_fetcher(timeout=5, base_url=exchange.url), now=lambda: NOW, venues=BINANCE_ONLY)
        candles = market.candles("BTC", "1h", _d(2024, 1, 5), _d(2024, 1, 12))
        assert candles.complete and len(candles.frame) == 7 * 24
        assert [(q["startTime"], q["limit"]) for q in exchange.queries()] == [(str(int(_d(2024, 1, 10).timestamp() * 1000)), "48")]


def _stand_in_fetcher(refusing: BinanceServer, standing_in: BinanceServer, calls: list[str]):  # type: ignore[no-untyped-def]
    """Binance (spot and perp) on a server that geo-blocks; "coinbase" on a second fake *Binance*.

    ccxt's binance class drives both servers, so this shows the fallback logic
    (refusal -> next venue, notes, storage under the venue used) over real
    HTTP; it does not show that ccxt's coinbase client reads Coinbase.
    """

    def fetch(exchange, symbol, timeframe, start, end, *, on_page=None):  # type: ignore[no-untyped-def]
        calls.append(exchange)
        server = standing_in if exchange == "coinbase" else refusing
        config = ExchangeConfig("binance", base_url=server.url, timeout=5, retries=0)
        return fetch_candles("BTC/USDT", timeframe, start, end, config=config, on_page=on_page)

    return fetch


def test_a_geo_blocked_exchange_falls_back_to_the_next_venue_and_says_so(tmp_path: Path) -> None:
    calls: list[str] = []
    with BinanceServer() as binance, BinanceServer() as coinbase, Store(tmp_path / "m.sqlite") as store:
        binance.block(451)
        market = MarketData(store, fetcher=_stand_in_fetcher(binance, coinbase, calls), now=lambda: NOW)
        candles = market.candles("BTC", "1h", _d(2026, 2, 8, 1), _d(2026, 2, 9, 1))

        assert calls == ["binance", "binanceusdm", "coinbase"]
        assert candles.complete and (candles.exchange, candles.symbol) == ("coinbase", "BTC/USD")
        expected = _shared("BTC-USDT_1h_binance-spot.csv", _d(2026, 2, 8, 1), _d(2026, 2, 9, 1))
        pd.testing.assert_frame_equal(candles.frame, expected, check_freq=False)
        assert candles.notes[0].startswith("binance could not be reached: binance refused the request, HTTP 451")
        assert candles.notes[1].startswith("binanceusdm could not be reached")
        assert "used BTC/USD on coinbase" in candles.notes[2] and "0.5% cross-exchange tolerance" in candles.notes[2]
        assert candles.tolerance == CROSS_EXCHANGE_TOLERANCE == 0.005
        assert binance.paths() == ["/api/v3/exchangeInfo"] * 2 and coinbase.paths().count(KLINES) == 1
        assert ("coinbase", "BTC/USD") in {(h.source, h.symbol) for h in store.holdings()}

        market.candles("BTC", "1h", _d(2026, 2, 1), _d(2026, 2, 2))  # later in the run: the refusal is remembered
        assert calls == ["binance", "binanceusdm", "coinbase", "coinbase"]


def test_a_network_failure_does_not_go_down_the_venue_list(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    calls: list[str] = []
    closed = ccxt_fetcher(timeout=2, base_url=f"http://127.0.0.1:{port}")

    def fetch(exchange, *args, **kw):  # type: ignore[no-untyped-def]
        calls.append(exchange)
        return closed(exchange, *args, **kw)

    with Store(tmp_path / "m.sqlite") as store:
        candles = MarketData(store, fetcher=fetch, now=lambda: NOW).candles("BTC", "1h", _d(2026, 2, 8), _d(2026, 2, 9))
    assert calls == ["binance"]  # connection refused is not a refusal: five more exchanges would fail the same way
    assert not candles.complete and "cannot reach binance: connection refused" in candles.notes[0]


def _spiked_store(tmp_path: Path, *, with_perp: bool) -> Store:
    store = Store(tmp_path / "m.sqlite")
    hours = _shared("BTC-USDT_1h_binance-spot.csv", _d(2026, 2, 1), _d(2026, 3, 1))
    hours.loc[pd.Timestamp("2026-02-08 20:00", tz="UTC"), "high"] *= 12
    store.put_candles("binance", "BTC/USDT", "1h", hours, "test")
    if with_perp:
        perp = _shared("BTC-USDT-PERP_1h_binance-usdm.csv", _d(2026, 2, 1), _d(2026, 4, 1))
        store.put_candles("binanceusdm", "BTC/USDT:USDT", "1h", perp, "test")
    return store


def test_an_absurd_bar_counts_as_missing_and_the_verdict_is_unverifiable(seed_article: Article, tmp_path: Path) -> None:
    with _spiked_store(tmp_path, with_perp=False) as store:
        market = MarketData(store, offline=True, now=lambda: NOW)
        candles = market.candles("BTC", "1h", _d(2026, 2, 8, 1), _d(2026, 2, 9, 1))
        assert (candles.expected, candles.missing, len(candles.frame)) == (24, 1, 23)
        assert pd.Timestamp("2026-02-08 20:00", tz="UTC") not in candles.frame.index
        assert any("absurd bar at 2026-02-08 20:00 UTC" in p for p in candles.problems)
        assert any("absurd bar at 2026-02-08 20:00 UTC" in n and "treated as missing" in n for n in candles.notes)

        report = check_article(seed_article, store=store, now=NOW, market=market)
    reclaim = next(c for c in report.claims if c.claim.kind is ClaimKind.price_level)
    assert reclaim.verdict is Verdict.unverifiable
    assert "absurd bar" in reclaim.evidence.explanation


def test_an_absurd_bar_sends_the_claim_to_the_next_venue(tmp_path: Path) -> None:
    with _spiked_store(tmp_path, with_perp=True) as store:
        candles = MarketData(store, offline=True, now=lambda: NOW).candles("BTC", "1h", _d(2026, 2, 8, 1), _d(2026, 2, 9, 1))
    assert candles.complete and candles.exchange == "binanceusdm"
    assert "absurd bar" in candles.notes[0] and "lacks 1 of 24 bars; used BTC/USDT:USDT" in candles.notes[1]


def test_impossible_and_zero_volume_bars(tmp_path: Path) -> None:
    with Store(tmp_path / "m.sqlite") as store:
        hours = _shared("BTC-USDT_1h_binance-spot.csv", _d(2026, 2, 8), _d(2026, 2, 10))
        hours.loc[pd.Timestamp("2026-02-09 03:00", tz="UTC"), "volume"] = 0.0
        store.put_candles("binance", "BTC/USDT", "1h", hours, "test")
        market = MarketData(store, offline=True, now=lambda: NOW, venues=BINANCE_ONLY)
        quiet = market.candles("BTC", "1h", _d(2026, 2, 9), _d(2026, 2, 10))
        assert quiet.complete and quiet.notes == ()
        assert quiet.problems == ("zero volume: the bar at 2026-02-09 03:00 UTC traded nothing",)

        hours.loc[pd.Timestamp("2026-02-09 05:00", tz="UTC"), "low"] = 1e6  # low above high
        store.put_candles("binance", "BTC/USDT", "1h", hours, "test")
        broken = market.candles("BTC", "1h", _d(2026, 2, 9), _d(2026, 2, 10))
        assert broken.missing == 1 and "impossible bar at 2026-02-09 05:00 UTC" in broken.notes[0]


def test_hours_are_built_from_stored_minutes(tmp_path: Path) -> None:
    hours = _shared("BTC-USDT_1h_binance-spot.csv", _d(2026, 2, 9), _d(2026, 2, 9, 6))
    minutes = hours.loc[hours.index.repeat(60)].copy()
    minutes.index = pd.date_range("2026-02-09", periods=360, freq="1min", tz="UTC", name="timestamp")
    first = minutes.index.minute == 0
    minutes.loc[~first, ["open", "high", "low"]] = minutes.loc[~first, ["close"]].to_numpy().repeat(3, axis=1)
    minutes["volume"] /= 60
    with Store(tmp_path / "m.sqlite") as store:
        store.put_candles("binance", "BTC/USDT", "1m", minutes, "test")
        calls: list[object] = []
        market = MarketData(store, fetcher=lambda *a, **k: calls.append(a), now=lambda: NOW, venues=BINANCE_ONLY)
        candles = market.candles("BTC", "1h", _d(2026, 2, 9), _d(2026, 2, 9, 6))
    assert calls == []  # nothing fetched: the minutes cover it
    assert candles.complete and candles.notes == ("6 1h bars built from stored 1m bars",)
    cols = ["open", "high", "low", "close"]
    pd.testing.assert_frame_equal(candles.frame[cols], hours[cols], check_freq=False)


def test_days_are_built_from_stored_hours(market_store) -> None:
    candles = MarketData(market_store, offline=True, now=lambda: NOW).candles("BTC", "1d", _d(2026, 2, 1), _d(2026, 2, 11))
    daily = _shared("BTC-USDT_1d_binance-spot.csv", _d(2026, 2, 1), _d(2026, 2, 11))
    assert candles.complete and candles.exchange == "binance"
    assert candles.frame["close"].tolist() == daily["close"].tolist()
    assert candles.frame.index[-2] + timedelta(days=1) == pd.Timestamp("2026-02-10", tz="UTC")  # days close at 00:00 UTC


def test_every_venue_is_a_ccxt_exchange_with_the_bars_we_ask_for() -> None:
    """Offline: the ids and symbols the fallback would use exist in ccxt with 1m/1h/1d candles."""
    import ccxt

    from factcheck.market.data import VENUES

    assert [e for e, _ in VENUES["BTC"]] == ["binance", "binanceusdm", "coinbase", "kraken", "bitstamp", "okx", "bybit"]
    assert dict(VENUES["BTC"])["coinbase"] == "BTC/USD" and dict(VENUES["BTC"])["okx"] == "BTC/USDT"
    for exchange, _ in {v for venues in VENUES.values() for v in venues}:
        client = getattr(ccxt, exchange)()
        assert client.has["fetchOHLCV"], exchange
        assert {"1m", "1h", "1d"} <= set(client.timeframes), exchange


def test_a_window_read_twice_is_checked_once_and_a_write_is_seen(tmp_path: Path) -> None:
    """Claims of one article ask for the same window repeatedly; the checked answer is
    kept, and anything stored afterwards through the store replaces it."""
    with Store(tmp_path / "m.sqlite") as store:
        hours = _shared("BTC-USDT_1h_binance-spot.csv", _d(2026, 2, 8), _d(2026, 2, 10))
        store.put_candles("binance", "BTC/USDT", "1h", hours.drop(index=pd.Timestamp("2026-02-09 03:00", tz="UTC")), "test")
        market = MarketData(store, offline=True, now=lambda: NOW, venues=BINANCE_ONLY)
        first = market.candles("BTC", "1h", _d(2026, 2, 9), _d(2026, 2, 10))
        assert first.missing == 1 and any("gap" in p for p in first.problems)
        assert market.candles("BTC", "1h", _d(2026, 2, 9), _d(2026, 2, 10)).frame is first.frame
        store.put_candles("binance", "BTC/USDT", "1h", hours.loc[[pd.Timestamp("2026-02-09 03:00", tz="UTC")]], "test")
        filled = market.candles("BTC", "1h", _d(2026, 2, 9), _d(2026, 2, 10))
    assert filled.complete and filled.missing == 0 and len(filled.frame) == 24


def test_history_is_every_stored_bar_before_the_cut(tmp_path: Path) -> None:
    with Store(tmp_path / "m.sqlite") as store:
        hours = _shared("BTC-USDT_1h_binance-spot.csv", _d(2026, 1, 1), _d(2026, 2, 10))
        store.put_candles("binance", "BTC/USDT", "1h", hours, "test")
        market = MarketData(store, offline=True, now=lambda: NOW, venues=BINANCE_ONLY)
        cut = _d(2026, 2, 5, 13)
        seen = market.history("binance", "BTC/USDT", "1h", cut)
        assert seen.index[0] == hours.index[0] and seen.index[-1] == pd.Timestamp("2026-02-05 12:00", tz="UTC")
        assert seen["high"].max() == hours.loc[: pd.Timestamp("2026-02-05 12:00", tz="UTC"), "high"].max()
        later = hours.iloc[-1:].copy()
        later.index = later.index + pd.Timedelta(days=10)
        store.put_candles("binance", "BTC/USDT", "1h", later, "test")
        assert market.history("binance", "BTC/USDT", "1h", _d(2026, 3, 1)).index[-1] == later.index[0]
