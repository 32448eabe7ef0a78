"""'Its lowest since May 8', 'above $70,000 for the first time since March': the date
part of a level claim (`Claim.last_seen`), checked on daily bars after the level itself.

Two things are said. Nothing between the date and the move was beyond the level: a
lower low in between makes the claim inaccurate, however right the level. And the
market was that low (or high) at the date: if it was not, the date is off and the claim
imprecise. The move's own days are left out: the 48 hours before publication, or the
claim's own window. Missing daily bars never leave the claim supported.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pandas as pd

from factcheck.formatting import usd
from factcheck.model import CheckedClaim, Claim, Verdict
from factcheck.verify.context import Context
from factcheck.verify.tolerance import level_tolerance

RECENT = timedelta(hours=48)  # the move itself, for a claim with no window of its own
LOOKBACK = timedelta(days=4 * 365)  # how far back the last such level is looked for
_DAY = timedelta(days=1)


def _day(t: datetime) -> str:
    return f"{t:%Y-%m-%d}"


def _move_start(claim: Claim, ctx: Context) -> datetime:
    """Where the move the claim reports begins: its own window or day, else 48 hours back."""
    end = claim.time.end or ctx.article.published_at or ctx.now
    if claim.time.start is not None and claim.time.kind in {"day", "window"} and claim.time.start < end:
        return claim.time.start
    return end - RECENT


def _with_note(checked: CheckedClaim, verdict: Verdict, note: str, figures: dict[str, float]) -> CheckedClaim:
    evidence = checked.evidence.model_copy(update={
        "explanation": f"{checked.evidence.explanation} {note}",
        "figures": {**checked.evidence.figures, **figures},
    })
    return checked.model_copy(update={"verdict": verdict, "evidence": evidence})


def check_last_seen(checked: CheckedClaim, ctx: Context) -> CheckedClaim:
    """The level's verdict, lowered when its 'since' date does not hold."""
    claim, seen = checked.claim, checked.claim.last_seen
    if seen is None or claim.value is None or claim.asset is None or seen.period.start is None or seen.period.end is None:
        return checked
    if checked.verdict not in {Verdict.supported, Verdict.imprecise, Verdict.inaccurate}:
        return checked
    said = f"“{seen.period.text}”" if seen.period.text else "the date named"
    level, tol = claim.value, level_tolerance(claim)
    move = _move_start(claim, ctx)
    start, end = seen.period.start, seen.period.end
    if end >= move:
        return checked  # the date runs into the move itself: nothing lies between
    since = ctx.market.candles(claim.asset, "1d", start, move)
    if not since.complete:
        why = "; ".join(since.notes) or f"{since.missing} of {since.expected} daily bars are missing"
        if checked.verdict is Verdict.supported:
            return _with_note(checked, Verdict.unverifiable,
                              f"The level holds, but {said} could not be checked: {why}.", {})
        return checked
    frame = since.frame
    index = frame.index
    between = frame.loc[index >= pd.Timestamp(end)]
    then = frame.loc[index < pd.Timestamp(end)]
    low = seen.side == "low"
    beyond = between.loc[between["low"] < level - tol] if low else between.loc[between["high"] > level + tol]
    word = "low" if low else "high"
    if not beyond.empty:
        last = beyond.index[-1]
        extreme = float(beyond.loc[last, word])
        return _with_note(
            checked, Verdict.inaccurate,
            f"But {said} does not hold: {claim.asset} traded {'lower' if low else 'higher'} after that date, "
            f"{usd(extreme)} on {_day(last)} (tolerance {usd(tol)}).",
            {f"since_{word}": extreme},
        )
    reached = then["low"].min() <= level + tol if low else then["high"].max() >= level - tol
    if reached:
        return _with_note(checked, checked.verdict,
                          f"{said.capitalize() if said[0].isalpha() else said} holds: nothing {'lower' if low else 'higher'} "
                          f"between {_day(end - _DAY)} and {_day(move)}.", {})
    earlier = ctx.market.candles(claim.asset, "1d", start - LOOKBACK, start).frame
    hits = earlier.loc[earlier["low"] <= level + tol] if low else earlier.loc[earlier["high"] >= level - tol]
    at = (f"{claim.asset} was last {'that low' if low else 'that high'} on {_day(hits.index[-1])}"
          if not hits.empty else f"{claim.asset} was not {'that low' if low else 'that high'} in the {LOOKBACK.days // 365} years before it")
    grade = Verdict.imprecise if checked.verdict is Verdict.supported else checked.verdict
    extreme = float(then["low"].min() if low else then["high"].max())
    return _with_note(
        checked, grade,
        f"But {said} is off: from {_day(start)} to {_day(end - _DAY)} its {word} was {usd(extreme)}, "
        f"not as {'low' if low else 'high'} as {usd(level)}; {at}.",
        {f"then_{word}": extreme},
    )
