"""All-time highs: "a new all-time high", "a record high of $126,200",
"12% below its all-time high".

The record is the highest high of every daily and hourly series the store
holds for the asset before publication (Yahoo's BTC-USD aggregate reaches back
to 2020, Binance's to 2023-24). A history that starts less than four years
before publication could miss an older record, so the claim is then
unverifiable rather than judged on part of the past.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pandas as pd

from factcheck.formatting import usd, when
from factcheck.model import CheckedClaim, Claim, Comparator, Verdict
from factcheck.verify.context import Context, verdict
from factcheck.verify.tolerance import describe_level, level_tolerance, move_tolerance

HISTORY_NEEDED = timedelta(days=4 * 365)
RECENT = timedelta(hours=24)
_EPOCH = datetime(2009, 1, 3, tzinfo=timezone.utc)


def _history(ctx: Context, asset: str, end: datetime) -> pd.DataFrame:
    """Every stored daily and hourly bar of the asset's venues before `end`, merged."""
    from factcheck.market.data import VENUES, floor_time

    store = ctx.market.store
    venues = list(VENUES.get(asset, [])) + ([("yahoo", f"{asset}/USD")])
    frames = []
    for exchange, symbol in venues:
        for timeframe in ("1d", "1h"):
            cut = floor_time(end, timeframe)  # bars that had closed by publication
            frame = store.candles(exchange, symbol, timeframe, _EPOCH, cut)
            if not frame.empty:
                frames.append(frame[["high", "close"]])
    return pd.concat(frames).sort_index() if frames else pd.DataFrame(columns=["high", "close"])


def check_all_time_high(claim: Claim, ctx: Context) -> CheckedClaim:
    end = claim.time.end
    if claim.asset is None or end is None:
        return verdict(claim, Verdict.unverifiable, "No asset or no publication time to find the record before.")
    history = _history(ctx, claim.asset, end)
    if history.empty or history.index[0] > end - HISTORY_NEEDED:
        start = "none" if history.empty else f"{history.index[0]:%Y-%m-%d}"
        return verdict(claim, Verdict.unverifiable,
                       f"The store's {claim.asset} history starts {start}, too late to know every earlier record.")
    record = float(history["high"].max())
    at = history["high"].idxmax()
    recent = ctx.market.candles(claim.asset, "1h", end - RECENT, end).frame
    last = float(recent["close"].iloc[-1]) if not recent.empty else float(history["close"].iloc[-1])
    figures = {"record_high": record, "last_close": last}
    said = f"{claim.asset}'s record high before publication was {usd(record)} on {when(at)} (history from {history.index[0]:%Y-%m-%d})"
    if claim.unit == "%" and claim.value is not None:  # "12% below its all-time high"
        below = (1 - last / record) * 100
        tol = move_tolerance(claim)
        grade = Verdict.supported if abs(below - abs(claim.value)) <= tol else Verdict.imprecise if abs(below - abs(claim.value)) <= 3 * tol else Verdict.inaccurate
        return verdict(claim, grade, f"{said}; the last close {usd(last)} was {below:.1f}% below it.", figure=below, figures=figures)
    fresh = at >= end - RECENT - timedelta(hours=1)
    if claim.value is not None and claim.comparator is Comparator.above:  # "a new record above $125,000"
        grade = Verdict.supported if fresh and record >= claim.value else Verdict.inaccurate
        return verdict(claim, grade, f"{said}; the article says a new record above {usd(claim.value)}.", figure=record, figures=figures)
    if claim.value is not None:
        tol = level_tolerance(claim)
        distance = abs(record - claim.value)
        grade = Verdict.supported if distance <= tol else Verdict.imprecise if distance <= 3 * tol else Verdict.inaccurate
        return verdict(claim, grade, f"{said}; the article says {usd(claim.value)}.", figure=record, figures=figures,
                       tolerance=describe_level(claim, tol))
    return verdict(
        claim, Verdict.supported if fresh else Verdict.inaccurate,
        f"{said}; " + ("set within the day before publication." if fresh else f"at publication {claim.asset} was at {usd(last)}, no new record."),
        figure=record, figures=figures,
    )
