"""Our RSI, SMA and EMA agree with TA-Lib on real data, and the indicator,
trend and liquidation checkers give the analyst's verdicts on the seed."""

from __future__ import annotations

from datetime import datetime, timezone

import numpy as np
import pytest
import talib

from factcheck.market.csv_import import read_candles
from factcheck.verify.indicators import ema, rsi, sma

from conftest import MARKET


@pytest.fixture(scope="module")
def closes():
    candles, _ = read_candles(MARKET / "BTC-USDT_1h_binance-spot.csv")
    return candles["close"].iloc[:3000]


@pytest.mark.parametrize("period", [2, 14, 21])
def test_rsi_matches_talib(closes, period: int) -> None:
    ours = rsi(closes, period).to_numpy()
    theirs = talib.RSI(closes.to_numpy(), timeperiod=period)
    assert np.isnan(ours[:period]).all() and np.isnan(theirs[:period]).all()
    np.testing.assert_allclose(ours[period:], theirs[period:], atol=1e-6)


@pytest.mark.parametrize("period", [20, 50, 200])
def test_moving_averages_match_talib(closes, period: int) -> None:
    values = closes.to_numpy()
    np.testing.assert_allclose(sma(closes, period).to_numpy(), talib.SMA(values, timeperiod=period), atol=1e-6, equal_nan=True)
    np.testing.assert_allclose(ema(closes, period).to_numpy(), talib.EMA(values, timeperiod=period), atol=1e-6, equal_nan=True)


def test_rsi_warm_up_makes_the_start_irrelevant(closes) -> None:
    """After 250+ bars, where the series starts no longer moves RSI by more than 0.01."""
    full = rsi(closes, 14).iloc[-1]
    later_start = rsi(closes.iloc[-300:], 14).iloc[-1]
    assert abs(full - later_start) < 0.01


def test_seed_extra_claims(seed_article, market_store) -> None:
    from factcheck.market.data import MarketData
    from factcheck.model import ClaimKind, Verdict
    from factcheck.pipeline import check_article

    now = datetime(2026, 11, 25, tzinfo=timezone.utc)
    market = MarketData(market_store, offline=True, now=lambda: now)
    report = check_article(seed_article, store=market_store, now=now, market=market)
    by_kind = {c.claim.kind: c for c in report.claims}
    rsi_claim = by_kind[ClaimKind.indicator]
    assert rsi_claim.verdict is Verdict.supported  # RSI-14 daily 15.8 on 6 Feb, 33.5 by 9 Feb
    assert rsi_claim.evidence.figure == pytest.approx(33.5, abs=0.1)
    trend = by_kind[ClaimKind.trend]
    assert trend.verdict is Verdict.inaccurate  # the fall began at the October 2025 high, 4 months earlier
    assert trend.evidence.figure == pytest.approx(126, abs=1)
    assert "2025-10-06" in trend.evidence.explanation
    imbalance = by_kind[ClaimKind.liquidation_imbalance]
    assert imbalance.verdict is Verdict.inaccurate and "implausibly small" in imbalance.evidence.explanation
    assert "liquidation-map estimate" in imbalance.evidence.explanation


def test_macd_and_bollinger_match_talib(closes) -> None:
    from factcheck.verify.indicators import bollinger, macd

    values = closes.to_numpy()
    ours = macd(closes)
    line, signal, hist = talib.MACD(values, 12, 26, 9)
    np.testing.assert_allclose(ours["macd"].to_numpy(), line, atol=1e-6, equal_nan=True)
    np.testing.assert_allclose(ours["signal"].to_numpy(), signal, atol=1e-6, equal_nan=True)
    np.testing.assert_allclose(ours["histogram"].to_numpy(), hist, atol=1e-6, equal_nan=True)
    upper, middle, lower = talib.BBANDS(values, 20, 2, 2)
    bands = bollinger(closes)
    np.testing.assert_allclose(bands["upper"].to_numpy(), upper, atol=1e-6, equal_nan=True)
    np.testing.assert_allclose(bands["lower"].to_numpy(), lower, atol=1e-6, equal_nan=True)


def test_a_weekly_rsi_claim_is_checked_on_monday_weeks_built_from_daily_bars(market_store) -> None:
    """'weekly RSI' means 1w bars (Monday 00:00 UTC), not daily ones; TA-Lib on pandas' own
    Monday weeks of Binance's daily file gives the same figure."""
    import pandas as pd

    from factcheck.pipeline import check

    text = "Published: 20 January 2026, 08:00 UTC\n\nBitcoin's weekly RSI has dropped to 38, analysts said.\n"
    now = datetime(2026, 11, 25, tzinfo=timezone.utc)
    report = check("weekly.txt", text=text, store=market_store, offline=True, now=now, sentiment=None)
    (checked,) = [c for c in report.claims if c.claim.kind.value == "indicator"]
    assert checked.claim.timeframe == "1w"
    daily = read_candles(MARKET / "BTC-USDT_1d_binance-spot.csv")[0]["close"]
    weeks = daily.resample("W-MON", label="left", closed="left").agg(["last", "count"])
    closes = weeks.loc[(weeks["count"] == 7) & (weeks.index < pd.Timestamp("2026-01-19", tz="UTC")), "last"]
    want = talib.RSI(closes.to_numpy()[-128:], 14)[-1]
    assert checked.evidence.figure == pytest.approx(want, abs=1e-6)
    assert checked.evidence.data is not None and checked.evidence.data.timeframe == "1w"
    assert checked.verdict.value == "inaccurate"  # the article's 38 is 6 points off
