"""The data plan: needs merged, the store's coverage subtracted, and the exact requests made."""

from __future__ import annotations

import math
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pandas as pd
import pytest
from binance_server import KLINES, BinanceServer, Scripted
from conftest import MARKET, REPO

from factcheck.market.plan import (
    CcxtFetcher,
    Fetch,
    Need,
    coalesce,
    execute,
    merge,
    plan,
    subtract,
)
from factcheck.market.store import Store

UTC = UTC
INFO = "/api/v3/exchangeInfo"
NOW = datetime(2026, 11, 25, tzinfo=UTC)
H = timedelta(hours=1)


def d(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def shared(name: str, start: datetime, end: datetime) -> pd.DataFrame:
    frame = pd.read_csv(MARKET / name, parse_dates=["timestamp"], index_col="timestamp").astype("float64")
    return frame[(frame.index >= start) & (frame.index < end)]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "m.sqlite") as opened:
        yield opened


@pytest.fixture
def server() -> Iterator[BinanceServer]:
    with BinanceServer(lifetime=60) as running:
        yield running


def quick(server: BinanceServer) -> CcxtFetcher:
    return CcxtFetcher(timeout=5.0, base_url=server.url, retries=1, backoff=0.01)


def test_span_arithmetic() -> None:
    a, b, c = (d(2024, 1, 1), d(2024, 1, 2)), (d(2024, 1, 2), d(2024, 1, 3)), (d(2024, 1, 5), d(2024, 1, 6))
    assert merge([c, b, a]) == [(d(2024, 1, 1), d(2024, 1, 3)), c]  # touching spans join, apart ones do not
    assert subtract([(d(2024, 1, 1), d(2024, 1, 10))], [b, c]) == [
        (d(2024, 1, 1), d(2024, 1, 2)), (d(2024, 1, 3), d(2024, 1, 5)), (d(2024, 1, 6), d(2024, 1, 10))
    ]
    assert subtract([a], [(d(2023, 1, 1), d(2025, 1, 1))]) == []
    # two 24-bar holes 48 bars apart: one request of 96 bars beats two requests
    holes = [(d(2024, 1, 1), d(2024, 1, 2)), (d(2024, 1, 4), d(2024, 1, 5))]
    assert coalesce(holes, H, 1000) == [(d(2024, 1, 1), d(2024, 1, 5))]
    assert coalesce(holes, H, 50) == holes  # 96 bars would take two pages of 50: no gain


def test_overlapping_needs_merge_per_series(store: Store) -> None:
    needs = [
        Need("BTC", "1h", d(2024, 1, 1), d(2024, 1, 20)),
        Need("BTC/USDT", "1h", d(2024, 1, 10), d(2024, 2, 1)),  # overlaps the first
        Need("BTC", "1h", d(2024, 2, 1), d(2024, 2, 2)),  # touches the second
        Need("ETH", "1h", d(2024, 1, 1, 10, 30), d(2024, 1, 2, 10, 30)),  # unaligned: the bars around it
        Need("BTC", "1d", d(2024, 1, 1), d(2024, 3, 1)),
    ]
    p = plan(needs, store, now=NOW)
    assert p.fetches == (
        Fetch("binance", "BTC/USDT", "1d", d(2024, 1, 1), d(2024, 3, 1), 1000),
        Fetch("binance", "BTC/USDT", "1h", d(2024, 1, 1), d(2024, 2, 2), 1000),
        Fetch("binance", "ETH/USDT", "1h", d(2024, 1, 1, 10), d(2024, 1, 2, 10), 1000),
    )
    assert p.needs == 5 and p.requests == 1 + 1 + 1 and p.bars == 60 + 768 + 24
    odd = plan([Need("PEPE", "1h", d(2024, 1, 1), d(2024, 1, 2)), Need("BTC", "1h", d(2024, 1, 1), d(2024, 1, 2), "ftx")], store, now=NOW)
    assert odd.fetches == () and odd.unknown == ("PEPE", "BTC on ftx")


def test_what_the_store_covers_is_not_fetched(store: Store) -> None:
    store.put_candles("binance", "BTC/USDT", "1h", shared("BTC-USDT_1h_binance-spot.csv", d(2024, 1, 1), d(2024, 2, 1)), "csv")
    store.put_fetched("binance", "BTC/USDT", "1h", shared("BTC-USDT_1h_binance-spot.csv", d(2024, 1, 1), d(2024, 1, 1)),
                      (d(2024, 3, 1), d(2024, 4, 1)), "ccxt:binance")  # asked before, came back empty

    inside = plan([Need("BTC", "1h", d(2024, 1, 5), d(2024, 1, 25))], store, now=NOW)
    answered = plan([Need("BTC", "1h", d(2024, 3, 5), d(2024, 3, 25))], store, now=NOW)
    across = plan([Need("BTC", "1h", d(2024, 1, 20), d(2024, 4, 10))], store, now=NOW)
    daily = plan([Need("BTC", "1d", d(2024, 1, 1), d(2024, 2, 3))], store, now=NOW)

    assert inside.fetches == () and answered.fetches == ()
    assert [(f.start, f.end) for f in across.fetches] == [(d(2024, 2, 1), d(2024, 3, 1)), (d(2024, 4, 1), d(2024, 4, 10))]
    assert [(f.start, f.end) for f in daily.fetches] == [(d(2024, 2, 1), d(2024, 2, 3))]  # January's days from its hours


def test_nothing_after_now_is_planned(store: Store) -> None:
    p = plan([Need("BTC", "1h", d(2026, 11, 24), d(2026, 12, 24))], store, now=d(2026, 11, 25, 10, 30))
    assert [(f.start, f.end) for f in p.fetches] == [(d(2026, 11, 24), d(2026, 11, 25, 10))]


def test_the_requests_made_are_exactly_the_plan(server: BinanceServer, store: Store) -> None:
    """ceil(bars / 1000) klines requests per merged range, and one exchangeInfo, against real ccxt."""
    needs = [
        Need("BTC", "1h", d(2024, 1, 1), d(2024, 2, 15)),
        Need("BTC", "1h", d(2024, 2, 10), d(2024, 4, 1)),
        Need("BTC", "1h", d(2024, 6, 1), d(2024, 6, 3)),
        Need("ETH", "1h", d(2024, 3, 1), d(2024, 3, 2)),
        Need("BTC", "1d", d(2024, 1, 1), d(2024, 12, 31)),
    ]
    p = plan(needs, store, now=NOW)
    ranges = [(f.symbol, f.timeframe, f.start, f.end) for f in p.fetches]
    assert ranges == [
        ("BTC/USDT", "1d", d(2024, 1, 1), d(2024, 12, 31)),
        ("BTC/USDT", "1h", d(2024, 1, 1), d(2024, 4, 1)),
        ("BTC/USDT", "1h", d(2024, 6, 1), d(2024, 6, 3)),
        ("ETH/USDT", "1h", d(2024, 3, 1), d(2024, 3, 2)),
    ]
    hours = int((d(2024, 4, 1) - d(2024, 1, 1)) / H)
    assert [f.requests for f in p.fetches] == [1, math.ceil(hours / 1000), 1, 1] == [1, 3, 1, 1]

    result = execute(p, store, fetcher=quick(server), now=NOW)

    assert result.ok and result.stored == 365 + hours + 48 + 24
    assert server.paths().count(INFO) == 1
    assert server.paths().count(KLINES) == p.requests == 6
    assert [q["startTime"] for q in server.queries()][:2] == [str(int(d(2024, 1, 1).timestamp() * 1000))] * 2
    held = store.candles("binance", "BTC/USDT", "1h", d(2024, 1, 1), d(2024, 4, 1))
    pd.testing.assert_frame_equal(held, shared("BTC-USDT_1h_binance-spot.csv", d(2024, 1, 1), d(2024, 4, 1)), check_freq=False)

    again = plan(needs, store, now=NOW)
    before = len(server.requests)
    assert again.fetches == () and execute(again, store, fetcher=quick(server), now=NOW).stored == 0
    assert len(server.requests) == before


def test_a_range_the_exchange_has_nothing_for_is_asked_once(server: BinanceServer, store: Store) -> None:
    """The fake exchange, like the shared file, has no spot hours for August 2025."""
    need = Need("BTC", "1h", d(2025, 8, 1), d(2025, 8, 10))
    first = execute(plan([need], store, now=NOW), store, fetcher=quick(server), now=NOW)
    assert first.ok and first.stored == 0
    assert first.settled == [(d(2025, 8, 1), d(2025, 8, 10))]
    assert store.fetched("binance", "BTC/USDT", "1h", d(2025, 1, 1), d(2026, 1, 1)) == [(d(2025, 8, 1), d(2025, 8, 10))]
    assert plan([need], store, now=NOW).fetches == ()
    assert server.paths().count(KLINES) == 1


def test_a_gap_the_exchange_answered_across_is_settled(server: BinanceServer, store: Store) -> None:
    """Asked from June to October 2025, the exchange jumps the summer hole: it is recorded as answered."""
    execute(plan([Need("BTC", "1h", d(2025, 6, 29), d(2025, 10, 2))], store, now=NOW), store, fetcher=quick(server), now=NOW)
    assert store.fetched("binance", "BTC/USDT", "1h", d(2025, 1, 1), d(2026, 1, 1)) == [(d(2025, 6, 29), d(2025, 10, 2))]
    assert len(store.candles("binance", "BTC/USDT", "1h", d(2025, 6, 29), d(2025, 10, 2))) == 48 + 24


def test_recent_silence_is_not_recorded_as_an_answer(store: Store) -> None:
    """Bars that closed a moment ago may not be published yet: an empty answer about them is not kept."""
    empty = shared("BTC-USDT_1h_binance-spot.csv", d(2024, 1, 1), d(2024, 1, 1))

    def fetcher(exchange, symbol, timeframe, start, end, *, on_page=None):  # type: ignore[no-untyped-def]
        return empty

    now = d(2026, 11, 25, 10, 1)
    result = execute(plan([Need("BTC", "1h", d(2026, 11, 25), now)], store, now=now), store, fetcher=fetcher, now=now)
    assert result.settled == [(d(2026, 11, 25), d(2026, 11, 25, 9))]  # 09:00-10:00 closed 1 minute ago


def test_a_failing_exchange_keeps_what_came_and_skips_its_other_ranges(server: BinanceServer, store: Store) -> None:
    server.script(1, Scripted(KLINES))  # the first page answers normally
    server.fail_next(10, statuses=(503,))
    needs = [Need("BTC", "1h", d(2024, 1, 1), d(2024, 3, 1)), Need("ETH", "1h", d(2024, 1, 1), d(2024, 1, 2))]

    result = execute(plan(needs, store, now=NOW), store, fetcher=quick(server), now=NOW)

    assert [f.fetch.symbol for f in result.failures] == ["BTC/USDT"] and result.failures[0].kept == 1000
    assert [f.symbol for f in result.skipped] == ["ETH/USDT"]
    assert store.holdings()[0].rows == 1000
    rest = plan(needs, store, now=NOW)
    assert [(f.symbol, f.start) for f in rest.fetches] == [("BTC/USDT", d(2024, 1, 1) + 1000 * H), ("ETH/USDT", d(2024, 1, 1))]


def test_a_fill_killed_mid_way_keeps_its_pages_and_resumes(server: BinanceServer, tmp_path: Path) -> None:
    """kill -9 while the fourth page is on its way: three pages stay, the next plan asks only for the rest."""
    db = tmp_path / "m.sqlite"
    server.script(3, Scripted(KLINES))
    server.delay_next(10, 30.0)
    script = (
        "import sys; from datetime import datetime, timezone as tz;"
        "from factcheck.market.plan import CcxtFetcher, Need, execute, plan;"
        "from factcheck.market.store import Store;"
        "s = Store(sys.argv[1]);"
        "p = plan([Need('BTC/USDT', '1h', datetime(2024, 1, 1, tzinfo=tz.utc), datetime(2025, 1, 1, tzinfo=tz.utc))], s);"
        "execute(p, s, fetcher=CcxtFetcher(timeout=60, base_url=sys.argv[2]))"
    )
    proc = subprocess.Popen([sys.executable, "-c", script, str(db), server.url], cwd=REPO)
    try:
        deadline = time.monotonic() + 20
        while server.paths().count(KLINES) < 4 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.paths().count(KLINES) == 4  # sent only once the third page was committed
    finally:
        proc.kill()
        proc.wait()
    with Store(db) as store:
        assert store.holdings()[0].rows == 3000
        assert store.fetched("binance", "BTC/USDT", "1h", d(2024, 1, 1), d(2025, 1, 1)) == [(d(2024, 1, 1), d(2024, 1, 1) + 3000 * H)]
        rest = plan([Need("BTC/USDT", "1h", d(2024, 1, 1), d(2025, 1, 1))], store, now=NOW)
    assert [(f.start, f.end, f.requests) for f in rest.fetches] == [(d(2024, 1, 1) + 3000 * H, d(2025, 1, 1), 6)]


# --- liquidation windows ---------------------------------------------------------


def test_liquidation_windows_merge_per_perpetual_and_skip_what_gate_answered(tmp_path: Path) -> None:
    """Gate asks an hour a request: overlapping windows are one run, a window Gate already answered
    (even with nothing) is not asked again, and a ten-minute hole is fetched across, not begun twice."""
    from factcheck.market.liquidations import plan_liquidations
    from factcheck.market.liquidations_store import LiquidationStore
    from factcheck.market.plan import LiquidationNeed

    day, m = d(2026, 2, 5), timedelta(minutes=1)
    needs = [
        LiquidationNeed(("BTC",), day, day + 24 * H),
        LiquidationNeed(("BTC",), day + 6 * H, day + 30 * H + 20 * m),  # overlaps the first
        LiquidationNeed(("BTC", "ETH"), day + 30 * H + 30 * m, day + 30 * H + 50 * m),  # market-wide, 10 min later
        LiquidationNeed(("ETH",), day + 29 * H, day + 30 * H),
        LiquidationNeed(("SOL",), day, day + 24 * H),  # Gate's liquidations are fetched for BTC and ETH only
    ]
    with LiquidationStore(tmp_path / "m.sqlite") as store:
        store.put_window("gate", "ETH/USDT:USDT", (day + 30 * H, day + 31 * H), [], "ccxt:gate")  # answered: none
        fetches = plan_liquidations(needs, store)
    assert [(f.venue.exchange, f.symbol, f.start, f.end, f.requests) for f in fetches] == [
        ("gate", "BTC/USDT:USDT", day, day + 30 * H + 50 * m, 31),  # not 24 + 25 + 1 claim by claim, nor 31 + 1
        ("gate", "ETH/USDT:USDT", day + 29 * H, day + 30 * H, 1),
    ]
