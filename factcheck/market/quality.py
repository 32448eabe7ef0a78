"""Is this series fit to rest a verdict on? Gaps, duplicates, zero volume, impossible and absurd bars.

Real feeds go wrong in a few known ways: a missing hour, a bar sent twice, a
flat zero-volume bar left by an archive (the shared perp data had one), a bar
whose high sits below its low, and the fat-finger print, a wick ten times the
price, or a close 50% away from the one before it when no real market moved
so (BTC's worst day since 2020 was -39%). Each is found here and described in
a sentence a reader can check.

Impossible and absurd bars are *bad*: a figure computed over them would be
wrong, so callers treat them as missing. Gaps, duplicates and zero-volume bars
are reported; what they mean is the caller's decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

import numpy as np
import pandas as pd

from factcheck.market.timeframes import timeframe_delta

NEIGHBOURS = 5
"""Bars on each side whose median close a bar is compared with."""
SPIKE_FACTOR = 10.0
"""A high at least this many times the neighbours' median close (or a low at most its inverse) is absurd."""
MAX_JUMP = 0.5
"""A close more than 50% away from the previous good close is absurd."""


class Kind(str, Enum):
    gap = "gap"
    duplicate = "duplicate"
    zero_volume = "zero_volume"
    impossible = "impossible"
    spike = "spike"
    jump = "jump"


BAD = frozenset({Kind.impossible, Kind.spike, Kind.jump})
"""Problems that make a bar unusable."""


@dataclass(frozen=True)
class Problem:
    kind: Kind
    at: pd.Timestamp
    """The bar's open time (for a gap: the first missing bar)."""
    detail: str

    def __str__(self) -> str:
        return self.detail


@dataclass(frozen=True)
class QualityReport:
    problems: tuple[Problem, ...]
    bars: int

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def bad(self) -> tuple[Problem, ...]:
        """The impossible and absurd bars, one problem each."""
        return tuple(p for p in self.problems if p.kind in BAD)

    @property
    def bad_bars(self) -> pd.DatetimeIndex:
        return pd.DatetimeIndex([p.at for p in self.bad], name="timestamp")

    def count(self, kind: Kind) -> int:
        return sum(1 for p in self.problems if p.kind is kind)

    def lines(self) -> tuple[str, ...]:
        return tuple(str(p) for p in self.problems)


def _t(stamp: pd.Timestamp) -> str:
    return f"{stamp:%Y-%m-%d %H:%M} UTC"


def _n(x: float) -> str:
    return f"{x:,.8g}"


def assess(
    candles: pd.DataFrame,
    timeframe: str,
    start: datetime | None = None,
    end: datetime | None = None,
    *,
    before: pd.DataFrame | None = None,
) -> QualityReport:
    """The problems of the bars opening in [start, end) (default: the frame's own span).

    `before` are earlier bars used only as neighbours for the spike test, so a
    short window can still be judged without looking past its end.
    """
    frame = candles if candles.index.is_monotonic_increasing else candles.sort_index(kind="stable")
    index = pd.DatetimeIndex(frame.index)
    lo = pd.Timestamp(start) if start is not None else (index[0] if len(index) else None)
    hi = pd.Timestamp(end) if end is not None else (index[-1] + timeframe_delta(timeframe) if len(index) else None)
    if lo is None or hi is None:
        return QualityReport((), 0)
    inside = (index >= lo) & (index < hi)
    problems = _gaps(index[inside], timeframe, lo, hi) + _duplicates(index[inside])
    problems += _bars(frame, inside, before)
    problems.sort(key=lambda p: (p.at, p.kind.value))
    return QualityReport(tuple(problems), int(inside.sum()))


def _gaps(index: pd.DatetimeIndex, timeframe: str, lo: pd.Timestamp, hi: pd.Timestamp) -> list[Problem]:
    step = pd.Timedelta(timeframe_delta(timeframe))
    first = lo.ceil(step) if lo.value % step.value else lo
    if _whole(index, first, hi, step):
        return []
    expected = pd.date_range(first, hi, freq=step, inclusive="left")
    absent = expected.difference(index)
    if absent.empty:
        return []
    runs = np.flatnonzero((absent[1:] - absent[:-1]) != step)  # the last bar of each run but the final one
    starts = np.r_[0, runs + 1]
    ends = np.r_[runs, len(absent) - 1]
    out = []
    for a, b in zip(starts, ends, strict=True):
        n = int(b - a + 1)
        first_missing, last_missing = absent[a], absent[b]
        span = _t(first_missing) if n == 1 else f"{_t(first_missing)} to {_t(last_missing + step)}"
        out.append(Problem(Kind.gap, first_missing, f"gap: {n} {timeframe} bar{'s' if n > 1 else ''} missing ({span})"))
    return out


def _whole(index: pd.DatetimeIndex, first: pd.Timestamp, hi: pd.Timestamp, step: pd.Timedelta) -> bool:
    """Every bar of [first, hi) there, each once, on the step's grid: no gap to look for
    (the usual case, answered without building the expected index)."""
    if hi <= first:
        return len(index) == 0
    expected = -((first.value - hi.value) // step.value)  # bars opening in [first, hi)
    stamps = index.as_unit("ns").asi8
    return len(stamps) == expected and index.is_unique and not ((stamps - first.value) % step.value).any()


def _duplicates(index: pd.DatetimeIndex) -> list[Problem]:
    if index.is_unique:
        return []
    dup = index[index.duplicated()]
    return [
        Problem(Kind.duplicate, t, f"duplicate: the bar at {_t(t)} appears {int((index == t).sum())} times")
        for t in dup.unique()
    ]


def _impossible(o: float, h: float, low: float, c: float, v: float) -> str | None:
    if not all(np.isfinite(x) for x in (o, h, low, c)):
        return "a price that is not a number"
    if min(o, h, low, c) <= 0:
        return "a price at or below zero"
    if h < low:
        return f"high {_n(h)} below low {_n(low)}"
    if not (low <= o <= h):
        return f"open {_n(o)} outside low..high {_n(low)}..{_n(h)}"
    if not (low <= c <= h):
        return f"close {_n(c)} outside low..high {_n(low)}..{_n(h)}"
    if np.isfinite(v) and v < 0:
        return f"negative volume {_n(v)}"
    return None


def _bars(frame: pd.DataFrame, inside: np.ndarray, before: pd.DataFrame | None) -> list[Problem]:
    """Zero-volume, impossible, spike and jump bars, looking at earlier bars as neighbours too."""
    parts = [frame]
    if before is not None and not before.empty and len(frame):
        earlier = before[before.index < frame.index[0]]
        earlier = (earlier if earlier.index.is_monotonic_increasing else earlier.sort_index()).iloc[-NEIGHBOURS:]
        parts = [earlier, frame]
        inside = np.r_[np.zeros(len(earlier), dtype=bool), inside]
    if frame.empty:
        return []
    o, h, low, c, v = (
        np.concatenate([_column(part, k) for part in parts]) for k in ("open", "high", "low", "close", "volume")
    )
    index = parts[0].index.append(parts[1].index) if len(parts) == 2 else pd.DatetimeIndex(frame.index)
    out: list[Problem] = []
    bad = np.zeros(len(c), dtype=bool)
    for i in np.flatnonzero(inside & (v == 0)):
        out.append(Problem(Kind.zero_volume, index[i], f"zero volume: the bar at {_t(index[i])} traded nothing"))
    with np.errstate(invalid="ignore"):
        sane = np.isfinite(o + h + low + c) & (np.minimum(np.minimum(o, c), low) > 0) & (low <= np.minimum(o, c))
        sane &= (np.maximum(o, c) <= h) & ~(v < 0)
    for i in np.flatnonzero(~sane):
        why = _impossible(o[i], h[i], low[i], c[i], v[i])
        if why is not None:
            bad[i] = True
            if inside[i]:
                out.append(Problem(Kind.impossible, index[i], f"impossible bar at {_t(index[i])}: {why}"))
    good = ~bad  # sane bars: finite, positive prices
    if not good.any() or (h[good].max() < SPIKE_FACTOR * c[good].min() and low[good].min() > c[good].max() / SPIKE_FACTOR):
        # a median of good closes lies between their least and greatest: no bar can be 10x off it
        high_spike = low_spike = np.zeros(len(c), dtype=bool)
    else:
        median = _neighbour_median(np.where(bad, np.nan, c))
        with np.errstate(invalid="ignore", divide="ignore"):
            high_spike = h >= SPIKE_FACTOR * median
            low_spike = low <= median / SPIKE_FACTOR
    for i in np.flatnonzero(~bad & (high_spike | low_spike)):
        bad[i] = True
        if inside[i]:
            which, value = ("high", h[i]) if high_spike[i] else ("low", low[i])
            ratio = value / median[i]
            out.append(Problem(
                Kind.spike, index[i],
                f"absurd bar at {_t(index[i])}: {which} {_n(value)} is {ratio:.3g}x the median close "
                f"{_n(median[i])} of its neighbours",
            ))
    out += _jumps(index, c, bad, inside)
    return out


def _column(frame: pd.DataFrame, name: str) -> np.ndarray:
    """One price field as floats; NaN throughout when the frame lacks it (volume may be absent)."""
    return frame[name].to_numpy(dtype="float64") if name in frame else np.full(len(frame), np.nan)


def _neighbour_median(close: np.ndarray) -> np.ndarray:
    """For each bar, the median close of up to NEIGHBOURS bars on each side, itself left out."""
    n = len(close)
    padded = np.r_[np.full(NEIGHBOURS, np.nan), close, np.full(NEIGHBOURS, np.nan)]
    windows = np.lib.stride_tricks.sliding_window_view(padded, 2 * NEIGHBOURS + 1)[:n].copy()
    windows[:, NEIGHBOURS] = np.nan
    out = np.full(n, np.nan)
    has = ~np.isnan(windows).all(axis=1)
    out[has] = np.nanmedian(windows[has], axis=1)
    return out


def _jumps(index: pd.DatetimeIndex, close: np.ndarray, bad: np.ndarray, inside: np.ndarray) -> list[Problem]:
    """Closes more than MAX_JUMP away from the last good close; the way back from a bad bar is not a jump."""
    out: list[Problem] = []
    if len(close) < 2:
        return out
    with np.errstate(invalid="ignore", divide="ignore"):
        raw = np.abs(close[1:] / close[:-1] - 1) > MAX_JUMP
    candidates = set((np.flatnonzero(raw) + 1).tolist())
    candidates |= set((np.flatnonzero(bad[:-1]) + 1).tolist())  # after a bad bar, compare further back
    for i in sorted(candidates):
        if bad[i]:
            continue
        j = i - 1
        while j >= 0 and bad[j]:
            j -= 1
        if j < 0 or not np.isfinite(close[j]) or close[j] <= 0:
            continue
        move = close[i] / close[j] - 1
        if abs(move) > MAX_JUMP:
            bad[i] = True
            if inside[i]:
                out.append(Problem(
                    Kind.jump, index[i],
                    f"absurd bar at {_t(index[i])}: close {_n(close[i])} is {move:+.0%} from the previous "
                    f"close {_n(close[j])} in one bar",
                ))
    return out
