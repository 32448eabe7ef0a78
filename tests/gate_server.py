"""A local stand-in for Gate's USDT-settled futures REST API, for running ccxt's `gate` in tests.

It speaks what ccxt 4.5's `load_markets` (swap markets only, no currency
list, as `ExchangeSession(markets="swap")` asks) and `fetch_liquidations`
ask for (see `gate.py` in ccxt and Gate's API v4 reference):

    GET /api/v4/futures/usdt/contracts   two perpetuals, BTC_USDT and ETH_USDT
    GET /api/v4/futures/usdt/liq_orders  contract, from, to (seconds, both ends
                                         included, at most 3,600 apart), limit
                                         (default 100, at most 1,000)

Like Gate it answers the NEWEST `limit` liquidations of a range, newest
first, and refuses a range wider than an hour with its own error body.

The liquidations are made up, since no liquidation history is public: each
hour of the real 1h candles in ../shared/market (read in place) gets a
number of liquidations that grows with the hour's move (5 plus 2 per 0.1%),
more of them on the side the move hurt (longs in a falling hour, shorts in a
rising one) the larger the move (half in a flat hour, 95% from a 0.9% move
on), at prices inside the hour's range, with sizes drawn
from a generator seeded by the hour, so every run serves the same rows.
Faults come from `LoopbackServer`.
"""

from __future__ import annotations

import bisect
import functools
import random
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from loopback import LoopbackServer

MARKET = Path(__file__).resolve().parents[2] / "shared" / "market"
CONTRACTS = "/api/v4/futures/usdt/contracts"
LIQ_ORDERS = "/api/v4/futures/usdt/liq_orders"
MULTIPLIER = {"BTC_USDT": 0.0001, "ETH_USDT": 0.01}
"""Coins per contract (Gate's quanto_multiplier)."""
HOUR = 3600

Row = dict[str, object]


def _error(label: str, message: str) -> dict[str, str]:
    return {"label": label, "message": message}


@dataclass(frozen=True)
class Tape:
    """One contract's liquidations, oldest first, with their times (s) for bisecting."""

    times: list[int]
    rows: list[Row]

    def between(self, start: int, end: int) -> list[Row]:
        """Rows whose time lies in [start, end] (seconds), oldest first."""
        return self.rows[bisect.bisect_left(self.times, start) : bisect.bisect_right(self.times, end)]


def _hour(contract: str, start: int, o: float, h: float, low: float, c: float) -> list[Row]:
    """The made-up liquidations of one hour (see the module docstring)."""
    draw = random.Random(f"{contract}:{start}")
    move = (c - o) / o
    hurt = 1 if move < 0 else -1  # positions closed: +size a long, -size a short
    lopsided = 0.5 + min(0.45, abs(move) * 50)
    rows = []
    for _ in range(5 + int(abs(move) * 2000)):
        side = hurt if draw.random() < lopsided else -hurt
        contracts = draw.randint(50, 20_000) if contract == "BTC_USDT" else draw.randint(50, 5_000)
        price = round(draw.uniform(low, h), 1)
        rows.append(
            {
                "time": start + draw.randrange(HOUR),
                "contract": contract,
                "size": side * contracts,
                "order_price": f"{price * (1 - 0.002 * side):.1f}",
                "fill_price": f"{price:.1f}",
                "left": 0,
            }
        )
    return sorted(rows, key=lambda row: int(row["time"]))  # type: ignore[call-overload]


@functools.cache
def tapes() -> dict[str, Tape]:
    """The liquidations served, per contract; built once per test run."""
    served: dict[str, Tape] = {}
    for contract, stem in (("BTC_USDT", "BTC-USDT-PERP"), ("ETH_USDT", "ETH-USDT-PERP")):
        hourly = pd.read_csv(MARKET / f"{stem}_1h_binance-usdm.csv", parse_dates=["timestamp"])
        hourly = hourly[hourly["timestamp"] >= pd.Timestamp("2025-10-01", tz="UTC")]
        rows: list[Row] = []
        for when, o, h, low, c in hourly[["timestamp", "open", "high", "low", "close"]].itertuples(index=False):
            rows += _hour(contract, int(when.timestamp()), o, h, low, c)
        served[contract] = Tape([int(row["time"]) for row in rows], rows)  # type: ignore[call-overload]
    return served


def usd(row: Row) -> float:
    """A row's notional as ccxt computes it: |size - left| x quanto_multiplier x fill_price."""
    contracts = abs(int(row["size"]) - int(row["left"]))  # type: ignore[call-overload]
    return contracts * MULTIPLIER[str(row["contract"])] * float(row["fill_price"])  # type: ignore[arg-type]


def _contract(name: str, mark: str, round_to: str) -> Row:
    return {
        "name": name,
        "type": "direct",
        "quanto_multiplier": str(MULTIPLIER[name]),
        "leverage_min": "1",
        "leverage_max": "125",
        "maintenance_rate": "0.004",
        "mark_type": "index",
        "mark_price": mark,
        "index_price": mark,
        "last_price": mark,
        "maker_fee_rate": "-0.0001",
        "taker_fee_rate": "0.00075",
        "order_price_round": round_to,
        "mark_price_round": round_to,
        "funding_rate": "0.0001",
        "funding_interval": 28800,
        "funding_next_apply": 1770624000,
        "risk_limit_base": "1000000",
        "risk_limit_step": "1000000",
        "risk_limit_max": "20000000",
        "order_size_min": 1,
        "order_size_max": 1000000,
        "order_price_deviate": "0.05",
        "ref_discount_rate": "0",
        "ref_rebate_rate": "0.2",
        "orderbook_id": 1,
        "trade_id": 1,
        "trade_size": 1,
        "position_size": 1,
        "config_change_time": 1700000000,
        "in_delisting": False,
        "orders_limit": 100,
        "enable_bonus": True,
        "enable_credit": True,
        "create_time": 1569398400,
        "status": "trading",
        "enable_decimal": False,
    }


def contracts() -> list[Row]:
    """What ccxt parses into BTC/USDT:USDT and ETH/USDT:USDT."""
    return [_contract("BTC_USDT", "70500.0", "0.1"), _contract("ETH_USDT", "2100.00", "0.01")]


class GateServer(LoopbackServer):
    """Gate's USDT futures contracts and public liquidation history on 127.0.0.1."""

    name = "gate-server"

    def __init__(self, *, lifetime: float = 60.0) -> None:
        tapes()  # read the candles before serving, not during the first request
        super().__init__(lifetime=lifetime)

    def liquidations(self, query: Mapping[str, str]) -> tuple[int, object]:
        tape = tapes().get(query.get("contract", ""))
        if tape is None:
            return 400, _error("CONTRACT_NOT_FOUND", "Contract not found")
        try:
            limit = int(query.get("limit", "100"))
            end = int(query["to"]) if "to" in query else None
            start = int(query["from"]) if "from" in query else None
        except ValueError:
            return 400, _error("INVALID_PARAM_VALUE", "Invalid parameter value")
        if not 1 <= limit <= 1000:
            return 400, _error("INVALID_PARAM_VALUE", "limit must be between 1 and 1000")
        end = end if end is not None else tape.times[-1]
        start = start if start is not None else end - HOUR
        if end - start > HOUR:
            return 400, _error("INVALID_PARAM_VALUE", "Interval between from and to cannot exceed 3600")
        return 200, tape.between(start, end)[::-1][:limit]  # newest first, the newest `limit`

    def answer(self, path: str, query: Mapping[str, str]) -> tuple[int, object]:
        if path == CONTRACTS:
            return 200, contracts()
        if path == LIQ_ORDERS:
            return self.liquidations(query)
        return 404, _error("NOT_FOUND", f"Unknown path {path}")
