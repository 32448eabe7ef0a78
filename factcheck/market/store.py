"""The embedded market-data store: one SQLite file on disk.

Why SQLite: it ships with Python (no server, no extra wheel), every write is
an atomic transaction so a crash or kill -9 mid-import loses nothing already
committed and never leaves a half-written file, and in WAL mode several
processes can read while one writes. Candles are keyed by
(source, symbol, timeframe, ts) so a re-import or re-fetch replaces rather
than duplicates, a window read is one seek in that key (WITHOUT ROWID: the
rows sit in key order), and each row keeps where it came from (`origin`).

The `fetched` table remembers every range an exchange answered for, with
when and where, including ranges that came back empty: an exchange that has
no bars for a span has answered, and is not asked again. (A request that
failed settled nothing and is not recorded.) A page of candles
and the range it settles are written in one transaction, so a fill killed
half-way keeps every page it finished and resumes where it stopped.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

import pandas as pd

from factcheck.errors import StoreError
from factcheck.market.sqlite_file import SqliteFile, default_path  # noqa: F401  (default_path: callers import it from here)
from factcheck.market.sqlite_file import epoch_ms as _ms

CANDLE_COLUMNS = ["open", "high", "low", "close", "volume"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS candles (
    source    TEXT NOT NULL,
    symbol    TEXT NOT NULL,
    timeframe TEXT NOT NULL,
    ts        INTEGER NOT NULL,          -- bar open time, ms since epoch, UTC
    open REAL NOT NULL, high REAL NOT NULL, low REAL NOT NULL, close REAL NOT NULL,
    volume    REAL,
    origin    TEXT NOT NULL,             -- file path or exchange URL it came from
    PRIMARY KEY (source, symbol, timeframe, ts)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS fetched (
    source     TEXT NOT NULL,
    symbol     TEXT NOT NULL,
    timeframe  TEXT NOT NULL,
    start      INTEGER NOT NULL,         -- ms since epoch, UTC, inclusive
    end        INTEGER NOT NULL,         -- ms since epoch, UTC, exclusive
    fetched_at INTEGER NOT NULL,         -- ms since epoch, UTC
    origin     TEXT NOT NULL,            -- the exchange (and URL) asked
    PRIMARY KEY (source, symbol, timeframe, start, end, fetched_at)
) WITHOUT ROWID;
"""

Span = tuple[datetime, datetime]
"""A half-open time range [start, end), UTC."""


@dataclass(frozen=True)
class Holding:
    """What the store holds for one series."""

    source: str
    symbol: str
    timeframe: str
    first: datetime
    last: datetime
    rows: int


def _time(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


def empty_candles() -> pd.DataFrame:
    """A candle frame with no rows, a copy of one built once: building it costs 20x the copy
    and the checks ask for one at every window a market has no bar in."""
    return _EMPTY.copy()


def _empty() -> pd.DataFrame:
    frame = pd.DataFrame(columns=CANDLE_COLUMNS, dtype="float64")
    frame.index = pd.DatetimeIndex([], tz="UTC", name="timestamp")
    return frame


_EMPTY = _empty()


class Store(SqliteFile):
    """Candles on disk. Open once per process; reads never block on a writer."""

    schema = _SCHEMA

    def put_candles(
        self, source: str, symbol: str, timeframe: str, candles: pd.DataFrame, origin: str
    ) -> int:
        """Store candles (index: UTC bar open time); a row already held is replaced."""
        if candles.empty:
            return 0
        rows = _rows(source, symbol, timeframe, candles, origin)
        with self._transaction() as db:
            db.executemany("INSERT OR REPLACE INTO candles VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        return len(rows)

    def put_fetched(
        self,
        source: str,
        symbol: str,
        timeframe: str,
        candles: pd.DataFrame,
        span: Span,
        origin: str,
        *,
        fetched_at: datetime | None = None,
    ) -> int:
        """Store one page from an exchange and the range it settles, together or not at all.

        `span` is what the exchange was asked and answered for: bars absent in
        it do not exist there, so the range is recorded even when `candles` is empty.
        """
        rows = _rows(source, symbol, timeframe, candles, origin) if not candles.empty else []
        start, end = _ms(span[0]), _ms(span[1])
        when = _ms(fetched_at or datetime.now(UTC))
        with self._transaction() as db:
            db.executemany("INSERT OR REPLACE INTO candles VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
            if start < end:
                db.execute(
                    "INSERT OR REPLACE INTO fetched VALUES (?,?,?,?,?,?,?)",
                    (source, symbol, timeframe, start, end, when, origin),
                )
        return len(rows)

    def candles(
        self, source: str, symbol: str, timeframe: str, start: datetime, end: datetime
    ) -> pd.DataFrame:
        """Candles whose bar opens in [start, end), oldest first."""
        try:
            cursor = self._db.execute(
                "SELECT ts, open, high, low, close, volume FROM candles "
                "WHERE source=? AND symbol=? AND timeframe=? AND ts>=? AND ts<? ORDER BY ts",
                (source, symbol, timeframe, _ms(start), _ms(end)),
            )
            rows = cursor.fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the market store at {self.path}: {exc}") from exc
        if not rows:
            return empty_candles()
        frame = pd.DataFrame(rows, columns=["timestamp", *CANDLE_COLUMNS])
        frame["timestamp"] = pd.to_datetime(frame["timestamp"], unit="ms", utc=True)
        return frame.set_index("timestamp").astype("float64")

    def peak(self, source: str, symbol: str, timeframe: str, end: datetime) -> tuple[datetime, float, datetime] | None:
        """The first stored bar opening before `end`, and the highest high among them with its bar's
        open time (the earliest if tied): what a record needs, counted in SQL rather than read row by row."""
        first = self._read("SELECT MIN(ts) FROM candles WHERE source=? AND symbol=? AND timeframe=? AND ts<?",
                           (source, symbol, timeframe, _ms(end)))
        if not first or first[0][0] is None:
            return None
        top = self._read("SELECT ts, high FROM candles WHERE source=? AND symbol=? AND timeframe=? AND ts<? "
                         "ORDER BY high DESC, ts ASC LIMIT 1", (source, symbol, timeframe, _ms(end)))
        return _time(first[0][0]), float(top[0][1]), _time(top[0][0])

    def fetched(self, source: str, symbol: str, timeframe: str, start: datetime, end: datetime) -> list[Span]:
        """The recorded exchange ranges overlapping [start, end), merged and clipped to it."""
        rows = self._read(
            "SELECT start, end FROM fetched WHERE source=? AND symbol=? AND timeframe=? AND start<? AND end>? "
            "ORDER BY start",
            (source, symbol, timeframe, _ms(end), _ms(start)),
        )
        return _merged([(max(a, _ms(start)), min(b, _ms(end))) for a, b in rows])

    def runs(
        self, source: str, symbol: str, timeframe: str, step: timedelta, start: datetime, end: datetime
    ) -> list[Span]:
        """The unbroken runs of stored bars in [start, end), each as [first open, last open + step).

        Counted in SQL (bar time minus its rank is constant along a run), so
        a year of minutes is read as a handful of spans, not half a million rows.
        """
        width = int(step.total_seconds() * 1000)
        rows = self._read(
            "SELECT MIN(ts), MAX(ts) FROM ("
            " SELECT ts, ts - ? * ROW_NUMBER() OVER (ORDER BY ts) AS run FROM candles"
            " WHERE source=? AND symbol=? AND timeframe=? AND ts>=? AND ts<?"
            ") GROUP BY run ORDER BY 1",
            (width, source, symbol, timeframe, _ms(start), _ms(end)),
        )
        return _merged([(lo, hi + width) for lo, hi in rows])

    def _read(self, sql: str, params: tuple[object, ...]) -> list[tuple[int, int]]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the market store at {self.path}: {exc}") from exc

    def holdings(self) -> list[Holding]:
        """Every series held, with its first and last bar and row count."""
        rows = self._db.execute(
            "SELECT source, symbol, timeframe, MIN(ts), MAX(ts), COUNT(*) FROM candles "
            "GROUP BY source, symbol, timeframe ORDER BY source, symbol, timeframe"
        ).fetchall()
        return [
            Holding(s, sym, tf, _time(lo), _time(hi), n)
            for s, sym, tf, lo, hi, n in rows
        ]

    def sources_for(self, symbol: str, timeframe: str) -> list[str]:
        rows = self._db.execute(
            "SELECT DISTINCT source FROM candles WHERE symbol=? AND timeframe=?",
            (symbol, timeframe),
        ).fetchall()
        return [r[0] for r in rows]


def _rows(
    source: str, symbol: str, timeframe: str, candles: pd.DataFrame, origin: str
) -> list[tuple[object, ...]]:
    index = pd.DatetimeIndex(candles.index)
    index = index.tz_localize("UTC") if index.tz is None else index.tz_convert("UTC")
    ts = (index.as_unit("ms").asi8).tolist()
    volume = candles["volume"] if "volume" in candles else pd.Series(float("nan"), candles.index)
    return [
        (source, symbol, timeframe, t, o, h, lo, c, None if pd.isna(v) else float(v), origin)
        for t, o, h, lo, c, v in zip(
            ts,
            candles["open"].astype(float),
            candles["high"].astype(float),
            candles["low"].astype(float),
            candles["close"].astype(float),
            volume,
            strict=True,
        )
    ]


def _merged(spans: list[tuple[int, int]]) -> list[Span]:
    """Overlapping or touching ms spans joined, as datetimes."""
    out: list[list[int]] = []
    for lo, hi in sorted(s for s in spans if s[0] < s[1]):
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(_time(lo), _time(hi)) for lo, hi in out]
