"""Claims checked against a daily series the store holds: the Fear & Greed
index, funding rates, market cap, open interest.

Daily values are used as of publication: the Fear & Greed value of the UTC
day of publication (alternative.me publishes it at 00:00 UTC); for series a
day's value is only known when the day ends (funding means, market cap, open
interest), the last day complete before publication.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Any

import pandas as pd

from factcheck.formatting import usd, when
from factcheck.market.fear_greed import SOURCE as FNG_SOURCE
from factcheck.market.fear_greed import classify_fear_greed
from factcheck.market.metrics_store import (
    FEAR_GREED,
    FUNDING_RATE_1D_ABS_MEAN,
    NO_SYMBOL,
    OPEN_INTEREST_USD,
)
from factcheck.market.venues import held, other_venue
from factcheck.model import (
    FEAR_GREED_AVERAGE,
    FEAR_GREED_CHANGE,
    CheckedClaim,
    Claim,
    Comparator,
    Verdict,
)
from factcheck.verify.amount_change import (
    ChangeBands,
    amount_grade,
    describe_amount,
    is_amount_change,
    said_change,
    written_amount,
)
from factcheck.verify.context import Context, verdict
from factcheck.verify.fear_greed_history import check_average, check_point_change
from factcheck.verify.tolerance import bound_words, move_grade

FNG_TOLERANCE = 2  # index points: the value is one published number a day; 2 covers a rounded or restated reading
FNG_IMPRECISE = 5
LOOKBACK = timedelta(days=7)
DAY = timedelta(days=1)
FUNDING_SOURCE, FUNDING_SERIES = "binanceusdm", "funding_rate_1d_mean"
PERPS = {"BTC": "BTC/USDT:USDT", "ETH": "ETH/USDT:USDT"}
OI_CHANGE_TOLERANCE = 1.5  # percentage points: daily snapshots stand in for the article's exact window


def _held(series: pd.Series, what: str, claim: Claim) -> CheckedClaim | None:
    if series.empty:
        return verdict(claim, Verdict.unverifiable, f"The store holds no {what} for the days before publication.")
    return None


def _index_day_end(claim: Claim, end: datetime) -> datetime:
    """The end of the values to look at: a named day ("on Friday", in the article's zone) is
    the index's UTC day of the same date, the date of the named day's middle; else publication."""
    start = claim.time.start
    if claim.time.kind == "day" and start is not None and end - start >= DAY - timedelta(hours=1):
        middle = start + (end - start) / 2
        return min(middle.replace(hour=0, minute=0, second=0, microsecond=0) + DAY, end)
    return end


def check_sentiment_index(claim: Claim, ctx: Context) -> CheckedClaim:
    end = claim.time.end
    if end is None:
        return verdict(claim, Verdict.unverifiable, "The publication time is unknown, so the day's index cannot be chosen.")
    series = ctx.metrics.get(FNG_SOURCE, FEAR_GREED, NO_SYMBOL, end - LOOKBACK - DAY, _index_day_end(claim, end))
    missing = _held(series, "Crypto Fear & Greed index", claim)
    if missing:
        return missing
    value = int(series.iloc[-1])
    day = series.index[-1]
    zone = classify_fear_greed(value).lower()
    figures = {"index": float(value), "lowest_7d": float(series.min()), "highest_7d": float(series.max())}
    said = f"Crypto Fear & Greed index (alternative.me) was {value} ({zone}) on {day:%Y-%m-%d}"
    kw = {"figure": float(value), "figures": figures}
    if claim.venue is not None:  # 'CMC Fear and Greed Index: 32': another provider's index under the same name
        return verdict(claim, Verdict.unverifiable, f"The article reads {claim.venue}'s Fear & Greed index, which is computed "
                       f"its own way; the store holds alternative.me's only. {said}.", **kw)
    if claim.metric == FEAR_GREED_AVERAGE:  # "the index's 7-day average stands at 31"
        return check_average(claim, ctx)
    if claim.metric == FEAR_GREED_CHANGE:  # 'down 3 points from yesterday'
        return check_point_change(claim, ctx)
    if claim.value is not None:
        distance = abs(value - claim.value)
        grade = Verdict.supported if distance <= FNG_TOLERANCE else Verdict.imprecise if distance <= FNG_IMPRECISE else Verdict.inaccurate
        return verdict(claim, grade, f"{said}; the article says {claim.value:g}.", tolerance=f"±{FNG_TOLERANCE} points; up to {FNG_IMPRECISE}: imprecise", **kw)
    claimed = (claim.zone or "").lower()
    if claim.comparator in {Comparator.up, Comparator.down}:
        rising = claim.comparator is Comparator.up
        week = series.iloc[:-1]
        was = week[[classify_fear_greed(int(v)).lower() == claimed for v in week]]
        moved = value > float(week.min()) if rising else value < float(week.max())
        if not claimed:  # 'the index fell', 'sentiment hits a seven-month low': a move with no zone to leave
            return _plain_move(claim, value, week, said, kw, rising=rising)
        if len(was) and moved and zone != claimed:
            grade, note = Verdict.supported, f"it had been {claimed} ({int(was.iloc[-1])} on {was.index[-1]:%Y-%m-%d}) and has left it"
        elif len(was) and moved:
            grade, note = Verdict.imprecise, f"it {'rose' if rising else 'fell'} from {int(week.min() if rising else week.max())} but was still {claimed}"
        else:
            grade, note = Verdict.inaccurate, f"in the week before it ranged {int(week.min())}–{int(week.max())}"
        return verdict(claim, grade, f"{said}; {note}.", **kw)
    grade = Verdict.supported if zone == claimed or (claimed in zone and claimed) else Verdict.inaccurate
    return verdict(claim, grade, f"{said}; the article says {claimed or 'a reading'}.", **kw)


def _plain_move(claim: Claim, value: int, week: pd.Series, said: str, kw: dict[str, Any], *, rising: bool) -> CheckedClaim:
    """A rise or fall of the index told without a zone: the day's value against the week's
    extreme before it, at least the imprecise band's points away to count as a move."""
    if week.empty:
        return verdict(claim, Verdict.unverifiable, f"{said}; the store holds no value of the week before to compare.", **kw)
    start = float(week.min() if rising else week.max())
    change = value - start if rising else start - value
    verb = "rose" if rising else "fell"
    if change >= FNG_IMPRECISE:
        grade, note = Verdict.supported, f"it {verb} from {int(start)} within the week before"
    elif change > 0:
        grade, note = Verdict.imprecise, f"it {verb} only {int(change)} points from {int(start)} within the week before"
    else:
        grade, note = Verdict.inaccurate, f"in the week before it ranged {int(week.min())}–{int(week.max())}"
    return verdict(claim, grade, f"{said}; {note}.", **kw)


LAST_PRINT = timedelta(hours=16)  # Binance's 8h funding prints at 00, 08 and 16 UTC
FUNDING_TOLERANCE = 0.005  # percentage points per 8h
FUNDING_IMPRECISE = 0.015
PRINTS_A_YEAR = 3 * 365  # an annualised rate is the 8-hour rate times the prints of a year
# Rates quoted per another period (extraction's metric) -> (factor to a Binance 8-hour print, words, note)
PER_PERIOD = {
    "funding_rate_hourly": (8.0, "an hour", ""),  # Hyperliquid's way of quoting
    "funding_rate_annualized": (1 / PRINTS_A_YEAR, "a year", f" ({PRINTS_A_YEAR:,} prints a year)"),
}
COIN_UNITS = {"BTC", "ETH"}
OI_DEFAULT_WINDOW = timedelta(days=1)  # a change told with no window: the last day, as a price move's 24 hours


def _funding_grade(rate: float, claimed: float, tol: float) -> Verdict:
    same_sign = (claimed >= 0) == (rate >= 0) or abs(rate) < 0.0005
    distance = abs(rate - claimed)
    if distance <= tol:
        return Verdict.supported
    return Verdict.imprecise if same_sign and distance <= FUNDING_IMPRECISE else Verdict.inaccurate


def check_funding_rate(claim: Claim, ctx: Context) -> CheckedClaim:
    """The daily mean of Binance's three 8h prints: of the day the article names, else of
    the latest UTC day whose last print (16:00) came before publication. When that day
    disagrees but the publication day's mean (with prints after publication in it) agrees,
    the prints the article saw cannot be told apart: unverifiable."""
    end = claim.time.end
    perp = PERPS.get(claim.asset or "")
    if claim.metric == "funding_rate_change":  # 'funding rates soared 360%': a change of a rate near zero, in percent of itself
        return verdict(claim, Verdict.unverifiable, "The claim gives how far the funding rate moved in percent of itself; a rate "
                       "that sits near zero changes by hundreds of percent on a few prints, and no window for it is stated.")
    if end is None or perp is None:
        return verdict(claim, Verdict.unverifiable, f"No funding series is held for {claim.asset or 'an unnamed asset'}.")
    since = min(end - LOOKBACK, claim.time.start or end) - DAY
    held = ctx.metrics.get(FUNDING_SOURCE, FUNDING_SERIES, perp, since, end + DAY)
    absolute = ctx.metrics.get(FUNDING_SOURCE, FUNDING_RATE_1D_ABS_MEAN, perp, since, end + DAY)
    named = claim.time.kind == "day" and claim.time.start is not None and end - claim.time.start >= DAY - timedelta(hours=1)
    if named:
        assert claim.time.start is not None
        middle = claim.time.start + (end - claim.time.start) / 2
        wanted = pd.Timestamp(middle.replace(hour=0, minute=0, second=0, microsecond=0))
        series = held[(held.index <= wanted) & (held.index + LAST_PRINT <= end)]
    else:
        series = held[held.index + LAST_PRINT <= end]
    missing = _held(series, f"{perp} funding rate", claim)
    if missing:
        return missing
    rate = float(series.iloc[-1]) * 100  # fraction per 8h -> percent per 8h
    day = series.index[-1]
    said = f"Binance {perp} funding averaged {rate:+.4f}% per 8 hours on {day:%Y-%m-%d} (daily mean of three prints)"
    if other_venue(claim.venue) is not None:
        return verdict(claim, Verdict.unverifiable,
                       f"The article's figure is {claim.venue}'s funding; each venue sets its own rate, and the store "
                       f"holds Binance's only. {said}.", figure=rate)
    if claim.value is None:
        return verdict(claim, Verdict.unverifiable, f"{said}; the claim gives no figure to compare.", figure=rate)
    if claim.comparator in _SIDES:
        return _funding_threshold(claim, series, said, absolute, named=named)
    claimed = claim.value
    tol = max(0.5 * 10.0 ** (-claim.decimals), FUNDING_TOLERANCE)
    if claim.metric in PER_PERIOD:  # '0.0012% per hour', '22% annualized': per 8 hours, as the prints are quoted
        factor, per, note = PER_PERIOD[claim.metric]
        claimed, tol = claimed * factor, max(0.5 * 10.0 ** (-claim.decimals) * factor, FUNDING_TOLERANCE)
        said += f"; the article's {claim.value:+g}% {per} is {claimed:+.4f}% per 8 hours{note}"
    grade = _funding_grade(rate, claimed, tol)
    tolerance = f"±{tol:g} percentage points; same sign within {FUNDING_IMPRECISE:g}: imprecise"
    today = held[held.index > day]
    if grade is not Verdict.supported and not named and len(today):
        later = float(today.iloc[0]) * 100
        if _funding_grade(later, claimed, tol) is Verdict.supported:
            return verdict(claim, Verdict.unverifiable,
                           f"{said}; the article says {claim.value:+g}%. The mean of {today.index[0]:%Y-%m-%d}, "
                           f"{later:+.4f}%, agrees, but it includes prints after publication: the prints the "
                           "article saw cannot be separated from a daily mean.", figure=rate, tolerance=tolerance)
    return verdict(claim, grade, f"{said}; the article says {claim.value:+g}%. A daily mean can hide single prints.",
                   figure=rate, tolerance=tolerance)


_SIDES = {Comparator.below: False, Comparator.crossed_below: False, Comparator.above: True, Comparator.crossed_above: True}
CROSSED_WITHIN = 3  # days: "turned negative" = at or above zero on one of the three daily means before
PRINTS_A_DAY = 3  # Binance's BTCUSDT funding prints every 8 hours
PRINT_STEP = 1e-8
"""Binance quotes funding rates to 8 decimals: one print of the other sign moves a day's mean of absolute
values at least 2e-8/3 above |mean|; half a step of that gap is taken as float noise, not a print."""


def _other_sign_sum(mean: float, abs_mean: float, *, negative: bool) -> float | None:
    """The sum of a day's prints of one sign (a fraction per 8h, signed), read from the mean of
    the prints and the mean of their absolute values; None when the day held no such print.

    With P and N the positive and negative prints summed, mean = (P - N) / 3 and
    abs_mean = (P + N) / 3, so N = 3 (abs_mean - mean) / 2 and P = 3 (abs_mean + mean) / 2."""
    total = PRINTS_A_DAY * (abs_mean - mean if negative else abs_mean + mean) / 2
    if total < PRINT_STEP / 2:
        return None
    return -total if negative else total


def _funding_threshold(
    claim: Claim, series: pd.Series, said: str, absolute: pd.Series | None = None, *, named: bool = False
) -> CheckedClaim:
    """'Turned negative', 'below 0.001%', 'negative for five days running': a threshold on the
    daily means, taken exactly. Over a window of days every day must be on the claimed side;
    a crossing needs one of the three days before on the other side. A mean that misses a zero
    threshold does not by itself contradict a crossing: three 8h prints averaging +0.006% may hold
    a negative one. The day's mean of absolute values tells (`_zero_crossing`); without it a narrow
    miss is `unverifiable`."""
    assert claim.value is not None
    level, up = claim.value, _SIDES[claim.comparator]
    beyond = (series > level) if up else (series < level)
    start = claim.time.start
    window = claim.time.kind == "window" and start is not None
    days = series[series.index >= pd.Timestamp(start).ceil("1D")] if window and start is not None else series.iloc[-1:]
    if days.empty:
        days = series.iloc[-1:]
    holding = beyond.loc[days.index]
    side = "above" if up else "below"
    shown = ", ".join(f"{d:%m-%d} {v * 100:+.4f}%" for d, v in days.items())
    tolerance = f"a threshold, taken exactly; a miss of up to {FUNDING_IMPRECISE:g} pp from zero cannot be told from a single print"
    if holding.all():
        if claim.comparator in {Comparator.crossed_below, Comparator.crossed_above}:
            before = beyond[beyond.index < days.index[0]].iloc[-CROSSED_WITHIN:]
            if len(before) and before.all():
                return verdict(claim, Verdict.imprecise,
                               f"{said}; already {side} {level:+g}% on each of the {len(before)} days before, "
                               "so it did not newly cross.", figure=float(days.iloc[-1]) * 100, tolerance=tolerance)
        return verdict(claim, Verdict.supported, f"{said}; {side} {level:+g}% on the days checked ({shown}).",
                       figure=float(days.iloc[-1]) * 100, tolerance=tolerance)
    misses = days[~holding]
    miss = float((misses - level / 100).abs().max()) * 100
    if level == 0 and len(days) == 1 and absolute is not None and days.index[-1] in absolute.index:
        return _zero_crossing(claim, float(days.iloc[-1]), float(absolute.loc[days.index[-1]]), said, tolerance, named=named)
    if level == 0 and miss <= FUNDING_IMPRECISE:
        return verdict(claim, Verdict.unverifiable,
                       f"{said}; the claim is {side} 0 ({shown}). A daily mean this close to zero can hold a single "
                       "8h print on the other side, which daily means cannot show.",
                       figure=float(days.iloc[-1]) * 100, tolerance=tolerance)
    grade = Verdict.imprecise if miss <= FUNDING_IMPRECISE else Verdict.inaccurate
    return verdict(claim, grade, f"{said}; not {side} {level:+g}% on {len(misses)} of the days checked ({shown}).",
                   figure=float(days.iloc[-1]) * 100, tolerance=tolerance)


def _zero_crossing(claim: Claim, mean: float, abs_mean: float, said: str, tolerance: str, *, named: bool) -> CheckedClaim:
    """A day whose mean sits on the wrong side of zero for the claim, read with its mean of absolute
    values: a print of the claimed sign shows up as abs_mean above |mean|.

    'Turned negative' on a day of positive mean that held a negative print: the day had prints of
    both signs, so funding did go negative: `supported`. 'Is negative' then: which print was the
    latest is unknown, `unverifiable`. No print of the claimed sign: `inaccurate` when the article
    names that day or a clear mean contradicts it, else `unverifiable` (prints after it are unseen)."""
    up = _SIDES[claim.comparator]
    sign, side = ("positive", "above") if up else ("negative", "below")
    day_sum = _other_sign_sum(mean, abs_mean, negative=not up)
    absolute = f"the mean of absolute values was {abs_mean * 100:+.4f}%"
    figure = mean * 100
    if day_sum is not None:
        printed = (f"{said}; but {absolute}, above the mean's size: the day's {sign} prints summed to "
                   f"{day_sum * 100:+.6f}% (of {PRINTS_A_DAY} prints), so funding printed {sign} that day though "
                   "the daily mean did not")
        if claim.comparator in {Comparator.crossed_below, Comparator.crossed_above}:
            return verdict(claim, Verdict.supported, f"{printed}; which print it was is not known.",
                           figure=figure, tolerance=tolerance)
        return verdict(claim, Verdict.unverifiable,
                       f"{printed}; whether the latest print was {sign} a daily mean cannot show.",
                       figure=figure, tolerance=tolerance)
    none = f"{said}; {absolute}, the mean's own size: none of the day's {PRINTS_A_DAY} prints was {side} 0"
    if named or abs(figure) > FUNDING_IMPRECISE:
        return verdict(claim, Verdict.inaccurate, f"{none}.", figure=figure, tolerance=tolerance)
    return verdict(claim, Verdict.unverifiable, f"{none}; prints after that day are not in a daily series.",
                   figure=figure, tolerance=tolerance)


def check_open_interest(claim: Claim, ctx: Context) -> CheckedClaim:
    """Binance's perpetual open interest: a snapshot at 00:00 UTC each day, known from
    that moment. A level is the latest snapshot before publication; a change runs from
    the latest snapshot at or before the window's start to the latest before its end."""
    end = claim.time.end
    perp = PERPS.get(claim.asset or "")
    if end is None or perp is None:
        return verdict(claim, Verdict.unverifiable, f"No open-interest series is held for {claim.asset or 'an unnamed asset'}.")
    if is_amount_change(claim):
        return _open_interest_amount(claim, ctx, perp, end)
    start = claim.time.start if claim.time.start is not None and claim.time.start < end else end - OI_DEFAULT_WINDOW
    series, opening = _snapshots(ctx, perp, start, end)
    if series.empty or opening.empty:
        return verdict(claim, Verdict.unverifiable,
                       f"The store holds no Binance {perp} open interest from {when(start)} to {when(end)} "
                       "(Binance keeps about 30 days of it; the shared data covers 2025-11-08 to 2025-12-17).")
    last, first = float(series.iloc[-1]), float(opening.iloc[-1])
    change = (last / first - 1) * 100
    said = (f"Binance {perp} open interest went from {usd(first)} (snapshot {when(opening.index[-1])}) to {usd(last)} "
            f"(snapshot {when(series.index[-1])}), {change:+.1f}%")
    named = held(claim.venue)
    if claim.comparator in {Comparator.up, Comparator.down} and claim.value is None and claim.unit in COIN_UNITS:
        return verdict(claim, Verdict.unverifiable,
                       f"{said}. The article counts open interest in {claim.unit}; the store holds it in dollars, "
                       "which also move with the price, so the direction in coins cannot be read from it.", figure=change)
    if claim.comparator in {Comparator.up, Comparator.down} and claim.value is None:
        rising = change > 0
        grade = Verdict.supported if rising == (claim.comparator is Comparator.up) else Verdict.inaccurate
        return verdict(claim, grade, f"{said}. One venue's open interest shows the direction, not the market total.", figure=change)
    if claim.value is not None and claim.unit == "USD" and named:
        distance = abs(last - claim.value) / claim.value
        grade = Verdict.supported if distance <= 0.03 else Verdict.imprecise if distance <= 0.06 else Verdict.inaccurate
        return verdict(claim, grade, f"{said}; the article, naming Binance, says {usd(claim.value)}.", figure=last,
                       tolerance="±3% (Binance reports open interest at varying times of day)")
    if claim.value is not None and claim.unit == "%" and named:
        grade = move_grade(change, claim.value, OI_CHANGE_TOLERANCE, claim.bound)
        return verdict(claim, grade, f"{said}; the article, naming Binance, says {bound_words(claim)}{claim.value:+g}%.", figure=change,
                       tolerance=f"±{OI_CHANGE_TOLERANCE:g} percentage points (snapshots, not the exact window)")
    return verdict(claim, Verdict.unverifiable,
                   f"{said}. Articles quote all-exchange totals; one venue's figure cannot confirm them.",
                   figure=change if claim.unit == "%" else last)


def _snapshots(ctx: Context, perp: str, start: datetime, end: datetime) -> tuple[pd.Series, pd.Series]:
    """The open-interest snapshots to `end`, and those at or before `start` (the change opens at
    the last of them). A window within one snapshot's day ('down 4.4% on the day', 'a drop of
    $363 million' on the day) runs between the last two snapshots, in percent or in dollars alike."""
    series = ctx.metrics.get("binanceusdm", OPEN_INTEREST_USD, perp, start - 2 * DAY, end)
    series = series[series.index <= end]
    opening = series[series.index <= start]
    if not opening.empty and opening.index[-1] == series.index[-1]:
        opening = series[series.index < series.index[-1]]
    return series, opening


OI_AMOUNT_BANDS = ChangeBands(supported=OI_CHANGE_TOLERANCE, imprecise=5.0)


def _open_interest_amount(claim: Claim, ctx: Context, perp: str, end: datetime) -> CheckedClaim:
    """'Open interest fell by $2 billion': snapshot to snapshot over the window (the 24 hours
    before publication when none is written), graded as the percent change it makes of the
    opening snapshot. Only a figure the article gives for Binance can be checked."""
    written = claim.time.start is not None and claim.time.start < end
    start = claim.time.start if written and claim.time.start is not None else end - DAY
    series, opening = _snapshots(ctx, perp, start, end)
    if series.empty or opening.empty:
        return verdict(claim, Verdict.unverifiable,
                       f"The store holds no two Binance {perp} open-interest snapshots around {when(start)} and {when(end)} "
                       "(Binance keeps about 30 days of it; the shared data covers 2025-11-08 to 2025-12-17).")
    first, last = float(opening.iloc[-1]), float(series.iloc[-1])
    actual = last - first
    said = (f"Binance {perp} open interest went from {usd(first)} (snapshot {when(opening.index[-1])}) to {usd(last)} "
            f"(snapshot {when(series.index[-1])}): {said_change(actual, first)}; the article says "
            f"{said_change(written_amount(claim), first)}")
    if not written:
        said += ". No window was given; read as the 24 hours to publication"
    if not held(claim.venue):
        return verdict(claim, Verdict.unverifiable,
                       f"{said}. Articles quote all-exchange totals; one venue's change cannot confirm them.", figure=actual)
    return verdict(claim, amount_grade(actual, claim, first, OI_AMOUNT_BANDS), f"{said}.", figure=actual,
                   figures={"open_interest_start": first, "open_interest_end": last},
                   tolerance=describe_amount(claim, first, OI_AMOUNT_BANDS))


def _rolling_24h(claim: Claim, ctx: Context) -> tuple[str, float] | None:
    """The estimated all-exchange volume of the 24 hours to publication (to each closed hour of the
    day for a date-only article) nearest the claim's figure, and what it is."""
    from factcheck.verify.volume_change import rolling_readings

    found = rolling_readings(claim, ctx)
    if not found or not found[0]:
        return None
    assert claim.value is not None
    at, now, _, _ = min(found[0], key=lambda r: abs(math.log(claim.value / r[1])))
    many = " (the nearest of the day's closed hours)" if len(found[0]) > 1 else ""
    return f"over the 24 hours to {when(at)}{many}, estimated by spreading its days over Binance's hours,", now


def check_volume(claim: Claim, ctx: Context) -> CheckedClaim:
    """Daily volume in dollars against Yahoo's BTC-USD aggregate (CoinMarketCap's
    all-exchange figure), the kind of number outlets quote; other assets and
    single venues have no comparable series here. A figure over a window of
    several days ("$35 billion over the past month") is either the window's total
    or its average day, or the window's latest day: the one the figure's size fits is
    used, and said. How far off a figure is, is measured against the recomputed volume.
    A percent change is checked in `volume_change`."""
    end = claim.time.end
    if claim.asset == "BTC" and claim.value is not None and (claim.unit == "%" or is_amount_change(claim)):
        from factcheck.verify.volume_change import check_volume_change

        return check_volume_change(claim, ctx)
    if claim.asset is not None and claim.unit == claim.asset and claim.value is not None:
        from factcheck.verify.coin_volume import check_coin_volume

        return check_coin_volume(claim, ctx)
    if is_amount_change(claim):
        return verdict(claim, Verdict.unverifiable,
                       "factcheck checks volume changes in dollars for BTC's all-exchange volume only; there is none for this claim.")
    if claim.asset != "BTC" or claim.unit != "USD" or claim.value is None or end is None:
        return verdict(claim, Verdict.unverifiable,
                       "factcheck checks dollar volumes for BTC against an all-exchange daily series; there is none for this claim.")
    start = claim.time.start
    span = end - start if start is not None and claim.time.kind == "window" else timedelta(0)
    if span > 1.5 * DAY:
        assert start is not None
        frame = ctx.market.store.candles("yahoo", "BTC/USD", "1d", start - DAY, end)
        frame = frame[(frame.index >= pd.Timestamp(start) - pd.Timedelta(hours=12)) & (frame.index + DAY <= end)]
    else:
        day_end = claim.time.start if claim.time.kind == "day" and claim.time.start is not None else end
        frame = ctx.market.store.candles("yahoo", "BTC/USD", "1d", day_end - 3 * DAY, day_end + (DAY if claim.time.kind == "day" else timedelta(0)))
        frame = frame[frame.index + DAY <= end].iloc[-1:]  # the latest day over by publication
    volumes = frame["volume"].dropna() if not frame.empty else pd.Series(dtype=float)
    if volumes.empty:
        return verdict(claim, Verdict.unverifiable, "The store holds no all-exchange BTC volume for the days before publication.")
    if len(volumes) > 1:
        total, mean, latest = float(volumes.sum()), float(volumes.mean()), float(volumes.iloc[-1])
        days = f"{len(volumes)} complete days {volumes.index[0]:%Y-%m-%d}..{volumes.index[-1]:%Y-%m-%d}"
        readings = {
            f"the average day of the {days} (their total {usd(total)})": mean,
            f"the total of the {days}": total,
            f"{volumes.index[-1]:%Y-%m-%d}, the latest of the {days}": latest,
        }
        what, volume = min(readings.items(), key=lambda r: abs(math.log(claim.value / r[1])))
        what = f"on {what}"
    else:
        volume = float(volumes.iloc[-1])
        what = f"on {volumes.index[-1]:%Y-%m-%d}"
        rolled = _rolling_24h(claim, ctx)  # the rolling day aggregators show, at each possible moment
        # "24-hour volume" is that rolling day; a volume with no window may be it or the last whole day
        told_24h = claim.time.kind == "window" and claim.time.text is not None and "24" in claim.time.text
        if rolled is not None and (told_24h or abs(math.log(claim.value / rolled[1])) < abs(math.log(claim.value / volume))):
            what, volume = rolled
    said = f"All-exchange BTC volume (Yahoo BTC-USD) {what} was {usd(volume)}; the article says"
    if claim.comparator in {Comparator.above, Comparator.below}:
        up = claim.comparator is Comparator.above
        holds = volume > claim.value if up else volume < claim.value
        miss = abs(volume - claim.value) / volume
        grade = Verdict.supported if holds else Verdict.imprecise if miss <= 0.15 else Verdict.inaccurate
        return verdict(claim, grade, f"{said} {claim.comparator.value} {usd(claim.value)}.", figure=volume,
                       tolerance="a threshold, taken exactly; missed by up to 15%: imprecise")
    distance = abs(volume - claim.value) / volume  # off by a share of what the market traded
    grade = Verdict.supported if distance <= 0.15 else Verdict.imprecise if distance <= 0.30 else Verdict.inaccurate
    return verdict(claim, grade, f"{said} {usd(claim.value)} ({distance:.0%} off).",
                   figure=volume, tolerance="±15% of the recomputed volume (aggregators count venues differently)")
