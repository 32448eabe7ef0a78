"""Funding and open-interest history for real: ccxt's binanceusdm against a local Binance USDⓈ-M.

The fake serves funding as three 8h prints a day, each equal to the shared
file's DAILY MEAN (the only funding data there is), so these tests check
paging, storing and faults, not real 8h prints.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
from binance_futures_server import (
    EXCHANGE_INFO,
    FUNDING,
    MARKET,
    OPEN_INTEREST,
    BinanceFuturesServer,
)
from loopback import Fault

from factcheck.errors import BadExchangeData, ExchangeUnavailable, RateLimited
from factcheck.market.derivatives import (
    fetch_funding_rates,
    fetch_open_interest,
    fill_funding_rates,
    fill_open_interest,
)
from factcheck.market.exchange import ExchangeConfig
from factcheck.market.metrics_store import MetricsStore

BTC = "BTC/USDT:USDT"
ETH = "ETH/USDT:USDT"
OI_START, OI_END = datetime(2025, 11, 8, tzinfo=UTC), datetime(2025, 12, 18, tzinfo=UTC)


@pytest.fixture
def server() -> Iterator[BinanceFuturesServer]:
    with BinanceFuturesServer(lifetime=60) as running:
        yield running


def quick(server: BinanceFuturesServer, *, timeout: float = 2.0, retries: int = 3) -> ExchangeConfig:
    """binanceusdm aimed at the fake server, with waits short enough for a test suite."""
    return ExchangeConfig("binanceusdm", base_url=server.url, timeout=timeout, retries=retries, backoff=0.01)


def daily_means(start: datetime, end: datetime) -> pd.Series:
    frame = pd.read_csv(MARKET / "BTC-USDT-PERP_funding_1d-mean_binance.csv", parse_dates=["timestamp"])
    means = frame.set_index("timestamp")["funding_rate_mean"]
    return means[(means.index >= start) & (means.index < end)]


def daily_open_interest(column: str) -> pd.Series:
    frame = pd.read_csv(MARKET / "BTC-ETH_open-interest_1d_binance-usdm.csv", parse_dates=["timestamp"])
    return frame.set_index("timestamp")[column]


def test_a_year_of_funding_in_two_pages(server: BinanceFuturesServer) -> None:
    start, end = datetime(2024, 1, 1, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC)
    urls: list[str] = []

    rates = fetch_funding_rates(BTC, start, end, config=quick(server), on_request=urls.append)

    assert server.paths() == [EXCHANGE_INFO, FUNDING, FUNDING]  # markets once + ceil(1098 / 1000)
    assert len(urls) == 3 and all(url.startswith(server.url) for url in urls)
    queries = server.queries(FUNDING)
    assert [q["limit"] for q in queries] == ["1000", "1000"] and {q["symbol"] for q in queries} == {"BTCUSDT"}
    assert queries[0]["startTime"] == str(int(start.timestamp() * 1000))
    assert queries[0]["endTime"] == str(int(end.timestamp() * 1000) - 1)  # never asks past the range
    means = daily_means(start, end)
    assert len(rates) == 3 * len(means) == 1098
    assert {t.hour for t in rates.index} == {0, 8, 16} and str(rates.index.tz) == "UTC"
    # each day's three prints average to the file's daily mean (to Binance's 8 decimals)
    per_day = rates.groupby(rates.index.floor("D")).mean()
    assert per_day.round(8).tolist() == means.round(8).tolist()
    assert rates[pd.Timestamp("2024-01-01 08:00", tz="UTC")] == 0.00032741


def test_the_funding_of_the_seed_day(server: BinanceFuturesServer) -> None:
    day = datetime(2026, 2, 9, tzinfo=UTC)

    rates = fetch_funding_rates(BTC, day, day + timedelta(days=1), config=quick(server))

    assert rates.tolist() == [-1.838e-05] * 3  # the daily mean, -1.84e-5 per 8h, as three prints
    assert server.paths() == [EXCHANGE_INFO, FUNDING]


def test_markets_are_loaded_once_per_process(server: BinanceFuturesServer) -> None:
    day = datetime(2026, 2, 9, tzinfo=UTC)
    config = quick(server)
    fetch_funding_rates(BTC, day, day + timedelta(days=1), config=config)
    fetch_open_interest(ETH, OI_START, OI_END, config=config)
    assert server.paths() == [EXCHANGE_INFO, FUNDING, OPEN_INTEREST]


def test_no_funding_in_the_range_is_an_empty_series(server: BinanceFuturesServer) -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    rates = fetch_funding_rates(ETH, start, start + timedelta(days=31), config=quick(server))
    assert rates.empty and rates.index.tz is not None
    assert server.paths() == [EXCHANGE_INFO, FUNDING]


def test_daily_open_interest_in_one_request(server: BinanceFuturesServer) -> None:
    interest = fetch_open_interest(BTC, OI_START, OI_END, config=quick(server))

    assert server.paths() == [EXCHANGE_INFO, OPEN_INTEREST]
    (query,) = server.queries(OPEN_INTEREST)
    assert (query["symbol"], query["period"], query["limit"]) == ("BTCUSDT", "1d", "500")
    expected = daily_open_interest("btc_oi_value_usd")
    assert len(interest) == 40 and list(interest.index) == list(expected.index)
    assert interest.tolist() == pytest.approx(expected.tolist(), rel=1e-12)


def test_hourly_open_interest_pages_in_windows_of_one_page(server: BinanceFuturesServer) -> None:
    """The fake answers the LATEST 500 points of a range: only windows of <= 500 points lose nothing."""
    interest = fetch_open_interest(ETH, OI_START, OI_END, period="1h", config=quick(server))

    assert server.paths() == [EXCHANGE_INFO, OPEN_INTEREST, OPEN_INTEREST]  # ceil(960 / 500)
    assert len(interest) == 40 * 24 and interest.index.is_unique
    assert (interest.index[1:] - interest.index[:-1] == pd.Timedelta(hours=1)).all()
    daily = daily_open_interest("eth_oi_value_usd")
    assert interest.resample("1D").first().tolist() == pytest.approx(daily.tolist(), rel=1e-12)


def test_429_with_retry_after_is_waited_out(server: BinanceFuturesServer) -> None:
    server.rate_limit_next(1, FUNDING, retry_after="0.3")
    day = datetime(2026, 2, 9, tzinfo=UTC)
    began = time.monotonic()

    rates = fetch_funding_rates(BTC, day, day + timedelta(days=1), config=quick(server))

    assert len(rates) == 3 and time.monotonic() - began >= 0.3
    assert server.paths() == [EXCHANGE_INFO, FUNDING, FUNDING]


def test_rate_limit_that_lasts_is_rate_limited(server: BinanceFuturesServer) -> None:
    server.rate_limit_next(10, OPEN_INTEREST, retry_after=None)
    with pytest.raises(RateLimited, match="kept rate-limiting after 2 attempts"):
        fetch_open_interest(BTC, OI_START, OI_END, config=quick(server, retries=1))
    assert server.paths().count(OPEN_INTEREST) == 2


def test_a_burst_of_5xx_is_retried(server: BinanceFuturesServer) -> None:
    server.fail_next(3, OPEN_INTEREST)

    interest = fetch_open_interest(BTC, OI_START, OI_END, config=quick(server))

    assert len(interest) == 40
    assert server.paths() == [EXCHANGE_INFO] + [OPEN_INTEREST] * 4


def test_a_failure_midway_keeps_and_stores_the_pages_fetched(server: BinanceFuturesServer, tmp_path: Path) -> None:
    start, end = datetime(2024, 1, 1, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC)
    server.script(1, Fault(FUNDING))  # the first page answers normally...
    server.fail_next(10, FUNDING, statuses=(503,))  # ...then the exchange stays down

    with MetricsStore(tmp_path / "m.sqlite") as metrics:
        with pytest.raises(ExchangeUnavailable, match="503") as caught:
            fill_funding_rates(metrics, BTC, start, end, config=quick(server, retries=1))
        (held,) = metrics.holdings()

    partial = caught.value.partial  # type: ignore[attr-defined]
    assert len(partial) == 1000 and partial.index[0] == pd.Timestamp(start)
    assert "binanceusdm BTC/USDT:USDT 8h 2024-01-01 00:00..2025-01-01 00:00 UTC" in str(caught.value)
    assert server.paths() == [EXCHANGE_INFO, FUNDING, FUNDING, FUNDING]
    assert (held.source, held.series, held.symbol, held.rows) == ("binanceusdm", "funding_rate", BTC, 1000)


def test_a_slow_exchange_times_out(server: BinanceFuturesServer) -> None:
    server.delay_next(5, 5.0, FUNDING)
    day = datetime(2026, 2, 9, tzinfo=UTC)
    began = time.monotonic()

    with pytest.raises(ExchangeUnavailable, match="did not answer"):
        fetch_funding_rates(BTC, day, day + timedelta(days=1), config=quick(server, timeout=0.3, retries=1))

    assert time.monotonic() - began < 2.5
    assert server.paths().count(FUNDING) == 2


def test_malformed_json_is_bad_data_and_not_retried(server: BinanceFuturesServer) -> None:
    server.send_next(1, FUNDING, b'[{"symbol":"BTCUSDT","fundingTime":1770595200000,"fundingRa')
    day = datetime(2026, 2, 9, tzinfo=UTC)
    with pytest.raises(BadExchangeData, match="sent data we cannot use.*answered something that is"):
        fetch_funding_rates(BTC, day, day + timedelta(days=1), config=quick(server))
    assert server.paths().count(FUNDING) == 1


def test_a_rate_that_is_not_a_number_is_bad_data(server: BinanceFuturesServer) -> None:
    server.send_next(1, FUNDING, b'[{"symbol":"BTCUSDT","fundingTime":1770595200000,"fundingRate":"n/a"}]')
    day = datetime(2026, 2, 9, tzinfo=UTC)
    with pytest.raises(BadExchangeData, match="fundingRate we cannot read"):
        fetch_funding_rates(BTC, day, day + timedelta(days=1), config=quick(server))


def test_a_negative_open_interest_is_bad_data(server: BinanceFuturesServer) -> None:
    body = b'[{"symbol":"BTCUSDT","sumOpenInterest":"-1","sumOpenInterestValue":"-70000","timestamp":1762560000000}]'
    server.send_next(1, OPEN_INTEREST, body)
    with pytest.raises(BadExchangeData, match="negative open interest"):
        fetch_open_interest(BTC, OI_START, OI_END, config=quick(server))


def test_a_spot_or_unknown_symbol_is_said_so(server: BinanceFuturesServer) -> None:
    day = datetime(2026, 2, 9, tzinfo=UTC)
    with pytest.raises(BadExchangeData, match="no perpetual BTC/USDT; the perpetual is BTC/USDT:USDT"):
        fetch_funding_rates("BTC/USDT", day, day + timedelta(days=1), config=quick(server))
    with pytest.raises(BadExchangeData, match="no market DOGE/USDT:USDT"):
        fetch_open_interest("DOGE/USDT:USDT", OI_START, OI_END, config=quick(server))


def test_an_exchange_without_open_interest_history_says_so() -> None:
    with pytest.raises(ExchangeUnavailable, match="kraken offers no fetchOpenInterestHistory"):
        fetch_open_interest(BTC, OI_START, OI_END, config=ExchangeConfig("kraken", base_url="http://127.0.0.1:9"))


def test_a_closed_port_fails_fast() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    began = time.monotonic()

    with pytest.raises(ExchangeUnavailable, match="cannot reach binanceusdm"):
        config = ExchangeConfig("binanceusdm", base_url=f"http://127.0.0.1:{port}")
        fetch_open_interest(BTC, OI_START, OI_END, config=config)

    assert time.monotonic() - began < 1.0


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        fetch_funding_rates(BTC, datetime(2024, 1, 1), datetime(2024, 1, 2))


def test_fetched_series_land_in_the_metrics_store(server: BinanceFuturesServer, tmp_path: Path) -> None:
    config = quick(server)
    with MetricsStore(tmp_path / "m.sqlite") as metrics:
        day = datetime(2026, 2, 9, tzinfo=UTC)
        assert fill_funding_rates(metrics, BTC, day - timedelta(days=1), day + timedelta(days=1), config=config) == 6
        assert fill_open_interest(metrics, ETH, OI_START, OI_END, config=config) == 40
        assert fill_open_interest(metrics, ETH, OI_START, OI_END, config=config) == 40  # replaced, not doubled
        held = {(h.source, h.series, h.symbol): h.rows for h in metrics.holdings()}
        on_the_day = metrics.get("binanceusdm", "funding_rate", BTC, day, day + timedelta(days=1))
    assert held == {("binanceusdm", "funding_rate", BTC): 6, ("binanceusdm", "open_interest_usd", ETH): 40}
    assert on_the_day.tolist() == [-1.838e-05] * 3
