"""The bars an indicator is read on, as a chart shows them at a moment.

A chart read at 14:10 UTC draws today's daily candle as it stands: its close
is the last price, so the RSI, MACD and Bollinger bands an article quotes
include that forming candle. Without lookahead, the forming candle's close is
the last hourly close before the moment (daily and weekly bars; intraday
readings are quoted off the last closed bar). A reading "at Thursday's close"
is taken on that day's closed UTC candle instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import pandas as pd

from factcheck.market.data import Candles, floor_time, timeframe_delta
from factcheck.model import Claim
from factcheck.verify.context import Context

HOUR = timedelta(hours=1)
FORMING = {"1d", "1w"}
"""Bar sizes read with the bar in progress: a day or a week is long enough that a chart's
live candle is what an article quotes; 4h and 1h readings are quoted off the last closed bar."""
DAY = timedelta(days=1)


@dataclass(frozen=True)
class Reading:
    """Closed bars, plus the bar forming at `at` when there is one."""

    candles: Candles  # the closed bars
    closes: pd.Series  # their closes, then the forming bar's close (its open time as index)
    at: datetime  # the moment the figures are read at
    forming: float | None  # the forming bar's close (the last hourly close), if any
    note: str  # how the reading was taken, for the explanation

    @property
    def last_closed(self) -> pd.Series:
        """Closes of the closed bars only (moving averages are drawn on these)."""
        return self.closes.iloc[:-1] if self.forming is not None else self.closes


def reading_moment(claim: Claim, published: datetime) -> datetime:
    """When the claim reads the indicator: at publication, or at the close of the
    day it names (the UTC candle of that date, never after publication).

    A named day comes as that day in the article's zone; the date of its middle
    is the date whatever the zone (offsets stay within 14 hours)."""
    time = claim.time
    if time.kind == "day" and time.start is not None and time.end is not None and time.end - time.start >= DAY - HOUR:
        middle = time.start + (time.end - time.start) / 2
        close = floor_time(middle, "1d") + DAY
        return min(close, published)
    return published


def read(ctx: Context, claim: Claim, timeframe: str, bars: int, at: datetime) -> Reading:
    """`bars` closed bars of `timeframe` before `at`, and the bar forming at `at`."""
    assert claim.asset is not None
    step = timeframe_delta(timeframe)
    opened = floor_time(at, timeframe)
    candles = ctx.market.candles(claim.asset, timeframe, opened - step * bars, at)
    closes = candles.frame["close"]
    if timeframe not in FORMING or at <= opened or candles.frame.empty:
        return Reading(candles, closes, at, None, f"on closed {timeframe} bars to {at:%Y-%m-%d %H:%M} UTC")
    hours = ctx.market.candles(claim.asset, "1h", opened, at)
    if hours.frame.empty or hours.missing:
        return Reading(candles, closes, at, None,
                       f"on closed {timeframe} bars (the hours of the forming bar are missing)")
    forming = float(hours.frame["close"].iloc[-1])
    as_of = hours.frame.index[-1] + pd.Timedelta(HOUR)
    closes = pd.concat([closes, pd.Series([forming], index=[pd.Timestamp(opened)])])
    return Reading(
        candles, closes, as_of.to_pydatetime(), forming,
        f"with the {timeframe} bar of {opened:%Y-%m-%d %H:%M} forming at the last hourly close "
        f"{forming:,.2f} ({as_of:%Y-%m-%d %H:%M} UTC)",
    )
