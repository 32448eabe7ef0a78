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
"""

from __future__ import annotations

import dataclasses
import math
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from factcheck.errors import BadExchangeData, MarketDataError
from factcheck.market.exchange import ExchangeConfig, ExchangeSession, Target, aware_ms
from factcheck.market.liquidations_store import (
    Liquidation,
    LiquidationStore,
    Position,
    Tally,
)

__all__ = [
    "GATE",
    "HTX",
    "LIQUIDATION_VENUES",
    "LiquidationVenue",
    "Realised",
    "VenueFigure",
    "fetch_liquidations",
    "fill_liquidations",
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
    reach = config or ExchangeConfig(venue.exchange)
    settled_by = (now or datetime.now(UTC)) - SETTLE
    stored = 0

    def keep(rows: list[Liquidation], lo: datetime, hi: datetime) -> None:
        nonlocal stored
        settled = (lo, max(lo, min(hi, settled_by)))
        stored += store.put_window(venue.exchange, symbol, (lo, hi), rows, reach.origin, settled=settled, fetched_at=now)

    for lo, hi in store.missing(venue.exchange, symbol, start, end):
        fetch_liquidations(symbol, lo, hi, venue=venue, config=reach, on_request=on_request, on_window=keep)
    return stored


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
) -> Realised:
    """The venues' liquidations of `assets` over [start, end): from the store, fetching what it lacks if `fetch`.

    `reach` gives the timeout, retries and server (`base_url`) for every
    venue. A venue that cannot be reached is not asked again in this call; a
    venue whose window is not wholly known is left out (with a note), since
    a part of a part says nothing about direction.
    """
    template = reach or ExchangeConfig()
    figures: list[VenueFigure] = []
    failed: dict[str, str] = {}
    for venue in venues:
        symbols = [venue.perpetuals[a.upper()] for a in assets if a.upper() in venue.perpetuals]
        for symbol in symbols:
            if fetch and venue.exchange not in failed and store.missing(venue.exchange, symbol, start, end):
                config = dataclasses.replace(template, exchange_id=venue.exchange)
                try:
                    fill_liquidations(store, symbol, start, end, venue=venue, config=config, now=now, on_request=on_request)
                except MarketDataError as error:
                    failed[venue.exchange] = _brief(error)
            if not store.missing(venue.exchange, symbol, start, end):
                figures.append(VenueFigure(venue.exchange, symbol, store.tally(venue.exchange, symbol, start, end)))
                continue
            held = sum(((hi - lo) for lo, hi in store.fetched(venue.exchange, symbol, start, end)), timedelta())
            why = failed.get(venue.exchange) or ("not fetched: offline" if not fetch else "not answered yet")
            figures.append(VenueFigure(venue.exchange, symbol, None, f"{venue.exchange} {symbol} ({_hours(held)} of {_hours(end - start)} known; {why})"))
    return Realised(start, end, tuple(figures))


def _brief(error: MarketDataError) -> str:
    """The gist of an error ("htx unavailable (HTTP 404)"), without the exchange's own words after it."""
    return str(error).split(": ", 1)[0]


def _hours(span: timedelta) -> str:
    return f"{span.total_seconds() / 3600:g} h"
