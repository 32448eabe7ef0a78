"""Trends of a few days: "reversing a three-day trend", "a week-long slide".

The month-scale rule (`trend`) looks for the turn within twice the length plus a
month, which for a three-day trend finds a peak weeks old. A short trend is read
on hourly bars, with the turn looked for within 1.5 times the stated length
before the moment (corpus rule): the highest high (lowest low for an uptrend)
there should be the stated length old, within 25% (`supported`) or 50%
(`imprecise`), and over the stated length the price must have moved the trend's
way by enough to call it a trend, an amount that shrinks with the length as
price swings do (10% over a month, by the square root of time: about 3% over
three days). For an article that gives only its date each closed hour of the day is a
moment (see `moments`); the nearest reading is graded and the range shown.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

import pandas as pd

from factcheck.formatting import usd, when
from factcheck.model import CheckedClaim, Claim, Verdict
from factcheck.verify.context import Context, unusable, verdict
from factcheck.verify.moments import FIT_ORDER, moments

SHORT = 30.0  # days: below this a trend is read on hourly bars
SEARCH = 1.5  # the turn is looked for within 1.5 times the stated length
CLOSE, NEAR = 0.25, 0.5
MONTH_MOVE = 0.10  # a month-long trend moves at least 10%
HOUR = pd.Timedelta("1h")


@dataclass(frozen=True)
class Reading:
    at: pd.Timestamp
    turn: pd.Timestamp  # when the turning bar closed
    extreme: float
    then: float  # the close the stated length before `at`
    last: float

    def days(self) -> float:
        return (self.at - self.turn) / pd.Timedelta("1D")


def min_move(days: float) -> float:
    return MONTH_MOVE * math.sqrt(min(days, SHORT) / SHORT)


def _reading(frame: pd.DataFrame, at: datetime, days: float, down: bool) -> Reading | None:
    moment = pd.Timestamp(at)
    closed = frame[frame.index + HOUR <= moment]
    window = closed[closed.index + HOUR > moment - pd.Timedelta(days=SEARCH * days)]
    before = closed[closed.index + HOUR <= moment - pd.Timedelta(days=days)]
    if window.empty or before.empty:
        return None
    turn = window["high"].idxmax() if down else window["low"].idxmin()
    extreme = float(window["high"].max() if down else window["low"].min())
    return Reading(moment, turn + HOUR, extreme, float(before["close"].iloc[-1]), float(window["close"].iloc[-1]))


def _grade(r: Reading, days: float, down: bool) -> Verdict:
    moved = (r.last / r.then - 1) * (-1 if down else 1)
    if moved < min_move(days):
        return Verdict.inaccurate  # not that much lower (higher) than the stated length ago: no trend
    error = abs(r.days() - days) / days
    return Verdict.supported if error <= CLOSE else Verdict.imprecise if error <= NEAR else Verdict.inaccurate


def check_short_trend(claim: Claim, ctx: Context) -> CheckedClaim:
    assert claim.asset is not None and claim.duration_days is not None and claim.time.end is not None
    days, down = claim.duration_days, claim.zone == "down"
    times = moments(ctx.article, claim, ctx.hours)
    candles = ctx.market.candles(claim.asset, "1h", times[0] - timedelta(days=SEARCH * days + 1), times[-1])
    bad = unusable(claim, candles)
    if bad is not None:
        return bad
    readings = [r for r in (_reading(candles.frame, t, days, down) for t in times) if r is not None]
    if not readings:
        return verdict(claim, Verdict.unverifiable, "No closed hourly bars before the claim's moment.", candles=candles)
    r = min(readings, key=lambda r: (FIT_ORDER[_grade(r, days, down)], abs(r.days() - days)))
    word = "peak" if down else "trough"
    told = (f"On hourly bars to {when(r.at)}: the {'highest high' if down else 'lowest low'} of the {SEARCH * days:g} days "
            f"before, the {word} of {usd(r.extreme)}, closed {when(r.turn)}, {r.days():.1f} days earlier; {claim.asset} moved "
            f"{(r.last / r.extreme - 1) * 100:+.1f}% since, and {(r.last / r.then - 1) * 100:+.1f}% over the {days:g} days "
            f"(from {usd(r.then)} to {usd(r.last)}). The article says a {days:g}-day {'downtrend' if down else 'uptrend'}; "
            f"a move of at least {min_move(days):.1%} over that length makes a trend.")
    if len(readings) > 1:
        told += (f" Only the date is known: each closed hour of the day was tried ({len(readings)} readings); "
                 "the nearest is graded.")
    return verdict(claim, _grade(r, days, down), told, figure=r.days(),
                   figures={"days_since_turn": r.days(), "turning_price": r.extreme, "move_over_length": (r.last / r.then - 1) * 100},
                   candles=candles, tolerance=f"±{CLOSE:.0%} of the stated length; up to {NEAR:.0%}: imprecise")
