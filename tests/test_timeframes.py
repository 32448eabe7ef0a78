"""Bar sizes and resampling: coarser bars built from finer ones match the exchange's own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import numpy as np
import pandas as pd
import pytest
from conftest import MARKET

from factcheck.market.timeframes import (
    ceil_time,
    finer_sources,
    floor_time,
    resample,
    timeframe_delta,
)

UTC = UTC


def shared(name: str) -> pd.DataFrame:
    return pd.read_csv(MARKET / name, parse_dates=["timestamp"], index_col="timestamp").astype("float64")


def test_bar_sizes_and_alignment() -> None:
    assert timeframe_delta("1m") == timedelta(minutes=1) and timeframe_delta("8h") == timedelta(hours=8)
    t = datetime(2026, 2, 9, 1, 17, tzinfo=UTC)
    assert floor_time(t, "1d") == datetime(2026, 2, 9, tzinfo=UTC)  # days close at 00:00 UTC
    assert floor_time(t, "8h") == datetime(2026, 2, 9, tzinfo=UTC)
    assert floor_time(t, "4h") == datetime(2026, 2, 9, tzinfo=UTC)
    assert ceil_time(t, "1h") == datetime(2026, 2, 9, 2, tzinfo=UTC)
    assert ceil_time(datetime(2026, 2, 9, 2, tzinfo=UTC), "1h") == datetime(2026, 2, 9, 2, tzinfo=UTC)
    assert finer_sources("1d") == ["8h", "4h", "1h", "1m"]
    assert finer_sources("1h") == ["1m"] and finer_sources("1m") == []
    with pytest.raises(ValueError, match="bar size"):
        timeframe_delta("1M")
    # Weeks open on Monday 00:00 UTC, as Binance's weekly bars do (the epoch was a Thursday).
    assert timeframe_delta("1w") == timedelta(days=7)
    assert floor_time(t, "1w") == datetime(2026, 2, 9, tzinfo=UTC)  # a Monday
    assert floor_time(datetime(2026, 2, 8, 23, 59, tzinfo=UTC), "1w") == datetime(2026, 2, 2, tzinfo=UTC)
    assert finer_sources("1w") == ["1d", "8h", "4h", "1h", "1m"]


def test_weekly_bars_run_monday_to_sunday_and_only_whole_weeks_are_built() -> None:
    daily = shared("BTC-USDT_1d_binance-spot.csv")
    weekly = resample(daily, "1d", "1w")
    assert len(weekly) >= 130 and {t.dayofweek for t in weekly.index} == {0}
    # pandas' own Monday-anchored weeks over the same days, for the weeks that are whole
    theirs = daily.resample("W-MON", label="left", closed="left").agg(
        {"open": "first", "high": "max", "low": "min", "close": "last", "volume": "sum"}
    )
    counts = daily["close"].resample("W-MON", label="left", closed="left").count()
    theirs = theirs[counts == 7]
    pd.testing.assert_frame_equal(weekly, theirs.astype("float64"), check_freq=False, check_names=False)
    assert weekly.index[0] >= daily.index[0]  # the first, partial week is not a bar


def test_daily_bars_from_real_hours_equal_binance_daily_bars() -> None:
    """SOURCES.md found the two identical over 650 days; resampling must keep them so."""
    daily = resample(shared("BTC-USDT_1h_binance-spot.csv"), "1h", "1d")
    binance = shared("BTC-USDT_1d_binance-spot.csv")
    both = daily.index.intersection(binance.index)
    assert len(both) >= 600
    cols = ["open", "high", "low", "close"]
    pd.testing.assert_frame_equal(daily.loc[both, cols], binance.loc[both, cols], check_freq=False)
    np.testing.assert_allclose(daily.loc[both, "volume"], binance.loc[both, "volume"], rtol=1e-6)
    day = daily.loc[pd.Timestamp("2026-02-09", tz="UTC")]
    assert (day.open, day.high, day.low, day.close) == (70330.38, 71453.53, 68308.00, 70138.00)


def test_8h_bars_from_real_hours_equal_binance_8h_bars() -> None:
    eight = resample(shared("BTC-USDT_1h_binance-spot.csv"), "1h", "8h")
    binance = shared("BTC-USDT_8h_binance-spot.csv")
    both = eight.index.intersection(binance.index)
    assert len(both) >= 2000
    assert {t.hour for t in both} == {0, 8, 16}
    pd.testing.assert_frame_equal(eight.loc[both, ["high", "close"]], binance.loc[both, ["high", "close"]], check_freq=False)


def test_a_day_missing_an_hour_is_not_built() -> None:
    hours = shared("BTC-USDT_1h_binance-spot.csv").loc["2026-02-08":"2026-02-09"]
    assert len(hours) == 48
    daily = resample(hours.drop(pd.Timestamp("2026-02-09 13:00", tz="UTC")), "1h", "1d")
    assert list(daily.index) == [pd.Timestamp("2026-02-08", tz="UTC")]


def test_minutes_to_hours() -> None:
    index = pd.date_range("2026-02-09 00:00", periods=120, freq="1min", tz="UTC", name="timestamp")
    price = np.arange(120, dtype="float64") + 100
    minutes = pd.DataFrame(
        {"open": price, "high": price + 0.5, "low": price - 0.5, "close": price + 0.25, "volume": 1.0}, index=index
    )
    hours = resample(minutes.drop(index[90]), "1m", "1h")  # the second hour lacks a minute
    assert list(hours.index) == [pd.Timestamp("2026-02-09 00:00", tz="UTC")]
    bar = hours.iloc[0]
    assert (bar.open, bar.high, bar.low, bar.close, bar.volume) == (100.0, 159.5, 99.5, 159.25, 60.0)
