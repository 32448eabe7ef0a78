"""Realised liquidations of BTC and ETH perpetuals from the few venues that publish them.

Binance stopped publishing liquidation history, and so did most venues;
through ccxt 4.5 `fetchLiquidations` answers on Bitfinex, Deribit, Gate and
HTX only. Two of them are used here:

* Gate (`/futures/usdt/liq_orders`): `size` is the position's signed size,
  so its sign says which side was closed; a request may span at most 3,600 s
  (`from`/`to` in seconds) and return up to 1,000 rows.
* HTX linear swaps (`/v5/market/liquidation_orders`): `position_side` says
  long or short outright.

Not used: Bitfinex's feed mixes every pair in one stream at 3 requests a
minute, and ccxt reads its `side` from the IS_MATCH flag rather than the
position; Deribit answers bankruptcy settlements, which carry no side.

ccxt's own `side` field means different things per venue (the order's side
on HTX, the position's on Gate), so the side is read from each venue's raw
row. Whatever these venues show is a part of the market: evidence of which
side dominated and a lower bound, never the market's total.

A window whose answer fills a whole page may have held more, so it is asked
again in two halves, down to the venue's time resolution; each window lands
in the store with the range it settles (`LiquidationStore.put_window`), so an
answered range, empty or not, is never fetched twice. Retries, timeouts,
rate limits and errors are `ExchangeSession`'s, as for the candles.

A batch asks for all its claims' windows at once (`prefetch_liquidations`):
they are merged per venue and perpetual, what the store has answered is taken
away, and neighbours are joined when that takes fewer requests, as the
candles' data plan does; the checks then read the store only.
"""

from __future__ import annotations

import dataclasses
import math
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from factcheck.errors import BadExchangeData, MarketDataError
from factcheck.market.liquidations_store import (
    Liquidation,
    LiquidationStore,
    Position,
    Tally,
)
from factcheck.market.plan import CcxtFetcher, Fetcher, LiquidationNeed, coalesce, merge

if TYPE_CHECKING:  # ccxt (0.8 s to import) is loaded only when liquidations are fetched, not read from the store
    from factcheck.market.exchange import ExchangeSession
    from factcheck.market.reach import ExchangeConfig

__all__ = [
    "GATE",
    "HTX",
    "LIQUIDATION_VENUES",
    "LiquidationFetch",
    "LiquidationFill",
    "LiquidationVenue",
    "Realised",
    "VenueFigure",
    "fetch_liquidations",
    "fill_liquidations",
    "plan_liquidations",
    "prefetch_liquidations",
    "reach_of",
    "realised_liquidations",
]

SETTLE = timedelta(minutes=2)
"""How long after a moment before a venue's silence about it counts as an answer."""
WindowSink = Callable[[list[Liquidation], datetime, datetime], None]
"""Receives each window's liquidations and the window [start, end) they settle."""


def _signed_size(info: Mapping[str, Any]) -> Position | None:
    size = _finite(info.get("size"))
    return None if size is None or size == 0 else "long" if size > 0 else "short"


def _position_side(info: Mapping[str, Any]) -> Position | None:
    side = str(info.get("position_side", "")).lower()
    return side if side in ("long", "short") else None  # type: ignore[return-value]


def _finite(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


@dataclass(frozen=True)
class LiquidationVenue:
    """How to ask one venue for its liquidations, and how to read which side each closed."""

    exchange: str
    perpetuals: Mapping[str, str]
    """asset -> the perpetual whose liquidations are fetched (ccxt symbol)."""
    window: timedelta
    """The longest range one request may span."""
    page: int
    """Rows asked per request; an answer this long is taken to be cut short."""
    resolution: timedelta
    """The venue's time step: windows are aligned to it and never split finer."""
    range_params: Callable[[int, int], dict[str, int]]
    """The venue's own range parameters for [start_ms, end_ms)."""
    position: Callable[[Mapping[str, Any]], Position | None]
    """Which side the liquidated position was on, from the venue's raw row."""


GATE = LiquidationVenue(
    "gate",
    {"BTC": "BTC/USDT:USDT", "ETH": "ETH/USDT:USDT"},
    window=timedelta(hours=1),
    page=1000,
    resolution=timedelta(seconds=1),
    # Gate counts in seconds, both ends included (ccxt would pass milliseconds as `from`).
    range_params=lambda lo, hi: {"from": lo // 1000, "to": hi // 1000 - 1},
    position=_signed_size,
)
HTX = LiquidationVenue(
    "htx",
    {"BTC": "BTC/USDT:USDT", "ETH": "ETH/USDT:USDT"},
    window=timedelta(days=1),
    page=100,
    resolution=timedelta(milliseconds=1),
    range_params=lambda lo, hi: {"start_time": lo, "end_time": hi - 1},
    position=_position_side,
)
LIQUIDATION_VENUES: tuple[LiquidationVenue, ...] = (GATE,)
"""The venues asked by default, in order."""


def _align(moment: int, step: int, *, up: bool) -> int:
    return -(-moment // step) * step if up else moment // step * step


def _time(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


def _read(entry: Mapping[str, Any], venue: LiquidationVenue, session: ExchangeSession) -> tuple[int, Liquidation]:
    """One ccxt liquidation as ours, or BadExchangeData saying what is wrong with it."""
    info = entry.get("info") or {}
    stamp, usd = entry.get("timestamp"), _finite(entry.get("quoteValue"))
    position = venue.position(info) if isinstance(info, Mapping) else None
    shown = str(info)[:120]
    if not isinstance(stamp, int) or stamp <= 0:
        raise session.error(BadExchangeData, f"{venue.exchange} sent a liquidation without a time: {shown}")
    if usd is None or usd < 0:
        raise session.error(BadExchangeData, f"{venue.exchange} sent a liquidation of no readable size: {shown}")
    if position is None:
        raise session.error(BadExchangeData, f"{venue.exchange} sent a liquidation of no readable side: {shown}")
    return stamp, Liquidation(_time(stamp), position, usd)


def fetch_liquidations(
    symbol: str,
    start: datetime,
    end: datetime,
    *,
    venue: LiquidationVenue = GATE,
    config: ExchangeConfig | None = None,
    on_request: Callable[[str], None] | None = None,
    on_window: WindowSink | None = None,
) -> list[Liquidation]:
    """The venue's liquidations of `symbol` in [start, end) (aligned outwards to its resolution), oldest first.

    `on_window` gets each window's rows with the window they settle, as they
    arrive. Raises a MarketDataError carrying the venue, symbol and range,
    with the liquidations fetched before it as `partial`.
    """
    from factcheck.market.exchange import (
        ExchangeConfig,
        ExchangeSession,
        Target,
        aware_ms,
    )

    reach = config or ExchangeConfig(venue.exchange)
    step = int(venue.resolution.total_seconds() * 1000)
    lo_ms, hi_ms = _align(aware_ms(start), step, up=False), _align(aware_ms(end), step, up=True)
    where = Target(venue.exchange, symbol, "liquidations", _time(lo_ms), _time(hi_ms))
    got: list[Liquidation] = []
    if lo_ms >= hi_ms:
        return got
    session: ExchangeSession | None = None
    try:
        session = ExchangeSession(reach, where, on_request=on_request, markets="swap")
        session.require("fetchLiquidations")
        session.load_markets()
        session.contract(symbol)
        span = int(venue.window.total_seconds() * 1000)
        todo = deque((a, min(a + span, hi_ms)) for a in range(lo_ms, hi_ms, span))
        while todo:
            lo, hi = todo.popleft()
            page: list[dict[str, Any]] = session.call(
                session.exchange.fetch_liquidations, symbol, None, venue.page, venue.range_params(lo, hi)
            )
            if len(page) >= venue.page and hi - lo > step:
                middle = _align(lo + (hi - lo) // 2, step, up=False)
                todo.extendleft([(middle, hi), (lo, middle)])  # the answer was cut short: ask again in halves
                continue
            rows = [row for ts, row in (_read(entry, venue, session) for entry in page) if lo <= ts < hi]
            rows.sort(key=lambda row: row.time)
            got += rows
            if on_window is not None:
                on_window(rows, _time(lo), _time(hi))
        return got
    except MarketDataError as error:
        error.partial = got  # type: ignore[attr-defined]
        raise
    finally:
        if session is not None:
            session.close()



def fill_liquidations(
    store: LiquidationStore,
    symbol: str,
    start: datetime,
    end: datetime,
    *,
    venue: LiquidationVenue = GATE,
    config: ExchangeConfig | None = None,
    now: datetime | None = None,
    on_request: Callable[[str], None] | None = None,
) -> int:
    """Fetches into `store` what of [start, end) the venue has not answered for yet; returns rows stored.

    Each window is stored as it arrives with the range it settles (up to
    `now` minus a settling delay), so a failure keeps the windows before it.
    """
    from factcheck.market.reach import ExchangeConfig

    reach = config or ExchangeConfig(venue.exchange)
    keep = _Keeper(store, venue, symbol, reach, now)
    for lo, hi in store.missing(venue.exchange, symbol, start, end):
        fetch_liquidations(symbol, lo, hi, venue=venue, config=reach, on_request=on_request, on_window=keep)
    return keep.stored


class _Keeper:
    """Stores each window as it arrives, recording as answered the part of it old enough to be settled."""

    def __init__(self, store: LiquidationStore, venue: LiquidationVenue, symbol: str, reach: ExchangeConfig,
                 now: datetime | None) -> None:
        self.store, self.venue, self.symbol, self.reach, self.now = store, venue, symbol, reach, now
        self.settled_by = (now or datetime.now(UTC)) - SETTLE
        self.stored = 0

    def __call__(self, rows: list[Liquidation], lo: datetime, hi: datetime) -> None:
        settled = (lo, max(lo, min(hi, self.settled_by)))
        self.stored += self.store.put_window(
            self.venue.exchange, self.symbol, (lo, hi), rows, self.reach.origin, settled=settled, fetched_at=self.now
        )


# --- a batch's liquidations, planned and fetched at once ---------------------------


@dataclass(frozen=True)
class LiquidationFetch:
    """One range of one perpetual's liquidations to fetch from one venue."""

    venue: LiquidationVenue
    symbol: str
    start: datetime
    end: datetime

    @property
    def requests(self) -> int:
        """Requests when no answer fills a page (a full one is asked again in halves)."""
        return math.ceil((self.end - self.start) / self.venue.window)

    def __str__(self) -> str:
        return (
            f"{self.venue.exchange} {self.symbol} liquidations {self.start:%Y-%m-%d %H:%M}..{self.end:%Y-%m-%d %H:%M} UTC "
            f"({self.requests} request{'s' if self.requests != 1 else ''})"
        )


def plan_liquidations(
    needs: Iterable[LiquidationNeed],
    store: LiquidationStore,
    *,
    venues: Sequence[LiquidationVenue] = LIQUIDATION_VENUES,
) -> tuple[LiquidationFetch, ...]:
    """The fewest ranges to fetch so the store has every venue's answer for every need's window.

    Windows are merged per venue and perpetual, the ranges the venue already
    answered for (empty answers too) are taken away, and what is left is
    joined wherever one run of requests costs fewer than two.
    """
    wanted: dict[tuple[str, str], list[tuple[datetime, datetime]]] = {}
    by_name = {venue.exchange: venue for venue in venues}
    for need in needs:
        for venue in venues:
            for asset in need.assets:
                symbol = venue.perpetuals.get(asset.upper())
                if symbol is not None:
                    wanted.setdefault((venue.exchange, symbol), []).append((need.start, need.end))
    fetches: list[LiquidationFetch] = []
    for (exchange, symbol), spans in wanted.items():
        venue = by_name[exchange]
        missing = [gap for lo, hi in merge(spans) for gap in store.missing(exchange, symbol, lo, hi)]
        fetches += [LiquidationFetch(venue, symbol, lo, hi) for lo, hi in coalesce(missing, venue.window, 1)]
    return tuple(fetches)


@dataclass
class LiquidationFill:
    """What `prefetch_liquidations` did: the ranges fetched, rows stored, and what failed or was skipped."""

    fetched: list[LiquidationFetch] = field(default_factory=list)
    stored: int = 0
    failures: list[tuple[LiquidationFetch, MarketDataError]] = field(default_factory=list)
    skipped: list[LiquidationFetch] = field(default_factory=list)
    """Ranges not tried because their venue had already failed in this run."""

    @property
    def ok(self) -> bool:
        return not self.failures and not self.skipped


def prefetch_liquidations(
    needs: Iterable[LiquidationNeed],
    store: LiquidationStore,
    *,
    reach: ExchangeConfig | None = None,
    now: datetime | None = None,
    venues: Sequence[LiquidationVenue] = LIQUIDATION_VENUES,
    on_request: Callable[[str], None] | None = None,
) -> LiquidationFill:
    """Fetches into `store` every liquidation window a batch's claims need, each range once.

    `reach` gives the timeout, retries and server for every venue. A failing
    range keeps the windows stored before it; later ranges of the same venue
    are skipped (it is down, or refusing us), other venues go on.
    """
    from factcheck.market.reach import ExchangeConfig

    template = reach or ExchangeConfig()
    result = LiquidationFill()
    failed: set[str] = set()
    for item in plan_liquidations(needs, store, venues=venues):
        if item.venue.exchange in failed:
            result.skipped.append(item)
            continue
        config = dataclasses.replace(template, exchange_id=item.venue.exchange)
        keep = _Keeper(store, item.venue, item.symbol, config, now)
        try:
            fetch_liquidations(item.symbol, item.start, item.end, venue=item.venue, config=config,
                               on_request=on_request, on_window=keep)
            result.fetched.append(item)
        except MarketDataError as error:
            result.failures.append((item, error))
            failed.add(item.venue.exchange)
        result.stored += keep.stored
    return result


def reach_of(fetcher: Fetcher) -> ExchangeConfig | None:
    """How a market data fetcher reaches the venues: a ccxt fetcher's settings (timeout,
    retries, server); None for any other fetcher (a stand-in), which cannot fetch liquidations."""
    return fetcher.exchange_config(GATE.exchange) if isinstance(fetcher, CcxtFetcher) else None


@dataclass(frozen=True)
class VenueFigure:
    """One venue's liquidations of one perpetual over the window, or why there are none to use."""

    exchange: str
    symbol: str
    tally: Tally | None
    note: str = ""


@dataclass(frozen=True)
class Realised:
    """What the venues show over [start, end): a part of the market, never its total."""

    start: datetime
    end: datetime
    figures: tuple[VenueFigure, ...]

    @property
    def used(self) -> tuple[VenueFigure, ...]:
        """The venues whose whole window is known."""
        return tuple(f for f in self.figures if f.tally is not None)

    @property
    def tally(self) -> Tally:
        total = Tally()
        for figure in self.used:
            assert figure.tally is not None
            total = total + figure.tally
        return total

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(f.note for f in self.figures if f.note)

    def venues(self) -> str:
        """The venues used, e.g. "gate BTC/USDT:USDT, htx BTC/USDT:USDT"."""
        return ", ".join(f"{f.exchange} {f.symbol}" for f in self.used)


def realised_liquidations(
    store: LiquidationStore,
    assets: Sequence[str],
    start: datetime,
    end: datetime,
    *,
    fetch: bool,
    reach: ExchangeConfig | None = None,
    now: datetime | None = None,
    venues: Sequence[LiquidationVenue] = LIQUIDATION_VENUES,
    on_request: Callable[[str], None] | None = None,
    unfetched: str = "offline",
) -> Realised:
    """The venues' liquidations of `assets` over [start, end): from the store, fetching what it lacks if `fetch`.

    `reach` gives the timeout, retries and server (`base_url`) for every
    venue. A venue that cannot be reached is not asked again in this call; a
    venue whose window is not wholly known is left out (with a note: why it
    was not fetched is `unfetched` when `fetch` is off), since a part of a
    part says nothing about direction.
    """
    figures: list[VenueFigure] = []
    failed: dict[str, str] = {}
    for venue in venues:
        symbols = [venue.perpetuals[a.upper()] for a in assets if a.upper() in venue.perpetuals]
        for symbol in symbols:
            if fetch and venue.exchange not in failed and store.missing(venue.exchange, symbol, start, end):
                from factcheck.market.reach import ExchangeConfig

                config = dataclasses.replace(reach or ExchangeConfig(), exchange_id=venue.exchange)
                try:
                    fill_liquidations(store, symbol, start, end, venue=venue, config=config, now=now, on_request=on_request)
                except MarketDataError as error:
                    failed[venue.exchange] = _brief(error)
            if not store.missing(venue.exchange, symbol, start, end):
                figures.append(VenueFigure(venue.exchange, symbol, store.tally(venue.exchange, symbol, start, end)))
                continue
            held = sum(((hi - lo) for lo, hi in store.fetched(venue.exchange, symbol, start, end)), timedelta())
            why = failed.get(venue.exchange) or (f"not fetched: {unfetched}" if not fetch else "not answered yet")
            figures.append(VenueFigure(venue.exchange, symbol, None, f"{venue.exchange} {symbol} ({_hours(held)} of {_hours(end - start)} known; {why})"))
    return Realised(start, end, tuple(figures))


def _brief(error: MarketDataError) -> str:
    """The gist of an error ("htx unavailable (HTTP 404)"), without the exchange's own words after it."""
    return str(error).split(": ", 1)[0]


def _hours(span: timedelta) -> str:
    return f"{span.total_seconds() / 3600:g} h"
