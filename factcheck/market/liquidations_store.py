"""Realised liquidations on disk, beside the candles and metrics (`LiquidationStore(store.path)`).

A liquidation is one forced close of one position on one venue: when, which
side of the market the position was on (a `long` liquidated is a forced sell,
a `short` a forced buy), and its notional in USD (USDT counted as USD). Few
venues publish them (see `market.liquidations`), and the public answers carry
no stable id, so a range is stored as a whole: the rows of a window fetched
replace whatever the store held in it, in the same transaction that records
the window as answered (`liquidations_fetched`), empty answers included. A
fill killed half-way keeps every window it finished, and a window is never
fetched twice.

    liquidations          source, symbol, ts (ms, UTC), seq, position, usd, origin
    liquidations_fetched  source, symbol, start, end (ms, [start, end)), fetched_at, origin

`seq` tells apart liquidations of the same venue and millisecond (their order
in the venue's answer).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from factcheck.errors import StoreError
from factcheck.market.plan import merge
from factcheck.market.sqlite_file import SqliteFile
from factcheck.market.sqlite_file import epoch_ms as _ms
from factcheck.market.store import Span

Position = Literal["long", "short"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS liquidations (
    source   TEXT NOT NULL,              -- the venue: gate, htx
    symbol   TEXT NOT NULL,              -- the perpetual, e.g. BTC/USDT:USDT
    ts       INTEGER NOT NULL,           -- ms since epoch, UTC
    seq      INTEGER NOT NULL,           -- order among the venue's liquidations of the same ms
    position TEXT NOT NULL CHECK (position IN ('long', 'short')),
    usd      REAL NOT NULL CHECK (usd >= 0),
    origin   TEXT NOT NULL,              -- the exchange (and URL) asked
    PRIMARY KEY (source, symbol, ts, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS liquidations_fetched (
    source     TEXT NOT NULL,
    symbol     TEXT NOT NULL,
    start      INTEGER NOT NULL,         -- ms since epoch, UTC, inclusive
    end        INTEGER NOT NULL,         -- ms since epoch, UTC, exclusive
    fetched_at INTEGER NOT NULL,
    origin     TEXT NOT NULL,
    PRIMARY KEY (source, symbol, start, end, fetched_at)
) WITHOUT ROWID;
"""


@dataclass(frozen=True)
class Liquidation:
    """One position force-closed on a venue."""

    time: datetime
    position: Position
    usd: float


@dataclass(frozen=True)
class Tally:
    """Liquidations of one venue and symbol over a range, by the side of the positions closed."""

    long_usd: float = 0.0
    short_usd: float = 0.0
    longs: int = 0
    shorts: int = 0

    @property
    def total_usd(self) -> float:
        return self.long_usd + self.short_usd

    @property
    def count(self) -> int:
        return self.longs + self.shorts

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.long_usd + other.long_usd, self.short_usd + other.short_usd,
            self.longs + other.longs, self.shorts + other.shorts,
        )


def _time(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


class LiquidationStore(SqliteFile):
    """Realised liquidations per venue and perpetual, and the ranges each venue has answered for."""

    schema = _SCHEMA

    def put_window(
        self,
        source: str,
        symbol: str,
        window: Span,
        rows: Sequence[Liquidation],
        origin: str,
        *,
        settled: Span | None = None,
        fetched_at: datetime | None = None,
    ) -> int:
        """Replaces the liquidations held in `window` with `rows` and records `settled` as answered.

        `settled` (default: the whole window) is the part the venue's silence
        can be trusted for: a window reaching into the last minutes may still
        gain liquidations, so it is stored but not recorded. Rows outside
        `window` are refused: they belong to another answer. Returns how many
        rows were stored.
        """
        lo, hi = _ms(window[0]), _ms(window[1])
        keyed: list[tuple[str, str, int, int, str, float, str]] = []
        seen: dict[int, int] = {}
        for row in sorted(rows, key=lambda r: r.time):
            ts = _ms(row.time)
            if not lo <= ts < hi:
                raise ValueError(f"a liquidation at {row.time} lies outside the window {window[0]}..{window[1]}")
            seq = seen.get(ts, 0)
            seen[ts] = seq + 1
            keyed.append((source, symbol, ts, seq, row.position, float(row.usd), origin))
        known = window if settled is None else settled
        stamp = _ms(fetched_at or datetime.now(UTC))
        with self._transaction() as db:
            db.execute("DELETE FROM liquidations WHERE source=? AND symbol=? AND ts>=? AND ts<?", (source, symbol, lo, hi))
            db.executemany("INSERT INTO liquidations VALUES (?,?,?,?,?,?,?)", keyed)
            if _ms(known[0]) < _ms(known[1]):
                db.execute(
                    "INSERT OR REPLACE INTO liquidations_fetched VALUES (?,?,?,?,?,?)",
                    (source, symbol, _ms(known[0]), _ms(known[1]), stamp, origin),
                )
        return len(keyed)

    def fetched(self, source: str, symbol: str, start: datetime, end: datetime) -> list[Span]:
        """The parts of [start, end) the venue has answered for, merged, oldest first."""
        lo, hi = _ms(start), _ms(end)
        try:
            rows = self._db.execute(
                "SELECT start, end FROM liquidations_fetched WHERE source=? AND symbol=? AND end>? AND start<?",
                (source, symbol, lo, hi),
            ).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the market store at {self.path}: {exc}") from exc
        return [(_time(max(a, lo)), _time(min(b, hi))) for a, b in merge(rows)]

    def missing(self, source: str, symbol: str, start: datetime, end: datetime) -> list[Span]:
        """The parts of [start, end) no answer of the venue covers yet."""
        out: list[Span] = []
        cursor = start
        for lo, hi in self.fetched(source, symbol, start, end):
            if lo > cursor:
                out.append((cursor, lo))
            cursor = max(cursor, hi)
        if cursor < end:
            out.append((cursor, end))
        return out

    def tally(self, source: str, symbol: str, start: datetime, end: datetime) -> Tally:
        """The venue's liquidations in [start, end), summed by side."""
        try:
            rows = self._db.execute(
                "SELECT position, COUNT(*), COALESCE(SUM(usd), 0) FROM liquidations "
                "WHERE source=? AND symbol=? AND ts>=? AND ts<? GROUP BY position",
                (source, symbol, _ms(start), _ms(end)),
            ).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the market store at {self.path}: {exc}") from exc
        by_side = {position: (count, usd) for position, count, usd in rows}
        longs, long_usd = by_side.get("long", (0, 0.0))
        shorts, short_usd = by_side.get("short", (0, 0.0))
        return Tally(float(long_usd), float(short_usd), int(longs), int(shorts))
