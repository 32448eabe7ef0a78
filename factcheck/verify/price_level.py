"""Price levels: "trading at $68.7K", "reclaimed $71,000", "fell below $60,000",
"between $68,000 and $69,500", intraday highs and lows.

Present claims use only bars that closed before publication (no lookahead):
the price "at publication" is the last hourly close before it.
"""

from __future__ import annotations

from datetime import timedelta, timezone

import pandas as pd

from factcheck.market.data import floor_time
from factcheck.model import CheckedClaim, Claim, Comparator, Verdict
from factcheck.verify.context import Context, unusable, verdict
from factcheck.formatting import usd, when
from factcheck.verify.snapshot_price import check_against_snapshot
from factcheck.verify.tolerance import LEVEL_IMPRECISE, describe_level, level_grade, level_tolerance

LOOK = timedelta(hours=24)


def _grade(distance: float, tol: float, level: float) -> Verdict:
    return level_grade(distance, tol, level)


def _missing_context(claim: Claim) -> CheckedClaim | None:
    if claim.asset is None:
        return verdict(claim, Verdict.unverifiable, "The article does not say which asset this price is for.")
    if claim.value is None or claim.time.start is None or claim.time.end is None:
        return verdict(
            claim, Verdict.unverifiable, "The publication time is unknown, so there is no moment to check the price at."
        )
    return None


def check_price_level(claim: Claim, ctx: Context) -> CheckedClaim:
    early = _missing_context(claim)
    if early is not None:
        return early
    assert claim.time.start is not None and claim.time.end is not None and claim.value is not None
    end = claim.time.end
    start = min(claim.time.start, end - LOOK)
    candles = ctx.candles(claim, start, end)
    bad = unusable(claim, candles)
    if bad is not None:
        return check_against_snapshot(claim, ctx) or bad  # a price snapshot, when the store has one
    frame = candles.frame
    tol = level_tolerance(claim)
    tolerance = describe_level(claim, tol)
    last_close = float(frame["close"].iloc[-1])
    as_of = frame.index[-1] + pd.Timedelta(candles.timeframe)
    in_claim = frame[frame.index >= floor_time(claim.time.start, candles.timeframe)]
    if in_claim.empty:  # an instant: show the day before it
        in_claim = frame
    low, high = float(in_claim["low"].min()), float(in_claim["high"].max())
    figures = {"close_at_publication": last_close, "window_low": low, "window_high": high}
    level = claim.value
    kw = dict(figures=figures, candles=candles, tolerance=tolerance)

    if claim.comparator is Comparator.between:
        top = claim.value_high if claim.value_high is not None else level
        distance = max(0.0, level - last_close, last_close - top)
        grade = _grade(distance, tol, level)
        return verdict(
            claim, grade,
            f"At {when(as_of)} {claim.asset} closed at {usd(last_close)}, "
            + ("inside" if distance == 0 else f"{usd(distance)} outside")
            + f" the range {usd(level)}–{usd(top)}.",
            figure=last_close, **kw,
        )

    if claim.time.kind == "day" and claim.comparator in {Comparator.crossed_above, Comparator.crossed_below}:
        return _crossing_on_day(claim, in_claim, tol, kw)

    if claim.time.kind == "day":
        distance = max(0.0, low - level, level - high)
        grade = _grade(distance, tol, level)
        return verdict(
            claim, grade,
            f"Checked against the whole day ({when(claim.time.start)} to {when(as_of)}): "
            f"{claim.asset} traded {usd(low)}–{usd(high)}, "
            + ("which includes" if distance == 0 else f"{usd(distance)} away from")
            + f" {usd(level)}.",
            figure=min(max(level, low), high), **kw,
        )

    if claim.comparator in {Comparator.crossed_above, Comparator.crossed_below}:
        return _crossing(claim, frame, last_close, as_of, tol, kw)

    if claim.comparator is Comparator.above:
        distance = max(0.0, level - last_close)
    elif claim.comparator is Comparator.below:
        distance = max(0.0, last_close - level)
    elif claim.time.kind == "window":  # "hit $X", "fell to $X": touched within the window
        distance = max(0.0, low - level, level - high)
        grade = _grade(distance, tol, level)
        return verdict(
            claim, grade,
            f"Between {when(claim.time.start)} and {when(as_of)} {claim.asset} traded "
            f"{usd(low)}–{usd(high)}, "
            + ("which includes" if distance == 0 else f"{usd(distance)} away from")
            + f" {usd(level)}.",
            figure=min(max(level, low), high), **kw,
        )
    else:
        distance = abs(last_close - level)
    grade = _grade(distance, tol, level)
    relation = {Comparator.above: "above", Comparator.below: "below"}.get(claim.comparator, "at")
    return verdict(
        claim, grade,
        f"{claim.asset} closed at {usd(last_close)} at {when(as_of)}, the last hourly close before "
        f"publication; the article says {relation} {usd(level)}"
        + ("." if distance == 0 else f" ({usd(abs(last_close - level))} off)."),
        figure=last_close, **kw,
    )


def _crossing(claim: Claim, frame: pd.DataFrame, last: float, as_of: pd.Timestamp, tol: float, kw: dict) -> CheckedClaim:
    """'Reclaimed X' = an hourly close below X, then one at or above it, in the
    lookback, and still there at publication (mirrored for 'lost X')."""
    assert claim.value is not None and claim.time.start is not None
    level = claim.value
    up = claim.comparator is Comparator.crossed_above
    kw = {**kw, "tolerance": f"none: a crossed level is a threshold, taken exactly (an hourly close {'at or above' if up else 'at or below'} "
          f"{usd(level)}, still there at publication)"}
    closes = frame.loc[frame.index >= floor_time(claim.time.start, "1h"), "close"]
    beyond = closes >= level if up else closes <= level
    side, other = ("above", "below") if up else ("below", "above")
    span = f"{when(claim.time.start)}–{when(as_of)}"
    hour = pd.Timedelta("1h")
    # Every bar where the close moved from the other side to this side.
    crossings = closes.index[beyond & ~beyond.shift(1, fill_value=True)]
    if not (~beyond).any():
        return verdict(
            claim, Verdict.imprecise,
            f"{claim.asset} closed {side} {usd(level)} throughout {span} (last close {usd(last)}), "
            f"so it did not newly {'reclaim' if up else 'lose'} the level in that week.",
            figure=last, **kw,
        )
    if len(crossings) == 0:
        extreme = float(frame["high"].max()) if up else float(frame["low"].min())
        touched = extreme >= level if up else extreme <= level
        short = abs(extreme - level)  # never crossed: near misses are imprecise, like a level's
        return verdict(
            claim, Verdict.imprecise if touched or short <= LEVEL_IMPRECISE * level else Verdict.inaccurate,
            f"No hourly close {side} {usd(level)} in {span}; the {'high' if up else 'low'} was {usd(extreme)}"
            + (" (touched within a bar only)." if touched else f", and the last close {usd(last)}."),
            figure=last, **kw,
        )
    crossed_at = crossings[-1]
    crossed_close = float(closes.loc[crossed_at])
    holds = last >= level if up else last <= level  # a threshold is taken exactly, without rounding
    if holds:
        return verdict(
            claim, Verdict.supported,
            f"{claim.asset} crossed {side} {usd(level)} (hourly close {usd(crossed_close)} at "
            f"{when(crossed_at + hour)}) and closed at {usd(last)} at {when(as_of)}, the last close before publication.",
            figure=last, **kw,
        )
    return verdict(
        claim, Verdict.imprecise,
        f"{claim.asset} did cross {side} {usd(level)} (hourly close {usd(crossed_close)} at "
        f"{when(crossed_at + hour)}) but was back {other} it at publication: {usd(last)} at {when(as_of)}, "
        f"{usd(abs(last - level))} away.",
        figure=last, **kw,
    )


def _crossing_on_day(claim: Claim, day: pd.DataFrame, tol: float, kw: dict) -> CheckedClaim:
    """'Slipped under $100,000 on Sunday': an event within the day, which need not
    still hold at publication. The day opened on the other side and traded through."""
    assert claim.value is not None and claim.time.start is not None
    level = claim.value
    up = claim.comparator is Comparator.crossed_above
    side = "above" if up else "below"
    opened = float(day["open"].iloc[0])
    extreme = float(day["high"].max() if up else day["low"].min())
    at = day["high"].idxmax() if up else day["low"].idxmin()
    started_other = opened < level if up else opened > level
    went_through = extreme >= level if up else extreme <= level
    span = f"{when(claim.time.start)}–{when(day.index[-1] + pd.Timedelta('1h'))}"
    if started_other and went_through:
        return verdict(
            claim, Verdict.supported,
            f"In {span} {claim.asset} opened at {usd(opened)} and traded {side} {usd(level)} "
            f"(its {'high' if up else 'low'} {usd(extreme)} in the bar of {when(at)}).",
            figure=extreme, **kw,
        )
    if not started_other:
        return verdict(
            claim, Verdict.imprecise,
            f"{claim.asset} was already {side} {usd(level)} when {span} began (open {usd(opened)}), "
            f"so it did not cross the level then.",
            figure=opened, **kw,
        )
    miss = abs(extreme - level)
    return verdict(
        claim, _grade(miss, tol, level) if miss > tol else Verdict.imprecise,
        f"In {span} {claim.asset}'s {'high' if up else 'low'} was {usd(extreme)}, {usd(miss)} short of {usd(level)}.",
        figure=extreme, **kw,
    )


def check_intraday_extreme(claim: Claim, ctx: Context) -> CheckedClaim:
    """'Hit a high of $61,172', 'as low as $59,005': the extreme of the day the
    article means. Without a named day that is the UTC day so far, the 24 hours
    to publication, or the previous UTC day; the one nearest the claim is used,
    and named in the explanation."""
    early = _missing_context(claim)
    if early is not None:
        return early
    assert claim.time.start is not None and claim.time.end is not None and claim.value is not None
    end = claim.time.end
    windows = [(claim.time.start, end)]
    if not (claim.time.kind == "day" and claim.time.text):  # no day named: look around publication
        today = end.astimezone(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
        windows += [(end - LOOK, end), (today - timedelta(days=1), today), (today, end)]
    high = claim.kind.value == "intraday_high"
    best = None
    for start, stop in dict.fromkeys(windows):
        if stop - start < timedelta(hours=1):
            continue
        candles = ctx.candles(claim, start, stop)
        if unusable(claim, candles) is not None:
            if best is None:
                best = (float("inf"), candles, None)
            continue
        extreme = float(candles.frame["high"].max() if high else candles.frame["low"].min())
        distance = abs(extreme - claim.value)
        if best is None or distance < best[0]:
            best = (distance, candles, extreme)
    if best is None:
        return verdict(claim, Verdict.unverifiable, "No full hour of data lies in the window the claim is about.")
    distance, candles, extreme = best
    bad = unusable(claim, candles)
    if bad is not None or extreme is None:
        return bad or verdict(claim, Verdict.unverifiable, "No usable data for the claim's window.")
    tol = level_tolerance(claim)
    word = "high" if high else "low"
    return verdict(
        claim, _grade(distance, tol, claim.value),
        f"The {word} from {when(candles.start)} to {when(candles.end)} was {usd(extreme)}; "
        f"the article says {usd(claim.value)}.",
        figure=extreme, candles=candles, tolerance=describe_level(claim, tol),
    )
