"""A price move over a window with bars missing inside it: a start-to-end move rests on
its first open and last close only, so it is graded and the gap is said; when an end
is missing, or the move reads the path (from the lows, "as much as"), it stays unverifiable."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import MARKET
from verify_helpers import article, check, claim, utc

from factcheck.market.csv_import import read_candles
from factcheck.market.store import Store
from factcheck.model import ClaimKind, Verdict

PUBLISHED = utc(2026, 2, 9, 1, 17)
WEEK_START = utc(2026, 2, 2, 1, 17)


@pytest.fixture(scope="module")
def hours() -> pd.DataFrame:
    frame, _ = read_candles(MARKET / "BTC-USDT_1h_binance-spot.csv")
    return frame


def _holed(hours: pd.DataFrame, tmp_path: Path, first: str, last: str) -> Store:
    store = Store(tmp_path / f"holed-{first[5:10]}-{first[11:13]}.sqlite")
    store.put_candles("binance", "BTC/USDT", "1h", hours.drop(hours.loc[first:last].index), origin="test")
    return store


def _weekly_move(hours: pd.DataFrame) -> float:
    start = hours.loc[pd.Timestamp("2026-02-02 01:00", tz="UTC"), "open"]
    end = hours.loc[pd.Timestamp("2026-02-09 00:00", tz="UTC"), "close"]
    return (end / start - 1) * 100


def test_bars_missing_inside_the_window_do_not_block_a_start_to_end_move(hours: pd.DataFrame, tmp_path: Path) -> None:
    move = _weekly_move(hours)
    said = claim(ClaimKind.price_change, "BTC", round(move, 1), unit="%", text=f"fell {abs(move):.1f}% over the past week",
                 start=WEEK_START, end=PUBLISHED, when="window", time_text="over the past week")
    with _holed(hours, tmp_path, "2026-02-05 10:00", "2026-02-05 14:00") as store:
        checked = check(article(PUBLISHED), said, store)
    assert checked.verdict is Verdict.supported, checked.evidence.explanation
    assert checked.evidence.figure == pytest.approx(move)
    assert "5 of 168 bars inside the window are missing" in checked.evidence.explanation


def test_a_missing_end_of_the_window_keeps_the_move_unverifiable(hours: pd.DataFrame, tmp_path: Path) -> None:
    move = _weekly_move(hours)
    said = claim(ClaimKind.price_change, "BTC", round(move, 1), unit="%", text="over the past week",
                 start=WEEK_START, end=PUBLISHED, when="window", time_text="over the past week")
    with _holed(hours, tmp_path, "2026-02-09 00:00", "2026-02-09 00:00") as store:
        checked = check(article(PUBLISHED), said, store)
    assert checked.verdict is Verdict.unverifiable
    assert "gap" in checked.evidence.explanation


def test_a_move_from_the_lows_reads_every_bar_and_stays_unverifiable(hours: pd.DataFrame, tmp_path: Path) -> None:
    said = claim(ClaimKind.price_change, "BTC", 15.0, unit="%", metric="rebound_from_low", text="recovered 15% from its lows",
                 start=WEEK_START, end=PUBLISHED, when="window", time_text="this week")
    with _holed(hours, tmp_path, "2026-02-05 10:00", "2026-02-05 14:00") as store:
        checked = check(article(PUBLISHED), said, store)
    assert checked.verdict is Verdict.unverifiable


def test_a_window_from_a_named_start_keeps_its_start_in_a_date_only_article(hours: pd.DataFrame, tmp_path: Path) -> None:
    """'since the start of 2026' in an article dated 5 Feb: each closed hour of the day is a
    possible end, but the move is always measured from 1 January's first open."""
    from factcheck.model import Precision

    day = utc(2026, 2, 5)
    jan_open = hours.loc[pd.Timestamp("2026-01-01 00:00", tz="UTC"), "open"]
    noon = hours.loc[pd.Timestamp("2026-02-05 11:00", tz="UTC"), "close"]
    move = round((noon / jan_open - 1) * 100, 1)
    said = claim(ClaimKind.price_change, "BTC", move, unit="%", text=f"{move}% since the start of 2026",
                 start=utc(2026, 1, 1), end=utc(2026, 2, 6), when="window", time_text="since the start of 2026")
    said = said.model_copy(update={"time": said.time.model_copy(update={"anchored": True})})
    with Store(tmp_path / "m.sqlite") as store:
        store.put_candles("binance", "BTC/USDT", "1h", hours, origin="test")
        checked = check(article(day, Precision.day), said, store)
    assert checked.evidence.figures["from"] == pytest.approx(jan_open)
    assert checked.verdict is Verdict.supported, checked.evidence.explanation
