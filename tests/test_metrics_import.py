"""Market series that are not candles: the metrics store, CSV import of the shared files, market cap."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
from conftest import MARKET, REPO

from factcheck.errors import StoreError
from factcheck.market.csv_import import Series, import_csv
from factcheck.market.market_cap import market_cap_usd
from factcheck.market.metrics_store import MetricsStore
from factcheck.market.store import Store

DAY = datetime(2026, 2, 9, tzinfo=UTC)


def held(store_path: Path) -> dict[tuple[str, str, str], int]:
    with MetricsStore(store_path) as metrics:
        return {(h.source, h.series, h.symbol): h.rows for h in metrics.holdings()}


def value(store_path: Path, source: str, series: str, symbol: str, start: datetime, hours: float = 24) -> pd.Series:
    with MetricsStore(store_path) as metrics:
        return metrics.get(source, series, symbol, start, start + timedelta(hours=hours))


# --- the store -----------------------------------------------------------------


def test_put_and_get_by_time_window(tmp_path: Path) -> None:
    times = pd.DatetimeIndex(["2026-02-09 00:00", "2026-02-09 08:00", "2026-02-09 16:00"])  # naive: read as UTC
    with MetricsStore(tmp_path / "m.sqlite") as metrics:
        values = pd.Series([1e-4, float("nan"), -2e-5], times)
        stored = metrics.put("binanceusdm", "funding_rate", "BTC/USDT:USDT", values, "t")
        window = metrics.get("binanceusdm", "funding_rate", "BTC/USDT:USDT", DAY, DAY + timedelta(hours=16))
        (holding,) = metrics.holdings()
    assert stored == 2  # a NaN is missing, not stored
    assert window.tolist() == [1e-4] and str(window.index.tz) == "UTC"  # [start, end)
    assert (holding.first, holding.last, holding.rows) == (DAY, DAY + timedelta(hours=16), 2)


def test_a_value_put_again_is_replaced(tmp_path: Path) -> None:
    with MetricsStore(tmp_path / "m.sqlite") as metrics:
        metrics.put("alternative.me", "fear_greed", "-", pd.Series([7.0], [DAY]), "first")
        metrics.put("alternative.me", "fear_greed", "-", pd.Series([14.0], [DAY]), "second")
        assert metrics.get("alternative.me", "fear_greed", "-", DAY, DAY + timedelta(days=1)).tolist() == [14.0]


def test_metrics_live_in_the_candle_stores_file(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite"
    with Store(path) as store:
        import_csv(store, MARKET / "fear-greed_1d_alternative-me.csv")
        assert store.holdings() == []  # no candles: the index is not mistaken for one
    assert held(path) == {("alternative.me", "fear_greed", "-"): 3040}


def test_an_unopenable_store_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open the market store"):
        MetricsStore(blocker / "sub" / "m.sqlite")


# --- the shared files ----------------------------------------------------------

SHARED = [
    ("fear-greed_1d_alternative-me.csv", Series("alternative.me", "fear_greed", "1d"), 3040),
    (
        "BTC-USDT-PERP_funding_1d-mean_binance.csv",
        Series("binanceusdm", "funding_rate_1d_mean,funding_rate_1d_abs_mean BTC/USDT:USDT", "1d"),
        2 * 2348,  # the daily mean and the mean of absolute values
    ),
    (
        "BTC-ETH_open-interest_1d_binance-usdm.csv",
        Series("binanceusdm", "open_interest_usd BTC/USDT:USDT,ETH/USDT:USDT", "1d"),
        80,
    ),
    (
        "BTC-USD_1d_coinmetrics-refrate.csv",
        Series("coinmetrics", "price_usd,market_cap_usd BTC/USD", "1d"),
        2 * 2234 - 2,  # one row lacks both
    ),
    (
        "BTC-ETH-SOL-XRP_funding_snapshots_hyperliquid.csv",
        Series(
            "hyperliquid",
            "funding_rate_1h,mark_price BTC/USDC:USDC,ETH/USDC:USDC,SOL/USDC:USDC,XRP/USDC:USDC",
            "snapshots",
        ),
        88,
    ),
    (
        "top100_price-snapshot_1d_coingecko.csv",
        Series("coingecko", "price_usd_snapshot 165 symbols", "snapshots"),
        23100 - 405,  # 405 rows share a ticker with a larger coin at the same snapshot (Wrapped SOL...)
    ),
]


@pytest.mark.parametrize(("name", "series", "rows"), SHARED, ids=[name for name, _, _ in SHARED])
def test_each_shared_series_file_imports_and_says_what_it_was(
    tmp_path: Path, name: str, series: Series, rows: int
) -> None:
    with Store(tmp_path / "m.sqlite") as store:
        result = import_csv(store, MARKET / name)
        again = import_csv(store, MARKET / name)
    assert (result.series, result.rows, result.skipped, result.rejected) == (series, rows, None, 0)
    assert again.rows == rows and sum(held(tmp_path / "m.sqlite").values()) == rows  # replaced, not doubled


def test_the_seed_days_figures_read_back(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite"
    with Store(path) as store:
        for name, _, _ in SHARED:
            import_csv(store, MARKET / name)

    assert value(path, "alternative.me", "fear_greed", "-", DAY).tolist() == [14]
    assert value(path, "binanceusdm", "funding_rate_1d_mean", "BTC/USDT:USDT", DAY).tolist() == [-1.83766666666667e-05]
    assert value(path, "binanceusdm", "funding_rate_1d_abs_mean", "BTC/USDT:USDT", DAY).tolist() == [3.06833333333333e-05]
    assert value(path, "coinmetrics", "price_usd", "BTC/USD", DAY).round(2).tolist() == [70244.10]
    assert value(path, "coinmetrics", "market_cap_usd", "BTC/USD", DAY).iloc[0] == pytest.approx(1.404e12, rel=0.01)
    oi = value(path, "binanceusdm", "open_interest_usd", "BTC/USDT:USDT", datetime(2025, 11, 8, tzinfo=UTC))
    assert oi.tolist() == [8969884426.8117]
    hyperliquid = value(path, "hyperliquid", "funding_rate_1h", "BTC/USDC:USDC", DAY + timedelta(hours=21), 1)
    assert hyperliquid.tolist() == [-1.11448e-05] and hyperliquid.index[0].minute == 28
    assert value(path, "hyperliquid", "mark_price", "BTC/USDC:USDC", DAY + timedelta(hours=21), 1).tolist() == [70345]
    sol = value(path, "coingecko", "price_usd_snapshot", "SOL/USD", DAY)
    assert sol.tolist() == [84.13]  # Solana, not Wrapped SOL, which shares the ticker
    assert sol.index[0].hour == 10  # at the snapshot's commit time, not midnight


def test_every_shared_file_imports_from_the_command_line(tmp_path: Path) -> None:
    files = sorted(str(p) for p in MARKET.glob("*.csv"))
    env = dict(os.environ, FACTCHECK_HOME=str(tmp_path / "home"))
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "data", "import", *files],
        check=False, capture_output=True, text=True, env=env, cwd=REPO, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(files) == 17 and all(line.startswith("imported") for line in lines), result.stdout
    assert "imported   3040 alternative.me fear_greed 1d from fear-greed_1d_alternative-me.csv" in lines


# --- files like the shared ones, under other names --------------------------------


def write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def test_a_similar_file_is_recognised_by_its_header(tmp_path: Path) -> None:
    fng = write(tmp_path / "my_fng_export.csv", "timestamp,value\n2026-02-09T00:00:00Z,14\n2026-02-10,9\n")
    funding = write(
        tmp_path / "ETH-USDT-PERP_funding_bybit.csv",
        "timestamp,funding_rate_mean\n2026-02-09T00:00:00Z,0.0001\n2026-02-10T00:00:00Z,0.0002\n",
    )
    snapshots = write(
        tmp_path / "prices.csv",
        "date,snapshot_commit_time_utc,rank,symbol,name,price_usd\n2026-02-09,2026-02-09T10:09:00Z,5,SOL,Solana,84.13\n",
    )
    with Store(tmp_path / "m.sqlite") as store:
        results = [import_csv(store, p) for p in (fng, funding, snapshots)]
    assert [r.series for r in results] == [
        Series("alternative.me", "fear_greed", "1d"),
        Series("bybit", "funding_rate_1d_mean ETH/USDT:USDT", "1d"),
        Series("coingecko", "price_usd_snapshot SOL/USD", "snapshots"),
    ]
    assert [r.rows for r in results] == [2, 2, 1]


def test_the_callers_series_names_the_market_a_header_cannot(tmp_path: Path) -> None:
    path = write(tmp_path / "funding.csv", "timestamp,funding_rate_mean\n2026-02-09T00:00:00Z,0.0001\n")
    with Store(tmp_path / "m.sqlite") as store:
        skipped = import_csv(store, path)
        given = import_csv(store, path, series=Series("okx", "BTC/USDT:USDT", "1d"))
    assert skipped.rows == 0 and "neither the exchange nor the market" in (skipped.skipped or "")
    assert given.series == Series("okx", "funding_rate_1d_mean BTC/USDT:USDT", "1d") and given.rows == 1


def test_a_bare_value_column_is_not_guessed(tmp_path: Path) -> None:
    path = write(tmp_path / "BTC-USD_1d_mystery.csv", "timestamp,value\n2026-02-09T00:00:00Z,14\n")
    with Store(tmp_path / "m.sqlite") as store:
        result = import_csv(store, path)
    assert result.rows == 0 and "not an OHLCV file" in (result.skipped or "")
    assert held(tmp_path / "m.sqlite") == {}


def test_unreadable_rows_are_counted_not_stored(tmp_path: Path) -> None:
    path = write(
        tmp_path / "fear-greed.csv",
        "timestamp,value\n2026-02-09T00:00:00Z,14\nnot a time,10\n"
        "2026-02-11T00:00:00Z,lots\n2026-02-12T00:00:00Z,140\n",
    )
    with Store(tmp_path / "m.sqlite") as store:
        result = import_csv(store, path)
    assert (result.rows, result.rejected) == (1, 3)


# --- market cap ------------------------------------------------------------------


@pytest.fixture
def coin_metrics(tmp_path: Path) -> MetricsStore:
    with Store(tmp_path / "m.sqlite") as store:
        import_csv(store, MARKET / "BTC-USD_1d_coinmetrics-refrate.csv")
    return MetricsStore(tmp_path / "m.sqlite")


def test_bitcoins_market_cap_comes_from_coin_metrics(coin_metrics: MetricsStore) -> None:
    with coin_metrics:
        cap, source = market_cap_usd("BTC", date(2026, 2, 9), metrics=coin_metrics)
        before, _ = market_cap_usd("btc", date(2026, 2, 8), metrics=coin_metrics)
        at_publication, said = market_cap_usd("BTC", DAY + timedelta(hours=1, minutes=17), metrics=coin_metrics)
    assert cap is not None and 1.3e12 < cap < 1.5e12
    assert source == "Coin Metrics CapMrktCurUSD, end of 2026-02-09 UTC"
    assert at_publication == before and "end of 2026-02-08" in said  # no lookahead: the 9th was not over


def test_no_source_for_other_assets_is_said_plainly(coin_metrics: MetricsStore) -> None:
    with coin_metrics:
        cap, reason = market_cap_usd("SOL", date(2026, 2, 9), metrics=coin_metrics)
    assert cap is None and reason.startswith("no market-cap source for SOL")


def test_a_day_the_store_lacks_says_what_it_holds(coin_metrics: MetricsStore) -> None:
    with coin_metrics:
        cap, reason = market_cap_usd("BTC", date(2026, 6, 1), metrics=coin_metrics)
    assert cap is None and "2020-01-01..2026-02-10" in reason


def test_an_empty_default_store_says_what_to_import() -> None:
    cap, reason = market_cap_usd("BTC", date(2026, 2, 9))
    assert cap is None and "import BTC-USD_1d_coinmetrics-refrate.csv" in reason


# --- funding's mean of absolute values ---------------------------------------------


def _funding_check(store: Store, comparator: str, day: datetime):  # type: ignore[no-untyped-def]
    """A 'funding turned negative / is negative on <day>' claim, checked against `store`."""
    from verify_helpers import article, check, claim

    from factcheck.model import ClaimKind, Comparator, Precision

    c = claim(ClaimKind.funding_rate, "BTC", 0, unit="%", metric="funding_rate", comparator=Comparator(comparator),
              when="day", start=day, end=day + timedelta(days=1))
    return check(article(day, Precision.day), c, store)


def test_a_day_of_only_positive_prints_contradicts_turned_negative(market_store) -> None:
    """8 Jan 2025: mean +0.01%, mean of absolute values the same, so all three prints were positive.
    Close enough to zero that the mean alone could not tell (it was `unverifiable`)."""
    result = _funding_check(market_store, "crossed_below", datetime(2025, 1, 8, tzinfo=UTC))
    assert result.verdict.value == "inaccurate", result.evidence.explanation
    assert "none of the day's 3 prints was below 0" in result.evidence.explanation


def test_a_negative_print_does_not_say_funding_is_negative_now(market_store) -> None:
    """9 Jan 2025 held a negative print in a positive day: whether the latest was negative is unknown."""
    result = _funding_check(market_store, "below", datetime(2025, 1, 9, tzinfo=UTC))
    assert result.verdict.value == "unverifiable"
    assert "negative prints summed to -0.000544%" in result.evidence.explanation


def test_a_store_without_absolute_means_checks_as_before(tmp_path: Path) -> None:
    """A store filled before the absolute means were imported (or from a file without them) still
    reads, and a narrow miss of zero stays `unverifiable`: the mean alone cannot show a single print."""
    shared = pd.read_csv(MARKET / "BTC-USDT-PERP_funding_1d-mean_binance.csv")
    means_only = tmp_path / "BTC-USDT-PERP_funding_1d-mean_binance.csv"
    shared[["timestamp", "funding_rate_mean"]].to_csv(means_only, index=False)
    with Store(tmp_path / "m.sqlite") as store:
        imported = import_csv(store, means_only)
        result = _funding_check(store, "crossed_below", datetime(2025, 1, 9, tzinfo=UTC))
    assert imported.series == Series("binanceusdm", "funding_rate_1d_mean BTC/USDT:USDT", "1d")
    assert result.verdict.value == "unverifiable", result.evidence.explanation
    assert "can hold a single 8h print on the other side" in result.evidence.explanation
