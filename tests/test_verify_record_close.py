"""'A record close at $73,000': a record of daily closes, not of intraday highs. Before
14 March 2024 the highest daily close was 13 March's (about $73,080) while the highest
high was about $73,650: a close checked against the high would be called too low."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import MARKET
from verify_helpers import article, check, claim, utc

from factcheck.model import ClaimKind, Verdict

PUBLISHED = utc(2024, 3, 14, 6)


def _best_close() -> float:
    days = pd.read_csv(MARKET / "BTC-USDT_1d_binance-spot.csv", parse_dates=["timestamp"], index_col="timestamp")
    return float(days[days.index < pd.Timestamp("2024-03-14", tz="UTC")]["close"].max())


def _record(value: float, metric: str):
    return claim(ClaimKind.all_time_high, "BTC", value, unit="USD", metric=metric, decimals=0,
                 start=PUBLISHED, end=PUBLISHED, text="a record close")


def test_a_record_close_is_checked_against_daily_closes(market_store) -> None:
    best = _best_close()
    checked = check(article(PUBLISHED), _record(round(best, -1), "close"), market_store)
    assert checked.verdict is Verdict.supported, checked.evidence.explanation
    assert "record daily close" in checked.evidence.explanation
    assert checked.evidence.figure == pytest.approx(best, rel=0.002)


def test_a_record_high_is_still_the_highest_high(market_store) -> None:
    checked = check(article(PUBLISHED), _record(73650, "price"), market_store)
    assert checked.verdict is Verdict.supported, checked.evidence.explanation
    assert "record high" in checked.evidence.explanation
    closes = check(article(PUBLISHED), _record(73650, "close"), market_store)
    assert closes.verdict is not Verdict.supported, closes.evidence.explanation
