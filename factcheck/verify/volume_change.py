"""Changes in trading volume: "24-hour volume up 70%", "volume on Monday jumped 40%",
"volume rose by $5 billion" (an amount is graded as the percent it makes of the day before).

Outlets quote an all-exchange rolling 24 hours (CoinMarketCap's), which runs across
two UTC days, while the all-exchange series held is daily (Yahoo's BTC-USD). The 24
hours are estimated hour by hour: each hour is the reference venue's dollar volume in
that hour, scaled to all exchanges by the ratio of Yahoo's day to the venue's day,
that same day's when it was complete by publication, else the latest complete day's
(no lookahead; a date-only article may use its own day, which ends within it). The change is the 24 hours to the moment against the 24
hours before. A named day is that day's volume against the day before, both complete.
For an article that gives only its date every closed hour of the day is a moment
(see `moments`); the nearest reading is graded and the range shown.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import pandas as pd

from factcheck.formatting import when
from factcheck.model import CheckedClaim, Claim, Comparator, Verdict
from factcheck.verify.amount_change import (
    ChangeBands,
    amount_grade,
    describe_amount,
    is_amount_change,
    said_change,
    written_amount,
)
from factcheck.verify.context import Context, verdict
from factcheck.verify.moments import moments

if TYPE_CHECKING:
    from factcheck.market.data import Candles

CHANGE_TOLERANCE = 10.0  # percentage points: venues and the rolling window make volume noisy
CHANGE_IMPRECISE = 25.0
DAY = pd.Timedelta("1D")
HOUR = pd.Timedelta("1h")
_TOLERANCE = f"±{CHANGE_TOLERANCE:g} percentage points; same sign within {CHANGE_IMPRECISE:g}: imprecise"


def _grade(actual: float, written: float) -> Verdict:
    distance = abs(actual - written)
    if distance <= CHANGE_TOLERANCE:
        return Verdict.supported
    if actual * written < 0 or distance > CHANGE_IMPRECISE:
        return Verdict.inaccurate
    return Verdict.imprecise


VOLUME_AMOUNT_BANDS = ChangeBands(supported=CHANGE_TOLERANCE, imprecise=CHANGE_IMPRECISE)


def _written(claim: Claim) -> float:
    assert claim.value is not None
    return -abs(claim.value) if claim.comparator is Comparator.down else claim.value


def _all_exchange_days(ctx: Context, start: datetime, end: datetime) -> pd.Series:
    frame = ctx.market.store.candles("yahoo", "BTC/USD", "1d", start, end)
    return frame["volume"].dropna() if not frame.empty else pd.Series(dtype=float)


def _named_day(claim: Claim, ctx: Context) -> CheckedClaim:
    assert claim.time.start is not None and claim.time.end is not None
    middle = claim.time.start + (claim.time.end - claim.time.start) / 2
    day = pd.Timestamp(middle).floor("1D")
    days = _all_exchange_days(ctx, (day - DAY).to_pydatetime(), (day + DAY).to_pydatetime())
    if day + DAY > pd.Timestamp(claim.time.end) or day not in days.index or day - DAY not in days.index:
        return verdict(claim, Verdict.unverifiable,
                       f"The store holds no complete all-exchange BTC volume for {day:%Y-%m-%d} and the day before.")
    now, before = float(days[day]), float(days[day - DAY])
    said = (f"All-exchange BTC volume (Yahoo BTC-USD) was ${now:,.0f} on {day:%Y-%m-%d} against "
            f"${before:,.0f} the day before")
    if is_amount_change(claim):
        return _amount(claim, now, before, said + ".")
    change = (now / before - 1) * 100
    written = _written(claim)
    return verdict(claim, _grade(change, written), f"{said}: {change:+.1f}%; the article says {written:+g}%.",
                   figure=change, tolerance=_TOLERANCE)


def _amount(claim: Claim, now: float, before: float, said: str, **kw) -> CheckedClaim:
    """A volume change told in dollars, graded as the percent change it makes of the day before."""
    actual = now - before
    return verdict(claim, amount_grade(actual, claim, before, VOLUME_AMOUNT_BANDS),
                   f"{said} Change {said_change(actual, before)}; the article says {said_change(written_amount(claim), before)}.",
                   figure=actual, figures={"volume_24h": now, "volume_24h_before": before},
                   tolerance=describe_amount(claim, before, VOLUME_AMOUNT_BANDS), **kw)


def _rolling(hourly: pd.Series, ratio: pd.Series, start: pd.Timestamp, end: pd.Timestamp, known_by: pd.Timestamp) -> float | None:
    """All-exchange dollar volume of the hours [start, end), scaled with the day ratios known by `known_by`."""
    hours = hourly[(hourly.index >= start) & (hourly.index < end)]
    if len(hours) < (end - start) / HOUR:
        return None
    known = ratio[ratio.index + DAY <= known_by]
    if known.empty:
        return None
    scale = pd.Series([ratio[d] if d + DAY <= known_by and d in ratio.index else known.iloc[-1]
                       for d in hours.index.floor("1D")], index=hours.index)
    return float((hours * scale).sum())


def rolling_readings(claim: Claim, ctx: Context) -> tuple[list[tuple[pd.Timestamp, float, float, float]], Candles] | None:
    """(moment, the 24 hours to it, the 24 hours before, change %) at each moment the claim may be
    about, with the hourly candles used; None when the store holds no hourly volume."""
    times = [pd.Timestamp(m) for m in moments(ctx.article, claim, ctx.hours)]
    first = times[0].floor("1D") - 3 * DAY
    candles = ctx.market.candles("BTC", "1h", first.to_pydatetime(), times[-1].to_pydatetime())
    if candles.frame.empty:
        return None
    hourly = candles.frame["volume"] * candles.frame["close"]
    venue_days = hourly.resample("1D").sum()[hourly.resample("1D").count() == 24]
    ratio = (_all_exchange_days(ctx, first.to_pydatetime(), times[-1].to_pydatetime()) / venue_days).dropna()
    known_by = times[-1]  # the day ratios known by the article's last possible moment, never after its day
    readings = []
    for m in times:
        m = m.floor("1h")
        now = _rolling(hourly, ratio, m - DAY, m, known_by)
        before = _rolling(hourly, ratio, m - 2 * DAY, m - DAY, known_by)
        if now is not None and before:
            readings.append((m, now, before, (now / before - 1) * 100))
    return readings, candles


def check_volume_change(claim: Claim, ctx: Context) -> CheckedClaim:
    """A change of BTC's all-exchange volume, in percent or in dollars (see the module docstring)."""
    assert claim.value is not None and claim.asset == "BTC"
    if claim.time.start is None or claim.time.end is None:
        return verdict(claim, Verdict.unverifiable, "The publication time is unknown, so the volume's window cannot be placed.")
    if claim.time.kind == "day" and claim.time.text:
        return _named_day(claim, ctx)
    found = rolling_readings(claim, ctx)
    if found is None:
        return verdict(claim, Verdict.unverifiable, "The store holds no hourly BTC volume for the 48 hours before publication.")
    readings, candles = found
    if not readings:
        return verdict(claim, Verdict.unverifiable,
                       "Hours of volume, or the all-exchange day to scale them by, are missing around publication.",
                       candles=None)
    amount = is_amount_change(claim)
    if amount:  # nearest in dollars of the day before
        at, now, before, change = min(readings, key=lambda r: abs((r[1] - r[2]) - written_amount(claim)) / r[2])
    else:
        at, now, before, change = min(readings, key=lambda r: abs(r[3] - _written(claim)))
    written = written_amount(claim) if amount else _written(claim)
    explanation = (f"All-exchange BTC volume over the 24 hours to {when(at)} is estimated at ${now:,.0f} (Yahoo BTC-USD days "
                   f"spread over the hours by {candles.symbol} on {candles.exchange}), against ${before:,.0f} the 24 hours "
                   f"before: {change:+.1f}%; the article says {written:+g}%.")
    if len(readings) > 1:
        low, high = min(r[3] for r in readings), max(r[3] for r in readings)
        explanation += (f" Only the date is known: at the day's closed hours ({len(readings)} readings) the change "
                        f"ranged {low:+.1f}% to {high:+.1f}%; the nearest is graded.")
    if amount:
        told = explanation.partition("; the article says")
        rest = told[2].partition("%.")[2]
        return _amount(claim, now, before, f"{told[0]}.{rest}", candles=candles)
    return verdict(claim, _grade(change, written), explanation, figure=change,
                   figures={"volume_24h": now, "volume_24h_before": before}, candles=candles, tolerance=_TOLERANCE)
