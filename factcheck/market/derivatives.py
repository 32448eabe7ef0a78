"""Perpetual funding-rate and open-interest history through ccxt (Binance USDⓈ-M by default).

Both go through ccxt's unified calls (`fetch_funding_rate_history`,
`fetch_open_interest_history`) with the same exchange building, retries and
error translation as the candles (`factcheck.market.exchange`): a 429 is waited
out, a 5xx burst retried, a refused connection fails at once, and what keeps
failing becomes ExchangeUnavailable / RateLimited / BadExchangeData carrying
the exchange, symbol, interval and range, with what was fetched before it in
`partial` (the `fill_*` functions store that part before re-raising).

Paging, as few requests as Binance allows:

* funding: up to 1000 prints a request, asked from `since` onwards, the next
  page starting after the last print received;
* open interest: up to 500 points a request. Binance keeps only about 30 days
  of it, and does not say whether a range holding more than a page answers its
  first or its last points, so each request asks for a window that cannot hold
  more than one page.

Other exchanges (`ExchangeConfig("bybit")`, "okx") take the same calls with
their own default page size; only Binance's paging is tested here.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pandas as pd

from factcheck.errors import BadExchangeData, ExchangeUnavailable, MarketDataError
from factcheck.market.exchange import ExchangeConfig, ExchangeSession, Target, aware_ms
from factcheck.market.metrics_store import (
    FUNDING_RATE,
    OPEN_INTEREST_USD,
    MetricsStore,
    empty_metric,
)

__all__ = [
    "DERIVATIVES",
    "fetch_funding_rates",
    "fetch_open_interest",
    "fill_funding_rates",
    "fill_open_interest",
]

DERIVATIVES = ExchangeConfig("binanceusdm")
"""Binance USDⓈ-M perpetuals (BTC/USDT:USDT...), the default venue for funding and open interest."""

_FUNDING_PAGE = {"binanceusdm": 1000}
_OPEN_INTEREST_PAGE = {"binanceusdm": 500}
"""Rows per request where we know them (Binance's documented maxima); elsewhere the exchange's default."""
FUNDING_INTERVAL = "8h"
"""How often funding is paid on most perpetuals (some Binance ones pay every 4h or 1h)."""


def _series(points: dict[int, float], name: str) -> pd.Series:
    if not points:
        return empty_metric(name)
    stamps = sorted(points)
    index = pd.DatetimeIndex(pd.to_datetime(stamps, unit="ms", utc=True), name="timestamp")
    return pd.Series([points[t] for t in stamps], index=index, dtype="float64", name=name)


def _number(entry: dict[str, Any], field: str, where: Target) -> tuple[int, float]:
    """The entry's time and the finite number in `field`, or BadExchangeData."""
    stamp, value = entry.get("timestamp"), entry.get(field)
    if not isinstance(stamp, int) or not isinstance(value, (int, float)) or not math.isfinite(value):
        shown = str(entry.get("info"))[:120]
        raise where.error(BadExchangeData, f"{where.exchange} sent a {field} we cannot read: {shown}")
    return stamp, float(value)


def _session(
    config: ExchangeConfig, where: Target, on_request: Callable[[str], None] | None, needs: str
) -> ExchangeSession:
    """An exchange session that offers `needs`, with its markets loaded and `where.symbol` checked to be a perpetual."""
    session = ExchangeSession(config, where, on_request=on_request)
    try:
        session.require(needs)
        session.load_markets()
        session.contract(where.symbol)
    except BaseException:
        session.close()
        raise
    return session


def fetch_funding_rates(
    symbol: str,
    start: datetime,
    end: datetime,
    *,
    config: ExchangeConfig = DERIVATIVES,
    on_request: Callable[[str], None] | None = None,
) -> pd.Series:
    """Funding rates (fraction per interval, e.g. 0.0001 = 0.01% per 8h) paid in [start, end), by UTC funding time."""
    start_ms, end_ms = aware_ms(start), aware_ms(end)
    where = Target(config.exchange_id, symbol, FUNDING_INTERVAL, start, end)
    points: dict[int, float] = {}
    if start_ms >= end_ms:
        return empty_metric(FUNDING_RATE)
    session: ExchangeSession | None = None
    try:
        session = _session(config, where, on_request, "fetchFundingRateHistory")
        page_size = _FUNDING_PAGE.get(config.exchange_id)
        since = start_ms
        while since < end_ms:
            page: list[dict[str, Any]] = session.call(
                session.exchange.fetch_funding_rate_history, symbol, since, page_size, {"until": end_ms - 1}
            )
            fresh = [_number(entry, "fundingRate", where) for entry in page]
            fresh = [(t, v) for t, v in fresh if since <= t < end_ms and t not in points]
            if not fresh:
                break  # nothing more: an empty page, or the same page again
            points.update(fresh)
            since = max(t for t, _ in fresh) + 1
            if page_size is not None and len(page) < page_size:
                break  # a short page: nothing more in the range
        return _series(points, FUNDING_RATE)
    except MarketDataError as error:
        error.partial = _series(points, FUNDING_RATE)  # type: ignore[attr-defined]
        raise
    finally:
        if session is not None:
            session.close()


def fetch_open_interest(
    symbol: str,
    start: datetime,
    end: datetime,
    *,
    period: str = "1d",
    config: ExchangeConfig = DERIVATIVES,
    on_request: Callable[[str], None] | None = None,
) -> pd.Series:
    """Open interest in USD (notional; USDT counted as USD) at `period` steps in [start, end), by UTC time."""
    start_ms, end_ms = aware_ms(start), aware_ms(end)
    where = Target(config.exchange_id, symbol, period, start, end)
    points: dict[int, float] = {}
    if start_ms >= end_ms:
        return empty_metric(OPEN_INTEREST_USD)
    session: ExchangeSession | None = None
    try:
        session = _session(config, where, on_request, "fetchOpenInterestHistory")
        exchange = session.exchange
        if period not in (exchange.timeframes or {}):
            raise where.error(ExchangeUnavailable, f"{where.exchange} offers no {period!r} open interest")
        step = int(exchange.parse_timeframe(period) * 1000)
        page_size = _OPEN_INTEREST_PAGE.get(config.exchange_id)
        since = start_ms
        while since < end_ms:
            # A closed window of (page - 1) steps holds at most a page of points, wherever it starts.
            until = end_ms - 1 if page_size is None else min(end_ms - 1, since + (page_size - 1) * step)
            page: list[dict[str, Any]] = session.call(
                exchange.fetch_open_interest_history, symbol, period, since, page_size, {"until": until}
            )
            for entry in page:
                stamp, value = _number(entry, "openInterestValue", where)
                if value < 0:
                    raise where.error(BadExchangeData, f"{where.exchange} sent a negative open interest: {value}")
                if since <= stamp <= until:
                    points[stamp] = value
            if page_size is None:
                break  # one request for the whole range: the exchange's own page is all we get
            since = until + 1
        return _series(points, OPEN_INTEREST_USD)
    except MarketDataError as error:
        error.partial = _series(points, OPEN_INTEREST_USD)  # type: ignore[attr-defined]
        raise
    finally:
        if session is not None:
            session.close()



def _store_then_raise(
    metrics: MetricsStore, series: str, symbol: str, config: ExchangeConfig, fetch: Callable[[], pd.Series]
) -> int:
    """Stores what `fetch` returns; when it fails part-way, stores the part fetched, then re-raises."""
    try:
        values = fetch()
    except MarketDataError as error:
        partial = getattr(error, "partial", None)
        if isinstance(partial, pd.Series) and not partial.empty:
            metrics.put(config.exchange_id, series, symbol, partial, origin=config.origin)
        raise
    return metrics.put(config.exchange_id, series, symbol, values, origin=config.origin)


def fill_funding_rates(
    metrics: MetricsStore,
    symbol: str,
    start: datetime,
    end: datetime,
    *,
    config: ExchangeConfig = DERIVATIVES,
    on_request: Callable[[str], None] | None = None,
) -> int:
    """Fetches funding rates into the store (series `funding_rate`); returns how many were stored."""
    fetch = functools.partial(fetch_funding_rates, symbol, start, end, config=config, on_request=on_request)
    return _store_then_raise(metrics, FUNDING_RATE, symbol, config, fetch)


def fill_open_interest(
    metrics: MetricsStore,
    symbol: str,
    start: datetime,
    end: datetime,
    *,
    period: str = "1d",
    config: ExchangeConfig = DERIVATIVES,
    on_request: Callable[[str], None] | None = None,
) -> int:
    """Fetches open interest into the store (series `open_interest_usd`); returns how many points were stored."""
    fetch = functools.partial(
        fetch_open_interest, symbol, start, end, period=period, config=config, on_request=on_request
    )
    return _store_then_raise(metrics, OPEN_INTEREST_USD, symbol, config, fetch)

