"""Data quality on real candles: no false alarms on the shared files, and every injected fault found."""

from __future__ import annotations

from datetime import UTC, datetime, timezone

import pandas as pd
import pytest
from conftest import MARKET

from factcheck.market.quality import Kind, assess

UTC = UTC


def shared(name: str) -> pd.DataFrame:
    return pd.read_csv(MARKET / name, parse_dates=["timestamp"], index_col="timestamp").astype("float64")


@pytest.fixture(scope="module")
def spot() -> pd.DataFrame:
    return shared("BTC-USDT_1h_binance-spot.csv")


def t(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


def test_real_spot_hours_show_only_their_known_gaps(spot: pd.DataFrame) -> None:
    """SOURCES.md: spot 1h lacks 2025-07-01..09-30 and 2025-11; no duplicates, zero volume or impossible bars."""
    report = assess(spot, "1h")
    assert report.bars == 16_032
    gaps = [p for p in report.problems if p.kind is Kind.gap]
    assert [p.at for p in gaps] == [t("2025-07-01"), t("2025-11-01")]
    assert gaps[0].detail == "gap: 2208 1h bars missing (2025-07-01 00:00 UTC to 2025-10-01 00:00 UTC)"
    assert "720 1h bars" in gaps[1].detail
    assert len(report.problems) == 2 and not report.bad


@pytest.mark.parametrize("name", ["BTC-USDT-PERP_1h_binance-usdm.csv", "ETH-USDT-PERP_1h_binance-usdm.csv", "BTC-USD_1d_yahoo.csv"])
def test_real_crashes_are_not_called_absurd(name: str) -> None:
    """Whole files through 2025-10-10 and 2026-02-05/06 (BTC to 60,000): real moves, no alarms."""
    frame = shared(name)
    report = assess(frame, "1d" if "1d" in name else "1h")
    assert report.ok, report.lines()[:3]


def test_injected_faults_are_each_found_once(spot: pd.DataFrame) -> None:
    window = spot.loc["2026-02-01":"2026-02-10"].copy()
    assert len(window) == 240 and assess(window, "1h").ok
    window.loc[t("2026-02-02 05:00"), ["high", "low"]] = [70000.0, 71000.0]  # high below low
    window.loc[t("2026-02-03 05:00"), "close"] = window.loc[t("2026-02-03 05:00"), "high"] * 1.01  # close above high
    window.loc[t("2026-02-04 05:00"), "volume"] = 0.0
    window.loc[t("2026-02-07 05:00"), "high"] = window.loc[t("2026-02-07 05:00"), "close"] * 12  # a 12x wick
    window.loc[t("2026-02-08 05:00"), "low"] = window.loc[t("2026-02-08 05:00"), "close"] * 0.05  # a 0.05x wick
    window.loc[t("2026-02-09 05:00"), ["open", "high", "low", "close"]] *= 1.7  # a whole bar 70% up
    window = window.drop(index=[t("2026-02-05 10:00"), t("2026-02-05 11:00")])
    window = pd.concat([window, window.loc[[t("2026-02-06 00:00")]]])  # sent twice

    report = assess(window, "1h", datetime(2026, 2, 1, tzinfo=UTC), datetime(2026, 2, 11, tzinfo=UTC))

    found = [(p.kind, p.at) for p in report.problems]
    assert found == [
        (Kind.impossible, t("2026-02-02 05:00")),
        (Kind.impossible, t("2026-02-03 05:00")),
        (Kind.zero_volume, t("2026-02-04 05:00")),
        (Kind.gap, t("2026-02-05 10:00")),
        (Kind.duplicate, t("2026-02-06 00:00")),
        (Kind.spike, t("2026-02-07 05:00")),
        (Kind.spike, t("2026-02-08 05:00")),
        (Kind.jump, t("2026-02-09 05:00")),  # and not the bar after it, which only comes back
    ]
    assert list(report.bad_bars) == [t("2026-02-02 05:00"), t("2026-02-03 05:00"), t("2026-02-07 05:00"),
                                     t("2026-02-08 05:00"), t("2026-02-09 05:00")]
    lines = report.lines()
    assert "high 70,000 below low 71,000" in lines[0]
    assert "gap: 2 1h bars missing (2026-02-05 10:00 UTC to 2026-02-05 12:00 UTC)" in lines
    assert any("high 841,938 is 12.1x the median close" in line for line in lines)
    assert any("+70% from the previous close" in line for line in lines)


def test_a_one_bar_window_is_judged_against_the_bars_before_it(spot: pd.DataFrame) -> None:
    before = spot.loc["2026-02-08 19:00":"2026-02-08 23:00"]
    bar = spot.loc[["2026-02-09 00:00"]].copy()
    bar["high"] *= 12  # 12x this bar's open, 11.9x the median close of the five hours before
    alone = assess(bar, "1h")
    with_context = assess(bar, "1h", before=before)
    assert alone.ok  # no neighbour to compare with
    assert [p.kind for p in with_context.problems] == [Kind.spike]


def test_an_empty_window_is_one_gap() -> None:
    empty = shared("BTC-USDT_1h_binance-spot.csv").iloc[0:0]
    report = assess(empty, "1h", datetime(2026, 2, 9, tzinfo=UTC), datetime(2026, 2, 10, tzinfo=UTC))
    assert report.lines() == ("gap: 24 1h bars missing (2026-02-09 00:00 UTC to 2026-02-10 00:00 UTC)",)


def test_bars_off_the_hour_grid_leave_the_grid_hours_missing(spot: pd.DataFrame) -> None:
    """As many bars as the window has hours, but stamped at half past: not a whole series."""
    window = spot.loc["2026-02-09 00:00":"2026-02-09 05:00"].copy()
    assert assess(window, "1h", datetime(2026, 2, 9, tzinfo=UTC), datetime(2026, 2, 9, 6, tzinfo=UTC)).ok
    window.index = window.index + pd.Timedelta(minutes=30)
    report = assess(window, "1h", datetime(2026, 2, 9, tzinfo=UTC), datetime(2026, 2, 9, 6, tzinfo=UTC))
    assert [p.kind for p in report.problems] == [Kind.gap]
    assert report.lines()[0].startswith("gap: 6 1h bars missing")
