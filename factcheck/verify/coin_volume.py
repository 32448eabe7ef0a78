"""Volumes counted in coins: "Thursday's volume was roughly 106,000 BTC on Binance spot".

A figure in coins is a venue's own count of the base asset traded, so it is
checked against that venue's candles, which carry base volume: the sum of the
hourly bars of the window (a named UTC day, the hours of a stated window, else
the latest UTC day complete before publication). Only Binance spot is held,
and only a figure the article gives for Binance is compared: within 2%
supported, within 5% imprecise. A perpetual's bars stand in for spot prices
elsewhere, never for spot volume: then, and for other venues, `unverifiable`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pandas as pd

from factcheck.formatting import when
from factcheck.market.venues import held
from factcheck.model import CheckedClaim, Claim, Comparator, Verdict
from factcheck.verify.context import Context, verdict
from factcheck.verify.moments import moments

TOLERANCE, IMPRECISE = 0.02, 0.05
DAY = timedelta(days=1)
VENUE = "binance"  # the store's exchange id for Binance spot


def _window(claim: Claim, ctx: Context) -> tuple[datetime, datetime, str]:
    """[start, end) of the hours the figure covers, and how it was chosen."""
    start, end = claim.time.start, claim.time.end
    assert end is not None
    if claim.time.kind == "day" and start is not None and end > start:
        day = pd.Timestamp(start + (end - start) / 2).floor("1D").to_pydatetime()
        return day, min(day + DAY, end), f"the UTC day {day:%Y-%m-%d}"
    if claim.time.kind == "window" and start is not None and end > start:
        return start, end, f"{when(start)} → {when(end)}"
    first = pd.Timestamp(moments(ctx.article, claim, ctx.hours)[0]).floor("1D").to_pydatetime()
    return first - DAY, first, f"{first - DAY:%Y-%m-%d}, the latest UTC day complete before publication"


def check_coin_volume(claim: Claim, ctx: Context) -> CheckedClaim:
    assert claim.asset is not None and claim.value is not None
    if claim.time.end is None:
        return verdict(claim, Verdict.unverifiable, "The publication time is unknown, so the volume's day cannot be chosen.")
    start, end, chosen = _window(claim, ctx)
    candles = ctx.market.candles(claim.asset, "1h", start, end)
    spot = candles.exchange == VENUE and ":" not in candles.symbol
    if candles.frame.empty or candles.missing or not spot:
        return verdict(claim, Verdict.unverifiable,
                       f"The store holds no complete Binance spot {claim.asset} hours for {chosen}; another venue's "
                       "volume (or a perpetual's) is not the same count.", candles=candles)
    traded = float(candles.frame["volume"].sum())
    said = f"Binance spot {candles.symbol} traded {traded:,.0f} {claim.asset} over {chosen} ({len(candles.frame)} hourly bars)"
    if not held(claim.venue):
        return verdict(claim, Verdict.unverifiable,
                       f"{said}; the article names no venue for {claim.value:,.0f} {claim.asset}, and no all-exchange "
                       "count of coins is held.", figure=traded, candles=candles)
    off = abs(traded - claim.value) / traded
    if claim.comparator in {Comparator.above, Comparator.below}:
        holds = traded > claim.value if claim.comparator is Comparator.above else traded < claim.value
        grade = Verdict.supported if holds else Verdict.imprecise if off <= IMPRECISE else Verdict.inaccurate
        tolerance = f"a threshold, taken exactly; missed by up to {IMPRECISE:.0%}: imprecise"
    else:
        grade = Verdict.supported if off <= TOLERANCE else Verdict.imprecise if off <= IMPRECISE else Verdict.inaccurate
        tolerance = f"±{TOLERANCE:.0%} of the venue's count; up to {IMPRECISE:.0%}: imprecise"
    relation = "" if claim.comparator is Comparator.at else f"{claim.comparator.value} "
    return verdict(claim, grade, f"{said}; the article says {relation}{claim.value:,.0f} {claim.asset} ({claim.value / traded - 1:+.1%}).",
                   figure=traded, candles=candles, tolerance=tolerance)
