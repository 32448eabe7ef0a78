"""The Fear & Greed client for real: httpx against a local alternative.me serving the shared history."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pandas as pd
import pytest
from fng_server import FILE, FNG, FearGreedServer, body

from factcheck.errors import BadExchangeData, ExchangeUnavailable, RateLimited
from factcheck.market.csv_import import import_csv
from factcheck.market.fear_greed import (
    classify_fear_greed,
    fear_greed_on,
    fetch_fear_greed,
    fill_fear_greed,
)
from factcheck.market.metrics_store import MetricsStore
from factcheck.market.store import Store


@pytest.fixture
def server() -> Iterator[FearGreedServer]:
    with FearGreedServer(lifetime=60) as running:
        yield running


def fetch(
    server: FearGreedServer,
    limit: int = 1,
    *,
    timeout: float = 2.0,
    retries: int = 3,
    backoff: float = 0.01,
    base_url: str | None = None,
    on_request: Callable[[str], None] | None = None,
) -> pd.Series:
    """The client aimed at the fake server, with waits short enough for a test suite."""
    return fetch_fear_greed(
        limit, base_url=base_url or server.url, timeout=timeout, retries=retries, backoff=backoff, on_request=on_request
    )


def test_the_whole_history_in_one_request(server: FearGreedServer) -> None:
    urls: list[str] = []

    index = fetch(server, 0, on_request=urls.append)

    assert server.paths() == [FNG] and len(urls) == 1
    assert server.queries(FNG) == [{"limit": "0", "format": "json"}]  # no date_format: Unix seconds
    expected = pd.read_csv(FILE, parse_dates=["timestamp"], index_col="timestamp")["value"]
    assert len(index) == len(expected) == 3040
    assert index.tolist() == expected.tolist() and list(index.index) == list(expected.index)
    assert index.dtype == "int64" and str(index.index.tz) == "UTC" and index.index.is_monotonic_increasing
    assert index[pd.Timestamp("2026-02-09", tz="UTC")] == 14
    assert index[pd.Timestamp("2026-02-08", tz="UTC")] == 7


def test_a_limit_asks_for_the_latest_days(server: FearGreedServer) -> None:
    index = fetch(server, 3)

    assert server.queries(FNG)[0]["limit"] == "3"
    assert [d.date() for d in index.index] == [date(2026, 5, 31), date(2026, 6, 1), date(2026, 6, 2)]
    assert index.tolist()[-2:] == [29, 23]


def test_429_with_retry_after_is_waited_out(server: FearGreedServer) -> None:
    server.rate_limit_next(1, FNG, retry_after="0.3")
    began = time.monotonic()

    index = fetch(server, 1, backoff=5.0)

    assert 0.3 <= time.monotonic() - began < 2.0  # Retry-After won over the 5 s backoff
    assert len(index) == 1
    assert server.paths() == [FNG, FNG]


def test_rate_limit_that_lasts_raises_rate_limited(server: FearGreedServer) -> None:
    server.rate_limit_next(10, FNG, retry_after=None)

    with pytest.raises(RateLimited, match="kept rate-limiting after 3 attempts") as caught:
        fetch(server, 1, retries=2)

    assert caught.value.exchange == "alternative.me"
    assert server.paths() == [FNG] * 3


def test_a_wait_longer_than_we_accept_fails_at_once(server: FearGreedServer) -> None:
    server.rate_limit_next(1, FNG, retry_after="3600", status=418)

    with pytest.raises(RateLimited, match="3600"):
        fetch(server, 1)
    assert server.paths() == [FNG]


def test_a_burst_of_5xx_is_retried(server: FearGreedServer) -> None:
    server.fail_next(3, FNG, statuses=(500, 502, 503))
    urls: list[str] = []

    index = fetch(server, 0, on_request=urls.append)

    assert len(index) == 3040
    assert server.paths() == [FNG] * 4 and len(urls) == 4


def test_5xx_that_lasts_raises_exchange_unavailable(server: FearGreedServer) -> None:
    server.fail_next(10, FNG, statuses=(503,))

    with pytest.raises(ExchangeUnavailable, match=r"unavailable after 2 attempts \(HTTP 503\)"):
        fetch(server, 1, retries=1)
    assert server.paths() == [FNG] * 2


def test_a_slow_server_times_out_and_is_retried(server: FearGreedServer) -> None:
    server.delay_next(1, 5.0, FNG)
    began = time.monotonic()

    index = fetch(server, 1, timeout=0.3)

    assert len(index) == 1 and time.monotonic() - began < 2.0
    assert server.paths() == [FNG, FNG]


def test_a_server_that_stays_slow_is_unavailable(server: FearGreedServer) -> None:
    server.delay_next(5, 5.0, FNG)
    began = time.monotonic()

    with pytest.raises(ExchangeUnavailable, match="did not answer within the timeout after 2 attempts"):
        fetch(server, 1, timeout=0.3, retries=1)

    assert time.monotonic() - began < 2.0
    assert server.paths() == [FNG, FNG]


def test_malformed_json_is_bad_data_and_not_retried(server: FearGreedServer) -> None:
    server.send_next(1, FNG, b'{"name":"Fear and Greed Index","data":[{"value":"1')

    with pytest.raises(BadExchangeData, match="not JSON"):
        fetch(server, 1)
    assert server.paths() == [FNG]


def test_an_error_in_the_metadata_is_bad_data(server: FearGreedServer) -> None:
    server.send_next(1, FNG, json.dumps(body([], "Limit must be an integer.")).encode())

    with pytest.raises(BadExchangeData, match="answered with an error: Limit must be an integer"):
        fetch(server, 1)
    assert server.paths() == [FNG]


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"value_classification": "Fear", "timestamp": "1770595200"}, "without 'value'"),
        ({"value": "14", "value_classification": "Extreme Fear"}, "without 'timestamp'"),
        ({"value": "n/a", "timestamp": "1770595200"}, "value that is not a whole number"),
        ({"value": "14.5", "timestamp": "1770595200"}, "value that is not a whole number"),
        ({"value": "14", "timestamp": "yesterday"}, "timestamp that is not a whole number"),
        ({"value": "140", "timestamp": "1770595200"}, "outside 0..100"),
    ],
)
def test_an_entry_missing_a_field_or_not_a_number_is_bad_data(
    server: FearGreedServer, entry: dict[str, str], problem: str
) -> None:
    server.send_next(1, FNG, json.dumps(body([entry])).encode())

    with pytest.raises(BadExchangeData, match=problem):
        fetch(server, 1)
    assert server.paths() == [FNG]


def test_json_without_a_data_list_is_bad_data(server: FearGreedServer) -> None:
    server.send_next(1, FNG, b'{"name":"Fear and Greed Index","data":{"value":"14"}}')
    with pytest.raises(BadExchangeData, match="without a list of values"):
        fetch(server, 1)


def test_a_404_is_a_refusal_not_retried(server: FearGreedServer) -> None:
    with pytest.raises(ExchangeUnavailable, match="refused the request, HTTP 404"):
        fetch(server, 1, base_url=server.url + "/wrong")
    assert server.paths() == ["/wrong/fng/"]


def test_a_refused_connection_fails_at_once() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    urls: list[str] = []
    began = time.monotonic()

    with pytest.raises(ExchangeUnavailable, match="cannot reach alternative.me") as caught:
        fetch_fear_greed(1, base_url=f"http://127.0.0.1:{port}", on_request=urls.append)  # default retries, backoff

    assert time.monotonic() - began < 1.0 and len(urls) == 1  # nothing is there: no retry, no backoff
    assert caught.value.exchange == "alternative.me"


@pytest.mark.parametrize(
    ("value", "label"),
    [
        (0, "Extreme Fear"), (14, "Extreme Fear"), (25, "Extreme Fear"), (26, "Fear"), (46, "Fear"),
        (47, "Neutral"), (54, "Neutral"), (55, "Greed"), (75, "Greed"), (76, "Extreme Greed"), (100, "Extreme Greed"),
    ],
)
def test_values_are_classed_as_the_api_labels_them(value: int, label: str) -> None:
    assert classify_fear_greed(value) == label


def test_a_value_outside_the_scale_has_no_class() -> None:
    with pytest.raises(ValueError, match="0..100"):
        classify_fear_greed(101)


def test_fetched_history_fills_the_store_and_answers_by_day(server: FearGreedServer, tmp_path: Path) -> None:
    with MetricsStore(tmp_path / "m.sqlite") as metrics:
        assert fill_fear_greed(metrics, base_url=server.url, backoff=0.01) == 3040

        assert fear_greed_on(date(2026, 2, 9), metrics=metrics) == (14, "Extreme Fear")
        published = datetime(2026, 2, 9, 10, 17, tzinfo=timezone(timedelta(hours=9)))  # the seed article, KST
        assert fear_greed_on(published, metrics=metrics) == (14, "Extreme Fear")
        assert fear_greed_on(datetime(2026, 2, 8, 23, 59, tzinfo=UTC), metrics=metrics) == (7, "Extreme Fear")
        assert fear_greed_on(date(2024, 10, 26), metrics=metrics) is None  # missing in the original series too
        with pytest.raises(ValueError, match="time zone"):
            fear_greed_on(datetime(2026, 2, 9), metrics=metrics)
        (held,) = metrics.holdings()
    assert (held.source, held.series, held.symbol) == ("alternative.me", "fear_greed", "-")


def test_the_lookup_reads_the_default_store_filled_from_the_shared_file() -> None:
    with Store() as store:
        import_csv(store, FILE)
    assert fear_greed_on(date(2026, 2, 12)) == (5, "Extreme Fear")
    assert fear_greed_on(date(2030, 1, 1)) is None
