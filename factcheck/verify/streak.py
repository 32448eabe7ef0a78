"""Streaks: "a third straight weekly loss", "a fourth straight daily gain".

Daily closes are grouped into weeks (Monday 00:00 UTC, as exchanges draw weekly
candles), months, or kept as days; a period is a loss when it closed below
where it opened. The streak counts back from the period of publication when
that period is already moving the same way (outlets call a week's loss before
it closes), else from the last complete one; both counts are shown. A count within
a longer span ("eight green candles over the last ten days", a `duration_days` longer
than the count) is no run: the periods moving that way among the last ones are counted.
"""

from __future__ import annotations

from datetime import timedelta

import pandas as pd

from factcheck.formatting import when
from factcheck.model import CheckedClaim, Claim, Verdict
from factcheck.verify.context import Context, unusable, verdict

_RULES = {"1d": None, "1w": "W-MON", "1M": "MS"}  # W-MON, left-closed: weeks [Monday, next Monday)
_SPAN = {"1d": 1, "1w": 7, "1M": 31}
_NAMES = {"1d": "daily", "1w": "weekly", "1M": "monthly"}


def _streak(moves: pd.Series, down: bool) -> int:
    count = 0
    for change in reversed(moves.tolist()):
        if (change < 0) if down else (change > 0):
            count += 1
        else:
            break
    return count


def _count_in_last(claim: Claim, moves: pd.Series, periods: int, down: bool, candles) -> CheckedClaim:
    """'Eight green candles over the last ten days': not a run, a count within the last `periods`,
    with or without the period in progress."""
    assert claim.count is not None and claim.timeframe is not None

    def counted(window: pd.Series) -> int:
        return int(((window < 0) if down else (window > 0)).sum())

    with_current, complete = counted(moves.iloc[-periods:]), counted(moves.iloc[:-1].iloc[-periods:])
    word = "losses" if down else "gains"
    told = (f"Of the last {periods} {_NAMES[claim.timeframe]} periods up to {when(candles.end)}, {with_current} were {word} "
            f"including the period in progress, {complete} of the last {periods} complete ones; the article says {claim.count}.")
    off = min(abs(claim.count - with_current), abs(claim.count - complete))
    grade = Verdict.supported if off == 0 else Verdict.imprecise if off == 1 else Verdict.inaccurate
    return verdict(claim, grade, told, figure=float(with_current),
                   figures={"count_including_current": float(with_current), "count_complete": float(complete)}, candles=candles)


def check_streak(claim: Claim, ctx: Context) -> CheckedClaim:
    timeframe = claim.timeframe
    if claim.asset is None or claim.time.end is None or claim.count is None or timeframe not in _RULES or claim.zone not in {"up", "down"}:
        return verdict(claim, Verdict.unverifiable, "factcheck checks daily, weekly and monthly streaks of gains or losses with a count.")
    end = claim.time.end
    periods = max(claim.count, round((claim.duration_days or 0) / _SPAN[timeframe]))
    days = _SPAN[timeframe] * (periods + 3) + 2
    candles = ctx.market.candles(claim.asset, "1h", end - timedelta(days=days), end)
    bad = unusable(claim, candles)
    if bad is not None:
        return bad
    closes = candles.frame["close"]
    opens = candles.frame["open"]
    rule = _RULES[timeframe]
    if rule is None:
        grouped = pd.DataFrame({"open": opens.resample("1D").first(), "close": closes.resample("1D").last()})
    else:
        grouped = pd.DataFrame({"open": opens.resample(rule, label="left", closed="left").first(),
                                "close": closes.resample(rule, label="left", closed="left").last()})
    grouped = grouped.dropna()
    moves = grouped["close"] - grouped["open"]
    down = claim.zone == "down"
    periods = round(claim.duration_days / _SPAN[timeframe]) if claim.duration_days else 0
    if periods > claim.count:
        return _count_in_last(claim, moves, periods, down, candles)
    with_current = _streak(moves, down)
    complete = _streak(moves.iloc[:-1], down)
    figures = {"streak_including_current": float(with_current), "streak_complete": float(complete)}
    word = "losses" if down else "gains"
    told = (f"Counting {_NAMES[timeframe]} {word} up to {when(candles.end)}: {with_current} including the period in progress, "
            f"{complete} complete; the article says {claim.count}.")
    grade = Verdict.supported if claim.count in {with_current, complete} else (
        Verdict.imprecise if min(abs(claim.count - with_current), abs(claim.count - complete)) == 1 else Verdict.inaccurate)
    return verdict(claim, grade, told, figure=float(with_current), figures=figures, candles=candles)
