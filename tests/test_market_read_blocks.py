"""Verification reads the store through padded blocks kept in memory, several per market:
whatever order a batch visits its articles' dates in, every window gets exactly the bars the
store holds, and a bar stored later is seen at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pandas as pd
from conftest import MARKET

from factcheck.market.csv_import import import_csv
from factcheck.market.read_cache import ReadCache
from factcheck.market.store import Store

BTC = ("binance", "BTC/USDT", "1h")
# a day of each of three articles far apart, visited back and forth as a batch worker does
DAYS = [datetime(2024, 3, 5, tzinfo=UTC), datetime(2026, 2, 9, tzinfo=UTC), datetime(2025, 6, 1, tzinfo=UTC)]


def test_windows_read_back_and_forth_are_the_stores_bars(tmp_path: Path) -> None:
    with Store(tmp_path / "m.sqlite") as store:
        import_csv(store, MARKET / "BTC-USDT_1h_binance-spot.csv")
        cache = ReadCache(store)
        for day in DAYS * 3:
            for start, end in [(day, day + timedelta(hours=24)), (day - timedelta(days=7), day), (day, day + timedelta(hours=1))]:
                got = cache.candles(*BTC, start, end)
                pd.testing.assert_frame_equal(got, store.candles(*BTC, start, end))
                assert len(got) == (end - start) // timedelta(hours=1)


def test_a_bar_stored_after_a_read_is_seen(tmp_path: Path) -> None:
    with Store(tmp_path / "m.sqlite") as store:
        import_csv(store, MARKET / "BTC-USDT_1h_binance-spot.csv")
        cache = ReadCache(store)
        day = DAYS[1]
        before = cache.candles(*BTC, day, day + timedelta(hours=2))
        bar = before.iloc[[0]].copy()
        bar["close"] = 1.0
        store.put_candles(*BTC, bar, "test")
        after = cache.candles(*BTC, day, day + timedelta(hours=2))
    assert before["close"].iloc[0] != 1.0 and after["close"].iloc[0] == 1.0
