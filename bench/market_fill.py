"""Requests and seconds to fill a year of 1h BTC candles from the local fake Binance.

    python bench/market_fill.py [--runs 3]

Each run starts a fresh fake exchange (tests/binance_server.py, real candles
from ../shared/market) and an empty store, plans 2024-01-01..2025-01-01 of
BTC/USDT 1h and executes the plan through real ccxt (rate limiter on). It
then plans and executes the same year again, which must ask for nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

YEAR = (datetime(2024, 1, 1, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC))


def one_run() -> dict[str, float]:
    from binance_server import BinanceServer

    from factcheck.market.plan import CcxtFetcher, Need, execute, plan
    from factcheck.market.store import Store

    need = Need("BTC/USDT", "1h", *YEAR)
    with tempfile.TemporaryDirectory() as tmp, BinanceServer(lifetime=300) as server, Store(Path(tmp) / "m.sqlite") as store:
        urls: list[str] = []
        fetcher = CcxtFetcher(timeout=10, base_url=server.url, on_request=urls.append)
        began = time.perf_counter()
        todo = plan([need], store)
        result = execute(todo, store, fetcher=fetcher)
        fill = time.perf_counter() - began
        assert result.ok and result.stored == 8784, result
        paths = server.paths()
        began = time.perf_counter()
        again = execute(plan([need], store), store, fetcher=fetcher)
        refill = time.perf_counter() - began
        assert again.stored == 0 and len(server.paths()) == len(paths)
        return {
            "seconds": fill,
            "requests": len(paths),
            "klines": paths.count("/api/v3/klines"),
            "info": paths.count("/api/v3/exchangeInfo"),
            "planned": todo.requests,
            "bars": result.stored,
            "again_seconds": refill,
        }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = [one_run() for _ in range(parser.parse_args().runs)]
    first = runs[0]
    secs = [r["seconds"] for r in runs]
    print(f"bars stored            {first['bars']:,}")
    print(f"requests               {first['requests']} ({first['klines']} klines + {first['info']} exchangeInfo; planned {first['planned']} klines)")
    print(f"fill, seconds          median {statistics.median(secs):.2f}  min {min(secs):.2f}  max {max(secs):.2f}  ({len(runs)} runs)")
    print(f"same year again        {statistics.median(r['again_seconds'] for r in runs) * 1000:.1f} ms, 0 requests")


if __name__ == "__main__":
    main()
