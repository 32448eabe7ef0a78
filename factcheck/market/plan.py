"""A data plan: the fewest exchange requests that give a batch every bar it needs.

Claims ask for windows (an asset or symbol, a bar size, a time range). Many
overlap, and most are already in the store. `plan` merges the windows of
each series, takes away what the store already covers (bars it holds, and
ranges an exchange already answered for, even with nothing), and joins what
is left whenever one paginated request run costs fewer requests than two.
`execute` then fetches each range, storing every page with the range it
settles in one transaction, so a fill that dies half-way resumes where it
stopped and a range is never fetched twice.

A request costs about the same whether it carries 10 bars or 1,000, so the
count of requests, ceil(bars / page limit) per range plus one markets load
per exchange, is what the plan minimises.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

import pandas as pd

from factcheck.errors import MarketDataError
from factcheck.market.store import Span, Store
from factcheck.market.timeframes import (
    ceil_time,
    finer_sources,
    floor_time,
    timeframe_delta,
)

if TYPE_CHECKING:
    from factcheck.market.reach import ExchangeConfig

UNKNOWN_LIMIT = 100
"""Candles per request assumed for planning when ccxt states no limit (a cautious guess)."""
SETTLE = timedelta(minutes=2)
"""How long after a bar closes before an exchange's silence about it counts as an answer."""
DEFAULT_EXCHANGE = "binance"


class Fetcher(Protocol):
    """Fetches one series' candles over [start, end); may hand pages to `on_page` as they come."""

    def __call__(
        self,
        exchange: str,
        symbol: str,
        timeframe: str,
        start: datetime,
        end: datetime,
        *,
        on_page: Callable[[pd.DataFrame, datetime, datetime], None] | None = None,
    ) -> pd.DataFrame: ...


@dataclass(frozen=True)
class CcxtFetcher:
    """The real fetcher: ccxt, one exchange at a time; `base_url` sends every request to one server."""

    timeout: float = 10.0
    base_url: str | None = None
    retries: int = 3
    backoff: float = 1.0
    on_request: Callable[[str], None] | None = None

    def __call__(
        self,
        exchange: str,
        symbol: str,
        timeframe: str,
        start: datetime,
        end: datetime,
        *,
        on_page: Callable[[pd.DataFrame, datetime, datetime], None] | None = None,
    ) -> pd.DataFrame:
        from factcheck.market.exchange import fetch_candles

        config = self.exchange_config(exchange)
        return fetch_candles(symbol, timeframe, start, end, config=config, on_request=self.on_request, on_page=on_page)

    def exchange_config(self, exchange: str) -> ExchangeConfig:
        """How this fetcher reaches `exchange`, for the fetches that are not candles (liquidations) to reach it alike."""
        from factcheck.market.reach import ExchangeConfig

        return ExchangeConfig(
            exchange_id=exchange, timeout=self.timeout, retries=self.retries, backoff=self.backoff, base_url=self.base_url
        )

    def origin(self, exchange: str) -> str:
        return f"ccxt:{exchange}" + (f"@{self.base_url}" if self.base_url else "")


def page_size(exchange: str, symbol: str) -> int:
    from factcheck.market.exchange import page_limit

    return page_limit(exchange, symbol) or UNKNOWN_LIMIT


# --- spans ------------------------------------------------------------------------


def merge(spans: Iterable[Span]) -> list[Span]:
    """Overlapping or touching spans joined, oldest first; empty spans dropped."""
    out: list[Span] = []
    for lo, hi in sorted(s for s in spans if s[0] < s[1]):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def subtract(spans: Iterable[Span], holes: Iterable[Span]) -> list[Span]:
    """What of `spans` lies outside every hole."""
    cut = merge(holes)
    out: list[Span] = []
    for lo, hi in merge(spans):
        for h_lo, h_hi in cut:
            if h_hi <= lo or h_lo >= hi:
                continue
            if h_lo > lo:
                out.append((lo, h_lo))
            lo = max(lo, h_hi)
            if lo >= hi:
                break
        if lo < hi:
            out.append((lo, hi))
    return out


def pages(span: Span, step: timedelta, limit: int) -> int:
    """Requests a paginated fetch of `span` makes when the exchange has every bar."""
    return math.ceil((span[1] - span[0]) / step / limit)


def coalesce(spans: Sequence[Span], step: timedelta, limit: int) -> list[Span]:
    """Neighbouring spans fetched as one when that takes fewer requests (bars between are fetched again)."""
    out: list[Span] = []
    for span in spans:
        if out:
            joined = (out[-1][0], span[1])
            if pages(joined, step, limit) < pages(out[-1], step, limit) + pages(span, step, limit):
                out[-1] = joined
                continue
        out.append(span)
    return out


# --- the plan ---------------------------------------------------------------------


@dataclass(frozen=True)
class Need:
    """Bars a claim needs: `market` is an asset ("BTC", its first venue) or a symbol ("BTC/USDT")."""

    market: str
    timeframe: str
    start: datetime
    end: datetime
    exchange: str | None = None


@dataclass(frozen=True)
class LiquidationNeed:
    """Realised liquidations a claim needs: of the perpetuals of `assets`, over [start, end), from
    every venue that publishes them (`market.liquidations.plan_liquidations` turns these into fetches)."""

    assets: tuple[str, ...]
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Fetch:
    """One range to fetch from one exchange, in `requests` paginated requests."""

    exchange: str
    symbol: str
    timeframe: str
    start: datetime
    end: datetime
    limit: int

    @property
    def bars(self) -> int:
        return int((self.end - self.start) / timeframe_delta(self.timeframe))

    @property
    def requests(self) -> int:
        return pages((self.start, self.end), timeframe_delta(self.timeframe), self.limit)

    def __str__(self) -> str:
        return (
            f"{self.exchange} {self.symbol} {self.timeframe} {self.start:%Y-%m-%d %H:%M}..{self.end:%Y-%m-%d %H:%M} UTC "
            f"({self.bars:,} bars, {self.requests} request{'s' if self.requests != 1 else ''})"
        )


@dataclass(frozen=True)
class DataPlan:
    """The ranges to fetch; empty when the store already covers every need."""

    fetches: tuple[Fetch, ...]
    needs: int = 0
    unknown: tuple[str, ...] = ()
    """Markets no venue is known for (nothing can be fetched for them)."""

    @property
    def requests(self) -> int:
        """Candle requests, not counting one markets load per exchange and process."""
        return sum(f.requests for f in self.fetches)

    @property
    def bars(self) -> int:
        return sum(f.bars for f in self.fetches)

    @property
    def exchanges(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.exchange for f in self.fetches))


def covered(store: Store, exchange: str, symbol: str, timeframe: str, start: datetime, end: datetime) -> list[Span]:
    """What of [start, end) needs no fetch: bars held, ranges answered, and whole bars buildable from finer ones held."""
    step = timeframe_delta(timeframe)
    spans = store.fetched(exchange, symbol, timeframe, start, end) + store.runs(exchange, symbol, timeframe, step, start, end)
    for finer in finer_sources(timeframe):
        for lo, hi in store.runs(exchange, symbol, finer, timeframe_delta(finer), start, end):
            spans.append((ceil_time(lo, timeframe), floor_time(hi, timeframe)))
    return merge(spans)


def _series(need: Need, venues: Mapping[str, Sequence[tuple[str, str]]]) -> tuple[str, str] | None:
    """The (exchange, symbol) a need is fetched from, or None when no venue is known for its asset."""
    if "/" in need.market:
        return need.exchange or DEFAULT_EXCHANGE, need.market
    listed = venues.get(need.market.upper()) or []
    for exchange, symbol in listed:
        if need.exchange in (None, exchange):
            return exchange, symbol
    return None


def plan(
    needs: Iterable[Need],
    store: Store,
    *,
    now: datetime | None = None,
    venues: Mapping[str, Sequence[tuple[str, str]]] | None = None,
) -> DataPlan:
    """The fewest ranges to fetch so the store holds every bar `needs` ask for.

    Bars are those that had closed by each need's end and by `now` (the bar
    containing `start` included, as `MarketData` reads them). An asset is
    fetched from its first venue; the fallbacks are `MarketData`'s business.
    """
    if venues is None:
        from factcheck.market.data import VENUES

        venues = VENUES
    clock = now or datetime.now(UTC)
    wanted: dict[tuple[str, str, str], list[Span]] = {}
    count = 0
    unknown: list[str] = []
    for need in needs:
        count += 1
        series = _series(need, venues)
        if series is None:
            unknown.append(need.market if need.exchange is None else f"{need.market} on {need.exchange}")
            continue
        exchange, symbol = series
        start = floor_time(need.start, need.timeframe)
        end = floor_time(min(need.end, clock), need.timeframe)
        wanted.setdefault((exchange, symbol, need.timeframe), []).append((start, end))
    fetches: list[Fetch] = []
    for (exchange, symbol, timeframe), spans in wanted.items():
        step, limit = timeframe_delta(timeframe), page_size(exchange, symbol)
        for lo, hi in merge(spans):
            missing = subtract([(lo, hi)], covered(store, exchange, symbol, timeframe, lo, hi))
            fetches += [Fetch(exchange, symbol, timeframe, a, b, limit) for a, b in coalesce(missing, step, limit)]
    fetches.sort(key=lambda f: (f.exchange, f.symbol, f.timeframe, f.start))
    return DataPlan(tuple(fetches), count, tuple(dict.fromkeys(unknown)))


# --- doing it ---------------------------------------------------------------------


@dataclass(frozen=True)
class Failure:
    fetch: Fetch
    error: MarketDataError
    kept: int
    """Bars stored from this range before it failed."""


@dataclass
class FillResult:
    """What `execute` did: bars stored, ranges settled, and what failed or was skipped."""

    stored: int = 0
    settled: list[Span] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    skipped: list[Fetch] = field(default_factory=list)
    """Ranges not tried because their exchange had already failed in this run."""

    @property
    def ok(self) -> bool:
        return not self.failures and not self.skipped


def execute(
    data_plan: DataPlan,
    store: Store,
    *,
    fetcher: Fetcher | None = None,
    now: datetime | None = None,
    progress: bool = False,
) -> FillResult:
    """Fetch every range of the plan into `store`, one transaction per page.

    A failing range keeps the pages stored before the failure; later ranges on
    the same exchange are skipped (it is down, or refusing us), others go on.
    `progress` draws a rich progress bar on stderr, counted in bars.
    """
    fetch_with = fetcher or CcxtFetcher()
    clock = now or datetime.now(UTC)
    result = FillResult()
    bar = _progress(data_plan) if progress else None
    failed: set[str] = set()
    try:
        for item in data_plan.fetches:
            if item.exchange in failed:
                result.skipped.append(item)
                continue
            _fetch_one(item, store, fetch_with, clock, result, bar)
            if result.failures and result.failures[-1].fetch is item:
                failed.add(item.exchange)
    finally:
        if bar is not None:
            bar.stop()
    return result


def _origin(fetcher: Fetcher, exchange: str) -> str:
    describe = getattr(fetcher, "origin", None)
    return describe(exchange) if callable(describe) else f"fetched:{exchange}"


def _fetch_one(item: Fetch, store: Store, fetcher: Fetcher, now: datetime, result: FillResult, bar: _Bar | None) -> None:
    step = timeframe_delta(item.timeframe)
    settled_by = floor_time(now - SETTLE, item.timeframe)  # silence about later bars may just be lag
    origin = _origin(fetcher, item.exchange)
    paged = False
    before = result.stored

    def keep(page: pd.DataFrame, lo: datetime, hi: datetime) -> None:
        nonlocal paged
        paged = True
        known = (lo, max(lo, min(hi, settled_by)))
        result.stored += store.put_fetched(item.exchange, item.symbol, item.timeframe, page, known, origin, fetched_at=now)
        result.settled.append(known)
        if bar is not None:
            bar.advance(int((hi - lo) / step))

    try:
        frame = fetcher(item.exchange, item.symbol, item.timeframe, item.start, item.end, on_page=keep)
    except MarketDataError as error:
        partial = getattr(error, "partial", None)
        if not paged and isinstance(partial, pd.DataFrame) and not partial.empty:
            last = partial.index[-1].to_pydatetime() + step
            keep(partial, item.start, last)
        result.failures.append(Failure(item, error, result.stored - before))
        return
    if not paged:  # a fetcher that does not page: all of it, at once
        keep(frame, item.start, item.end)


class _Bar:
    """A rich progress bar on stderr, counting bars settled."""

    def __init__(self, data_plan: DataPlan) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("bars"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
        )
        what = ", ".join(dict.fromkeys(f"{f.exchange} {f.symbol} {f.timeframe}" for f in data_plan.fetches))
        self._task = self._progress.add_task(f"fetching {what}", total=data_plan.bars)
        self._progress.start()

    def advance(self, bars: int) -> None:
        self._progress.advance(self._task, bars)

    def stop(self) -> None:
        self._progress.stop()


def _progress(data_plan: DataPlan) -> _Bar | None:
    return _Bar(data_plan) if data_plan.fetches else None
