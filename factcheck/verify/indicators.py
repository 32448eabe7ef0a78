"""Technical indicators computed the standard way, so figures match TA-Lib's.

RSI uses Wilder's smoothing: the first average gain/loss is the simple mean of
the first `period` changes, each later one is (previous × (period − 1) +
current) / period. SMA is the plain mean; EMA is seeded with the SMA of the
first `period` closes and then uses α = 2 / (period + 1).
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def rsi(close: pd.Series, period: int = 14) -> pd.Series:
    values = close.to_numpy(dtype=float)
    out = np.full(len(values), np.nan)
    if len(values) <= period:
        return pd.Series(out, index=close.index)
    change = np.diff(values)
    gain = np.clip(change, 0, None)
    loss = np.clip(-change, 0, None)
    avg_gain = gain[:period].mean()
    avg_loss = loss[:period].mean()
    out[period] = _rsi_value(avg_gain, avg_loss)
    for i in range(period, len(change)):
        avg_gain = (avg_gain * (period - 1) + gain[i]) / period
        avg_loss = (avg_loss * (period - 1) + loss[i]) / period
        out[i + 1] = _rsi_value(avg_gain, avg_loss)
    return pd.Series(out, index=close.index)


def _rsi_value(avg_gain: float, avg_loss: float) -> float:
    if avg_loss == 0:
        return 100.0 if avg_gain > 0 else 50.0
    return 100.0 - 100.0 / (1.0 + avg_gain / avg_loss)


def sma(close: pd.Series, period: int) -> pd.Series:
    return close.rolling(period, min_periods=period).mean()


def ema(close: pd.Series, period: int) -> pd.Series:
    values = close.to_numpy(dtype=float)
    out = np.full(len(values), np.nan)
    if len(values) < period:
        return pd.Series(out, index=close.index)
    alpha = 2.0 / (period + 1)
    out[period - 1] = values[:period].mean()
    for i in range(period, len(values)):
        out[i] = alpha * values[i] + (1 - alpha) * out[i - 1]
    return pd.Series(out, index=close.index)


def _ema_seeded(values: np.ndarray, period: int, seed_start: int) -> np.ndarray:
    """EMA whose first value is the mean of `period` values from `seed_start` (TA-Lib's seeding)."""
    out = np.full(len(values), np.nan)
    first = seed_start + period - 1
    if first >= len(values):
        return out
    alpha = 2.0 / (period + 1)
    out[first] = values[seed_start : seed_start + period].mean()
    for i in range(first + 1, len(values)):
        out[i] = alpha * values[i] + (1 - alpha) * out[i - 1]
    return out


def macd(close: pd.Series, fast: int = 12, slow: int = 26, signal: int = 9) -> pd.DataFrame:
    """MACD line, signal line and histogram as TA-Lib computes them: the fast EMA
    is seeded where it ends together with the slow one, and both lines start
    once the signal has `signal` values."""
    values = close.to_numpy(dtype=float)
    line = _ema_seeded(values, fast, slow - fast) - _ema_seeded(values, slow, 0)
    sig = _ema_seeded(np.nan_to_num(line), signal, slow - 1)
    first = slow + signal - 2
    line[:first] = np.nan
    sig[:first] = np.nan
    return pd.DataFrame({"macd": line, "signal": sig, "histogram": line - sig}, index=close.index)


def bollinger(close: pd.Series, period: int = 20, width: float = 2.0) -> pd.DataFrame:
    """Bands at `width` population standard deviations around the SMA (TA-Lib's BBANDS)."""
    middle = close.rolling(period, min_periods=period).mean()
    spread = close.rolling(period, min_periods=period).std(ddof=0) * width
    return pd.DataFrame({"upper": middle + spread, "middle": middle, "lower": middle - spread})
