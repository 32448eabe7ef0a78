"""All-time highs: "a new all-time high", "a record high of $126,200",
"12% below its all-time high", "well below the January peak", "crossed
$100,000 for the first time".

The record is the highest high before publication over Yahoo's BTC-USD
aggregate (complete days, back to 2020), Binance spot, and Binance's
perpetual only where the spot series has gaps: a perpetual's wicks overshoot
spot, and an outlet's record is a spot price. A history that starts less
than four years before publication could miss an older record, so the claim
is then unverifiable rather than judged on part of the past. For an article
that gives only its date, the record and the price are taken at each closed
hour of the day, and the nearest reading is graded (see `moments`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

import pandas as pd

from factcheck.formatting import usd, when
from factcheck.model import FIRST_CROSSING, CheckedClaim, Claim, Comparator, Verdict
from factcheck.verify.context import Context, verdict
from factcheck.verify.dated_record import check_dated_record
from factcheck.verify.moments import moments
from factcheck.verify.tolerance import (
    NEAR_RECORD_RULE,
    THRESHOLD,
    WELL_BELOW_RULE,
    below_record_grade,
    bound_miss,
    bound_words,
    describe_level,
    level_grade,
    level_tolerance,
    move_grade,
    move_tolerance,
    near_record_grade,
    threshold_grade,
)

HISTORY_NEEDED = timedelta(days=4 * 365)
RECENT = timedelta(hours=24)
_STEP = {"1d": pd.Timedelta("1d"), "1h": pd.Timedelta("1h")}


def record_history(ctx: Context, asset: str, end: datetime) -> pd.DataFrame:
    """Bars that had closed by `end`: the reference venue's, Yahoo's daily aggregate, and other
    venues' only for the hours and days the reference venue lacks. Indexed by close time."""
    from factcheck.market.data import VENUES, floor_time

    venues = list(VENUES.get(asset, []))
    frames = []
    covered: dict[str, pd.Index] = {}
    for position, (exchange, symbol) in enumerate(venues + [("yahoo", f"{asset}/USD")]):
        for timeframe in ("1d", "1h"):
            frame = ctx.market.history(exchange, symbol, timeframe, floor_time(end, timeframe))
            if frame.empty:
                continue
            if position == 0 or exchange == "yahoo":
                covered[timeframe] = covered.get(timeframe, pd.Index([])).union(frame.index)
            else:  # another venue fills gaps only
                frame = frame[~frame.index.isin(covered.get(timeframe, pd.Index([])))]
            closed = frame[["high", "close"]].copy()
            closed.index = closed.index + _STEP[timeframe]
            frames.append(closed)
    return pd.concat(frames).sort_index() if frames else pd.DataFrame(columns=["high", "close"])


@dataclass(frozen=True)
class Record:
    level: float
    set_at: pd.Timestamp  # when the bar that set it closed
    last: float  # the price at the moment
    at: datetime


def _record_at(history: pd.DataFrame, hourly: pd.DataFrame, moment: datetime, *, closes: bool = False) -> Record | None:
    """The record before `moment`: the highest high, or for a 'record close' the highest
    daily close (the bars closing at midnight UTC, hourly or daily, close the day)."""
    before = history[history.index <= pd.Timestamp(moment)]
    prices = hourly[hourly.index <= pd.Timestamp(moment)]
    if closes:
        before = before[(before.index.hour == 0) & (before.index.minute == 0)]
    if before.empty:
        return None
    last = float(prices["close"].iloc[-1]) if not prices.empty else float(before["close"].iloc[-1])
    field = "close" if closes else "high"
    return Record(float(before[field].max()), before[field].idxmax(), last, moment)


# 'surpassing its previous ATH of $109,000', 'topped the prior record': the record that stood before
# the current run of new highs, when that run is fresh. A run is a chain of new highs with no more than
# RUN_GAP between two of them; long after a run, 'its previous all-time high' is simply the record.
_PREVIOUS = re.compile(r"\b(?:previous|prior|former|old|earlier|last)\b", re.IGNORECASE)
RUN_GAP = pd.Timedelta("30d")
FRESH_RUN = pd.Timedelta("7d")


def _record_before_the_run(history: pd.DataFrame, record: Record) -> Record | None:
    """The record that stood before the run of new highs that set `record`, if that run is fresh."""
    if pd.Timestamp(record.at) - record.set_at > FRESH_RUN:
        return None
    highs = history.loc[history.index <= pd.Timestamp(record.at), "high"]
    running = highs.cummax()
    rises = running.index[running.diff().fillna(0) > 0]
    if len(rises) == 0:
        return None
    start = rises[-1]
    for earlier in reversed(rises[:-1]):
        if start - earlier > RUN_GAP:
            break
        start = earlier
    standing = highs[highs.index < start]
    if standing.empty:
        return None
    return Record(float(standing.max()), standing.idxmax(), record.last, record.at)


def check_all_time_high(claim: Claim, ctx: Context) -> CheckedClaim:
    dated = claim.record_time
    if claim.time.end is None and ctx.article.published_at is None and dated is not None and dated.end is not None:
        claim = claim.model_copy(update={"time": dated})  # an undated article's "record on October 6, 2025": as of that day
    end = claim.time.end
    if claim.asset is None or end is None:
        return verdict(claim, Verdict.unverifiable, "No asset or no publication time to find the record before.")
    times = moments(ctx.article, claim, ctx.hours)
    history = record_history(ctx, claim.asset, times[-1])
    if history.empty or history.index[0] > times[-1] - HISTORY_NEEDED:
        start = "none" if history.empty else f"{history.index[0]:%Y-%m-%d}"
        return verdict(claim, Verdict.unverifiable,
                       f"The store's {claim.asset} history starts {start}, too late to know every earlier record.")
    recent = ctx.market.candles(claim.asset, "1h", times[0] - RECENT, times[-1]).frame
    hourly = recent[["close"]].copy()
    hourly.index = hourly.index + _STEP["1h"]
    closes = claim.metric == "close"  # 'a record close': the highest daily close
    records = [r for r in (_record_at(history, hourly, t, closes=closes) for t in times) if r is not None]
    since = f"history from {history.index[0]:%Y-%m-%d}"
    dated = claim.record_time
    if dated is not None and dated.start is not None and dated.end is not None and dated.end <= times[-1]:
        return check_dated_record(claim, history, [r.last for r in records])

    def said(r: Record) -> str:
        what = "record daily close" if closes else "record high"
        return f"{claim.asset}'s {what} before {when(r.at)} was {usd(r.level)} (bar closing {when(r.set_at)}; {since})"

    many = len(records) > 1
    dated = " Only the date is known: each closed hour of the day was tried; the nearest reading is graded." if many else ""
    if claim.unit == "%" and claim.value is not None:  # "12% below its all-time high"
        tol = move_tolerance(claim)

        def below(r: Record) -> float:
            return (1 - r.last / r.level) * 100

        r = min(records, key=lambda r: bound_miss(below(r), abs(claim.value), claim.bound))
        bounded = f" The article says {bound_words(claim)}{abs(claim.value):g}%." if claim.bound else ""
        return verdict(claim, move_grade(below(r), abs(claim.value), tol, claim.bound),
                       f"{said(r)}; the last close {usd(r.last)} was {below(r):.1f}% below it.{bounded}{dated}",
                       figure=below(r), figures={"record_high": r.level, "last_close": r.last})
    if claim.comparator is Comparator.crossed_above and claim.value is not None:  # "crossed $100,000 for the first time"
        start = claim.time.start if claim.time.start is not None and claim.time.start < times[-1] else times[-1] - RECENT
        before = _record_at(history, hourly, start, closes=closes)
        r = records[-1]
        first = before is not None and before.level < claim.value <= r.level
        passed_before = before is not None and before.level >= claim.value and r.level > before.level
        prior = usd(before.level) if before is not None else "unknown"
        # 'a new all-time high exceeding $108,000' holds for any new record above it; 'crossed
        # $100,000 for the first time' only if the old record was below it
        said_first = claim.metric == FIRST_CROSSING
        # a new record that stopped just short of the bound (another venue may have printed above it)
        short = before is not None and before.level < r.level < claim.value \
            and threshold_grade(claim.value - r.level, claim.value) is Verdict.imprecise
        grade = (Verdict.supported if first or passed_before and not said_first
                 else Verdict.imprecise if passed_before or short else Verdict.inaccurate)
        how = ("the first trade above" if first
               else "a new record above" if passed_before and not said_first
               else "a new record, but the record had already passed" if passed_before
               else f"a new record, {usd(claim.value - r.level)} short of" if short
               else "not a first crossing of")
        return verdict(claim, grade,
                       f"The record before {when(start)} was {prior}; by {when(r.at)} it was {usd(r.level)} "
                       f"(bar closing {when(r.set_at)}): {how} {usd(claim.value)}.",
                       figure=r.level, figures={"record_before": before.level if before else 0.0})
    if claim.value is not None and claim.comparator is Comparator.above:  # "a new record above $125,000"
        r = max(records, key=lambda r: (r.set_at >= pd.Timestamp(r.at - RECENT), r.level))
        fresh = r.set_at >= pd.Timestamp(r.at - RECENT)
        # a fresh record just under the bound is imprecise, as for any bound: another venue's record
        # (the outlet's source) may have cleared it where ours stopped a few dollars short
        grade = threshold_grade(claim.value - r.level, claim.value) if fresh else Verdict.inaccurate
        short = f", {usd(claim.value - r.level)} short of it" if fresh and r.level < claim.value else ""
        return verdict(claim, grade, f"{said(r)}; the article says a new record above {usd(claim.value)}{short}.{dated}",
                       figure=r.level, figures={"record_high": r.level}, tolerance=THRESHOLD)
    if claim.value is not None and claim.unit != "%" and claim.comparator is Comparator.below:  # "a record a fraction under $69k"
        r = min(records, key=lambda r: max(0.0, r.level - claim.value))
        miss = r.level - claim.value
        return verdict(claim, threshold_grade(miss, claim.value),
                       f"{said(r)}; the article says under {usd(claim.value)}"
                       + ("." if miss < 0 else f", missed by {usd(miss)}.") + dated,
                       figure=r.level, figures={"record_high": r.level, "last_close": r.last}, tolerance=THRESHOLD)
    if claim.value is not None:  # "a record high of $126,200", "its previous record at $108,135"
        tol = level_tolerance(claim)
        passed = [p for r in records if (p := _record_before_the_run(history, r)) is not None] \
            if _PREVIOUS.search(claim.text) and not closes else []
        r = min(records + passed, key=lambda r: abs(r.level - claim.value))
        distance = abs(r.level - claim.value)
        told = said(r) if r not in passed else (
            f"{claim.asset}'s record before its latest run of new highs was {usd(r.level)} (bar closing {when(r.set_at)}; "
            f"{since}), the record a 'previous' high names while that run is under a week old")
        return verdict(claim, level_grade(distance, tol, claim.value), f"{told}; the article says {usd(claim.value)}.{dated}",
                       figure=r.level, figures={"record_high": r.level, "last_close": r.last},
                       tolerance=describe_level(claim, tol))
    if claim.comparator is Comparator.below and claim.bound == "at_most":  # "nears its record high"
        r = min(records, key=lambda r: abs(1 - r.last / r.level))
        gap = (1 - r.last / r.level) * 100
        return verdict(claim, near_record_grade(gap), f"{said(r)}; at {when(r.at)} {claim.asset} was at {usd(r.last)}, {gap:.1f}% below it.{dated}",
                       figure=gap, figures={"record_high": r.level, "last_close": r.last},
                       tolerance=NEAR_RECORD_RULE)
    if claim.comparator is Comparator.below:  # "well below the January peak"
        r = max(records, key=lambda r: 1 - r.last / r.level)
        gap = (1 - r.last / r.level) * 100
        return verdict(claim, below_record_grade(gap), f"{said(r)}; at {when(r.at)} {claim.asset} was at {usd(r.last)}, {gap:.1f}% below it.{dated}",
                       figure=gap, figures={"record_high": r.level, "last_close": r.last},
                       tolerance=WELL_BELOW_RULE)
    r = max(records, key=lambda r: r.set_at >= pd.Timestamp(r.at - RECENT))
    fresh = r.set_at >= pd.Timestamp(r.at - RECENT)
    return verdict(
        claim, Verdict.supported if fresh else Verdict.inaccurate,
        f"{said(r)}; " + ("set within the day before." if fresh else f"at {when(r.at)} {claim.asset} was at {usd(r.last)}, no new record.")
        + dated,
        figure=r.level, figures={"record_high": r.level, "last_close": r.last},
    )
