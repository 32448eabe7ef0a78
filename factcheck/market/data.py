"""Market data for a claim: the store first, an exchange only for what is missing.

A `Candles` value says exactly what it is (exchange, symbol, timeframe, window)
and which bars are missing, so a verifier can refuse to rest a verdict on a
gap. Network failures never escape as errors here: they become a note on an
incomplete `Candles`, and the verdict becomes `unverifiable` with that reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import pandas as pd

from factcheck.errors import MarketDataError
from factcheck.market.store import Store, empty_candles

_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}

# Where each asset trades, best source first. The spot market is the reference;
# the perpetual fills spot gaps (median basis 0.05% on the shared data).
VENUES: dict[str, list[tuple[str, str]]] = {
    "BTC": [("binance", "BTC/USDT"), ("binanceusdm", "BTC/USDT:USDT")],
    "ETH": [("binance", "ETH/USDT"), ("binanceusdm", "ETH/USDT:USDT")],
    "SOL": [("binance", "SOL/USDT"), ("binanceusdm", "SOL/USDT:USDT")],
    "XRP": [("binance", "XRP/USDT"), ("binanceusdm", "XRP/USDT:USDT")],
    "BNB": [("binance", "BNB/USDT")],
    "DOGE": [("binance", "DOGE/USDT")],
}


def timeframe_delta(timeframe: str) -> timedelta:
    """'1h' -> 1 hour."""
    amount, unit = int(timeframe[:-1]), timeframe[-1]
    return timedelta(**{_UNITS[unit]: amount})


def floor_time(t: datetime, timeframe: str) -> datetime:
    step = timeframe_delta(timeframe)
    epoch = datetime(1970, 1, 1, tzinfo=timezone.utc)
    return epoch + ((t - epoch) // step) * step


@dataclass(frozen=True)
class Candles:
    """Bars of one series over [start, end), with what is missing and why."""

    frame: pd.DataFrame
    exchange: str
    symbol: str
    timeframe: str
    start: datetime
    end: datetime
    missing: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def complete(self) -> bool:
        return self.missing == 0 and not self.frame.empty

    @property
    def expected(self) -> int:
        return max(0, int((self.end - self.start) / timeframe_delta(self.timeframe)))


Fetcher = Callable[[str, str, str, datetime, datetime], pd.DataFrame]


def ccxt_fetcher(timeout: float = 10.0, base_url: str | None = None) -> Fetcher:
    """Fetch through ccxt; `base_url` points every exchange at one server (tests)."""

    def fetch(exchange: str, symbol: str, timeframe: str, start: datetime, end: datetime) -> pd.DataFrame:
        from factcheck.market.exchange import ExchangeConfig, fetch_candles

        config = ExchangeConfig(exchange_id=exchange, timeout=timeout, base_url=base_url)
        return fetch_candles(symbol, timeframe, start, end, config=config)

    return fetch


class MarketData:
    """Answers 'give me these bars' from the store, fetching and keeping what it lacks."""

    def __init__(
        self,
        store: Store,
        *,
        offline: bool = False,
        fetcher: Fetcher | None = None,
        timeout: float = 10.0,
        now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
    ) -> None:
        self.store = store
        self.offline = offline
        self.fetcher = fetcher or ccxt_fetcher(timeout)
        self.now = now
        self._failed: dict[str, str] = {}  # exchange -> why it failed this run

    def candles(self, asset: str, timeframe: str, start: datetime, end: datetime) -> Candles:
        """The most complete series for `asset` over [start, end) from its venues."""
        venues = VENUES.get(asset.upper())
        # Only bars that had closed by `end` (no lookahead): [floor(start), floor(end)).
        start = floor_time(start, timeframe)
        end = floor_time(min(end, self.now()), timeframe)
        if not venues:
            return Candles(
                empty_candles(), "-", f"{asset}/USDT", timeframe, start, end, 0,
                (f"no market is known for {asset}",),
            )
        best: Candles | None = None
        notes: list[str] = []  # why the preferred venues fell short
        for exchange, symbol in venues:
            got = self._series(exchange, symbol, timeframe, start, end, notes)
            if got.complete:
                fallback = ()
                if best is not None:
                    fallback = (
                        f"{best.symbol} on {best.exchange} lacks {best.missing} of {best.expected} bars; "
                        f"used {symbol} on {exchange}",
                    )
                return Candles(got.frame, exchange, symbol, timeframe, start, end, 0, fallback)
            if best is None or got.missing < best.missing:
                best = got
        assert best is not None
        return Candles(
            best.frame, best.exchange, best.symbol, timeframe, start, end, best.missing, tuple(notes)
        )

    def _series(
        self, exchange: str, symbol: str, timeframe: str, start: datetime, end: datetime, notes: list[str]
    ) -> Candles:
        frame = self.store.candles(exchange, symbol, timeframe, start, end)
        expected = max(0, int((end - start) / timeframe_delta(timeframe)))
        if len(frame) < expected and not self.offline and exchange in self._failed:
            notes.append(f"{exchange} could not be reached: {self._failed[exchange]}")
        elif len(frame) < expected and not self.offline:
            try:
                fetched = self.fetcher(exchange, symbol, timeframe, start, end)
            except MarketDataError as exc:
                self._failed[exchange] = str(exc)
                notes.append(f"{exchange} could not be reached: {exc}")
            else:
                if not fetched.empty:
                    origin = f"ccxt:{exchange}"
                    self.store.put_candles(exchange, symbol, timeframe, fetched, origin)
                    frame = self.store.candles(exchange, symbol, timeframe, start, end)
        return Candles(frame, exchange, symbol, timeframe, start, end, max(0, expected - len(frame)))
