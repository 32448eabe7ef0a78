"""The Crypto Fear & Greed Index, from alternative.me over httpx: the only place its errors are caught.

alternative.me's public API answers `GET {base}/fng/?limit=N&format=json`
(limit=0: the whole history, since 2018-02-01) newest first:

    {"name": "Fear and Greed Index",
     "data": [{"value": "14", "value_classification": "Extreme Fear",
               "timestamp": "1770595200", "time_until_update": "..."}, ...],
     "metadata": {"error": null}}

`timestamp` is the UTC midnight, in Unix seconds, of the day the value was
published. We send no `date_format`: with one, the API writes dates as
ambiguous day/month text ("09-02-2026") instead.

Errors become ours, like the exchange path (`factcheck.market.exchange`) does:

    connection refused, no DNS, connect timeout   -> ExchangeUnavailable at once (nothing is there)
    read timeout, dropped connection, 5xx, 408    -> retried with backoff, then ExchangeUnavailable
    429 / 418                                     -> retried, waiting out Retry-After, then RateLimited
    any other status                              -> ExchangeUnavailable at once
    not JSON, a missing field, a value that is not
    an integer 0..100, metadata.error set         -> BadExchangeData at once (asking again gets the same)
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pandas as pd

from factcheck.errors import (
    BadExchangeData,
    ExchangeUnavailable,
    MarketDataError,
    RateLimited,
)
from factcheck.fear_greed_classes import BANDS, classify_fear_greed  # noqa: F401  (part of this module's interface)
from factcheck.market.metrics_store import FEAR_GREED, NO_SYMBOL, MetricsStore
from factcheck.market.retry_after import MAX_RETRY_AFTER
from factcheck.market.retry_after import retry_after as _retry_after

__all__ = [
    "BANDS",
    "DEFAULT_BASE_URL",
    "SOURCE",
    "classify_fear_greed",
    "fear_greed_on",
    "fetch_fear_greed",
    "fill_fear_greed",
]

DEFAULT_BASE_URL = "https://api.alternative.me"
SOURCE = "alternative.me"
"""The source name the index is stored under."""

_RETRY_STATUSES = frozenset({408, 418, 429})


def _error(cls: type[MarketDataError], message: str) -> MarketDataError:
    return cls(message, exchange=SOURCE, timeframe="1d")


def _get(
    client: httpx.Client,
    request: httpx.Request,
    *,
    retries: int,
    backoff: float,
    on_request: Callable[[str], None] | None,
) -> httpx.Response:
    """One GET, retried while the failure is worth retrying; raises our error when it lasts."""
    attempt = 0
    while True:
        wait: float | None = None
        tries = f" after {attempt + 1} attempts" if attempt else ""
        if on_request is not None:
            on_request(str(request.url))
        try:
            response = client.send(request)
        except (httpx.ConnectError, httpx.ConnectTimeout) as error:
            raise _error(ExchangeUnavailable, f"cannot reach {SOURCE} at {request.url.host}: {error}") from error
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as error:
            if attempt >= retries:
                timed_out = isinstance(error, httpx.TimeoutException)
                what = "did not answer within the timeout" if timed_out else "dropped the connection"
                raise _error(ExchangeUnavailable, f"{SOURCE} {what}{tries}") from error
        except httpx.HTTPError as error:
            raise _error(ExchangeUnavailable, f"cannot ask {SOURCE}: {error}") from error
        else:
            status = response.status_code
            if status < 400:
                return response
            if status not in _RETRY_STATUSES and status < 500:
                raise _error(ExchangeUnavailable, f"{SOURCE} refused the request, HTTP {status}")
            limited = status in (418, 429)
            if attempt >= retries:
                cls = RateLimited if limited else ExchangeUnavailable
                verb = "kept rate-limiting" if limited else "unavailable"
                raise _error(cls, f"{SOURCE} {verb}{tries} (HTTP {status})")
            wait = _retry_after(response.headers)
            if wait is not None and wait > MAX_RETRY_AFTER:
                raise _error(RateLimited, f"{SOURCE} asked us to wait {wait:.0f} s (HTTP {status}); not waiting")
        time.sleep(wait if wait is not None else backoff * 2**attempt)
        attempt += 1


def _integer(entry: dict[str, Any], field: str) -> int:
    """A field that must hold a whole number, given as text ("14") or as a number."""
    raw = entry.get(field)
    if raw is None:
        raise _error(BadExchangeData, f"{SOURCE} sent an entry without {field!r}: {str(entry)[:120]}")
    number = float("nan")
    if isinstance(raw, (str, int, float)) and not isinstance(raw, bool):
        try:
            number = float(raw)
        except ValueError:
            pass
    if not number.is_integer():
        raise _error(BadExchangeData, f"{SOURCE} sent a {field} that is not a whole number: {raw!r}")
    return int(number)


def _parse(body: bytes) -> pd.Series:
    """The index by UTC day from an answer's body, or BadExchangeData saying what is wrong with it."""
    try:
        payload = json.loads(body)
    except ValueError as error:
        raise _error(BadExchangeData, f"{SOURCE} answered something that is not JSON: {body[:80]!r}") from error
    if not isinstance(payload, dict):
        raise _error(BadExchangeData, f"{SOURCE} answered JSON of an unexpected shape: {body[:80]!r}")
    metadata = payload.get("metadata")
    problem = metadata.get("error") if isinstance(metadata, dict) else None
    if problem:
        raise _error(BadExchangeData, f"{SOURCE} answered with an error: {problem}")
    data = payload.get("data")
    if not isinstance(data, list) or not all(isinstance(entry, dict) for entry in data):
        raise _error(BadExchangeData, f"{SOURCE} answered without a list of values: {body[:80]!r}")
    values: dict[pd.Timestamp, int] = {}
    for entry in data:
        value, seconds = _integer(entry, "value"), _integer(entry, "timestamp")
        if not 0 <= value <= 100:
            raise _error(BadExchangeData, f"{SOURCE} sent a value outside 0..100: {value}")
        values[pd.Timestamp(seconds, unit="s", tz="UTC").floor("D")] = value
    index = pd.DatetimeIndex(list(values), tz="UTC", name="date")
    return pd.Series(list(values.values()), index=index, dtype="int64", name=FEAR_GREED).sort_index()


def fetch_fear_greed(
    limit: int = 0,
    *,
    base_url: str = DEFAULT_BASE_URL,
    timeout: float = 10.0,
    retries: int = 3,
    backoff: float = 1.0,
    on_request: Callable[[str], None] | None = None,
) -> pd.Series:
    """The index (ints 0..100) indexed by the UTC day it was published, oldest first.

    `limit` is the number of most recent days, 0 for the whole history (one
    request either way). `retries` extra attempts follow a 429/418, 5xx or
    timeout, `backoff` seconds doubled each time unless Retry-After says
    otherwise; `on_request` sees the URL of every attempt.
    """
    if limit < 0 or timeout <= 0 or retries < 0 or backoff < 0:
        raise ValueError("limit, retries and backoff must be >= 0 and timeout > 0")
    with httpx.Client(timeout=timeout, follow_redirects=True, headers={"Accept": "application/json"}) as client:
        request = client.build_request(
            "GET", base_url.rstrip("/") + "/fng/", params={"limit": str(limit), "format": "json"}
        )
        response = _get(client, request, retries=retries, backoff=backoff, on_request=on_request)
    return _parse(response.content)


def fill_fear_greed(
    metrics: MetricsStore,
    limit: int = 0,
    *,
    base_url: str = DEFAULT_BASE_URL,
    timeout: float = 10.0,
    retries: int = 3,
    backoff: float = 1.0,
) -> int:
    """Fetches the index (`limit` days, 0 for all) into the store; returns how many days were stored."""
    values = fetch_fear_greed(limit, base_url=base_url, timeout=timeout, retries=retries, backoff=backoff)
    return metrics.put(SOURCE, FEAR_GREED, NO_SYMBOL, values.astype("float64"), origin=base_url.rstrip("/") + "/fng/")


def _utc_day(day: date | datetime) -> date:
    if isinstance(day, datetime):
        if day.tzinfo is None:
            raise ValueError(f"{day!r} has no time zone; give a tz-aware time or a date")
        return day.astimezone(UTC).date()
    return day


def fear_greed_on(day: date | datetime, *, metrics: MetricsStore | None = None) -> tuple[int, str] | None:
    """The index and its class for a UTC day (a time counts as its UTC day), or None if the store lacks that day.

    The value of a day is published at its 00:00 UTC, so it was known all that day.
    """
    start = datetime.combine(_utc_day(day), datetime.min.time(), UTC)
    store = metrics if metrics is not None else MetricsStore()
    try:
        held = store.get(SOURCE, FEAR_GREED, NO_SYMBOL, start, start + timedelta(days=1))
    finally:
        if metrics is None:
            store.close()
    if held.empty:
        return None
    value = int(held.iloc[0])
    return value, classify_fear_greed(value)
