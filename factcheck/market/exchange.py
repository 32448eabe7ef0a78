"""OHLCV candles from exchanges through ccxt: the only place ccxt's errors are caught.

`fetch_candles` pages through an exchange's candles with as few requests as the
exchange allows (markets loaded once per process, full pages, no request past
`end`), retries what is worth retrying (429/418, 5xx, timeouts, dropped
connections; not a host that refuses connections or does not resolve, so being
offline fails at once) and turns every ccxt exception into one of ours:

    ccxt RateLimitExceeded, DDoSProtection        -> RateLimited
    ccxt BadResponse, BadSymbol, absurd rows      -> BadExchangeData
    everything else (network, 5xx, 451, 403, ...) -> ExchangeUnavailable

An error raised part-way through keeps the candles fetched before it in its
`partial` attribute, so a caller can store what it got; `on_page` hands each
page over as it arrives, with the range it settles, so a caller can store it
at once.

Other fetchers (funding, open interest, liquidations) use the same machinery
through `ExchangeSession`: one ccxt exchange, its requests traced, its calls
retried and its errors translated, its markets loaded once per process.

    with ExchangeSession(config, Target(...), markets="swap") as session:
        session.load_markets()
        market = session.contract(symbol)
        page = session.call(session.exchange.fetch_liquidations, symbol, None, 100)
"""

from __future__ import annotations

import functools
import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, Self, TypeVar
from urllib.parse import urlsplit

import ccxt
import pandas as pd

from factcheck.errors import (
    BadExchangeData,
    ExchangeUnavailable,
    MarketDataError,
    RateLimited,
)
from factcheck.market.reach import ExchangeConfig
from factcheck.market.retry_after import MAX_RETRY_AFTER
from factcheck.market.retry_after import retry_after as _retry_after

__all__ = [
    "EXCHANGE_ERRORS",
    "REFUSED",
    "ExchangeConfig",
    "ExchangeSession",
    "PageSink",
    "Target",
    "aware_ms",
    "fetch_candles",
    "page_limit",
]

COLUMNS = ["open", "high", "low", "close", "volume"]
REFUSING_STATUSES = frozenset({401, 403, 407, 451})
"""Answers that mean "not for you" (auth, WAF, geo-block): retrying cannot help, another exchange might."""
REFUSED = "refused the request"
"""The words every refusal's message carries, so a caller can tell "not for you" from "not now"."""
RETRYABLE_4XX = frozenset({408, 418, 429})
PARSING_ERRORS = (TypeError, ValueError, KeyError, IndexError, AttributeError)
"""What ccxt's parsers raise, untranslated, on a JSON body of the wrong shape."""

EXCHANGE_ERRORS: Mapping[type[ccxt.BaseError], type[MarketDataError]] = MappingProxyType(
    {
        ccxt.BaseError: ExchangeUnavailable,
        ccxt.ExchangeError: ExchangeUnavailable,
        ccxt.OperationFailed: ExchangeUnavailable,
        ccxt.NetworkError: ExchangeUnavailable,
        ccxt.ExchangeNotAvailable: ExchangeUnavailable,
        ccxt.RequestTimeout: ExchangeUnavailable,
        ccxt.AuthenticationError: ExchangeUnavailable,
        ccxt.RestrictedLocation: ExchangeUnavailable,
        ccxt.NotSupported: ExchangeUnavailable,
        ccxt.BadRequest: ExchangeUnavailable,
        ccxt.DDoSProtection: RateLimited,
        ccxt.RateLimitExceeded: RateLimited,
        ccxt.BadResponse: BadExchangeData,
        ccxt.ChecksumError: BadExchangeData,
        ccxt.BadSymbol: BadExchangeData,
    }
)
"""Which of our errors each ccxt exception becomes; a class not listed takes its nearest listed base."""


DEFAULT_REACH = ExchangeConfig()
"""Binance with the default timeout and retries (frozen: safe as an argument's default)."""


@dataclass(frozen=True)
class Target:
    """What a fetch is for (exchange, symbol, bar size or interval, range), so every error can say it."""

    exchange: str
    symbol: str
    timeframe: str
    start: datetime
    end: datetime

    def error(self, cls: type[MarketDataError], message: str) -> MarketDataError:
        """Our error `cls` with `message`, carrying where it happened."""
        return cls(
            message,
            exchange=self.exchange,
            symbol=self.symbol,
            timeframe=self.timeframe,
            start=self.start,
            end=self.end,
        )


class _Tracer:
    """Watches each HTTP request ccxt makes on one exchange object, without subclassing it.

    It reports each URL to `on_request`, remembers the last status and headers
    (ccxt does not keep the status), and rejects bodies that are not JSON, which
    ccxt would otherwise hand to its parsers as a string and read as "no candles".
    """

    def __init__(self, exchange: Any, on_request: Callable[[str], None] | None) -> None:
        self.status: int | None = None
        self.headers: Mapping[str, str] = {}
        fetch = exchange.fetch
        on_rest_response = exchange.on_rest_response

        def traced_fetch(url: str, method: str = "GET", headers: Any = None, body: Any = None) -> Any:
            self.status, self.headers = None, {}
            if on_request is not None:
                on_request(url)
            result = fetch(url, method, headers, body)
            if isinstance(result, (str, bytes)):
                shown = result[:80]
                raise ccxt.BadResponse(f"{exchange.id} {method} {url} answered something that is not JSON: {shown!r}")
            return result

        def traced_response(code: int, reason: str, url: str, method: str, response_headers: Any, *rest: Any) -> Any:
            self.status, self.headers = code, response_headers or {}
            return on_rest_response(code, reason, url, method, response_headers, *rest)

        exchange.fetch = traced_fetch
        exchange.on_rest_response = traced_response


_markets: dict[tuple[str, str | None, str | None], tuple[list[Any], dict[str, Any]]] = {}
_markets_lock = threading.Lock()


def _point_at(urls: Any, base_url: str) -> Any:
    """The exchange's REST URLs with scheme and host swapped for `base_url`, paths kept."""
    if isinstance(urls, str):
        parts = urlsplit(urls)
        if parts.scheme not in ("http", "https"):
            return urls
        return base_url.rstrip("/") + urls[len(f"{parts.scheme}://{parts.netloc}") :]
    if isinstance(urls, dict):
        return {key: _point_at(value, base_url) for key, value in urls.items()}
    return urls


_ONLY: Mapping[tuple[str, str], Mapping[str, Any]] = MappingProxyType(
    {
        # By default ccxt also loads Binance's futures markets (fapi, dapi): two more requests, two more hosts to fail.
        ("binance", "spot"): {"options": {"fetchMarkets": {"types": ["spot"]}, "fetchMargins": False}},
        # Gate and HTX load spot, swap, delivery and option markets and every currency: five or more requests.
        # USDT-settled perpetuals are what is asked for; one request loads them.
        ("gate", "swap"): {
            "options": {"fetchMarkets": {"types": ["swap"]}, "swap": {"fetchMarkets": {"settlementCurrencies": ["usdt"]}}},
            "has": {"fetchCurrencies": False},
        },
        ("htx", "swap"): {
            "options": {"fetchMarkets": {"types": {"spot": False, "linear": True, "inverse": False}}},
            "has": {"fetchCurrencies": False},
        },
    }
)
"""ccxt settings that load only one kind of market (and no currency list), where an exchange allows it."""


def _markets_kind(exchange_id: str, markets: str | None) -> str | None:
    """The kind of markets actually loaded: Binance's `binance` id is its spot exchange whatever is asked."""
    return "spot" if exchange_id == "binance" else markets if (exchange_id, markets or "") in _ONLY else None


def _build(config: ExchangeConfig, where: Target, markets: str | None = None) -> Any:
    """A ccxt exchange with our timeout, loading only `markets` ("spot", "swap") where it can."""
    exchange_class = getattr(ccxt, config.exchange_id, None)
    if config.exchange_id not in ccxt.exchanges or exchange_class is None:
        raise where.error(ExchangeUnavailable, f"ccxt knows no exchange {config.exchange_id!r}")
    settings: dict[str, Any] = {"enableRateLimit": True, "timeout": max(1, int(config.timeout * 1000)), "options": {}}
    kind = _markets_kind(config.exchange_id, markets)
    if kind is not None:
        only = _ONLY[(config.exchange_id, kind)]
        settings["options"] = dict(only.get("options", {}))
        if "has" in only:
            settings["has"] = dict(only["has"])
    exchange = exchange_class(settings)
    if config.base_url is not None:
        exchange.urls["api"] = _point_at(exchange.urls["api"], config.base_url)
    return exchange


_NO_CONNECTION = {
    "ConnectionRefusedError": "connection refused",
    "NameResolutionError": "host name not resolved",
    "gaierror": "host name not resolved",
    "ConnectTimeoutError": "connect timed out",
    "ConnectTimeout": "connect timed out",
    "NewConnectionError": "no connection",
}
"""Exceptions (from requests, urllib3, socket) under a ccxt one that mean no connection was ever made."""


def _unreachable(error: BaseException) -> str | None:
    """Why no connection could be made (refused, no DNS, connect timeout), or None if one was.

    Such a host is not there right now (offline, wrong port); retrying only delays the fallback.
    """
    found: str | None = None
    seen: set[int] = set()
    todo: list[object] = [error]
    while todo:
        current = todo.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        reason = _NO_CONNECTION.get(type(current).__name__)
        if reason is not None and (found is None or found == "no connection"):
            found = reason
        todo += [current.__cause__, current.__context__, getattr(current, "reason", None), *current.args]
    return found


def _our_class(error: ccxt.BaseError) -> type[MarketDataError]:
    for cls in type(error).__mro__:
        if cls in EXCHANGE_ERRORS:
            return EXCHANGE_ERRORS[cls]
    return ExchangeUnavailable


def _short(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= 160 else text[:157] + "..."


def _translate(error: ccxt.BaseError, tracer: _Tracer, where: Target, attempts: int) -> MarketDataError:
    """Our error for a ccxt one, with a message that says what happened, not just ccxt's class name."""
    name, status = where.exchange, tracer.status
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    unreachable = _unreachable(error)
    if unreachable is not None:
        return where.error(ExchangeUnavailable, f"cannot reach {name}: {unreachable}")
    if status in REFUSING_STATUSES or isinstance(error, (ccxt.AuthenticationError, ccxt.RestrictedLocation)):
        shown = f"HTTP {status}" if status is not None else type(error).__name__
        reason = " (geo-blocked: restricted location)" if status == 451 else ""
        return where.error(ExchangeUnavailable, f"{name} {REFUSED}, {shown}{reason}: {_short(error)}")
    if status in (418, 429) or isinstance(error, (ccxt.RateLimitExceeded, ccxt.DDoSProtection)):
        return where.error(RateLimited, f"{name} kept rate-limiting{tries} (HTTP {status}): {_short(error)}")
    if isinstance(error, ccxt.RequestTimeout) and status is None:
        return where.error(ExchangeUnavailable, f"{name} did not answer within the timeout{tries}")
    if isinstance(error, ccxt.BadSymbol):
        return where.error(BadExchangeData, f"{name} has no market {where.symbol}: {_short(error)}")
    cls = _our_class(error)
    if cls is BadExchangeData:
        return where.error(cls, f"{name} sent data we cannot use: {_short(error)}")
    if cls is RateLimited:
        return where.error(cls, f"{name} kept rate-limiting{tries}: {_short(error)}")
    shown = f"HTTP {status}" if status is not None else type(error).__name__
    return where.error(cls, f"{name} unavailable{tries} ({shown}): {_short(error)}")


def _worth_retrying(error: ccxt.BaseError, status: int | None) -> bool:
    if _unreachable(error) is not None:
        return False
    if status is not None and status >= 500:
        return True
    if status is not None and 400 <= status < 500:
        return status in RETRYABLE_4XX
    return isinstance(error, ccxt.NetworkError)


_T = TypeVar("_T")


def _with_retries(call: Callable[[], _T], tracer: _Tracer, config: ExchangeConfig, where: Target) -> _T:
    """Runs one ccxt call, retrying transient failures with backoff; raises our error when they last."""
    attempt = 0
    while True:
        try:
            return call()
        except ccxt.BaseError as error:
            status = tracer.status
            if attempt >= config.retries or not _worth_retrying(error, status):
                raise _translate(error, tracer, where, attempt + 1) from error
            asked = _retry_after(tracer.headers)
            if asked is not None and asked > MAX_RETRY_AFTER:
                raise where.error(
                    RateLimited, f"{where.exchange} asked us to wait {asked:.0f} s (HTTP {status}); not waiting"
                ) from error
            time.sleep(asked if asked is not None else config.backoff * 2**attempt)
            attempt += 1
        except PARSING_ERRORS as error:
            # ccxt's parsers meeting a payload of the wrong shape (a dict for a list, a missing key)
            problem = f"{type(error).__name__}: {_short(error)}"
            raise where.error(BadExchangeData, f"{where.exchange} sent data of an unexpected shape: {problem}") from error


def _load_markets(exchange: Any, config: ExchangeConfig, markets: str | None = None) -> Callable[[], None]:
    """A call that gives `exchange` its markets: from this process's cache, or with one load."""
    key = (config.exchange_id, config.base_url, _markets_kind(config.exchange_id, markets))

    def load() -> None:
        with _markets_lock:
            cached = _markets.get(key)
            if cached is None:
                exchange.load_markets()
                if not exchange.markets:
                    raise ccxt.BadResponse(f"{exchange.id} listed no markets at all")
                _markets[key] = (list(exchange.markets.values()), dict(exchange.currencies or {}))
                return
        exchange.set_markets(*cached)

    return load


class ExchangeSession:
    """One ccxt exchange opened for one fetch, with everything a fetch needs around it.

    Every HTTP request is reported to `on_request`; `call` retries what is
    worth retrying (429/418 after their Retry-After, 5xx, timeouts, dropped
    connections) and raises our errors, carrying `target`, for the rest; a
    body that is not JSON, or JSON of a shape ccxt cannot parse, is
    BadExchangeData. `markets` ("spot", "swap") loads only that kind where the
    exchange allows it: fewer requests, fewer hosts to fail. A context
    manager: the exchange's connections are closed on leaving.
    """

    def __init__(
        self,
        config: ExchangeConfig,
        target: Target,
        *,
        on_request: Callable[[str], None] | None = None,
        markets: str | None = None,
    ) -> None:
        self.config = config
        self.target = target
        self.markets = markets
        self.exchange: Any = _build(config, target, markets)
        self._tracer = _Tracer(self.exchange, on_request)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.exchange.close()

    def error(self, cls: type[MarketDataError], message: str) -> MarketDataError:
        """Our error `cls` with `message`, carrying the target."""
        return self.target.error(cls, message)

    def call(self, method: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
        """`method(*args, **kwargs)` (a ccxt call on `exchange`), retried when worth it; our error when it fails."""
        return _with_retries(functools.partial(method, *args, **kwargs), self._tracer, self.config, self.target)

    def require(self, feature: str) -> None:
        """ExchangeUnavailable unless ccxt offers `feature` (e.g. "fetchLiquidations") on this exchange."""
        if not (self.exchange.has or {}).get(feature):
            raise self.error(ExchangeUnavailable, f"{self.target.exchange} offers no {feature} through ccxt")

    def load_markets(self) -> None:
        """The exchange's markets, loaded once per process (exchange, server and kind of markets)."""
        self.call(_load_markets(self.exchange, self.config, self.markets))

    def contract(self, symbol: str) -> dict[str, Any]:
        """The derivatives market named exactly `symbol` ("BTC/USDT:USDT"), or BadExchangeData saying what there is.

        ccxt would quietly read "BTC/USDT" as the perpetual; what we store must be named as what it is.
        """
        market: dict[str, Any] = self.call(self.exchange.market, symbol)
        if market.get("symbol") != symbol or not market.get("contract"):
            hint = f"; the perpetual is {market['symbol']}" if market.get("contract") else ""
            raise self.error(BadExchangeData, f"{self.target.exchange} has no perpetual {symbol}{hint}")
        return market


def _empty() -> pd.DataFrame:
    index = pd.DatetimeIndex(pd.to_datetime([], unit="ms", utc=True), name="timestamp")
    return pd.DataFrame({column: pd.Series([], dtype="float64") for column in COLUMNS}, index=index)


def _frame(rows: list[list[Any]]) -> pd.DataFrame:
    if not rows:
        return _empty()
    frame = pd.DataFrame([row[1:6] for row in rows], columns=COLUMNS, dtype="float64")
    frame.index = pd.DatetimeIndex(pd.to_datetime([int(row[0]) for row in rows], unit="ms", utc=True), name="timestamp")
    frame = frame[~frame.index.duplicated(keep="last")]
    return frame.sort_index()


def _impossible(candle: list[Any]) -> str | None:
    """Why a parsed candle cannot be real (missing or non-numeric field, high below low...), or None."""
    if not isinstance(candle, list) or len(candle) < 6:
        return "not a candle"
    try:
        ts, o, h, low, c, v = (float(x) for x in candle[:6])
    except (TypeError, ValueError):
        return "a field that is not a number"
    if not all(math.isfinite(x) for x in (ts, o, h, low, c, v)):
        return "a field that is not a number"
    if not (0 < low <= min(o, c) and max(o, c) <= h) or v < 0:
        return "prices outside low..high or a negative volume"
    return None


def _guard_candles(exchange: Any) -> None:
    """Checks every candle as ccxt parses it, since ccxt silently drops rows it cannot read a time from."""
    parse_ohlcv = exchange.parse_ohlcv

    def checked(ohlcv: Any, market: Any = None) -> Any:
        candle = parse_ohlcv(ohlcv, market)
        problem = _impossible(candle)
        if problem is not None:
            raise ccxt.BadResponse(f"{exchange.id} sent an impossible candle ({problem}): {str(ohlcv)[:120]}")
        return candle

    exchange.parse_ohlcv = checked


def aware_ms(moment: datetime) -> int:
    """Epoch ms of a tz-aware time, as exchanges are asked; a naive time is a caller's bug, not a market error."""
    if moment.tzinfo is None:
        raise ValueError(f"{moment!r} has no time zone; exchange data is fetched for tz-aware times only")
    return int(moment.timestamp() * 1000)


PageSink = Callable[[pd.DataFrame, datetime, datetime], None]
"""Receives each page's candles and the range [start, end) that page settles."""


def _limit_for(exchange: Any, symbol: str) -> int | None:
    """The most candles one request may ask for, from ccxt's feature table (spot, or a perpetual's kind)."""
    features = exchange.features or {}
    if ":" not in symbol:
        block = features.get("spot") or {}
    else:
        pair, settle = symbol.split(":", 1)
        kind = "linear" if pair.endswith("/" + settle) else "inverse"
        block = (features.get("swap") or {}).get(kind) or {}
    limit = (block.get("fetchOHLCV") or {}).get("limit")
    return int(limit) if limit else None


@functools.cache
def page_limit(exchange_id: str, symbol: str) -> int | None:
    """Candles per request on `exchange_id` for `symbol` (Binance spot: 1000), None when ccxt does not say."""
    exchange_class = getattr(ccxt, exchange_id, None)
    if exchange_id not in ccxt.exchanges or exchange_class is None:
        return None
    return _limit_for(exchange_class(), symbol)


def _time(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


def fetch_candles(
    symbol: str,
    timeframe: str,
    start: datetime,
    end: datetime,
    *,
    config: ExchangeConfig = DEFAULT_REACH,
    on_request: Callable[[str], None] | None = None,
    on_page: PageSink | None = None,
) -> pd.DataFrame:
    """Candles whose open time t satisfies start <= t < end, indexed by `timestamp` (UTC).

    Missing bars are simply absent (the caller decides what a gap means). Raises
    a MarketDataError subclass carrying the exchange, symbol, timeframe, range
    and, as `partial`, the candles fetched before the failure. `on_request`
    sees the URL of every HTTP request made, retries included. `on_page` gets
    each page with the span it settles: from where the page was asked to its
    last bar (or to `end` once the exchange has nothing more), so a gap the
    exchange answered for is settled too; an exchange that repeats a page
    settles nothing past it.
    """
    start_ms, end_ms = aware_ms(start), aware_ms(end)
    where = Target(config.exchange_id, symbol, timeframe, start, end)
    if start_ms >= end_ms:
        return _empty()
    rows: list[list[Any]] = []
    session: ExchangeSession | None = None
    try:
        session = ExchangeSession(config, where, on_request=on_request, markets="spot" if ":" not in symbol else None)
        exchange = session.exchange
        _guard_candles(exchange)
        session.load_markets()
        if timeframe not in (exchange.timeframes or {}):
            raise where.error(ExchangeUnavailable, f"{where.exchange} offers no {timeframe!r} candles")
        step = int(exchange.parse_timeframe(timeframe) * 1000)
        limit = _limit_for(exchange, symbol)
        since, last = start_ms, -1
        while since < end_ms:
            # Ask for no more bars than the range holds: less to send, and a lighter request weight.
            wanted = -(-(end_ms - since) // step)
            page_size = min(limit, wanted) if limit is not None else None
            page: list[list[Any]] = session.call(exchange.fetch_ohlcv, symbol, timeframe, since, page_size)
            fresh = [row for row in page if int(row[0]) > last]
            if not fresh:
                if not page and on_page is not None:
                    on_page(_empty(), _time(since), end)  # the exchange has nothing from `since` on
                break  # nothing new: an empty page, or the same page again
            kept = [row for row in fresh if start_ms <= int(row[0]) < end_ms]
            rows += kept
            last = max(int(row[0]) for row in fresh)
            short = page_size is not None and len(page) < page_size  # the exchange has nothing more there
            if on_page is not None:
                on_page(_frame(kept), _time(since), end if short else _time(min(end_ms, last + step)))
            since = last + step
            if short:
                break
        return _frame(rows)
    except MarketDataError as error:
        error.partial = _frame(rows)  # type: ignore[attr-defined]
        raise
    finally:
        if session is not None:
            session.close()
