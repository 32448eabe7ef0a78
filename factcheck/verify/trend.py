"""Trend claims with a duration ("10-month downtrend"): when did the move begin?

A downtrend begins at the highest high before publication within a search
window of twice the claimed length (plus a month); an uptrend at the lowest
low. The claim holds when the time since then is within 25% of what the
article says, and the move since is at least 10%, so a flat market is not
called a trend. Trends of under a month are read on hourly bars (`short_trend`).
"""

from __future__ import annotations

from datetime import timedelta

from factcheck.formatting import usd, when
from factcheck.model import CheckedClaim, Claim, Verdict
from factcheck.verify.context import Context, unusable, verdict
from factcheck.verify.short_trend import SHORT, check_short_trend

CLOSE, NEAR = 0.25, 0.5  # relative error in duration for supported / imprecise
MIN_MOVE = 0.10


def check_trend(claim: Claim, ctx: Context) -> CheckedClaim:
    if claim.asset is None or claim.time.end is None:
        return verdict(claim, Verdict.unverifiable, "No asset or no publication time to measure the trend against.")
    if claim.metric == "streak":
        from factcheck.verify.streak import check_streak

        return check_streak(claim, ctx)
    if claim.duration_days is None or claim.zone not in {"up", "down"}:
        return verdict(claim, Verdict.unverifiable, "factcheck checks trends with a stated length and direction.")
    if claim.duration_days < SHORT:
        return check_short_trend(claim, ctx)
    end = claim.time.end
    search = timedelta(days=2 * claim.duration_days + 30)
    candles = ctx.market.candles(claim.asset, "1d", end - search, end)
    bad = unusable(claim, candles)
    if bad is not None:
        return bad
    frame = candles.frame
    down = claim.zone == "down"
    turn = frame["high"].idxmax() if down else frame["low"].idxmin()
    extreme = float(frame["high"].max() if down else frame["low"].min())
    last = float(frame["close"].iloc[-1])
    days = (end - turn.to_pydatetime()).total_seconds() / 86400
    move = last / extreme - 1
    error = abs(days - claim.duration_days) / claim.duration_days
    figures = {"days_since_turn": days, "move_since_turn": move * 100, "turning_price": extreme}
    word = "peak" if down else "trough"
    told = f"The {'decline' if down else 'rise'} began at the {word} of {usd(extreme)} on {when(turn)}, {days:.0f} days ({days / 30.44:.1f} months) before publication; {claim.asset} moved {move * 100:+.1f}% since. The article says about {claim.duration_days / 30.44:.0f} months."
    if abs(move) < MIN_MOVE:
        grade = Verdict.inaccurate
        told += f" A move under {MIN_MOVE:.0%} is no trend."
    else:
        grade = Verdict.supported if error <= CLOSE else Verdict.imprecise if error <= NEAR else Verdict.inaccurate
    return verdict(claim, grade, told, figure=days, figures=figures, candles=candles,
                   tolerance=f"±{CLOSE:.0%} of the stated length")
