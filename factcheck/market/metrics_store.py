"""Market series that are one number per time (Fear & Greed, funding, open interest, market cap).

They live in the candles' SQLite file (same path, same WAL journal, so one
file holds everything fetched and two connections can read while one writes),
but in a table of their own: a candle has five prices and a fixed interval,
while these come one value at a time and at irregular steps (8h funding
prints, hourly snapshots, a daily index). Rows are keyed by
(source, series, symbol, ts), so a re-import or re-fetch replaces rather than
duplicates, and each row keeps where it came from (`origin`).

The series, their units, and what `ts` (ms since epoch, UTC) means:

    fear_greed            index 0..100, symbol "-"; the UTC day it was published (00:00)
    funding_rate          fraction per 8h; the funding time
    funding_rate_1d_mean  mean of a UTC day's 8h prints, fraction per 8h; the day (00:00) *
    funding_rate_1d_abs_mean  mean of the same prints' absolute values; above |mean|, the day
                          held prints of both signs *
    funding_rate_1h       Hyperliquid's rate, fraction per hour; the snapshot time
    open_interest_usd     notional open interest in USD; the moment it was measured
    market_cap_usd        USD, Coin Metrics: the value at the END of day D, ts = D 00:00 *
    price_usd             Coin Metrics' price at the end of day D, ts = D 00:00 *
    price_usd_snapshot    CoinGecko's price at the snapshot time
    mark_price            Hyperliquid's mark price at the snapshot time

* labelled like a daily candle, by the day they describe: known only once that
  day is over, so a check at a time t may use them only up to the day before t's.

A new series is new rows, not a new column: a store written before a series
existed reads as before, simply without it (an empty series).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

import pandas as pd

from factcheck.errors import StoreError
from factcheck.market.sqlite_file import SqliteFile
from factcheck.market.sqlite_file import epoch_ms as _ms

FEAR_GREED = "fear_greed"
FUNDING_RATE = "funding_rate"
FUNDING_RATE_1D_MEAN = "funding_rate_1d_mean"
FUNDING_RATE_1D_ABS_MEAN = "funding_rate_1d_abs_mean"
FUNDING_RATE_1H = "funding_rate_1h"
OPEN_INTEREST_USD = "open_interest_usd"
MARKET_CAP_USD = "market_cap_usd"
PRICE_USD = "price_usd"
PRICE_USD_SNAPSHOT = "price_usd_snapshot"
MARK_PRICE = "mark_price"
NO_SYMBOL = "-"
"""The symbol of a series about the whole market (the Fear & Greed index)."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS metrics (
    source TEXT NOT NULL,               -- alternative.me, binanceusdm, coinmetrics, ...
    series TEXT NOT NULL,               -- fear_greed, funding_rate, open_interest_usd, ...
    symbol TEXT NOT NULL,               -- BTC/USDT:USDT, BTC/USD, or '-' for the whole market
    ts     INTEGER NOT NULL,            -- ms since epoch, UTC
    value  REAL NOT NULL,
    origin TEXT NOT NULL,               -- file path or URL it came from
    PRIMARY KEY (source, series, symbol, ts)
) WITHOUT ROWID;
"""

Part = tuple[str, str, str, pd.Series]
"""(source, series, symbol, values indexed by UTC time): one series to store."""


@dataclass(frozen=True)
class MetricHolding:
    """What the store holds for one series of one symbol from one source."""

    source: str
    series: str
    symbol: str
    first: datetime
    last: datetime
    rows: int


def _utc_index(index: pd.Index) -> pd.DatetimeIndex:
    times = pd.DatetimeIndex(index)
    return times.tz_localize("UTC") if times.tz is None else times.tz_convert("UTC")


def empty_metric(series: str = "value") -> pd.Series:
    """No values: float64, an empty UTC DatetimeIndex named `timestamp`."""
    return pd.Series([], index=pd.DatetimeIndex([], tz="UTC", name="timestamp"), dtype="float64", name=series)


class MetricsStore(SqliteFile):
    """Non-OHLCV series on disk, beside the candles (`MetricsStore(store.path)`)."""

    schema = _SCHEMA

    def put(self, source: str, series: str, symbol: str, values: pd.Series, origin: str) -> int:
        """Stores one series (index: UTC times; naive means UTC); a value already held at a time is replaced.

        Missing values (NaN) are not stored: absent is what missing means here.
        Returns how many values were stored.
        """
        return self.put_all([(source, series, symbol, values)], origin)

    def put_all(self, parts: Iterable[Part], origin: str) -> int:
        """Stores several series in one transaction: all of them land, or none does."""
        rows: list[tuple[str, str, str, int, float, str]] = []
        for source, series, symbol, values in parts:
            numbers = pd.to_numeric(values, errors="raise").astype("float64")
            kept = numbers[numbers.notna()]
            stamps = _utc_index(kept.index).as_unit("ms").asi8.tolist()
            rows += [
                (source, series, symbol, ts, value, origin)
                for ts, value in zip(stamps, kept.tolist(), strict=True)
            ]
        if not rows:
            return 0
        with self._transaction() as db:
            db.executemany("INSERT OR REPLACE INTO metrics VALUES (?,?,?,?,?,?)", rows)
        return len(rows)

    def get(self, source: str, series: str, symbol: str, start: datetime, end: datetime) -> pd.Series:
        """Values whose time lies in [start, end), oldest first, indexed by UTC time."""
        try:
            rows = self._db.execute(
                "SELECT ts, value FROM metrics "
                "WHERE source=? AND series=? AND symbol=? AND ts>=? AND ts<? ORDER BY ts",
                (source, series, symbol, _ms(start), _ms(end)),
            ).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the market store at {self.path}: {exc}") from exc
        if not rows:
            return empty_metric(series)
        index = pd.DatetimeIndex(pd.to_datetime([ts for ts, _ in rows], unit="ms", utc=True), name="timestamp")
        return pd.Series([value for _, value in rows], index=index, dtype="float64", name=series)

    def holdings(self) -> list[MetricHolding]:
        """Every (source, series, symbol) held, with its first and last time and row count."""
        try:
            rows = self._db.execute(
                "SELECT source, series, symbol, MIN(ts), MAX(ts), COUNT(*) FROM metrics "
                "GROUP BY source, series, symbol ORDER BY source, series, symbol"
            ).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the market store at {self.path}: {exc}") from exc
        return [
            MetricHolding(
                source,
                series,
                symbol,
                datetime.fromtimestamp(first / 1000, UTC),
                datetime.fromtimestamp(last / 1000, UTC),
                count,
            )
            for source, series, symbol, first, last, count in rows
        ]
