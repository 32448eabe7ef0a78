"""The ccxt path for real: ccxt's binance against a local fake Binance, faults and all."""

from __future__ import annotations

import inspect
import socket
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import ccxt
import pandas as pd
import pytest
from binance_server import KLINES, MARKET, BinanceServer, Row, Scripted

from factcheck.errors import (
    BadExchangeData,
    ExchangeUnavailable,
    MarketDataError,
    RateLimited,
)
from factcheck.market.exchange import EXCHANGE_ERRORS, ExchangeConfig, fetch_candles

UTC = UTC
START = datetime(2024, 1, 1, tzinfo=UTC)
INFO = "/api/v3/exchangeInfo"


@pytest.fixture
def server() -> Iterator[BinanceServer]:
    with BinanceServer(lifetime=60) as running:
        yield running


def quick(server: BinanceServer, **changes: float) -> ExchangeConfig:
    """A config aimed at the fake server with waits short enough for a test suite."""
    settings: dict[str, float | int] = {"timeout": 2.0, "retries": 3, "backoff": 0.01} | changes
    return ExchangeConfig(
        base_url=server.url,
        timeout=float(settings["timeout"]),
        retries=int(settings["retries"]),
        backoff=float(settings["backoff"]),
    )


def csv_candles(name: str, start: datetime, end: datetime) -> pd.DataFrame:
    frame = pd.read_csv(MARKET / name, parse_dates=["timestamp"], index_col="timestamp")
    return frame[(frame.index >= start) & (frame.index < end)].astype("float64")


def test_pages_through_3000_hourly_candles_with_the_fewest_requests(server: BinanceServer) -> None:
    end = START + timedelta(hours=3000)
    urls: list[str] = []

    candles = fetch_candles("BTC/USDT", "1h", START, end, config=quick(server), on_request=urls.append)

    assert server.paths() == [INFO, KLINES, KLINES, KLINES]  # markets once + ceil(3000 / 1000) pages
    assert len(urls) == 4 and all(url.startswith(server.url) for url in urls)
    assert [q["limit"] for q in server.queries()] == ["1000"] * 3
    expected = csv_candles("BTC-USDT_1h_binance-spot.csv", START, end)
    assert len(expected) == 3000
    pd.testing.assert_frame_equal(candles, expected, check_exact=True, check_freq=False)


def test_markets_are_loaded_once_per_process(server: BinanceServer) -> None:
    config = quick(server)
    fetch_candles("BTC/USDT", "1h", START, START + timedelta(hours=5), config=config)
    fetch_candles("ETH/USDT", "1h", START, START + timedelta(hours=5), config=config)
    assert server.paths() == [INFO, KLINES, KLINES]


def test_start_is_inclusive_end_exclusive_and_unaligned_start_rounds_up(server: BinanceServer) -> None:
    config = quick(server)
    start, end = datetime(2026, 2, 9, 10, 30, tzinfo=UTC), datetime(2026, 2, 9, 15, tzinfo=UTC)

    candles = fetch_candles("BTC/USDT", "1h", start, end, config=config)

    assert [t.hour for t in candles.index] == [11, 12, 13, 14]
    assert server.queries()[0]["limit"] == "5"  # no more bars asked for than the range can hold
    assert str(candles.index.tz) == "UTC" and candles.index.name == "timestamp"
    assert list(candles.columns) == ["open", "high", "low", "close", "volume"]
    one = fetch_candles("BTC/USDT", "1h", end, end + timedelta(hours=1), config=config)
    assert list(one.index) == [pd.Timestamp(end)]


def test_daily_candles_are_binance_days(server: BinanceServer) -> None:
    start, end = datetime(2026, 2, 1, tzinfo=UTC), datetime(2026, 2, 11, tzinfo=UTC)

    candles = fetch_candles("BTC/USDT", "1d", start, end, config=quick(server))

    expected = csv_candles("BTC-USDT_1d_binance-spot.csv", start, end)
    pd.testing.assert_frame_equal(candles, expected, check_exact=True, check_freq=False)
    day = candles.loc[pd.Timestamp("2026-02-09", tz="UTC")]
    assert (day.open, day.high, day.low, day.close) == (70330.38, 71453.53, 68308.00, 70138.00)


def test_nothing_there_gives_an_empty_frame_not_an_error(server: BinanceServer) -> None:
    config = quick(server)
    later = datetime(2030, 1, 1, tzinfo=UTC)

    empty = fetch_candles("BTC/USDT", "1h", later, later + timedelta(days=1), config=config)
    assert empty.empty and list(empty.columns) == ["open", "high", "low", "close", "volume"]
    assert isinstance(empty.index, pd.DatetimeIndex) and str(empty.index.tz) == "UTC"
    assert server.paths() == [INFO, KLINES]

    assert fetch_candles("BTC/USDT", "1h", later, later, config=config).empty
    assert server.paths() == [INFO, KLINES]  # an empty range asks nothing


def test_a_gap_stays_a_gap(server: BinanceServer) -> None:
    end = START + timedelta(days=3)
    hole = (START + timedelta(hours=30), START + timedelta(hours=40))
    server.drop(*hole)

    candles = fetch_candles("BTC/USDT", "1h", START, end, config=quick(server))

    expected = csv_candles("BTC-USDT_1h_binance-spot.csv", START, end)
    expected = expected[(expected.index < hole[0]) | (expected.index >= hole[1])]
    assert len(candles) == 72 - 10
    pd.testing.assert_frame_equal(candles, expected, check_exact=True, check_freq=False)


def test_429_with_retry_after_is_waited_out(server: BinanceServer) -> None:
    server.rate_limit_next(2, retry_after=1)
    began = time.monotonic()

    candles = fetch_candles("BTC/USDT", "1h", START, START + timedelta(hours=24), config=quick(server))

    assert len(candles) == 24
    assert time.monotonic() - began >= 2.0  # Retry-After (1 s) won over the 0.01 s backoff, twice
    assert server.paths() == [INFO, KLINES, KLINES, KLINES]


def test_a_burst_of_5xx_is_retried(server: BinanceServer) -> None:
    server.fail_next(3, statuses=(500, 502, 503))
    urls: list[str] = []

    candles = fetch_candles(
        "BTC/USDT", "1h", START, START + timedelta(hours=24), config=quick(server), on_request=urls.append
    )

    assert len(candles) == 24
    assert len(urls) == 5 and server.paths() == [INFO] + [KLINES] * 4


def test_rate_limit_that_lasts_raises_rate_limited_saying_where(server: BinanceServer) -> None:
    server.rate_limit_next(10, retry_after=None)

    with pytest.raises(RateLimited) as caught:
        fetch_candles("BTC/USDT", "1h", START, START + timedelta(hours=24), config=quick(server, retries=2))

    error = caught.value
    assert (error.exchange, error.symbol, error.timeframe) == ("binance", "BTC/USDT", "1h")
    assert (error.start, error.end) == (START, START + timedelta(hours=24))
    assert "binance BTC/USDT 1h 2024-01-01 00:00..2024-01-02 00:00 UTC" in str(error)
    assert "3 attempts" in str(error)
    assert server.paths().count(KLINES) == 3


def test_a_ban_longer_than_we_wait_fails_at_once(server: BinanceServer) -> None:
    server.rate_limit_next(1, retry_after=3600, status=418)

    with pytest.raises(RateLimited, match="3600"):
        fetch_candles("BTC/USDT", "1h", START, START + timedelta(hours=24), config=quick(server))
    assert server.paths().count(KLINES) == 1


def test_5xx_that_lasts_raises_exchange_unavailable(server: BinanceServer) -> None:
    server.fail_next(10, statuses=(503,))

    with pytest.raises(ExchangeUnavailable, match="503") as caught:
        fetch_candles("ETH/USDT", "1h", START, START + timedelta(hours=24), config=quick(server, retries=1))
    assert "binance ETH/USDT 1h" in str(caught.value)
    assert server.paths().count(KLINES) == 2


def test_a_slow_exchange_times_out_quickly(server: BinanceServer) -> None:
    server.delay_next(5, 5.0)
    began = time.monotonic()

    with pytest.raises(ExchangeUnavailable, match="did not answer"):
        config = quick(server, timeout=0.3, retries=1)
        fetch_candles("BTC/USDT", "1h", START, START + timedelta(hours=24), config=config)

    assert time.monotonic() - began < 2.0
    assert server.paths().count(KLINES) == 2


def test_malformed_json_is_bad_data(server: BinanceServer) -> None:
    server.malformed_next(1)
    with pytest.raises(BadExchangeData, match="not JSON"):
        fetch_candles("BTC/USDT", "1h", START, START + timedelta(hours=24), config=quick(server))
    assert server.paths().count(KLINES) == 1  # garbage is not retried


def _high_below_low(rows: list[Row]) -> list[Row]:
    first = list(rows[0])
    first[2], first[3] = first[3], first[2]
    return [first, *rows[1:]]


def _not_a_number(rows: list[Row]) -> list[Row]:
    return [[row[0], "n/a", *row[2:]] for row in rows]


def _no_prices(rows: list[Row]) -> list[Row]:
    return [{"openTime": row[0]} for row in rows]  # type: ignore[misc]


@pytest.mark.parametrize("change", [_high_below_low, _not_a_number, _no_prices])
def test_absurd_rows_are_bad_data(server: BinanceServer, change: object) -> None:
    server.corrupt_next(1, change)  # type: ignore[arg-type]
    with pytest.raises(BadExchangeData):
        fetch_candles("BTC/USDT", "1h", START, START + timedelta(hours=24), config=quick(server))


def test_json_of_the_wrong_shape_is_bad_data(server: BinanceServer) -> None:
    server.script(1, Scripted(KLINES, 200, b'{"klines": "later"}'))
    with pytest.raises(BadExchangeData, match="impossible candle"):
        fetch_candles("BTC/USDT", "1h", START, START + timedelta(hours=24), config=quick(server))


def test_a_failure_midway_keeps_the_pages_already_fetched(server: BinanceServer) -> None:
    server.script(1, Scripted(KLINES))  # the first page answers normally
    server.fail_next(10, statuses=(502,))
    end = START + timedelta(hours=3000)

    with pytest.raises(ExchangeUnavailable) as caught:
        fetch_candles("BTC/USDT", "1h", START, end, config=quick(server, retries=1))

    partial = caught.value.partial  # type: ignore[attr-defined]
    expected = csv_candles("BTC-USDT_1h_binance-spot.csv", START, START + timedelta(hours=1000))
    pd.testing.assert_frame_equal(partial, expected, check_exact=True, check_freq=False)


def test_the_same_page_again_ends_the_loop(server: BinanceServer) -> None:
    query = {"symbol": "BTCUSDT", "interval": "1h", "startTime": "1704067200000", "limit": "1000"}
    _, first = server.answer(KLINES, query)
    assert isinstance(first, list)
    server.corrupt_next(10, lambda rows: first)

    candles = fetch_candles("BTC/USDT", "1h", START, START + timedelta(hours=3000), config=quick(server))

    assert len(candles) == 1000
    assert server.paths() == [INFO, KLINES, KLINES]


def test_451_is_a_refusal_not_retried(server: BinanceServer) -> None:
    server.block(451)

    with pytest.raises(ExchangeUnavailable, match="refused") as caught:
        fetch_candles("BTC/USDT", "1h", START, START + timedelta(hours=24), config=quick(server))

    assert "451" in str(caught.value)
    assert server.paths() == [INFO]


def test_unknown_symbol_is_said_so(server: BinanceServer) -> None:
    with pytest.raises(BadExchangeData, match="XRP/USDT"):
        fetch_candles("XRP/USDT", "1h", START, START + timedelta(hours=24), config=quick(server))
    assert server.paths() == [INFO]


def test_unknown_timeframe_is_unavailable(server: BinanceServer) -> None:
    with pytest.raises(ExchangeUnavailable, match="7h"):
        fetch_candles("BTC/USDT", "7h", START, START + timedelta(hours=24), config=quick(server))


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        fetch_candles("BTC/USDT", "1h", datetime(2024, 1, 1), datetime(2024, 1, 2))


def test_a_closed_port_fails_fast() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    began = time.monotonic()

    with pytest.raises(ExchangeUnavailable, match="cannot reach binance"):
        config = ExchangeConfig(base_url=f"http://127.0.0.1:{port}")  # default retries and backoff
        fetch_candles("BTC/USDT", "1h", START, START + timedelta(hours=24), config=config)

    assert time.monotonic() - began < 1.0  # refused connections are not retried with backoff


def test_other_exchanges_go_through_ccxt_to_the_base_url(server: BinanceServer) -> None:
    urls: list[str] = []
    with pytest.raises(MarketDataError):
        fetch_candles(
            "BTC/USD", "1h", START, START + timedelta(hours=24),
            config=ExchangeConfig("kraken", base_url=server.url, retries=0), on_request=urls.append,
        )
    assert urls and all(url.startswith(server.url) for url in urls)


def test_every_ccxt_error_maps_to_one_of_ours() -> None:
    module = sys.modules["ccxt.base.errors"]
    classes = [c for _, c in inspect.getmembers(module, inspect.isclass) if issubclass(c, ccxt.BaseError)]
    assert len(classes) > 30
    for cls in classes:
        ours = next(EXCHANGE_ERRORS[base] for base in cls.__mro__ if base in EXCHANGE_ERRORS)
        assert issubclass(ours, MarketDataError) and ours is not MarketDataError, cls
    assert next(EXCHANGE_ERRORS[b] for b in ccxt.RateLimitExceeded.__mro__ if b in EXCHANGE_ERRORS) is RateLimited
    assert next(EXCHANGE_ERRORS[b] for b in ccxt.DDoSProtection.__mro__ if b in EXCHANGE_ERRORS) is RateLimited
    assert next(EXCHANGE_ERRORS[b] for b in ccxt.NullResponse.__mro__ if b in EXCHANGE_ERRORS) is BadExchangeData
    assert next(EXCHANGE_ERRORS[b] for b in ccxt.OnMaintenance.__mro__ if b in EXCHANGE_ERRORS) is ExchangeUnavailable


def test_an_empty_market_list_is_bad_data_and_not_remembered(server: BinanceServer) -> None:
    server.script(1, Scripted(INFO, 200, b"{}"))
    config = quick(server)
    with pytest.raises(BadExchangeData, match="no markets"):
        fetch_candles("BTC/USDT", "1h", START, START + timedelta(hours=24), config=config)
    assert len(fetch_candles("BTC/USDT", "1h", START, START + timedelta(hours=24), config=config)) == 24
    assert server.paths() == [INFO, INFO, KLINES]
