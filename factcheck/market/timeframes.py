"""Bar sizes: their length, the bar a moment falls in, and coarser bars built from finer ones.

Bars are aligned on the Unix epoch, which puts every hour, 4h, 8h and day
boundary where Binance puts it: a daily bar runs 00:00-24:00 UTC and 8h bars
open at 00, 08 and 16 UTC. Weekly bars open on Monday 00:00 UTC, as
Binance's do, so they are aligned on the first Monday after the epoch. A coarser bar is built only when every finer bar
inside it is there; a bar made from part of its hours would show a wrong
high, low or volume and look perfectly normal.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pandas as pd

_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_TIMEFRAME = re.compile(r"^(?P<amount>[1-9]\d*)(?P<unit>[mhdw])$")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # a Thursday
_MONDAY_EPOCH = datetime(1970, 1, 5, tzinfo=UTC)


def _origin(timeframe: str) -> datetime:
    return _MONDAY_EPOCH if timeframe.endswith("w") else _EPOCH

BUILDABLE_FROM = ("1d", "8h", "4h", "1h", "1m")
"""Finer series a coarser one may be built from, coarsest first (the fewest rows to read)."""


def timeframe_delta(timeframe: str) -> timedelta:
    """'1h' -> 1 hour, '1w' -> 7 days. Months are left out: they differ in length."""
    match = _TIMEFRAME.match(timeframe)
    if match is None:
        raise ValueError(f"not a bar size we handle: {timeframe!r} (use minutes, hours, days or weeks, e.g. 1m, 4h, 1d, 1w)")
    return timedelta(**{_UNITS[match["unit"]]: int(match["amount"])})


def floor_time(t: datetime, timeframe: str) -> datetime:
    """The open time of the bar `t` falls in."""
    step = timeframe_delta(timeframe)
    origin = _origin(timeframe)
    return origin + ((t - origin) // step) * step


def ceil_time(t: datetime, timeframe: str) -> datetime:
    """The open time of the first bar that starts at or after `t`."""
    floor = floor_time(t, timeframe)
    return floor if floor == t else floor + timeframe_delta(timeframe)


def finer_sources(timeframe: str) -> list[str]:
    """The finer bar sizes `timeframe` can be built from, coarsest first ('1d' -> 8h, 4h, 1h, 1m)."""
    target = timeframe_delta(timeframe)
    return [
        finer
        for finer in BUILDABLE_FROM
        if timeframe_delta(finer) < target and target % timeframe_delta(finer) == timedelta(0)
    ]


def resample(candles: pd.DataFrame, finer: str, coarser: str) -> pd.DataFrame:
    """Coarser bars from finer ones (first open, max high, min low, last close, summed volume).

    Only bars whose every finer bar is present are returned; the index is the
    bar open time, UTC.
    """
    per_bar = timeframe_delta(coarser) // timeframe_delta(finer)
    if candles.empty:
        return candles.iloc[0:0]
    rule = pd.Timedelta(timeframe_delta(coarser))
    origin = pd.Timestamp(_origin(coarser))
    grouped = candles.resample(rule, origin=origin, label="left", closed="left")
    bars = grouped.agg({"open": "first", "high": "max", "low": "min", "close": "last", "volume": "sum"})
    counts = grouped["close"].count()
    whole = bars[counts == per_bar]
    # A NaN volume in any finer bar makes the sum unknown, not smaller.
    if candles["volume"].isna().any():
        unknown = candles["volume"].isna().resample(rule, origin=origin, label="left", closed="left").any()
        whole.loc[unknown.reindex(whole.index, fill_value=False).to_numpy(), "volume"] = float("nan")
    whole.index.name = "timestamp"
    return whole.astype("float64")
