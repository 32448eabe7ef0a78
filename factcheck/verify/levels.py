"""Support and resistance: detected from the price history before publication.

Method, stated in every verdict: swing highs and lows on daily bars over the
180 days before publication (a bar whose high, or low, is the extreme of the
5 bars on each side) and on hourly bars over the last 14 days (12 bars each
side); swings within 0.5% of each other merge into one level, weighted by how
many there are. A claimed level is supported when a detected level lies
within tolerance; resistance is looked for above the last close, support
below it (a level on the wrong side is imprecise: broken or mislabelled).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pandas as pd

from factcheck.formatting import usd, when
from factcheck.model import CheckedClaim, Claim, ClaimKind, Verdict
from factcheck.verify.context import Context, unusable, verdict
from factcheck.verify.tolerance import describe_level, level_tolerance

MERGE = 0.005
NEAR = 0.03  # a level within 3% of a detected one is imprecise rather than wrong


@dataclass(frozen=True)
class Level:
    price: float
    touches: int
    last: pd.Timestamp


def swing_points(frame: pd.DataFrame, k: int) -> list[tuple[pd.Timestamp, float]]:
    """Highs and lows that are the extreme of `k` bars on each side."""
    highs = frame["high"]
    lows = frame["low"]
    peak = highs == highs.rolling(2 * k + 1, center=True).max()
    trough = lows == lows.rolling(2 * k + 1, center=True).min()
    points = [(t, float(highs[t])) for t in highs.index[peak]]
    points += [(t, float(lows[t])) for t in lows.index[trough]]
    return sorted(points)


def merge_levels(points: list[tuple[pd.Timestamp, float]]) -> list[Level]:
    """Swing points within 0.5% of each other, as one level at their mean."""
    levels: list[list[tuple[pd.Timestamp, float]]] = []
    for t, price in sorted(points, key=lambda p: p[1]):
        if levels and abs(price / levels[-1][-1][1] - 1) <= MERGE:
            levels[-1].append((t, price))
        else:
            levels.append([(t, price)])
    return [Level(sum(p for _, p in group) / len(group), len(group), max(t for t, _ in group)) for group in levels]


def check_level(claim: Claim, ctx: Context) -> CheckedClaim:
    if claim.asset is None or claim.value is None or claim.time.end is None:
        return verdict(claim, Verdict.unverifiable, "No asset, level or publication time to look for the level with.")
    end = claim.time.end
    daily = ctx.market.candles(claim.asset, "1d", end - timedelta(days=180), end)
    hourly = ctx.market.candles(claim.asset, "1h", end - timedelta(days=14), end)
    bad = unusable(claim, hourly) or unusable(claim, daily)
    if bad is not None:
        return bad
    last = float(hourly.frame["close"].iloc[-1])
    levels = merge_levels(swing_points(daily.frame, 5) + swing_points(hourly.frame, 12))
    tol = level_tolerance(claim)
    top = claim.value_high if claim.value_high is not None else claim.value
    distance = {lv: max(0.0, claim.value - lv.price, lv.price - top) for lv in levels}
    nearest = sorted(levels, key=lambda lv: distance[lv])[:3]
    shown = ", ".join(f"{usd(lv.price)} ({lv.touches}×, last {lv.last:%Y-%m-%d})" for lv in nearest)
    kw = dict(candles=hourly, tolerance=describe_level(claim, tol), figures={"close": last})
    if not nearest:
        return verdict(claim, Verdict.unverifiable, "No swing highs or lows in the history before publication.", **kw)
    best = nearest[0]
    resistance = claim.kind is ClaimKind.resistance
    right_side = best.price >= last if resistance else best.price <= last
    if distance[best] <= tol:
        grade = Verdict.supported if right_side else Verdict.imprecise
        side_note = "" if right_side else f" It lies {'below' if resistance else 'above'} the last close {usd(last)}, so it acts as {'support' if resistance else 'resistance'} now."
    else:
        grade = Verdict.imprecise if distance[best] <= max(3 * tol, NEAR * claim.value) else Verdict.inaccurate
        side_note = ""
    return verdict(
        claim, grade,
        f"Nearest levels found from swing highs/lows (daily 180 days, hourly 14 days, to {when(hourly.end)}): {shown}.{side_note}",
        figure=best.price, **kw,
    )
