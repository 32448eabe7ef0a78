"""Records named with the time they were set: "the previous all-time high, set in
November 2021 around $69,000", "the November 8th 2021 ATH", "45% below its
October peak", "made a new all-time high in July".

Such a claim is about the named period, not about the record standing at
publication: its figure is the highest high of that period, and that high must
have been a record when it was made (above every earlier bar the store holds).
A later, higher record does not make "the previous ATH of $69,000" wrong. The
period is the article's own (a day or a month in its zone, `record_time`);
daily bars are UTC days, so a day named by an Asian outlet is read on the bars
that overlap it. A day named may also be the writer's day in another zone ("set
on Monday, US time" in a Sydney paper), so a day is read with 12 hours of slack
on each side (every zone's calendar day of that date lies inside) when the article's own
day does not hold the figure as well: the peak nearer the written figure is graded.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from factcheck.formatting import usd, when
from factcheck.model import CheckedClaim, Claim, Comparator, Verdict
from factcheck.verify.context import verdict
from factcheck.verify.tolerance import (
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
    threshold_grade,
)


@dataclass(frozen=True)
class PeriodPeak:
    level: float
    at: pd.Timestamp  # close time of the bar that made it
    earlier: float | None  # the highest high before the period, None if the store holds none
    since: pd.Timestamp  # the first bar the store holds

    @property
    def was_record(self) -> bool:
        return self.earlier is None or self.level > self.earlier


def period_peak(history: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> PeriodPeak | None:
    """The highest high of bars closing in (start, end], against all bars closing by `start`.
    `history` is indexed by close time (all_time_high.record_history)."""
    inside = history[(history.index > start) & (history.index <= end)]
    if inside.empty:
        return None
    before = history[history.index <= start]
    return PeriodPeak(
        level=float(inside["high"].max()),
        at=inside["high"].idxmax(),
        earlier=float(before["high"].max()) if not before.empty else None,
        since=history.index[0],
    )


DAY_SLACK = pd.Timedelta(hours=12)


def check_dated_record(claim: Claim, history: pd.DataFrame, lasts: list[float]) -> CheckedClaim:
    """`history`: the record history up to publication; `lasts`: the price at publication (at each
    closed hour of the day for a date-only article, the nearest reading graded)."""
    period = claim.record_time
    assert period is not None and period.start is not None and period.end is not None
    on = "on" if period.kind == "day" else "set" if (period.text or "").lower().endswith(" ago") else "in"  # 'set less than two weeks ago'
    start, end = pd.Timestamp(period.start), pd.Timestamp(period.end)
    named = f"{period.text} ({when(start)} to {when(end)})"
    peak = period_peak(history, start, end)
    if period.kind == "day" and claim.value is not None and claim.unit != "%":
        # the same date in another zone: kept only when its peak is nearer the written figure
        wide = period_peak(history, start - DAY_SLACK, end + DAY_SLACK)
        if wide is not None and (peak is None or abs(wide.level - claim.value) < abs(peak.level - claim.value)):
            peak, named = wide, f"{period.text} ({when(start - DAY_SLACK)} to {when(end + DAY_SLACK)}, the date in any zone)"
    if peak is None:
        return verdict(claim, Verdict.unverifiable, f"The store holds no {claim.asset} bars {on} {named}.")
    said = f"{claim.asset}'s highest price {on} {named} was {usd(peak.level)} (bar closing {when(peak.at)})"
    record = (
        f", a record: above every earlier bar the store holds (from {when(peak.since)})"
        if peak.was_record and peak.earlier is not None
        else f", the store's first bars (from {when(peak.since)})" if peak.earlier is None
        else f", not a record: {usd(peak.earlier)} had been reached before"
    )
    figures = {"period_high": peak.level} | ({"earlier_high": peak.earlier} if peak.earlier is not None else {})
    if not peak.was_record:
        return verdict(claim, Verdict.inaccurate, f"{said}{record}.", figure=peak.level, figures=figures)
    if claim.comparator is Comparator.crossed_above:  # "made a new all-time high in July"
        if claim.value is None:
            return verdict(claim, Verdict.supported, f"{said}{record}.", figure=peak.level, figures=figures)
        # 'a new all-time high above $69,200': a bound, taken exactly; a record a few dollars short of it is
        # imprecise (the outlet's venue may have printed higher), further short inaccurate
        short = f"; the article says above {usd(claim.value)}, {usd(claim.value - peak.level)} short" if peak.level < claim.value else ""
        return verdict(claim, threshold_grade(claim.value - peak.level, claim.value), f"{said}{record}{short}.",
                       figure=peak.level, figures=figures, tolerance=THRESHOLD)
    if claim.value is not None and claim.unit == "%":  # "45% below its October peak"
        if not lasts:
            return verdict(claim, Verdict.unverifiable, f"{said}{record}; no price at publication to measure from.")
        last = min(lasts, key=lambda p: bound_miss((1 - p / peak.level) * 100, abs(claim.value), claim.bound))
        gap = (1 - last / peak.level) * 100
        return verdict(claim, move_grade(gap, abs(claim.value), move_tolerance(claim), claim.bound),
                       f"{said}{record}; the last close {usd(last)} was {gap:.1f}% below it; the article says {bound_words(claim)}{abs(claim.value):g}%.",
                       figure=gap, figures=figures | {"last_close": last})
    if claim.value is not None:  # "its record of $111,980, set on May 22, 2025"
        tol = level_tolerance(claim)
        return verdict(claim, level_grade(abs(peak.level - claim.value), tol, claim.value),
                       f"{said}{record}; the article says {usd(claim.value)}.",
                       figure=peak.level, figures=figures, tolerance=describe_level(claim, tol))
    if not lasts:
        return verdict(claim, Verdict.unverifiable, f"{said}{record}; no price at publication to compare.")
    last = min(lasts)
    gap = (1 - last / peak.level) * 100  # "well below the January peak"
    return verdict(claim, below_record_grade(gap), f"{said}{record}; at publication {claim.asset} was at {usd(last)}, {gap:.1f}% below it.",
                   figure=gap, figures=figures | {"last_close": last},
                   tolerance=WELL_BELOW_RULE)
