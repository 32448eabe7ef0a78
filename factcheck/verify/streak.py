"""Streaks: "a third straight weekly loss", "a fourth straight daily gain".

Daily closes are grouped into weeks (Monday 00:00 UTC, as exchanges draw weekly
candles), months, or kept as days; a period is a loss when it closed below
where it opened. The streak counts back from the period of publication when
that period is already moving the same way (outlets call a week's loss before
it closes), else from the last complete one; both counts are shown.
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


def check_streak(claim: Claim, ctx: Context) -> CheckedClaim:
    timeframe = claim.timeframe
    if claim.asset is None or claim.time.end is None or claim.count is None or timeframe not in _RULES or claim.zone not in {"up", "down"}:
        return verdict(claim, Verdict.unverifiable, "factcheck checks daily, weekly and monthly streaks of gains or losses with a count.")
    end = claim.time.end
    days = _SPAN[timeframe] * (claim.count + 3) + 2
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
    with_current = _streak(moves, down)
    complete = _streak(moves.iloc[:-1], down)
    figures = {"streak_including_current": float(with_current), "streak_complete": float(complete)}
    word = "losses" if down else "gains"
    told = (f"Counting {_NAMES[timeframe]} {word} up to {when(candles.end)}: {with_current} including the period in progress, "
            f"{complete} complete; the article says {claim.count}.")
    grade = Verdict.supported if claim.count in {with_current, complete} else (
        Verdict.imprecise if min(abs(claim.count - with_current), abs(claim.count - complete)) == 1 else Verdict.inaccurate)
    return verdict(claim, grade, told, figure=float(with_current), figures=figures, candles=candles)
