"""The time to read one claim's window from a store holding 5 years of 1m candles.

    python bench/market_read.py [--store /tmp/bench-5y-1m.sqlite] [--windows 200]

The store is built once (kept at --store, rebuilt with --rebuild): 5 years of
synthetic BTC/USDT 1m candles, 2021-06-01..2026-06-01 (2,629,440 rows). The
minutes are interpolated from the real hourly BTC/USDT perpetual closes of
../shared/market (2024-01..2026-05, no gaps); the 2.4 years before that repeat
the same hours, scaled to join. The prices only need a realistic shape: what
is measured is the row count and the key layout.

Measured, over random windows: the raw store read of one day of 1m bars; the
same through `MarketData.candles` (quality check included); and 24 h of 1h
bars through `MarketData.candles`, which the store lacks and builds from the
1,440 minutes.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
MARKET = REPO.parent / "shared" / "market"
UTC = UTC
START, END = datetime(2021, 6, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC)
NOW = datetime(2026, 11, 25, tzinfo=UTC)


def hourly_path() -> pd.DataFrame:
    """Hourly closes and volumes over the 5 years: the real perp hours, tiled back in time."""
    real = pd.read_csv(MARKET / "BTC-USDT-PERP_1h_binance-usdm.csv", parse_dates=["timestamp"], index_col="timestamp")
    real = real[real.index < END]
    hours = pd.date_range(START, END, freq="1h", inclusive="left", tz="UTC")
    close = np.empty(len(hours))
    volume = np.empty(len(hours))
    n, tail = len(real), len(hours)
    level = 1.0
    while tail > 0:  # fill from the end: the real block, then copies scaled to meet the block after them
        take = min(n, tail)
        block_close = real["close"].to_numpy()[n - take :] * level
        close[tail - take : tail] = block_close
        volume[tail - take : tail] = real["volume"].to_numpy()[n - take :]
        level = block_close[0] / real["close"].to_numpy()[-1]
        tail -= take
    return pd.DataFrame({"close": close, "volume": volume}, index=hours)


def minutes_from(hours: pd.DataFrame) -> pd.DataFrame:
    """1m bars whose closes walk linearly from one hourly close to the next, with small wicks."""
    rng = np.random.default_rng(7)
    closes = hours["close"].to_numpy()
    previous = np.r_[closes[0], closes[:-1]]
    step = (np.arange(60) + 1) / 60
    close = (previous[:, None] + (closes - previous)[:, None] * step[None, :]).ravel()
    open_ = np.r_[previous[0], close[:-1]]
    wick = rng.uniform(0, 0.0006, size=(2, len(close)))
    index = pd.date_range(START, periods=len(close), freq="1min", tz="UTC", name="timestamp")
    return pd.DataFrame(
        {
            "open": open_,
            "high": np.maximum(open_, close) * (1 + wick[0]),
            "low": np.minimum(open_, close) * (1 - wick[1]),
            "close": close,
            "volume": np.repeat(hours["volume"].to_numpy() / 60, 60),
        },
        index=index,
    )


def build(path: Path) -> float:
    from factcheck.market.store import Store

    path.unlink(missing_ok=True)
    minutes = minutes_from(hourly_path())
    began = time.perf_counter()
    with Store(path) as store:
        for lo in range(0, len(minutes), 250_000):  # one transaction per 250k rows
            store.put_candles("binance", "BTC/USDT", "1m", minutes.iloc[lo : lo + 250_000], "synthetic")
        store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return time.perf_counter() - began


def timed(call: Callable[[datetime], object], days: list[datetime]) -> list[float]:
    out = []
    for day in days:
        began = time.perf_counter()
        call(day)
        out.append((time.perf_counter() - began) * 1000)
    return out


def describe(ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    return f"median {statistics.median(ms):6.2f} ms   p95 {p95:6.2f} ms   max {ms[-1]:6.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path, default=Path("/tmp/bench-5y-1m.sqlite"))
    parser.add_argument("--windows", type=int, default=200)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()

    from factcheck.market.data import MarketData
    from factcheck.market.store import Store

    if args.rebuild or not args.store.exists():
        seconds = build(args.store)
        print(f"built in {seconds:.1f} s")
    with Store(args.store) as store:
        (held,) = [h for h in store.holdings() if h.timeframe == "1m"]
        print(f"store: {held.rows:,} 1m rows, {held.first:%Y-%m-%d} .. {held.last:%Y-%m-%d %H:%M}, "
              f"{args.store.stat().st_size / 2**20:,.0f} MiB")
        plan = store._db.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM candles WHERE source=? AND symbol=? AND timeframe=? AND ts>=? AND ts<? ORDER BY ts",
            ("binance", "BTC/USDT", "1m", 0, 1),
        ).fetchall()
        print("query plan:", "; ".join(row[-1] for row in plan))

        rng = random.Random(11)
        days = [START + timedelta(days=rng.randrange(1, 1820), hours=rng.randrange(24)) for _ in range(args.windows)]
        market = MarketData(store, offline=True, now=lambda: NOW)
        day = timedelta(days=1)
        check_1m = market.candles("BTC", "1m", days[0], days[0] + day)
        check_1h = market.candles("BTC", "1h", days[0], days[0] + day)
        assert check_1m.complete and len(check_1m.frame) == 1440 and check_1m.problems == (), check_1m.problems
        assert check_1h.complete and len(check_1h.frame) == 24, check_1h.notes

        rows = timed(lambda t: store.candles("binance", "BTC/USDT", "1m", t, t + day), days)
        one_m = timed(lambda t: market.candles("BTC", "1m", t, t + day), days)
        one_h = timed(lambda t: market.candles("BTC", "1h", t, t + day), days)

        def scan(t: datetime) -> None:  # the same rows found without the key's prefix: a full table scan
            lo = int(t.timestamp() * 1000)
            store._db.execute("SELECT * FROM candles WHERE ts>=? AND ts<? ORDER BY ts", (lo, lo + 86_400_000)).fetchall()

        scans = timed(scan, days[:10])
    print(f"{len(days)} random windows")
    print(f"Store.candles, 1 day of 1m (1,440 rows)              {describe(rows)}")
    print(f"MarketData.candles, 1 day of 1m (+ quality check)    {describe(one_m)}")
    print(f"MarketData.candles, 24 h of 1h built from 1m         {describe(one_h)}")
    print(f"for contrast, the 1,440 rows by ts alone (full scan)  {describe(scans)}  (10 windows)")


if __name__ == "__main__":
    main()
