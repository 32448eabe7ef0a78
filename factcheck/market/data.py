"""Market data for a claim: the store first, an exchange only for what is missing.

A `Candles` value says exactly what it is (exchange, symbol, timeframe, window)
and which bars are missing, so a verifier can refuse to rest a verdict on a
gap. Network failures never escape as errors here: they become a note on an
incomplete `Candles`, and the verdict becomes `unverifiable` with that reason.

Where the bars come from, in order: the series itself in the store; bars
built from a finer series the store holds (1m -> 1h -> 4h/8h/1d); the
exchange, asked only for the ranges the store does not cover (see `plan`).
Each asset has venues in order (`VENUES`); the next venue is used when one
lacks bars, or refuses us (HTTP 451 geo-block, 403), and the notes say so.
Every window is checked (`quality.assess`); an impossible or absurd bar is
treated as a missing one, so no verdict rests on it.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pandas as pd

from factcheck.errors import ExchangeUnavailable, MarketDataError
from factcheck.market.plan import CcxtFetcher, Fetcher, FillResult, Need, execute, plan
from factcheck.market.quality import NEIGHBOURS, assess
from factcheck.market.read_cache import ReadCache
from factcheck.market.store import Store, empty_candles
from factcheck.market.timeframes import (
    finer_sources,
    floor_time,
    resample,
    timeframe_delta,
)

__all__ = [
    "CROSS_EXCHANGE_TOLERANCE",
    "Candles",
    "MarketData",
    "VENUES",
    "ccxt_fetcher",
    "floor_time",
    "timeframe_delta",
]

CROSS_EXCHANGE_TOLERANCE = 0.005
"""How far (relative) one venue's price may sit from another's and still be "the same price": 0.5%.

Measured on the shared data (../shared/market/SOURCES.md): Yahoo's BTC-USD
aggregate against Binance BTC/USDT daily closes differ by a median 0.036%,
p99 0.24%, max 0.39% (the 2025-10-10 crash); Binance perp against spot by a
median 0.045%, max 0.12%. 0.5% sits above every measured gap, p99 included,
with room for USD-vs-USDT and a thinner venue, while staying well inside the
moves articles write about. It equals the verifier's level spread
(`verify.tolerance.LEVEL_SPREAD`), which already assumes exchange-to-exchange noise.
"""


def _venues(asset: str, *, perp: bool = True, usd: Sequence[str] = ("coinbase", "kraken", "bitstamp")) -> list[tuple[str, str]]:
    """Binance spot, then its perpetual, then USD venues, then other USDT venues (ccxt ids and symbols)."""
    listed = [("binance", f"{asset}/USDT")]
    if perp:
        listed.append(("binanceusdm", f"{asset}/USDT:USDT"))
    listed += [(exchange, f"{asset}/USD") for exchange in usd]
    listed += [("okx", f"{asset}/USDT"), ("bybit", f"{asset}/USDT")]
    return listed


# Where each asset trades, best source first. The Binance spot market is the
# reference; its perpetual fills spot gaps (median basis 0.05% on the shared
# data); the others stand in when Binance refuses us (it geo-blocks with 451).
VENUES: dict[str, list[tuple[str, str]]] = {
    "BTC": _venues("BTC"),
    "ETH": _venues("ETH"),
    "SOL": _venues("SOL"),
    "XRP": _venues("XRP"),
    "BNB": _venues("BNB", perp=False, usd=()),
    "DOGE": _venues("DOGE", perp=False),
}

_AS_MISSING = "(treated as missing)"
_REFUSAL = re.compile(r"refused the request|HTTP (?:451|403)\b")


def refused(error: MarketDataError) -> bool:
    """An exchange saying "not for you" (geo-block, WAF): another venue may still answer.

    Not a connection refused, a timeout or a 5xx: those mean the network or
    the exchange is down, and asking five more exchanges would only be slower.
    """
    return isinstance(error, ExchangeUnavailable) and _REFUSAL.search(str(error)) is not None


@dataclass(frozen=True)
class Candles:
    """Bars of one series over [start, end), with what is missing and why.

    A bar found impossible (high below low, open or close outside the range)
    or absurd (a wick 10x the neighbours' price, a 50% one-bar jump) is treated
    as missing: it is left out of `frame`, counted in `missing` and described
    in `notes`, so a verifier that refuses gaps refuses it too. `problems`
    lists everything the quality check found (gaps, zero volume too).
    `tolerance` is the extra relative spread to allow when the bars come from
    a venue other than the asset's reference one.
    """

    frame: pd.DataFrame
    exchange: str
    symbol: str
    timeframe: str
    start: datetime
    end: datetime
    missing: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)
    problems: tuple[str, ...] = field(default_factory=tuple)
    tolerance: float = 0.0

    @property
    def complete(self) -> bool:
        return self.missing == 0 and not self.frame.empty

    @property
    def expected(self) -> int:
        return max(0, int((self.end - self.start) / timeframe_delta(self.timeframe)))


def ccxt_fetcher(timeout: float = 10.0, base_url: str | None = None) -> CcxtFetcher:
    """Fetch through ccxt; `base_url` points every exchange at one server (tests)."""
    return CcxtFetcher(timeout=timeout, base_url=base_url)


HISTORY_START = datetime(2009, 1, 3, tzinfo=UTC)  # the genesis block: nothing traded before
HISTORY_END = datetime(2200, 1, 1, tzinfo=UTC)
ASSESSED_READS = 256  # checked windows kept per MarketData (a few MB of frames)


class MarketData:
    """Answers 'give me these bars' from the store, fetching and keeping what it lacks."""

    def __init__(
        self,
        store: Store,
        *,
        offline: bool = False,
        fetcher: Fetcher | None = None,
        timeout: float = 10.0,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        venues: Mapping[str, Sequence[tuple[str, str]]] = VENUES,
    ) -> None:
        self.store = store
        self.offline = offline
        self.fetcher: Fetcher = fetcher or ccxt_fetcher(timeout)
        self.now = now
        self.venues = venues
        self._failed: dict[str, MarketDataError] = {}  # exchange -> why it failed this run
        self._reads = ReadCache(store)
        # Checked reads by exact window: the claims of one article ask for the same
        # windows again and again (a day's closes for a level, its move and its tone).
        self._assessed: OrderedDict[tuple[str, str, str, datetime, datetime], tuple[Candles, int]] = OrderedDict()
        self._assessed_at = store.writes
        self._histories: dict[tuple[str, str, str], pd.DataFrame] = {}  # whole stored series, for records

    def prefetch(self, needs: Iterable[Need], *, progress: bool = False) -> FillResult:
        """Fetch what a whole batch needs in the fewest requests, before checking it claim by claim."""
        if self.offline:
            return FillResult()
        return execute(
            plan(needs, self.store, now=self.now(), venues=self.venues),
            self.store, fetcher=self.fetcher, now=self.now(), progress=progress,
        )

    def candles(self, asset: str, timeframe: str, start: datetime, end: datetime) -> Candles:
        """The most complete series for `asset` over [start, end) from its venues."""
        venues = self.venues.get(asset.upper())
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
        may_fetch = not self.offline
        reference = tuple(venues[0])
        for exchange, symbol in venues:
            got, may_fetch = self._series(exchange, symbol, timeframe, start, end, notes, may_fetch)
            if got.complete:
                if best is not None:
                    notes += [n for n in best.notes if n.endswith(_AS_MISSING)]  # why it lacked bars
                    notes.append(_fallback_note(best, got))
                return _tolerant(got, tuple(notes) + got.notes, reference)
            if best is None or got.missing < best.missing:
                best = got
        assert best is not None
        return _tolerant(best, tuple(notes) + best.notes, reference)

    def _series(
        self,
        exchange: str,
        symbol: str,
        timeframe: str,
        start: datetime,
        end: datetime,
        notes: list[str],
        may_fetch: bool,
    ) -> tuple[Candles, bool]:
        """One venue's bars; and whether later venues may still be fetched from."""
        got, bad = self._read(exchange, symbol, timeframe, start, end)
        if len(got.frame) + bad >= got.expected:
            return got, may_fetch  # all there (bad bars are not fetched again: the exchange sent them)
        if exchange in self._failed:
            notes.append(f"{exchange} could not be reached: {self._failed[exchange]}")
            return got, may_fetch and refused(self._failed[exchange])
        if not may_fetch:
            return got, may_fetch
        need = Need(symbol, timeframe, start, end, exchange)
        result = execute(plan([need], self.store, now=self.now()), self.store, fetcher=self.fetcher, now=self.now())
        if result.failures:
            error = result.failures[0].error
            self._failed[exchange] = error
            notes.append(f"{exchange} could not be reached: {error}")
            may_fetch = refused(error)
        if result.stored or result.failures:
            got, _ = self._read(exchange, symbol, timeframe, start, end)
        return got, may_fetch

    def history(self, exchange: str, symbol: str, timeframe: str, end: datetime) -> pd.DataFrame:
        """Every stored bar of one market opening before `end`, as stored (a record looks at
        all of it); the whole series is read once per state of the store, then sliced."""
        self._forget_if_written()
        key = (exchange, symbol, timeframe)
        if key not in self._histories:
            self._histories[key] = self.store.candles(exchange, symbol, timeframe, HISTORY_START, HISTORY_END)
        frame = self._histories[key]
        return frame.iloc[: frame.index.searchsorted(pd.Timestamp(end))] if not frame.empty else frame

    def _forget_if_written(self) -> None:
        if self.store.writes != self._assessed_at:  # something was stored: every answer may change
            self._assessed.clear()
            self._histories.clear()
            self._assessed_at = self.store.writes

    def _read(self, exchange: str, symbol: str, timeframe: str, start: datetime, end: datetime) -> tuple[Candles, int]:
        """Stored bars, completed from a finer stored series, with bad bars taken out; and how many were bad."""
        self._forget_if_written()
        key = (exchange, symbol, timeframe, start, end)
        if key in self._assessed:
            self._assessed.move_to_end(key)
            return self._assessed[key]
        answer = self._assess(exchange, symbol, timeframe, start, end)
        self._assessed[key] = answer
        if len(self._assessed) > ASSESSED_READS:
            self._assessed.popitem(last=False)
        return answer

    def _assess(self, exchange: str, symbol: str, timeframe: str, start: datetime, end: datetime) -> tuple[Candles, int]:
        frame = self._reads.candles(exchange, symbol, timeframe, start, end)
        expected = max(0, int((end - start) / timeframe_delta(timeframe)))
        notes: list[str] = []
        if len(frame) < expected:
            frame, built = _complete_from_finer(self._reads, frame, exchange, symbol, timeframe, start, end, expected)
            notes += built
        step = timeframe_delta(timeframe)
        before = self._reads.candles(exchange, symbol, timeframe, start - NEIGHBOURS * step, start)
        report = assess(frame, timeframe, start, end, before=before)
        bad = report.bad
        if bad:
            frame = frame.drop(index=report.bad_bars)
            notes += [f"{exchange} {symbol}: {p} {_AS_MISSING}" for p in bad]
        missing = max(0, expected - len(frame))
        candles = Candles(frame, exchange, symbol, timeframe, start, end, missing, tuple(notes), report.lines())
        return candles, len(bad)


def _complete_from_finer(
    store: Store | ReadCache,
    frame: pd.DataFrame,
    exchange: str,
    symbol: str,
    timeframe: str,
    start: datetime,
    end: datetime,
    expected: int,
) -> tuple[pd.DataFrame, list[str]]:
    """Bars the series lacks, built from a finer stored series of the same market when it has them whole."""
    notes: list[str] = []
    for finer in finer_sources(timeframe):
        fine = store.candles(exchange, symbol, finer, start, end)
        if fine.empty:
            continue
        built = resample(fine, finer, timeframe)
        added = built.loc[built.index.difference(frame.index)]
        if added.empty:
            continue
        frame = added if frame.empty else pd.concat([frame, added]).sort_index()
        notes.append(f"{len(added)} {timeframe} bar{'s' if len(added) != 1 else ''} built from stored {finer} bars")
        if len(frame) >= expected:
            break
    return frame, notes


def _tolerant(candles: Candles, notes: tuple[str, ...], reference: tuple[str, ...]) -> Candles:
    """The venue's bars with every note, and the cross-exchange tolerance unless it is the reference venue."""
    other = (candles.exchange, candles.symbol) != reference
    return Candles(
        candles.frame, candles.exchange, candles.symbol, candles.timeframe, candles.start, candles.end,
        candles.missing, notes, candles.problems, CROSS_EXCHANGE_TOLERANCE if other else 0.0,
    )


def _fallback_note(best: Candles, used: Candles) -> str:
    return (
        f"{best.symbol} on {best.exchange} lacks {best.missing} of {best.expected} bars; "
        f"used {used.symbol} on {used.exchange} (another venue: prices agree with the reference "
        f"within a {CROSS_EXCHANGE_TOLERANCE:.1%} cross-exchange tolerance)"
    )
