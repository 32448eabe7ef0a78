"""Price moves: "down 4% in 24 hours", "surged 16% in three days",
"recovered 15% from its intraday lows", "gained $1,200".

The move is measured from the price at the window's start to the last close
before publication; a move "from the lows" from the window's lowest low; an
"as much as" move to the window's extreme. For an article that gives only its
date, the move is measured at each closed hour of that day (see `moments`),
and with no window stated, both over the 24 hours before that hour and since
the day's open; the reading nearest the claim is graded and the range shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import pandas as pd

from factcheck.formatting import pct, usd, when
from factcheck.model import CheckedClaim, Claim, Verdict
from factcheck.verify.context import Context, unusable, verdict
from factcheck.verify.drawdown import as_drawdown, may_be_drawdown
from factcheck.verify.moments import dated_only, moments
from factcheck.verify.snapshot_price import check_move_against_snapshots
from factcheck.verify.stretch_move import check_stretch_move
from factcheck.verify.tolerance import (
    IMPRECISE_FACTOR,
    bound_met,
    bound_miss,
    bound_words,
    describe_move,
    move_grade,
    move_tolerance,
)

DEFAULT_WINDOW = timedelta(hours=24)
HOUR = pd.Timedelta("1h")


@dataclass(frozen=True)
class Move:
    start: datetime
    base: float
    last: float
    as_of: pd.Timestamp
    opened: datetime  # the first bar's open time: the base is read from it, not from `start`

    @property
    def pct(self) -> float:
        return (self.last / self.base - 1.0) * 100.0

    @property
    def usd(self) -> float:
        return self.last - self.base


def _windows(claim: Claim, ctx: Context) -> list[tuple[datetime, datetime]]:
    """The (start, end) windows the claim may mean."""
    start, end = claim.time.start, claim.time.end
    assert start is not None and end is not None
    ends = moments(ctx.article, claim, ctx.hours)
    if not dated_only(ctx.article, claim):
        return [(start, end)] + _rolling(claim, [end])
    if claim.time.kind == "day":  # today, "on the day": since the day's open
        windows = [(start, m) for m in ends if m > start]
        if claim.time.text is None:  # no window written: the 24 hours to that hour, too
            windows += [(m - DEFAULT_WINDOW, m) for m in ends]
        return windows
    if claim.time.anchored:  # "since the start of 2025": the start is a named point; only the end moves
        return [(start, m) for m in ends if m > start] + _rolling(claim, ends)
    length = end - start
    return [(m - length, m) for m in ends]


def _mid_hour(claim: Claim, ctx: Context, windows: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    """A window that starts at a named moment inside an hour ('since the U.S. open', 9:30 New York
    time): the price then lies within that hourly bar, so the move is also read from the next bar's
    open. A stated length back from publication ('in the past 24 hours') keeps its one reading."""
    if claim.metric in _PATH_METRICS or not claim.time.anchored or len(windows) != 1 or dated_only(ctx.article, claim):
        return []
    start, end = windows[0]
    later = pd.Timestamp(start).ceil("1h")
    if later == pd.Timestamp(start) or later + HOUR > pd.Timestamp(end):
        return []
    return [(later.to_pydatetime(), end)]


def _rolling(claim: Claim, ends: list[datetime]) -> list[tuple[datetime, datetime]]:
    """'This week' is also the last 7 days to each end, as price sites show it."""
    if claim.time.rolling_days is None:
        return []
    length = timedelta(days=claim.time.rolling_days)
    return [(m - length, m) for m in ends]


def _move(claim: Claim, frame: pd.DataFrame, start: datetime, end: datetime) -> Move | None:
    bars = frame[(frame.index >= pd.Timestamp(start).floor("1h")) & (frame.index + HOUR <= pd.Timestamp(end))]
    if bars.empty:
        return None
    if claim.metric == "rebound_from_low":
        base = float(bars["low"].min())
    elif claim.metric == "drop_from_high":
        base = float(bars["high"].max())
    else:
        base = float(bars["open"].iloc[0])
    last = float(bars["close"].iloc[-1])
    if claim.metric == "max_move" and claim.value is not None:  # "as much as": the furthest point
        last = float(bars["low"].min() if claim.value < 0 else bars["high"].max())
    return Move(start, base, last, bars.index[-1] + HOUR, bars.index[0].to_pydatetime())


_PATH_METRICS = {"rebound_from_low", "drop_from_high", "max_move"}  # these read every bar of the window


def _ends_held(claim: Claim, ctx: Context, candles, windows: list[tuple[datetime, datetime]]) -> bool:
    """A plain start-to-end move over one window whose first and last hourly bars are
    both held (and sound): bars missing between them cannot change the figure."""
    if claim.metric in _PATH_METRICS or len(windows) != 1 or candles.frame.empty or candles.timeframe != "1h":
        return False
    start, end = windows[0]
    first = pd.Timestamp(start).floor("1h")
    last = pd.Timestamp(end).floor("1h") - HOUR  # the last bar closed by publication
    return first < last and first in candles.frame.index and last in candles.frame.index


def _written(claim: Claim, actual: float) -> float:
    """The written figure a move is held to: for a range ('down 5-7%') the end nearest the
    actual move, or the move itself when it lies inside the range."""
    assert claim.value is not None
    if claim.value_high is None:
        return claim.value
    low, high = sorted((claim.value, claim.value_high))
    return min(max(actual, low), high)


def _said(claim: Claim, form) -> str:
    assert claim.value is not None
    return form(claim.value) if claim.value_high is None else f"{form(claim.value)} to {form(claim.value_high)}"


SHORTEST_WINDOW = timedelta(hours=1)  # hourly bars: a shorter window has no open and close of its own


def check_price_change(claim: Claim, ctx: Context) -> CheckedClaim:
    checked = _check_move(claim, ctx)
    if may_be_drawdown(claim, checked):  # 'has seen a 30.6% drop': from the recent top, not in a day
        return as_drawdown(claim, ctx, checked, _check_move)
    return checked


def _check_move(claim: Claim, ctx: Context) -> CheckedClaim:
    if claim.asset is None:
        return verdict(claim, Verdict.unverifiable, "The article does not say which asset moved.")
    if claim.value is None or claim.time.start is None or claim.time.end is None:
        return verdict(claim, Verdict.unverifiable, "The publication time is unknown, so the move's window cannot be placed.")
    if claim.metric == "stretch_move":  # 'earlier in the week, ... 3.2% within three hours'
        return check_stretch_move(claim, ctx)
    if claim.time.kind == "window" and claim.time.end - claim.time.start < SHORTEST_WINDOW:
        return verdict(claim, Verdict.unverifiable,
                       "The article measures the move over less than an hour"
                       + (f" (“{claim.time.text}”)" if claim.time.text else "")
                       + "; the store's finest bars are hourly, so a move inside one hour cannot be measured.")
    windows = _windows(claim, ctx)
    candles = ctx.candles(claim, min(s for s, _ in windows), claim.time.end)
    bad = unusable(claim, candles)
    gap_note = ""
    if bad is not None and _ends_held(claim, ctx, candles, windows):
        gap_note = (f" {candles.missing} of {candles.expected} bars inside the window are missing; a move from "
                    f"start to end needs only its first open and last close, which are held.")
    elif bad is not None:
        return check_move_against_snapshots(claim, ctx, windows) or bad  # price snapshots, when the store has them
    inside = _mid_hour(claim, ctx, windows)
    moves = [m for m in (_move(claim, candles.frame, s, e) for s, e in windows + inside) if m is not None]
    if not moves:
        return verdict(claim, Verdict.unverifiable, "No closed hourly bar lies in the move's window.", candles=candles)
    in_pct = claim.unit == "%"
    figure_of = (lambda m: m.pct) if in_pct else (lambda m: m.usd)
    move = min(moves, key=lambda m: bound_miss(figure_of(m), _written(claim, figure_of(m)), claim.bound))
    actual = figure_of(move)
    written = _written(claim, actual)
    base_what = {"rebound_from_low": "the low", "drop_from_high": "the high"}.get(claim.metric, "the price")
    figures = {"from": move.base, "to": move.last, "change_pct": move.pct, "change_usd": move.usd}
    if in_pct:
        tol = move_tolerance(claim)
        grade = move_grade(actual, written, tol, claim.bound)
        tolerance, said, got = describe_move(tol), bound_words(claim) + _said(claim, pct), pct(actual)
        if claim.bound is not None:
            tolerance = "none: a bound is taken exactly; short of it by up to 2 points: imprecise"
    else:
        tol = max(0.5 * claim.magnitude * 10.0 ** (-claim.decimals), 0.1 * abs(written))
        distance = abs(actual - written)
        opposite = actual * written < 0 and abs(actual) > tol
        if bound_met(actual, written, claim.bound):  # 'crashed more than $400'
            distance = 0.0
        grade = (Verdict.inaccurate if opposite else Verdict.supported if distance <= tol
                 else Verdict.imprecise if distance <= max(IMPRECISE_FACTOR * tol, 0.25 * abs(written)) else Verdict.inaccurate)
        tolerance, said, got = f"±{usd(tol)} (10% of the move, or its rounding)", bound_words(claim) + _said(claim, usd), usd(actual)
    opened = move.opened  # a start inside an hour is read from that hour's bar: say so
    at = "at" if base_what == "the price" else "from"
    explanation = (f"{claim.asset} went from {usd(move.base)} ({base_what} {at} {when(opened)}) to {usd(move.last)} "
                   f"over {when(opened)} → {when(move.as_of)}: {got}; the article says {said}.")
    if claim.time.rolling_days is not None:
        days = f"{claim.time.rolling_days:g}"
        other = "the calendar week" if move.start == claim.time.start else f"the last {days} days"
        explanation += (f" “{claim.time.text}” is read both as the calendar week and as the last {days} days; "
                        f"the nearer, {other}, is graded.")
    elif inside and len(moves) > 1:
        other = next(m for m in moves if m is not move)
        explanation += (f" The window starts at {when(claim.time.start)}, inside an hourly bar: the move is read from that "
                        f"bar's open and from the next one's ({pct(figure_of(other)) if in_pct else usd(figure_of(other))} "
                        "from the other); the nearer is graded.")
    elif len(moves) > 1:
        low, high = min(figure_of(m) for m in moves), max(figure_of(m) for m in moves)
        shown = (pct(low), pct(high)) if in_pct else (usd(low), usd(high))
        how = ("since the day's open" if claim.time.kind == "day" else "over the window before it")
        if claim.time.kind == "day" and claim.time.text is None:
            how = "since the day's open and over the 24 hours before it"
        explanation += (f" Only the date is known: at the day's closed hours ({len(moves)} readings, {how}) "
                        f"the move ranged {shown[0]} to {shown[1]}; the nearest is graded.")
    elif not claim.time.text:
        explanation += " No window was given; read as the 24 hours to publication."
    explanation += gap_note
    return verdict(claim, grade, explanation, figure=actual, figures=figures, candles=candles, tolerance=tolerance)
