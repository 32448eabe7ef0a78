"""The Fear & Greed index against its own history: an average over some days and a move in
points (extraction: factcheck/nlp/gauge_comparisons.py).

The index is one value a UTC day. An N-day average is the mean of N daily values; sites differ
on whether the day's own value is in it, so both the N days to the publication day and the N
days before it are computed and the nearer is used, and said. A move in points is the value as
of publication less the value of the earlier day the article names (the day before when it names
none). A day the store lacks makes the claim unverifiable, never supported.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pandas as pd

from factcheck.market.fear_greed import SOURCE as FNG_SOURCE
from factcheck.market.metrics_store import FEAR_GREED, NO_SYMBOL
from factcheck.model import CheckedClaim, Claim, Verdict
from factcheck.verify.context import Context, verdict

DAY = timedelta(days=1)
AVERAGE_TOLERANCE = 2.0  # points: a mean written rounded, and sites that average over slightly other days
AVERAGE_IMPRECISE = 5.0
CHANGE_TOLERANCE = 1  # points: both values are whole numbers; one restated print moves the difference by one
CHANGE_IMPRECISE = 3


def _day(moment: datetime) -> pd.Timestamp:
    """The UTC day whose index value stands at `moment` (it is published at 00:00 UTC)."""
    stamp = pd.Timestamp(moment - timedelta(microseconds=1))
    return stamp.tz_convert("UTC").normalize() if stamp.tzinfo else stamp.normalize()


def _values(ctx: Context, start: datetime, end: datetime) -> pd.Series:
    series = ctx.metrics.get(FNG_SOURCE, FEAR_GREED, NO_SYMBOL, start - DAY, end)
    return series[series.index <= _day(end)]


def check_average(claim: Claim, ctx: Context) -> CheckedClaim:
    end, days = claim.time.end, claim.period
    assert end is not None and claim.value is not None and days
    today = _day(end)
    series = _values(ctx, end - (days + 1) * DAY, end)
    readings = {}
    for last, what in ((today, "to the publication day"), (today - pd.Timedelta(days=1), "to the day before publication")):
        window = series[(series.index > last - pd.Timedelta(days=days)) & (series.index <= last)]
        if len(window) == days:
            readings[what] = (float(window.mean()), window)
    if not readings:
        held = len(series[series.index > today - pd.Timedelta(days=days)])
        return verdict(claim, Verdict.unverifiable, f"The store holds {held} of the {days} daily Crypto Fear & Greed values "
                       f"to {today:%Y-%m-%d}; a {days}-day average cannot be computed without all of them.")
    what, (mean, window) = min(readings.items(), key=lambda r: abs(r[1][0] - claim.value))
    distance = abs(mean - claim.value)
    grade = Verdict.supported if distance <= AVERAGE_TOLERANCE else Verdict.imprecise if distance <= AVERAGE_IMPRECISE \
        else Verdict.inaccurate
    others = "; ".join(f"{v[0]:.1f} {w}" for w, v in readings.items() if w != what)
    said = (f"The Crypto Fear & Greed index (alternative.me) averaged {mean:.1f} over the {days} days "
            f"{window.index[0]:%Y-%m-%d}..{window.index[-1]:%Y-%m-%d} ({what}){f'; {others}' if others else ''}; "
            f"the article says {claim.value:g}.")
    return verdict(claim, grade, said, figure=round(mean, 2), figures={"days": float(days)},
                   tolerance=f"±{AVERAGE_TOLERANCE:g} points; up to {AVERAGE_IMPRECISE:g}: imprecise")


def check_point_change(claim: Claim, ctx: Context) -> CheckedClaim:
    end, start = claim.time.end, claim.time.start
    assert end is not None and start is not None and claim.value is not None
    series = _values(ctx, start, end)
    today, earlier_day = _day(end), pd.Timestamp(start).tz_convert("UTC").normalize()
    if today not in series.index or earlier_day not in series.index:
        missing = ", ".join(f"{d:%Y-%m-%d}" for d in (earlier_day, today) if d not in series.index)
        return verdict(claim, Verdict.unverifiable, f"The store holds no Crypto Fear & Greed value for {missing}, "
                       "so the move in points cannot be computed.")
    now, before = int(series.loc[today]), int(series.loc[earlier_day])
    change = now - before
    since = "" if claim.time.text else " (no earlier day named: the day before, the index prints once a day)"
    said = (f"The Crypto Fear & Greed index (alternative.me) went from {before} on {earlier_day:%Y-%m-%d}{since} to {now} on "
            f"{today:%Y-%m-%d}, {change:+d} points; the article says {claim.value:+g}.")
    distance = abs(change - claim.value)
    same_way = change * claim.value > 0
    grade = Verdict.supported if same_way and distance <= CHANGE_TOLERANCE else \
        Verdict.imprecise if same_way and distance <= CHANGE_IMPRECISE else Verdict.inaccurate
    return verdict(claim, grade, said, figure=float(change), figures={"index_before": float(before), "index": float(now)},
                   tolerance=f"±{CHANGE_TOLERANCE} point in the same direction; up to {CHANGE_IMPRECISE}: imprecise")
