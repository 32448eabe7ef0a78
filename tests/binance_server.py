"""A local stand-in for Binance's spot REST API, for running real ccxt in tests.

It serves the real candles of `../shared/market/` on 127.0.0.1 (a free port),
speaks just enough of the API for ccxt's `load_markets` and `fetch_ohlcv`
(`/api/v3/exchangeInfo`, `/api/v3/klines`, `/api/v3/ping`, `/api/v3/time`),
and can be told to misbehave the way the real one does: 429 with Retry-After,
5xx bursts, slow answers, broken JSON, absurd rows, a 451 geo-block, missing
hours. Every request is logged, so a test can count them. The serving, the
request log and the faults are `LoopbackServer`'s, spoken with Binance's
bodies; klines are the default path of every fault.

    with BinanceServer() as server:
        server.rate_limit_next(2)
        fetch_candles(..., config=ExchangeConfig(base_url=server.url))
        assert server.paths().count("/api/v3/klines") == 3

It stops by itself after `lifetime` seconds, so a forgotten server cannot
outlive the test run.
"""

from __future__ import annotations

import bisect
import functools
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pandas as pd
from loopback import Fault, LoopbackServer

MARKET = Path(__file__).resolve().parents[1].parent / "shared" / "market"
HOUR_MS = 3_600_000
INTERVAL_MS = {"1h": HOUR_MS, "4h": 4 * HOUR_MS, "8h": 8 * HOUR_MS, "1d": 24 * HOUR_MS}
MAX_LIMIT = 1000
DEFAULT_LIMIT = 500
KLINES = "/api/v3/klines"

# Binance's own words, so ccxt meets the bodies it was written against.
GEO_BLOCK_BODY = {
    "code": 0,
    "msg": "Service unavailable from a restricted location according to 'b. Eligibility' "
    "in https://www.binance.com/en/terms. Please contact customer service if you "
    "believe you received this message in error.",
}
RATE_LIMIT_BODY = {
    "code": -1003,
    "msg": "Too many requests; current limit of IP is 6000 requests per minute. "
    "Please use WebSocket Streams for live updates to avoid polling the API.",
}
SERVER_ERROR_BODIES: dict[int, bytes] = {
    500: b'{"code":-1001,"msg":"Internal error; unable to process your request. Please try again."}',
    502: b"<html><body><h1>502 Bad Gateway</h1></body></html>",
    503: b'{"code":-1008,"msg":"Server is currently overloaded with other requests. Please try again in a few minutes."}',
    504: b"<html><body><h1>504 Gateway Time-out</h1></body></html>",
}

Row = list[object]
"""One kline as Binance sends it: open time, o, h, l, c, v, close time, quote volume, trades,
taker base volume, taker quote volume, "0"."""


Scripted = Fault
"""One canned reaction to the next request on a path (the name these tests have always used)."""


@dataclass
class Series:
    """One symbol at one interval: open times (ms, sorted) and their klines."""

    open_ms: list[int]
    rows: list[Row]


def _price(value: float) -> str:
    return f"{value:.8f}"


def _klines(frame: pd.DataFrame, interval_ms: int) -> Series:
    """Turns OHLCV rows into Binance klines; the fields the CSVs lack are made up consistently."""
    open_ms = [int(t.timestamp() * 1000) for t in frame.index]
    rows: list[Row] = []
    values = frame[["open", "high", "low", "close", "volume"]].itertuples(index=False)
    for ms, (o, h, low, c, v) in zip(open_ms, values):
        quote = v * (o + c) / 2
        rows.append(
            [ms, _price(o), _price(h), _price(low), _price(c), _price(v), ms + interval_ms - 1,
             _price(quote), int(v * 10) + 1, _price(v / 2), _price(quote / 2), "0"]
        )
    return Series(open_ms, rows)


def _read(name: str) -> pd.DataFrame:
    return pd.read_csv(MARKET / name, parse_dates=["timestamp"], index_col="timestamp")


def _resample(hourly: pd.DataFrame, rule: str, hours: int) -> pd.DataFrame:
    """Bars built from whole hours only, as Binance would have them; incomplete bars are dropped."""
    grouped = hourly.resample(rule, label="left", closed="left")
    bars = grouped.agg({"open": "first", "high": "max", "low": "min", "close": "last", "volume": "sum"})
    return bars[grouped["close"].count() == hours]


@functools.cache
def market_data() -> dict[tuple[str, str], Series]:
    """The candles served, keyed by (Binance symbol, interval); read once per test run."""
    data: dict[tuple[str, str], Series] = {}
    for symbol, stem in (("BTCUSDT", "BTC-USDT"), ("ETHUSDT", "ETH-USDT")):
        hourly = _read(f"{stem}_1h_binance-spot.csv")
        data[(symbol, "1h")] = _klines(hourly, HOUR_MS)
        data[(symbol, "4h")] = _klines(_resample(hourly, "4h", 4), 4 * HOUR_MS)
        data[(symbol, "8h")] = _klines(_resample(hourly, "8h", 8), 8 * HOUR_MS)
        daily = _read(f"{stem}_1d_binance-spot.csv") if stem == "BTC-USDT" else _resample(hourly, "1D", 24)
        data[(symbol, "1d")] = _klines(daily, 24 * HOUR_MS)
    return data


def _market(symbol: str, base: str, tick: str, step: str) -> dict[str, object]:
    return {
        "symbol": symbol,
        "status": "TRADING",
        "baseAsset": base,
        "baseAssetPrecision": 8,
        "quoteAsset": "USDT",
        "quotePrecision": 8,
        "quoteAssetPrecision": 8,
        "baseCommissionPrecision": 8,
        "quoteCommissionPrecision": 8,
        "orderTypes": ["LIMIT", "LIMIT_MAKER", "MARKET", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT"],
        "icebergAllowed": True,
        "ocoAllowed": True,
        "otoAllowed": True,
        "quoteOrderQtyMarketAllowed": True,
        "allowTrailingStop": True,
        "cancelReplaceAllowed": True,
        "isSpotTradingAllowed": True,
        "isMarginTradingAllowed": True,
        "filters": [
            {"filterType": "PRICE_FILTER", "minPrice": tick, "maxPrice": "1000000.00000000", "tickSize": tick},
            {"filterType": "LOT_SIZE", "minQty": step, "maxQty": "9000.00000000", "stepSize": step},
            {"filterType": "MARKET_LOT_SIZE", "minQty": "0.00000000", "maxQty": "100.00000000",
             "stepSize": "0.00000000"},
            {"filterType": "NOTIONAL", "minNotional": "5.00000000", "applyMinToMarket": True,
             "maxNotional": "9000000.00000000", "applyMaxToMarket": False, "avgPriceMins": 5},
            {"filterType": "MAX_NUM_ORDERS", "maxNumOrders": 200},
        ],
        "permissions": [],
        "permissionSets": [["SPOT", "MARGIN"]],
        "defaultSelfTradePreventionMode": "EXPIRE_MAKER",
        "allowedSelfTradePreventionModes": ["EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH"],
    }


def exchange_info() -> dict[str, object]:
    """A minimal exchangeInfo ccxt accepts: two spot markets with the filters it reads."""
    return {
        "timezone": "UTC",
        "serverTime": int(time.time() * 1000),
        "rateLimits": [
            {"rateLimitType": "REQUEST_WEIGHT", "interval": "MINUTE", "intervalNum": 1, "limit": 6000},
            {"rateLimitType": "ORDERS", "interval": "SECOND", "intervalNum": 10, "limit": 100},
            {"rateLimitType": "RAW_REQUESTS", "interval": "MINUTE", "intervalNum": 5, "limit": 61000},
        ],
        "exchangeFilters": [],
        "symbols": [
            _market("BTCUSDT", "BTC", "0.01000000", "0.00001000"),
            _market("ETHUSDT", "ETH", "0.01000000", "0.00010000"),
        ],
    }


class BinanceServer(LoopbackServer):
    """A fake Binance spot REST server on 127.0.0.1, one per test, used as a context manager."""

    name = "binance-server"
    default_path = KLINES
    rate_limit_body = json.dumps(RATE_LIMIT_BODY).encode()
    server_error_bodies = SERVER_ERROR_BODIES
    content_type = "application/json;charset=UTF-8"

    def __init__(self, *, lifetime: float = 120.0) -> None:
        market_data()  # read the candles before serving, not during the first request
        self._gaps: list[tuple[int, int]] = []
        super().__init__(lifetime=lifetime)

    # --- Binance's own faults ----------------------------------------------------

    def malformed_next(self, n: int, *, path: str = KLINES) -> None:
        """A truncated JSON body with a JSON content type and status 200."""
        self.send_next(n, path, b'[[1704067200000,"42283.58000000","42554.5')

    def corrupt_next(self, n: int, change: Callable[[list[Row]], list[Row]], *, path: str = KLINES) -> None:
        """Serves the next `n` pages passed through `change` (e.g. a row with high below low)."""
        self.change_next(n, change, path)

    def block(self, status: int = 451) -> None:
        """Refuses every request from now on, as Binance does from a restricted country."""
        self.refuse_all(status, json.dumps(GEO_BLOCK_BODY).encode())

    def drop(self, start: datetime, end: datetime) -> None:
        """Serves no bar whose open time lies in [start, end), on every symbol and interval."""
        with self._lock:
            self._gaps.append((int(start.timestamp() * 1000), int(end.timestamp() * 1000)))

    # --- serving -----------------------------------------------------------------

    def _in_gap(self, ms: int) -> bool:
        return any(lo <= ms < hi for lo, hi in self._gaps)

    def klines(self, query: Mapping[str, str]) -> tuple[int, object]:
        """Binance's klines: bars whose open time lies in [startTime, endTime], at most `limit` of them."""
        symbol, interval = query.get("symbol"), query.get("interval")
        if not symbol or not interval:
            return 400, {"code": -1102, "msg": "Mandatory parameter 'symbol' was not sent."}
        if (symbol, "1h") not in market_data():
            return 400, {"code": -1121, "msg": "Invalid symbol."}
        series = market_data().get((symbol, interval))
        if series is None:
            return 400, {"code": -1120, "msg": "Invalid interval."}
        try:
            limit = int(query.get("limit", DEFAULT_LIMIT))
            start = int(query["startTime"]) if "startTime" in query else None
            end = int(query["endTime"]) if "endTime" in query else None
        except ValueError:
            return 400, {"code": -1100, "msg": "Illegal characters found in a parameter."}
        if not 1 <= limit <= MAX_LIMIT:
            return 400, {"code": -1130, "msg": "Data sent for parameter 'limit' is not valid."}
        lo = 0 if start is None else bisect.bisect_left(series.open_ms, start)
        hi = len(series.open_ms) if end is None else bisect.bisect_right(series.open_ms, end)
        with self._lock:
            rows = [series.rows[i] for i in range(lo, hi) if not self._in_gap(series.open_ms[i])]
        # Without startTime Binance answers the most recent bars, otherwise the earliest.
        rows = rows[-limit:] if start is None else rows[:limit]
        return 200, rows

    def answer(self, path: str, query: Mapping[str, str]) -> tuple[int, object]:
        """The normal answer to a request, before any fault."""
        if path == "/api/v3/exchangeInfo":
            return 200, exchange_info()
        if path == "/api/v3/ping":
            return 200, {}
        if path == "/api/v3/time":
            return 200, {"serverTime": int(time.time() * 1000)}
        if path == KLINES:
            return self.klines(query)
        return 404, {"code": -1, "msg": f"Unknown path {path}"}
