"""'Bitcoin has seen a 30.6% drop' with no window: a fall that large is seldom a day's, and writers
mean the fall from the recent top (a drawdown), or a rise from the recent bottom. When the 24 hours a
windowless move is read over do not fit a move of 10% or more, the fall from the highest high of the
last 90 days to publication (the rise from the lowest low) is read too, and graded when it fits
better; the explanation says which reading was used."""

from __future__ import annotations

from datetime import timedelta

from factcheck.model import CheckedClaim, Claim, TimeRef, Verdict
from factcheck.verify.context import Context
from factcheck.verify.moments import FIT_ORDER

LARGE = 10.0  # percent: from here a windowless move may be a drawdown
REACH = timedelta(days=90)  # how far back the recent top (or bottom) is looked for


def may_be_drawdown(claim: Claim, checked: CheckedClaim) -> bool:
    # a bound ('surged over 19%') is met by any larger move, so a longer reading would always seem to fit it
    return (claim.time.text is None and claim.unit == "%" and claim.value is not None and abs(claim.value) >= LARGE
            and claim.bound is None
            and claim.metric in {"return", "change"} and claim.time.end is not None
            and checked.verdict in {Verdict.inaccurate, Verdict.imprecise})


def as_drawdown(claim: Claim, ctx: Context, checked: CheckedClaim, check) -> CheckedClaim:
    """The better of the 24-hour reading (`checked`) and the drawdown reading of the same claim."""
    assert claim.time.end is not None and claim.value is not None
    end = claim.time.end
    metric = "drop_from_high" if claim.value < 0 else "rebound_from_low"
    other = claim.model_copy(update={"metric": metric,
                                     "time": TimeRef(text=None, start=end - REACH, end=end, kind="window", anchored=True)})
    alt = check(other, ctx)
    if FIT_ORDER.get(alt.verdict, len(FIT_ORDER)) >= FIT_ORDER.get(checked.verdict, len(FIT_ORDER)):
        return checked
    what = "fall from the highest high" if claim.value < 0 else "rise from the lowest low"
    note = (f" No window was given, and the 24 hours to publication do not fit a move this large "
            f"({checked.evidence.figure:+.2f}%): read as the {what} of the 90 days before publication.")
    return alt.model_copy(update={"claim": claim, "evidence": alt.evidence.model_copy(
        update={"explanation": alt.evidence.explanation.replace(" No window was given; read as the 24 hours to publication.", "") + note})})
