"""Price levels: "trading at $68.7K", "reclaimed $71,000", "fell below $60,000",
"between $68,000 and $69,500", intraday highs and lows.

Present claims use only bars that closed before publication (no lookahead):
the price "at publication" is the last hourly close before it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pandas as pd

from factcheck.formatting import usd, when
from factcheck.market.data import Candles, floor_time
from factcheck.model import HELD, MOVE_START, CheckedClaim, Claim, Comparator, Verdict
from factcheck.verify.context import Context, unusable, verdict
from factcheck.verify.moments import FIT_ORDER, dated_only, moments
from factcheck.verify.snapshot_price import check_against_snapshot
from factcheck.verify.tolerance import (
    LEVEL_IMPRECISE,
    THRESHOLD,
    describe_level,
    level_grade,
    level_tolerance,
    threshold_grade,
)

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
        return _on_the_last_close(claim, candles) or check_against_snapshot(claim, ctx) or bad
    if _crossing_at_an_unknown_hour(claim, ctx):
        return _crossing_at_some_hour(claim, candles, ctx)
    # an undated article's claims are placed by their own dates, all before the check: its clock
    # stands in for publication, so a crossing in a named week is an event of that week
    return _check_level(claim, candles, published=ctx.article.published_at or ctx.now)


def _crossing_at_an_unknown_hour(claim: Claim, ctx: Context) -> bool:
    """'Plummeted below $53,000, reaching lows not seen since February' in an article that gives only
    its date: a crossing over a longer window, which the writer saw by the hour of writing and which
    still held then. Over the publication day alone ('dips under $2,200', 'dropped below $90,000 on
    Tuesday') it is an event within that day, and a move said to be undone need not hold at all."""
    return (
        claim.comparator in {Comparator.crossed_above, Comparator.crossed_below}
        and dated_only(ctx.article, claim)
        and claim.time.kind != "day"
        and not _told_undone(claim)
    )


def _crossing_at_some_hour(claim: Claim, candles: Candles, ctx: Context) -> CheckedClaim:
    """The crossing checked as if written at each closed hour of the publication day (see `moments`):
    closes up to that hour show it, and the close at that hour still holds it. The hour that fits
    best is graded; a crossing seen only in a wick, or undone by every hour, stays imprecise."""
    assert claim.time.start is not None
    tol = level_tolerance(claim)
    first = floor_time(claim.time.start, "1h")
    kw = dict(candles=candles, tolerance=describe_level(claim, tol))
    readings = []
    for moment in moments(ctx.article, claim, ctx.hours):
        frame = candles.frame[candles.frame.index + pd.Timedelta("1h") <= pd.Timestamp(moment)]
        if frame.empty or frame.index[-1] < first:
            continue
        last = float(frame["close"].iloc[-1])
        as_of = frame.index[-1] + pd.Timedelta("1h")
        kw["figures"] = {"close_at_publication": last, "window_low": float(frame["low"].min()), "window_high": float(frame["high"].max())}
        readings.append(_crossing(claim, frame, last, as_of, tol, dict(kw)))
    if not readings:
        return _check_level(claim, candles, published=ctx.article.published_at)
    level = claim.value or 0.0
    best = min(readings, key=lambda r: (FIT_ORDER.get(r.verdict, len(FIT_ORDER)), abs((r.evidence.figure or 0.0) - level)))
    note = (" Only the date is known: each closed hour of the day was tried as the hour of writing, and the one that"
            " fits best is graded.")
    return best.model_copy(update={"evidence": best.evidence.model_copy(update={"explanation": best.evidence.explanation + note})})


def _on_the_last_close(claim: Claim, candles: Candles) -> CheckedClaim | None:
    """A window reaching back before the history held (the hourly series starts inside it)
    is no reason to withhold a verdict the missing start cannot change. 'Above $X' or 'at $X'
    now rests on the last close before publication alone; a level 'reclaimed' (or 'lost')
    that the last close is on the wrong side of, by under 2%, is `imprecise` whatever came
    before (it never crossed, or crossed and fell back). The bars held must run unbroken to
    the last hour before publication, with no doubtful bar among them: a hole or a bad bar
    inside the series says the feed itself is in doubt. None when the gap matters."""
    assert claim.value is not None and claim.time.end is not None
    frame = candles.frame
    last_hour = pd.Timestamp(floor_time(claim.time.end, "1h")) - pd.Timedelta("1h")
    if frame.empty or frame.index[-1] != last_hour or claim.time.kind == "day":
        return None
    if len(frame) != (last_hour - frame.index[0]) / pd.Timedelta("1h") + 1:  # a hole, or a bad bar left out, inside
        return None
    gap = (f" (the hourly series starts at {when(frame.index[0])}, so {candles.missing} of {candles.expected} bars of "
           "the window are missing; the verdict rests on the last close before publication, which they cannot change.)")
    if claim.comparator in {Comparator.crossed_above, Comparator.crossed_below}:
        last, level = float(frame["close"].iloc[-1]), claim.value
        wrong = last < level if claim.comparator is Comparator.crossed_above else last > level
        if not wrong or abs(last - level) > LEVEL_IMPRECISE * level:
            return None
        side = "above" if claim.comparator is Comparator.crossed_above else "below"
        return verdict(
            claim, Verdict.imprecise,
            f"{claim.asset} closed at {usd(last)} at {when(frame.index[-1] + pd.Timedelta('1h'))}, not {side} "
            f"{usd(level)} at publication ({usd(abs(last - level))} away).{gap}",
            figure=last, candles=candles,
            tolerance="none: a crossed level is a threshold, taken exactly; missed by under 2%: imprecise",
        )
    if claim.comparator in {Comparator.above, Comparator.below} or (
        claim.comparator is Comparator.at and claim.time.kind == "instant"
    ):
        result = _check_level(claim, candles)
        evidence = result.evidence.model_copy(update={"explanation": result.evidence.explanation + gap})
        return result.model_copy(update={"evidence": evidence})
    return None


def _check_level(claim: Claim, candles: Candles, published: datetime | None = None) -> CheckedClaim:
    assert claim.time.start is not None and claim.time.end is not None and claim.value is not None
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

    if claim.comparator is Comparator.between and _over_a_span(claim):
        # 'has traded between $53,000 and $63,000 this week': the span's whole range inside the band
        top = claim.value_high if claim.value_high is not None else level
        distance = max(0.0, level - low, high - top)
        return verdict(
            claim, _grade(distance, tol, level),
            f"Between {when(claim.time.start)} and {when(as_of)} {claim.asset} traded {usd(low)}–{usd(high)}, "
            + ("inside" if distance == 0 else f"{usd(distance)} outside") + f" the range {usd(level)}–{usd(top)}.",
            figure=low if level - low >= high - top else high, **kw,
        )

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

    if claim.metric == HELD and _over_a_span(claim) and claim.comparator in {Comparator.above, Comparator.below, Comparator.at}:
        return _held(claim, in_claim, low, high, tol, as_of, kw)

    started = claim.metric == MOVE_START and claim.time.kind == "window"  # 'fell from over $109,000': there, earlier
    # 'by early December it had retraced to below $85,000': a window over before publication; the price
    # got there at some hour of it (a level held throughout is HELD, above)
    passed = claim.time.kind == "window" and published is not None and claim.time.end < published
    if (claim.time.kind == "day" or started or passed) and claim.comparator in {Comparator.above, Comparator.below}:
        up = claim.comparator is Comparator.above
        miss = level - high if up else low - level  # at some hour of the day on the claimed side
        return verdict(
            claim, threshold_grade(miss, level),
            f"Checked against the whole {'window' if started or passed else 'day'} ({when(claim.time.start)} to {when(as_of)}): {claim.asset} traded "
            f"{usd(low)}–{usd(high)}; the article says {'above' if up else 'below'} {usd(level)}"
            + ("." if miss <= 0 else f", missed by {usd(miss)}."),
            figure=high if up else low, **{**kw, "tolerance": THRESHOLD},
        )

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
        if _crossing_told_as_event(claim, published):
            return _crossing_on_day(claim, in_claim, tol, kw)
        return _crossing(claim, frame, last_close, as_of, tol, kw)

    if claim.comparator in {Comparator.above, Comparator.below}:
        up = claim.comparator is Comparator.above
        miss = level - last_close if up else last_close - level
        return verdict(
            claim, threshold_grade(miss, level),
            f"{claim.asset} closed at {usd(last_close)} at {when(as_of)}, the last hourly close before publication; "
            f"the article says {'above' if up else 'below'} {usd(level)}" + ("." if miss <= 0 else f" (missed by {usd(miss)})."),
            figure=last_close, **{**kw, "tolerance": THRESHOLD},
        )
    if claim.time.kind == "window":  # "hit $X", "fell to $X": touched within the window
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
        f"{claim.asset} closed at {usd(last_close)} at {when(as_of)}, "
        + (f"the hourly close at the time the article names ('{claim.time.text}')" if claim.time.kind == "instant" and claim.time.text
           else "the last hourly close before publication")
        + f"; the article says {relation} {usd(level)}"
        + ("." if distance == 0 else f" ({usd(abs(last_close - level))} off)."),
        figure=last_close, **kw,
    )


def _held(claim: Claim, span: pd.DataFrame, low: float, high: float, tol: float, as_of: pd.Timestamp, kw: dict) -> CheckedClaim:
    """'held above $53,000 all week' holds if the span's low did; 'stayed below' if its high did;
    'hovered around $57,000 for the past week' if the span's middle close is near the level."""
    assert claim.value is not None and claim.time.start is not None
    level = claim.value
    span_text = f"between {when(claim.time.start)} and {when(as_of)} {claim.asset} traded {usd(low)}–{usd(high)}"
    if claim.comparator is Comparator.at:
        middle = float(span["close"].median())
        distance = abs(middle - level)
        return verdict(
            claim, _grade(distance, tol, level),
            f"{span_text[0].upper()}{span_text[1:]}, its hourly closes centred on {usd(middle)}; the article says around "
            f"{usd(level)}" + ("." if distance == 0 else f" ({usd(distance)} off)."),
            figure=middle, **kw,
        )
    up = claim.comparator is Comparator.above
    worst = float(span["close"].min() if up else span["close"].max())  # a level held on closes; a wick through it is a test
    miss = level - worst if up else worst - level
    return verdict(
        claim, threshold_grade(miss, level),
        f"{span_text[0].upper()}{span_text[1:]}, its {'lowest' if up else 'highest'} hourly close {usd(worst)}; the article "
        f"says it held {'above' if up else 'below'} {usd(level)} throughout" + ("." if miss <= 0 else f", missed by {usd(miss)}."),
        figure=worst, **{**kw, "tolerance": THRESHOLD},
    )


def _over_a_span(claim: Claim) -> bool:
    """A band the article says the coin traded in over a span it names ('this week', 'since
    Monday', 'over the past 24 hours'), not where it sits now."""
    start, end = claim.time.start, claim.time.end
    return claim.time.text is not None and claim.time.kind in {"window", "day"} and start is not None and end is not None \
        and end - start > _LONGER_THAN_A_MOMENT


_LONGER_THAN_A_MOMENT = timedelta(hours=2)


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


# 'briefly fell below', 'slipped under $90,000 for a few hours before recovering': the crossing is
# said to have been undone, so it is an event within the span, not where the price sits now. The
# adverb is read just before the claim's words or right after them, the undoing after them only.
_BRIEF = r"(?:briefly|momentarily|temporarily|fleetingly)"
_BRIEF_BEFORE = re.compile(rf"\b{_BRIEF}\s+(?:\w+\s+)?$", re.IGNORECASE)
_UNDONE_AFTER = re.compile(
    rf"^[^.;]{{0,40}}?(?<!after )(?<!after being )\b(?:{_BRIEF}|for a (?:few|couple of) (?:hours|minutes)|(?:before|then) (?:rebounding|recovering|"
    r"bouncing|paring|reversing|retreating|slipping back|falling back|climbing back)|only to)\b",
    re.IGNORECASE,
)


def _crossing_told_as_event(claim: Claim, published: datetime | None) -> bool:
    """Whether a crossing over a window is an event within it rather than a level still held at
    publication: the window closed before the article was written ('fell below $80,000 earlier
    this week', 'over the weekend'), or the sentence says the move was undone."""
    end = claim.time.end
    if published is not None and end is not None and end <= floor_time(published, "1h") - timedelta(hours=1):
        return True
    return _told_undone(claim)


def _told_undone(claim: Claim) -> bool:
    """The sentence says the crossing was undone: 'briefly fell below', 'before rebounding'."""
    sentence, text = claim.sentence or "", claim.text or ""
    at = sentence.find(text) if text else -1
    if at < 0:
        return False
    return bool(_BRIEF_BEFORE.search(sentence[max(0, at - 30) : at]) or _UNDONE_AFTER.search(sentence[at + len(text) :]))


def _crossing_on_day(claim: Claim, day: pd.DataFrame, tol: float, kw: dict) -> CheckedClaim:
    """'Slipped under $100,000 on Sunday', 'pushed back above $94,000' on Thursday, 'briefly fell
    below $80,000 earlier this week': an event within the day or span, which need not still hold at publication. The price was on the other side
    at some point of the day (a bar's open or close) and later traded through the level; the
    day need not open on the other side, since a dip and a recovery within it is a crossing too."""
    assert claim.value is not None and claim.time.start is not None
    level = claim.value
    up = claim.comparator is Comparator.crossed_above
    side = "above" if up else "below"
    opens, closes = day["open"], day["close"]
    other_open = opens < level if up else opens > level
    other_close = closes < level if up else closes > level
    # On the other side before or at the start of each bar: an earlier open or close, or this bar's open.
    before = other_open.cummax() | other_close.shift(1, fill_value=False).cummax()
    through = day["high"] >= level if up else day["low"] <= level
    crossed = day.index[before & through]
    span = f"{when(claim.time.start)}–{when(day.index[-1] + pd.Timedelta('1h'))}"
    if len(crossed):
        at = crossed[0]
        extreme = float(day.loc[at, "high"] if up else day.loc[at, "low"])
        was = day.index[before][0]
        return verdict(
            claim, Verdict.supported,
            f"In {span} {claim.asset} was {'below' if up else 'above'} {usd(level)} (bar of {when(was)}) and then "
            f"traded {side} it ({'high' if up else 'low'} {usd(extreme)} in the bar of {when(at)}).",
            figure=extreme, **kw,
        )
    if not (other_open | other_close).any():
        opened = float(opens.iloc[0])
        return verdict(
            claim, Verdict.imprecise,
            f"{claim.asset} was {side} {usd(level)} throughout {span} (open {usd(opened)}), "
            f"so it did not cross the level then.",
            figure=opened, **kw,
        )
    extreme = float(day["high"].max() if up else day["low"].min())
    miss = abs(extreme - level)
    return verdict(
        claim, _grade(miss, tol, level) if miss > tol else Verdict.imprecise,
        f"In {span} {claim.asset}'s {'high' if up else 'low'} was {usd(extreme)}, {usd(miss)} short of {usd(level)}.",
        figure=extreme, **kw,
    )


def _extreme_miss(claim: Claim, extreme: float) -> float:
    """How far the window's extreme is from the claim: from the level for `at`; for a bound
    ("a high of over $2,450", "a low just under $60,000") how far it stayed on the wrong side."""
    assert claim.value is not None
    if claim.comparator is Comparator.above:
        return max(0.0, claim.value - extreme)
    if claim.comparator is Comparator.below:
        return max(0.0, extreme - claim.value)
    return abs(extreme - claim.value)


def check_intraday_extreme(claim: Claim, ctx: Context) -> CheckedClaim:
    """'Hit a high of $61,172', 'as low as $59,005': the extreme of the day the
    article means. Without a named day that is the UTC day so far, the 24 hours
    to publication, or the previous UTC day; the one nearest the claim is used,
    and named in the explanation. An article that gives only its date was written
    at some hour of it, when the day's extreme was the one reached so far: each
    closed hour's running extreme is a reading too (see `moments`)."""
    early = _missing_context(claim)
    if early is not None:
        return early
    assert claim.time.start is not None and claim.time.end is not None and claim.value is not None
    end = claim.time.end
    windows = [(claim.time.start, end)]
    if not (claim.time.kind == "day" and claim.time.text):  # no day named: look around publication
        today = end.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        windows += [(end - LOOK, end), (today - timedelta(days=1), today), (today, end)]
    if dated_only(ctx.article, claim):  # written at some hour of the day: the extreme so far at each closed hour
        windows += [(claim.time.start, m) for m in moments(ctx.article, claim, ctx.hours) if m > claim.time.start]
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
        distance = _extreme_miss(claim, extreme)
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
    dated = (" Only the date is known: the day's extreme so far at each closed hour was tried too; the nearest is graded."
             if dated_only(ctx.article, claim) else "")
    if claim.comparator in {Comparator.above, Comparator.below}:  # "a session high of over $2,450"
        return verdict(
            claim, threshold_grade(distance, claim.value),
            f"The {word} from {when(candles.start)} to {when(candles.end)} was {usd(extreme)}; the article says "
            f"{claim.comparator.value} {usd(claim.value)}" + ("." if distance <= 0 else f", missed by {usd(distance)}.") + dated,
            figure=extreme, candles=candles, tolerance=THRESHOLD,
        )
    return verdict(
        claim, _grade(distance, tol, claim.value),
        f"The {word} from {when(candles.start)} to {when(candles.end)} was {usd(extreme)}; "
        f"the article says {usd(claim.value)}.{dated}",
        figure=extreme, candles=candles, tolerance=describe_level(claim, tol),
    )
