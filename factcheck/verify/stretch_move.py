"""'Earlier in the week, bitcoin plummeted 3.2% within three hours' (nlp/stretch_moves.py): some
stretch of that length inside the period moved that much. Each hour of the period is tried as the
stretch's start: from that bar's open to the furthest low (or high) of the stretch's bars. The largest
such move in the written direction is the figure; one at least the written size means a move of that
size happened (prices pass through every level on the way), so it is supported; one short of it is
graded by the shortfall, as a move written as a floor is."""

from __future__ import annotations

from datetime import timedelta

import pandas as pd

from factcheck.formatting import pct, usd, when
from factcheck.model import CheckedClaim, Claim, Verdict
from factcheck.verify.context import Context, unusable, verdict
from factcheck.verify.tolerance import move_grade, move_tolerance

HOUR = pd.Timedelta("1h")


def check_stretch_move(claim: Claim, ctx: Context) -> CheckedClaim:
    assert claim.value is not None and claim.time.start is not None and claim.time.end is not None
    hours = max(1, round((claim.duration_days or 0.0) * 24))
    start, end = claim.time.start, claim.time.end
    candles = ctx.candles(claim, start, end + timedelta(hours=hours))
    bad = unusable(claim, candles)
    if bad is not None:
        return bad
    frame = candles.frame
    starts = frame[(frame.index >= pd.Timestamp(start).floor("1h")) & (frame.index + HOUR <= pd.Timestamp(end))]
    down = claim.value < 0
    best: tuple[float, pd.Timestamp, float, float, pd.Timestamp] | None = None
    for opened, base in starts["open"].items():
        bars = frame[(frame.index >= opened) & (frame.index < opened + hours * HOUR)]
        if len(bars) < hours:
            continue  # a stretch cut by missing bars or by the data's end says nothing of its whole length
        where = bars["low"].idxmin() if down else bars["high"].idxmax()
        extreme = float(bars.loc[where, "low"] if down else bars.loc[where, "high"])
        change = (extreme / float(base) - 1.0) * 100.0
        if best is None or (change < best[0] if down else change > best[0]):
            best = (change, opened, float(base), extreme, where)
    if best is None:
        return verdict(claim, Verdict.unverifiable, f"No run of {hours} whole hourly bars lies in {when(start)} → {when(end)}.",
                       candles=candles)
    change, opened, base, extreme, where = best
    tol = move_tolerance(claim)
    reached = change * claim.value > 0 and abs(change) >= abs(claim.value) - tol
    grade = Verdict.supported if reached else move_grade(change, claim.value, tol, "at_least")
    side = "low" if down else "high"
    explanation = (f"Over any {hours} hours in {when(start)} → {when(end)}, {claim.asset}'s largest "
                   f"{'fall' if down else 'rise'} was {pct(change)}: from {usd(base)} (open of the {when(opened)} bar) to a "
                   f"{side} of {usd(extreme)} (bar of {when(where)}); the article says {pct(claim.value)} within {hours} hours.")
    return verdict(claim, grade, explanation, figure=change, candles=candles,
                   figures={"from": base, "to": extreme, "change_pct": change},
                   tolerance=f"a move of at least the written size less {tol:g} pp within {hours} hours is supported; short of it by up to 2 points: imprecise")
