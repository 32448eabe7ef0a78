"""A local stand-in for Binance USDⓈ-M futures' REST API, for running ccxt's `binanceusdm` in tests.

It speaks what ccxt 4.5's `load_markets`, `fetch_funding_rate_history` and
`fetch_open_interest_history` ask for (see `binance.py` in ccxt):

    GET /fapi/v1/exchangeInfo          two perpetuals, BTCUSDT and ETHUSDT
    GET /fapi/v1/fundingRate           symbol, startTime, endTime, limit (default 100, max 1000)
    GET /futures/data/openInterestHist symbol, period, startTime, endTime, limit (default 30, max 500)

with data derived from ../shared/market, read in place:

* funding: the shared file holds only the DAILY MEAN of BTCUSDT's three 8h
  prints, so each day D is served as three prints at 00:00, 08:00 and 16:00
  UTC, each equal to that day's mean, rounded to 8 decimals as Binance writes
  rates. Their mean is the file's value; the prints themselves are made up.
  ETHUSDT has no funding data here (an empty list, as Binance gives for a
  range with none).
* open interest: the 40 daily values (USD) of the shared file for BTCUSDT and
  ETHUSDT. At a period shorter than 1d each day's value is held for all of
  that day's steps, so paging can be exercised. `sumOpenInterest` (in coins)
  is the value over the perpetual's open price of the day.

Like Binance, fundingRate answers from `startTime` onwards when a range holds
more rows than `limit`; for openInterestHist it answers the LATEST `limit`
rows of the range, the less convenient behaviour, so a client only passes if
it asks for windows that hold no more than a page. Faults come from
`LoopbackServer`.
"""

from __future__ import annotations

import bisect
import functools
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from loopback import LoopbackServer

MARKET = Path(__file__).resolve().parents[2] / "shared" / "market"
EXCHANGE_INFO = "/fapi/v1/exchangeInfo"
FUNDING = "/fapi/v1/fundingRate"
OPEN_INTEREST = "/futures/data/openInterestHist"
HOUR_MS = 3_600_000
PERIODS_MS = {
    "5m": 300_000, "15m": 900_000, "30m": 1_800_000, "1h": HOUR_MS, "2h": 2 * HOUR_MS,
    "4h": 4 * HOUR_MS, "6h": 6 * HOUR_MS, "12h": 12 * HOUR_MS, "1d": 24 * HOUR_MS,
}
BAD_PARAMETER = {"code": -1130, "msg": "Data sent for parameter 'limit' is not valid."}
INVALID_SYMBOL = {"code": -1121, "msg": "Invalid symbol."}
BAD_PERIOD = {"code": -1102, "msg": "Mandatory parameter 'period' was not sent, was empty/null, or malformed."}

Row = dict[str, object]


@dataclass(frozen=True)
class Rows:
    """One symbol's rows, sorted, with their times (ms) for bisecting."""

    times: list[int]
    rows: list[Row]

    def between(self, start: int | None, end: int | None, limit: int, *, latest: bool) -> list[Row]:
        lo = 0 if start is None else bisect.bisect_left(self.times, start)
        hi = len(self.times) if end is None else bisect.bisect_right(self.times, end)
        hits = self.rows[lo:hi]
        return hits[-limit:] if latest else hits[:limit]


def _ms(stamp: pd.Timestamp) -> int:
    return int(stamp.timestamp() * 1000)


@functools.cache
def funding_prints() -> dict[str, Rows]:
    """BTCUSDT's 8h prints, three a day, each the day's mean (see the module docstring)."""
    daily = pd.read_csv(MARKET / "BTC-USDT-PERP_funding_1d-mean_binance.csv", parse_dates=["timestamp"])
    times: list[int] = []
    rows: list[Row] = []
    for day, mean in zip(daily["timestamp"], daily["funding_rate_mean"], strict=True):
        for hour in (0, 8, 16):
            ms = _ms(day) + hour * HOUR_MS
            times.append(ms)
            rows.append({"symbol": "BTCUSDT", "fundingTime": ms, "fundingRate": f"{mean:.8f}"})
    return {"BTCUSDT": Rows(times, rows), "ETHUSDT": Rows([], [])}


@functools.cache
def open_interest(period: str) -> dict[str, Rows]:
    """Each symbol's open interest at `period` steps, from the 40 daily values."""
    daily = pd.read_csv(MARKET / "BTC-ETH_open-interest_1d_binance-usdm.csv", parse_dates=["timestamp"])
    step = PERIODS_MS[period]
    served: dict[str, Rows] = {}
    for symbol, column, prices in (
        ("BTCUSDT", "btc_oi_value_usd", "BTC-USDT-PERP_1d_binance-usdm-from1h.csv"),
        ("ETHUSDT", "eth_oi_value_usd", "ETH-USDT-PERP_1d_binance-usdm-from1h.csv"),
    ):
        opens = pd.read_csv(MARKET / prices, parse_dates=["timestamp"], index_col="timestamp")["open"]
        times: list[int] = []
        rows: list[Row] = []
        for day, value in zip(daily["timestamp"], daily[column], strict=True):
            coins = value / opens[day]
            for ms in range(_ms(day), _ms(day) + 24 * HOUR_MS, step):
                times.append(ms)
                rows.append(
                    {
                        "symbol": symbol,
                        "sumOpenInterest": f"{coins:.8f}",
                        "sumOpenInterestValue": f"{value:.8f}",
                        "CMCCirculatingSupply": "19950000.00",
                        "timestamp": ms,
                    }
                )
        served[symbol] = Rows(times, rows)
    return served


def _perpetual(symbol: str, base: str) -> Row:
    return {
        "symbol": symbol,
        "pair": symbol,
        "contractType": "PERPETUAL",
        "deliveryDate": 4133404800000,
        "onboardDate": 1569398400000,
        "status": "TRADING",
        "maintMarginPercent": "2.5000",
        "requiredMarginPercent": "5.0000",
        "baseAsset": base,
        "quoteAsset": "USDT",
        "marginAsset": "USDT",
        "pricePrecision": 2,
        "quantityPrecision": 3,
        "baseAssetPrecision": 8,
        "quotePrecision": 8,
        "underlyingType": "COIN",
        "underlyingSubType": ["PoW"],
        "settlePlan": 0,
        "triggerProtect": "0.0500",
        "liquidationFee": "0.012500",
        "marketTakeBound": "0.05",
        "filters": [
            {"filterType": "PRICE_FILTER", "minPrice": "0.10", "maxPrice": "4529764", "tickSize": "0.10"},
            {"filterType": "LOT_SIZE", "minQty": "0.001", "maxQty": "1000", "stepSize": "0.001"},
            {"filterType": "MARKET_LOT_SIZE", "minQty": "0.001", "maxQty": "120", "stepSize": "0.001"},
            {"filterType": "MAX_NUM_ORDERS", "limit": 200},
            {"filterType": "MIN_NOTIONAL", "notional": "100"},
            {"filterType": "PERCENT_PRICE", "multiplierUp": "1.0500", "multiplierDown": "0.9500",
             "multiplierDecimal": "4"},
        ],
        "orderTypes": ["LIMIT", "MARKET", "STOP", "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET",
                       "TRAILING_STOP_MARKET"],
        "timeInForce": ["GTC", "IOC", "FOK", "GTX", "GTD"],
    }


def exchange_info() -> dict[str, object]:
    """A minimal USDⓈ-M exchangeInfo that ccxt parses into BTC/USDT:USDT and ETH/USDT:USDT."""
    return {
        "timezone": "UTC",
        "serverTime": int(time.time() * 1000),
        "futuresType": "U_MARGINED",
        "rateLimits": [
            {"rateLimitType": "REQUEST_WEIGHT", "interval": "MINUTE", "intervalNum": 1, "limit": 2400},
            {"rateLimitType": "ORDERS", "interval": "MINUTE", "intervalNum": 1, "limit": 1200},
        ],
        "exchangeFilters": [],
        "assets": [{"asset": "USDT", "marginAvailable": True, "autoAssetExchange": "-10000"}],
        "symbols": [_perpetual("BTCUSDT", "BTC"), _perpetual("ETHUSDT", "ETH")],
    }


def _window(query: Mapping[str, str], default: int, most: int) -> tuple[int | None, int | None, int] | None:
    """startTime, endTime and limit from a query, or None when one is not a number or out of range."""
    try:
        limit = int(query.get("limit", default))
        start = int(query["startTime"]) if "startTime" in query else None
        end = int(query["endTime"]) if "endTime" in query else None
    except ValueError:
        return None
    return (start, end, limit) if 1 <= limit <= most else None


class BinanceFuturesServer(LoopbackServer):
    """Binance USDⓈ-M's market-data endpoints on 127.0.0.1."""

    name = "binance-futures-server"

    def funding(self, query: Mapping[str, str]) -> tuple[int, object]:
        window = _window(query, 100, 1000)
        if window is None:
            return 400, BAD_PARAMETER
        start, end, limit = window
        series = funding_prints().get(query.get("symbol", ""))
        if series is None:
            return 400, INVALID_SYMBOL
        # Without startTime Binance answers the latest prints, otherwise the earliest from startTime.
        return 200, series.between(start, end, limit, latest=start is None)

    def open_interest(self, query: Mapping[str, str]) -> tuple[int, object]:
        period = query.get("period", "")
        if period not in PERIODS_MS:
            return 400, BAD_PERIOD
        window = _window(query, 30, 500)
        if window is None:
            return 400, BAD_PARAMETER
        start, end, limit = window
        series = open_interest(period).get(query.get("symbol", ""))
        if series is None:
            return 400, INVALID_SYMBOL
        return 200, series.between(start, end, limit, latest=True)

    def answer(self, path: str, query: Mapping[str, str]) -> tuple[int, object]:
        if path == EXCHANGE_INFO:
            return 200, exchange_info()
        if path == "/fapi/v1/ping":
            return 200, {}
        if path == "/fapi/v1/time":
            return 200, {"serverTime": int(time.time() * 1000)}
        if path == FUNDING:
            return self.funding(query)
        if path == OPEN_INTEREST:
            return self.open_interest(query)
        return 404, {"code": -1, "msg": f"Unknown path {path}"}
