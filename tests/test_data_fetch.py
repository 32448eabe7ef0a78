"""`factcheck data fetch / export / ls` as a user runs them, against the local fake Binance."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from binance_server import KLINES, BinanceServer
from conftest import MARKET
from typer.testing import CliRunner

from factcheck.cli import app

INFO = "/api/v3/exchangeInfo"


def shared(name: str, start: str, end: str) -> pd.DataFrame:
    frame = pd.read_csv(MARKET / name, parse_dates=["timestamp"], index_col="timestamp").astype("float64")
    return frame[(frame.index >= pd.Timestamp(start, tz="UTC")) & (frame.index < pd.Timestamp(end, tz="UTC"))]


@pytest.fixture
def server() -> Iterator[BinanceServer]:
    with BinanceServer(lifetime=60) as running:
        yield running


def data(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["data", *args], catch_exceptions=False)


def fetch(server: BinanceServer, db: Path, *more: str):  # type: ignore[no-untyped-def]
    return data("fetch", "--symbol", "BTC/USDT", "--timeframe", "1h", "--base-url", server.url, "--store", str(db), *more)


def test_fetch_fills_the_store_then_has_nothing_to_do(server: BinanceServer, tmp_path: Path) -> None:
    db = tmp_path / "m.sqlite"
    first = fetch(server, db, "--since", "2024-01-01", "--until", "2024-03-01")
    assert first.exit_code == 0, first.output
    assert first.stdout.strip() == "stored 1,440 1h bars of binance BTC/USDT in 3 requests"
    assert "1,440 bars, 2 requests" in first.stderr and "1440/1440" in first.stderr  # the plan, the progress bar
    assert server.paths() == [INFO, KLINES, KLINES]

    again = fetch(server, db, "--since", "2024-01-15", "--until", "2024-02-01")
    assert again.exit_code == 0 and again.stdout.startswith("nothing to fetch")
    longer = fetch(server, db, "--since", "2024-01-01", "--until", "2024-03-02")
    assert longer.exit_code == 0 and "stored 24 1h bars" in longer.stdout
    assert [q["startTime"] for q in server.queries()][-1] == str(int(pd.Timestamp("2024-03-01", tz="UTC").value // 10**6))

    listed = data("ls", "--store", str(db))
    assert "BTC/USDT" in listed.stdout and "1,464" in listed.stdout


def test_a_refusing_exchange_exits_1_with_the_reason(server: BinanceServer, tmp_path: Path) -> None:
    server.block(451)
    result = fetch(server, tmp_path / "m.sqlite", "--since", "2024-01-01", "--until", "2024-01-02")
    assert result.exit_code == 1
    assert "binance refused the request, HTTP 451 (geo-blocked" in result.stderr
    assert result.stdout.strip() == "stored 0 1h bars of binance BTC/USDT in 1 request"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "yesterday-ish"], "--since: cannot read 'yesterday-ish'"),
        (["--since", "2024-01-01", "--timeframe", "1M"], "--timeframe: not a bar size"),
        (["--since", "2024-01-01", "--exchange", "nasdaq"], "ccxt knows no exchange 'nasdaq'"),
        (["--since", "2024-02-01", "--until", "2024-01-01"], "--since must come before --until"),
    ],
)
def test_fetch_refuses_bad_input_with_exit_2(args: list[str], message: str, tmp_path: Path) -> None:
    result = data("fetch", "--symbol", "BTC/USDT", "--store", str(tmp_path / "m.sqlite"), *args)
    assert result.exit_code == 2 and message in result.stderr


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("filled") / "m.sqlite"
    result = data("import", "--store", str(db), str(MARKET / "BTC-USDT_1h_binance-spot.csv"))
    assert result.exit_code == 0, result.output
    return db


def test_export_to_csv_gives_back_the_imported_file(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "btc.csv"
    result = data("export", "--symbol", "BTC/USDT", "--timeframe", "1h", "--since", "2026-02-01", "--until", "2026-02-10",
                  "--output", str(out), "--store", str(filled))
    assert result.exit_code == 0 and "exported 216 1h bars of binance BTC/USDT" in result.stdout
    assert out.read_text().splitlines()[:2] == [
        "timestamp,open,high,low,close,volume",
        "2026-02-01T00:00:00Z,78741.1,79424.0,78644.09,78902.31,1738.02598",
    ]
    back = pd.read_csv(out, parse_dates=["timestamp"], index_col="timestamp")
    pd.testing.assert_frame_equal(back, shared("BTC-USDT_1h_binance-spot.csv", "2026-02-01", "2026-02-10"), check_freq=False)


def test_export_to_parquet_builds_days_from_hours(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "btc.parquet"
    result = data("export", "--symbol", "BTC/USDT", "--timeframe", "1d", "--since", "2026-01-01", "--until", "2026-02-11",
                  "--output", str(out), "--store", str(filled))
    assert result.exit_code == 0, result.output
    assert "exported 41 1d bars of binance BTC/USDT, built from stored 1h bars" in result.stdout
    table = pq.read_table(out)
    assert table.column_names == ["timestamp", "open", "high", "low", "close", "volume"]
    assert str(table.schema.field("timestamp").type) == "timestamp[ms, tz=UTC]"
    days = table.to_pandas().set_index("timestamp")
    daily = shared("BTC-USDT_1d_binance-spot.csv", "2026-01-01", "2026-02-11")
    cols = ["open", "high", "low", "close"]
    pd.testing.assert_frame_equal(days[cols], daily[cols], check_freq=False, check_index_type=False)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--symbol", "BTC/USDT", "--timeframe", "1h", "--output", "x.json"], "write to a .csv or .parquet file"),
        (["--symbol", "SOL/USDT", "--timeframe", "1h", "--output", "x.csv"], "holds no SOL/USDT 1h bars"),
        (["--symbol", "BTC/USDT", "--timeframe", "1h", "--since", "2030-01-01", "--output", "x.csv"], "has no bars in"),
        (["--symbol", "BTC/USDT", "--timeframe", "1h", "--source", "kraken", "--output", "x.csv"], "holds no kraken BTC/USDT"),
    ],
)
def test_export_says_what_is_wrong(filled: Path, tmp_path: Path, args: list[str], message: str) -> None:
    result = data("export", *args, "--store", str(filled))
    assert result.exit_code == 2 and message in result.stderr


def test_the_new_commands_have_help() -> None:
    for command in ("fetch", "export"):
        result = data(command, "--help")
        assert result.exit_code == 0 and "Usage" in result.stdout
