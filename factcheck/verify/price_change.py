"""Price moves: "down 4% in 24 hours", "surged 16% in three days",
"recovered 15% from its intraday lows", "gained $1,200".

The move is measured from the price at the window's start to the last close
before publication; a move "from the lows" from the window's lowest low.
"""

from __future__ import annotations

import pandas as pd

from factcheck.model import CheckedClaim, Claim, Verdict
from factcheck.verify.context import Context, unusable, verdict
from factcheck.formatting import pct, usd, when
from factcheck.verify.tolerance import IMPRECISE_FACTOR, describe_move, move_tolerance


def check_price_change(claim: Claim, ctx: Context) -> CheckedClaim:
    if claim.asset is None:
        return verdict(claim, Verdict.unverifiable, "The article does not say which asset moved.")
    if claim.value is None or claim.time.start is None or claim.time.end is None:
        return verdict(claim, Verdict.unverifiable, "The publication time is unknown, so the move's window cannot be placed.")
    candles = ctx.candles(claim, claim.time.start, claim.time.end)
    bad = unusable(claim, candles)
    if bad is not None:
        return bad
    frame = candles.frame
    last = float(frame["close"].iloc[-1])
    as_of = frame.index[-1] + pd.Timedelta(candles.timeframe)
    if claim.metric == "rebound_from_low":
        base, base_what = float(frame["low"].min()), "the low"
    elif claim.metric == "drop_from_high":
        base, base_what = float(frame["high"].max()), "the high"
    else:
        base, base_what = float(frame["open"].iloc[0]), "the price"
    if claim.metric == "max_move":  # "as much as": the furthest point, not the close
        last = float(frame["low"].min() if claim.value < 0 else frame["high"].max())
    move_pct = (last / base - 1.0) * 100.0
    window = f"{when(candles.start)} → {when(as_of)}"
    assumed = "" if claim.time.text else " No window was given; read as the 24 hours to publication."
    figures = {"from": base, "to": last, "change_pct": move_pct, "change_usd": last - base}
    if claim.unit == "%":
        tol = move_tolerance(claim)
        actual, written = move_pct, claim.value
        distance = abs(actual - written)
        opposite = actual * written < 0 and abs(actual) > tol
        tolerance = describe_move(tol)
        said = pct(written)
        got = pct(actual)
    else:
        actual, written = last - base, claim.value
        tol = max(0.5 * claim.magnitude * 10.0 ** (-claim.decimals), 0.1 * abs(written))
        distance = abs(actual - written)
        opposite = actual * written < 0 and abs(actual) > tol
        tolerance = f"±{usd(tol)} (10% of the move, or its rounding)"
        said = usd(written)
        got = usd(actual)
    if opposite:
        grade = Verdict.inaccurate
    elif distance <= tol:
        grade = Verdict.supported
    elif distance <= max(IMPRECISE_FACTOR * tol, 0.25 * abs(written)):
        grade = Verdict.imprecise
    else:
        grade = Verdict.inaccurate
    return verdict(
        claim, grade,
        f"{claim.asset} went from {usd(base)} ({base_what} at/after {when(candles.start)}) to {usd(last)} "
        f"over {window}: {got}; the article says {said}.{assumed}",
        figure=actual, figures=figures, candles=candles, tolerance=tolerance,
    )
