"""The on-disk store: CSV import, reads by window, holdings, durability."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timezone
from pathlib import Path

import pandas as pd
import pytest
from conftest import MARKET

from factcheck.market.csv_import import Series, import_csv, series_from_name
from factcheck.market.store import Store

UTC = UTC


def test_series_is_read_from_the_shared_naming_convention() -> None:
    assert series_from_name(Path("BTC-USDT_1h_binance-spot.csv")) == Series("binance", "BTC/USDT", "1h")
    assert series_from_name(Path("ETH-USDT-PERP_1h_binance-usdm.csv")) == Series("binanceusdm", "ETH/USDT:USDT", "1h")
    assert series_from_name(Path("BTC-USD_1d_yahoo.csv")) == Series("yahoo", "BTC/USD", "1d")
    assert series_from_name(Path("fear-greed_1d_alternative-me.csv")) is None


def test_import_of_real_hourly_candles_reads_back_exactly(tmp_path: Path) -> None:
    with Store(tmp_path / "m.sqlite") as store:
        result = import_csv(store, MARKET / "BTC-USDT_1h_binance-spot.csv")
        assert result.rows == 16_032 and result.rejected == 0
        bars = store.candles("binance", "BTC/USDT", "1h", datetime(2026, 2, 9, tzinfo=UTC), datetime(2026, 2, 9, 2, tzinfo=UTC))
    assert list(bars.index) == [pd.Timestamp("2026-02-09 00:00", tz="UTC"), pd.Timestamp("2026-02-09 01:00", tz="UTC")]
    assert bars["close"].tolist() == [70502.38, 70369.53]
    assert bars.loc["2026-02-09 00:00", "high"] == 70774.4


def test_reimport_replaces_rather_than_duplicates(tmp_path: Path) -> None:
    with Store(tmp_path / "m.sqlite") as store:
        import_csv(store, MARKET / "ETH-USDT_1h_binance-spot.csv")
        import_csv(store, MARKET / "ETH-USDT_1h_binance-spot.csv")
        (holding,) = store.holdings()
    assert holding.rows == 15_360
    assert holding.first == datetime(2024, 1, 1, tzinfo=UTC)


def test_non_ohlcv_file_is_skipped_with_the_reason(tmp_path: Path) -> None:
    # Not candles, and none of the market series csv_import knows (those go to the metrics store).
    path = tmp_path / "BTC-USD_1d_coinmetrics-refrate.csv"
    path.write_text("timestamp,reference_rate_usd\n2026-02-09T00:00:00Z,70244.1\n")
    with Store(tmp_path / "m.sqlite") as store:
        result = import_csv(store, path)
        assert result.rows == 0 and "not an OHLCV file" in (result.skipped or "")
        assert store.holdings() == []


def test_unreadable_rows_are_counted_not_stored(tmp_path: Path) -> None:
    path = tmp_path / "BTC-USDT_1h_binance-spot.csv"
    path.write_text(
        "timestamp,open,high,low,close,volume\n"
        "2026-02-09T00:00:00Z,1,2,0.5,1.5,10\n"
        "not a time,1,2,0.5,1.5,10\n"
        "2026-02-09T02:00:00Z,abc,2,0.5,1.5,10\n"
    )
    with Store(tmp_path / "m.sqlite") as store:
        result = import_csv(store, path)
    assert (result.rows, result.rejected) == (1, 2)


def test_a_killed_import_leaves_committed_rows_and_a_readable_store(tmp_path: Path) -> None:
    """kill -9 in the middle of a big write: the store opens and holds every committed row."""
    db = tmp_path / "m.sqlite"
    with Store(db) as store:
        import_csv(store, MARKET / "ETH-USDT_1h_binance-spot.csv")
    script = (
        "import sys; from pathlib import Path; from factcheck.market.store import Store;"
        "from factcheck.market.csv_import import import_csv;"
        "s = Store(Path(sys.argv[1]));"
        "print('ready', flush=True);"
        "[import_csv(s, Path(sys.argv[2])) for _ in range(1000)]"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(db), str(MARKET / "BTC-USDT-PERP_1h_binance-usdm.csv")],
        stdout=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
    import time

    time.sleep(1.5)  # well inside the repeated 21k-row transactions
    proc.kill()
    proc.wait()
    proc.stdout.close()
    with Store(db) as store:
        rows = {(h.source, h.symbol): h.rows for h in store.holdings()}
    assert rows[("binance", "ETH/USDT")] == 15_360
    assert rows.get(("binanceusdm", "BTC/USDT:USDT"), 0) in (0, 21_168)


def test_a_reader_reads_while_a_writer_writes(tmp_path: Path) -> None:
    db = tmp_path / "m.sqlite"
    with Store(db) as writer, Store(db) as reader:
        import_csv(writer, MARKET / "ETH-USDT_1h_binance-spot.csv")
        writer._db.execute("BEGIN IMMEDIATE")
        writer._db.execute("DELETE FROM candles")
        assert len(reader.candles("binance", "ETH/USDT", "1h", datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 1, 2, tzinfo=UTC))) == 24
        writer._db.execute("ROLLBACK")


def test_a_store_path_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    from factcheck.errors import StoreError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open the market store"):
        Store(blocker / "sub" / "m.sqlite")


def test_a_page_and_the_range_it_settles_are_written_together(tmp_path: Path) -> None:
    """A page that cannot be stored leaves neither its bars nor a record that its range was fetched."""
    frame = pd.read_csv(MARKET / "BTC-USDT_1h_binance-spot.csv", parse_dates=["timestamp"], index_col="timestamp")
    page = frame.loc["2024-01-01":"2024-01-02"].astype("float64")
    span = (datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 1, 3, tzinfo=UTC))
    broken = page.copy()
    broken.iloc[30, broken.columns.get_loc("close")] = float("nan")  # NOT NULL: the whole page fails
    from factcheck.errors import StoreError

    with Store(tmp_path / "m.sqlite") as store:
        with pytest.raises(StoreError, match="cannot write"):
            store.put_fetched("binance", "BTC/USDT", "1h", broken, span, "ccxt:binance")
        assert store.holdings() == [] and store.fetched("binance", "BTC/USDT", "1h", *span) == []

        assert store.put_fetched("binance", "BTC/USDT", "1h", page, span, "ccxt:binance") == 48
        assert store.fetched("binance", "BTC/USDT", "1h", *span) == [span]
        origin, fetched_at = store._db.execute("SELECT origin, fetched_at FROM fetched").fetchone()
        assert origin == "ccxt:binance" and fetched_at > 1.7e12


def test_runs_and_fetched_ranges_are_merged_and_clipped(market_store: Store) -> None:
    """The spot file's three unbroken runs (gaps in Jul-Sep and Nov 2025), counted in SQL."""
    from datetime import timedelta

    runs = market_store.runs("binance", "BTC/USDT", "1h", timedelta(hours=1),
                             datetime(2025, 6, 30, 12, tzinfo=UTC), datetime(2026, 1, 15, tzinfo=UTC))
    assert runs == [
        (datetime(2025, 6, 30, 12, tzinfo=UTC), datetime(2025, 7, 1, tzinfo=UTC)),
        (datetime(2025, 10, 1, tzinfo=UTC), datetime(2025, 11, 1, tzinfo=UTC)),
        (datetime(2025, 12, 1, tzinfo=UTC), datetime(2026, 1, 15, tzinfo=UTC)),
    ]


def test_a_window_read_is_a_seek_in_the_primary_key(market_store: Store) -> None:
    """With years of minutes held, one claim's window must not scan the table."""
    plan = market_store._db.execute(
        "EXPLAIN QUERY PLAN SELECT ts, open, high, low, close, volume FROM candles "
        "WHERE source=? AND symbol=? AND timeframe=? AND ts>=? AND ts<? ORDER BY ts",
        ("binance", "BTC/USDT", "1h", 0, 1),
    ).fetchall()
    detail = " ".join(row[-1] for row in plan)
    assert "SEARCH candles USING PRIMARY KEY (source=? AND symbol=? AND timeframe=? AND ts>? AND ts<?)" in detail
    assert "TEMP B-TREE" not in detail  # already in key order: no sort
