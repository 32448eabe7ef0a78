"""Indicator claims: RSI readings and zones ("exited oversold"), MACD crossovers,
Bollinger bands, price against a moving average, golden and death crosses.

Daily bars unless the article names a timeframe, 14 periods for RSI unless
stated. RSI, MACD and Bollinger bands are read as a chart shows them at
publication: with the current bar forming at the last hourly close (see
`reading`). Moving averages are drawn on closed bars, and the price set
against them is the last hourly close. Indicators that smooth (RSI, EMA,
MACD) get 300 bars of warm-up so the figure no longer depends on where the
series starts; plain averages need only their own period.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pandas as pd

from factcheck.formatting import usd, when
from factcheck.model import CheckedClaim, Claim, Comparator, Precision, Verdict
from factcheck.verify.context import Context, unusable, verdict
from factcheck.verify.indicators import bollinger, ema, macd, rsi, sma
from factcheck.verify.moments import FIT_ORDER, dated_only, moments
from factcheck.verify.reading import Reading, read, reading_moment

WARM_UP = 300  # bars before the first figure used, for smoothed indicators
WEEKLY_WARM_UP = 100
"""Weeks of warm-up on weekly bars: 300 weeks would reach back before most venues' data, and after
100 bars Wilder's smoothing keeps (13/14)^100 = 0.06% of its seed, under 0.1 RSI point."""
LOOKBACK = 14  # bars in which a zone change ("exited oversold") or a 50/200 cross must have happened
PRICE_CROSS_LOOKBACK = 8  # daily closes in which the price must have been on the other side of an average
ZONES = {"oversold": (0.0, 30.0), "neutral": (30.0, 70.0), "overbought": (70.0, 100.0)}
READING_TOLERANCE = 2.0  # RSI points: exchanges and bar cut-offs differ by about this much
MA_LEVEL_TOLERANCE = 0.01
NEAR_LINE = 0.02  # a position that fails by less than 2% of the line is imprecise
CROSS_LOOKBACK = 7  # a MACD "crossover" an article reports is at most a week of bars old
_FRAME = {"1d": timedelta(days=1), "4h": timedelta(hours=4), "1h": timedelta(hours=1), "1w": timedelta(weeks=1)}
_LINE = re.compile(r"^(sma|ema)(\d+)$")  # the line a moving average crossed: "sma200"
_UP = {Comparator.above, Comparator.crossed_above, Comparator.up}


LEAST_WARM_UP = 250
"""Bars of warm-up below which an RSI is not given: implementations agree within 0.01 only after about
250 bars (DESIGN.md). 300 are read when the history has them."""


def warm_up(timeframe: str) -> int:
    return WEEKLY_WARM_UP if timeframe == "1w" else WARM_UP


def least_warm_up(timeframe: str) -> int:
    """The warm-up a reading makes do with when the history starts too late for the full one."""
    return WEEKLY_WARM_UP if timeframe == "1w" else LEAST_WARM_UP


def _bars_needed(claim: Claim, timeframe: str, period: int) -> int:
    crossed = _LINE.match(claim.zone or "")
    if claim.metric in {"rsi", "ema", "macd"} or (crossed and crossed.group(1) == "ema"):
        return warm_up(timeframe) + period + LOOKBACK
    slowest = max(period, int(crossed.group(2)) if crossed else 0)
    return slowest + LOOKBACK + 2


def check_indicator(claim: Claim, ctx: Context) -> CheckedClaim:
    if claim.asset is None or claim.time.end is None:
        return verdict(claim, Verdict.unverifiable, "No asset or no publication time to compute the indicator for.")
    timeframe = claim.timeframe or "1d"
    if timeframe not in _FRAME:
        return verdict(claim, Verdict.unverifiable, f"factcheck computes indicators on 1h, 4h, 1d and 1w bars; the article's is {timeframe}.")
    if claim.metric not in {"rsi", "sma", "ema", "macd", "bollinger"}:
        return verdict(claim, Verdict.unverifiable, f"factcheck does not compute {claim.metric.upper()} yet.")
    period = claim.period or (20 if claim.metric == "bollinger" else 14)
    minute = ctx.article.published_precision is Precision.minute and ctx.article.published_at is not None
    at = reading_moment(claim, ctx.article.published_at if minute else claim.time.end)
    if claim.metric == "rsi" and claim.value is not None and claim.comparator is Comparator.at and _past_window(claim, at):
        return _rsi_in_window(claim, ctx, period, timeframe)
    if dated_only(ctx.article, claim):
        return _best_hour(claim, ctx, period, timeframe, moments(ctx.article, claim, ctx.hours))
    return _check_at(claim, ctx, period, timeframe, at)


def _best_hour(claim: Claim, ctx: Context, period: int, timeframe: str, hours: list[datetime]) -> CheckedClaim:
    """An article that gives only its date was written at some hour of that day, and a chart
    read then showed that hour's forming candle: the reading is taken at each closed hour of the
    day and the one that fits the claim best is graded, as for prices (`moments`)."""
    checked = [_check_at(claim, ctx, period, timeframe, hour) for hour in hours]
    graded = [c for c in checked if c.verdict in FIT_ORDER]
    if len(graded) < 2:
        return checked[-1]

    def fit(c: CheckedClaim) -> tuple[int, float]:
        figure = c.evidence.figure
        miss = abs(figure - claim.value) if figure is not None and claim.value is not None else 0.0
        return FIT_ORDER[c.verdict], miss

    best = min(graded, key=fit)
    figures = [c.evidence.figure for c in graded if c.evidence.figure is not None]
    told = f" Only the date is known: each closed hour of the day was tried ({len(graded)} readings"
    told += f", {min(figures):,.1f} to {max(figures):,.1f}" if figures else ""
    told += "); the best-fitting one is graded."
    return best.model_copy(update={"evidence": best.evidence.model_copy(update={"explanation": best.evidence.explanation + told})})


def _check_at(claim: Claim, ctx: Context, period: int, timeframe: str, at: datetime) -> CheckedClaim:
    """The claim checked on the chart as it stood at `at`."""
    reading = read(ctx, claim, timeframe, _bars_needed(claim, timeframe, period), at)
    bad = unusable(claim, reading.candles)
    if bad is not None and _reading_now(claim):
        # the bars of lookback serve changes of zone only, and 250 bars of warm-up are enough: a reading
        # now makes do with those when the history starts too late for more (BTC's daily file opens
        # 2023-05-26: a weekly RSI of late 2025 has 100 weeks of warm-up but not 14 weeks more)
        reading = read(ctx, claim, timeframe, least_warm_up(timeframe) + period + 1, at)
        bad = unusable(claim, reading.candles)
    if bad is not None:
        return bad
    if claim.metric == "rsi":
        return _rsi(claim, reading, period, timeframe)
    if claim.metric == "macd":
        return _macd(claim, reading, timeframe)
    if claim.metric == "bollinger":
        return _bollinger(claim, reading, period)
    return _moving_average(claim, reading, period, timeframe)


def _reading_now(claim: Claim) -> bool:
    """An RSI reading or zone as it stands ('weekly RSI: 54', 'RSI is oversold'), no change of zone."""
    return claim.metric == "rsi" and claim.comparator is Comparator.at


def _past_window(claim: Claim, published: datetime) -> bool:
    """A reading told for hours that ended before publication ('hit 76 on Monday morning')."""
    time = claim.time
    return time.kind == "window" and time.start is not None and time.end is not None and time.start < time.end < published


def _rsi_in_window(claim: Claim, ctx: Context, period: int, timeframe: str) -> CheckedClaim:
    """'The 4-hour reading hit 76 on Monday morning': the RSI of each bar that closed in the
    window the article names, the one nearest the figure graded as a reading. The bar still
    forming at the window's end is left out: its close came later."""
    assert claim.value is not None and claim.time.start is not None and claim.time.end is not None
    start, end = claim.time.start, claim.time.end
    step = _FRAME[timeframe]
    spanned = int((end - start) / step) + 1
    reading = read(ctx, claim, timeframe, _bars_needed(claim, timeframe, period) + spanned, end)
    bad = unusable(claim, reading.candles)
    if bad is not None:
        return bad
    series = rsi(reading.last_closed, period).dropna()
    closed_at = series.index + pd.Timedelta(step)
    inside = series[(closed_at > pd.Timestamp(start)) & (closed_at <= pd.Timestamp(end))]
    if inside.empty:
        inside = series.iloc[-1:]  # a window shorter than a bar: the last bar closed by its end
    nearest = (inside - claim.value).abs().idxmin()
    value = float(inside.loc[nearest])
    distance = abs(value - claim.value)
    grade = Verdict.supported if distance <= READING_TOLERANCE else Verdict.imprecise if distance <= 2.5 * READING_TOLERANCE else Verdict.inaccurate
    shown = ", ".join(f"{when((t + pd.Timedelta(step)).to_pydatetime())} {v:.1f}" for t, v in inside.items())
    return verdict(claim, grade,
                   f"RSI-{period} on {timeframe} bars closing from {when(start)} to {when(end)}: {shown}; "
                   f"the nearest to the article's {claim.value:g} is {value:.1f}.",
                   figure=value, figures={"rsi": value, "rsi_min_window": float(inside.min()), "rsi_max_window": float(inside.max())},
                   tolerance=f"±{READING_TOLERANCE:g} RSI points", candles=reading.candles)


def _price(reading: Reading) -> float:
    """The price at the reading: the forming bar's close, else the last close."""
    return float(reading.closes.iloc[-1])


def _side_grade(holds: bool, miss: float) -> Verdict:
    """A position claim: right, or wrong by under 2% (imprecise), or wrong."""
    return Verdict.supported if holds else Verdict.imprecise if miss <= NEAR_LINE else Verdict.inaccurate


def _macd(claim: Claim, reading: Reading, timeframe: str) -> CheckedClaim:
    """'A bullish MACD crossover': the MACD line crossed its signal line (or zero,
    for 'the MACD line climbed above zero') within the last week of bars and is
    still on that side. A crossover older than that is not the fresh one claimed."""
    lines = macd(reading.closes)
    against_zero = (claim.zone or "") == "zero"
    spread = lines["macd"] if against_zero else lines["histogram"]
    recent = spread.iloc[-CROSS_LOOKBACK - 1 :]
    positive = recent > 0
    up = claim.comparator in _UP
    now_right = bool(positive.iloc[-1]) == up
    crossed = bool((positive != positive.iloc[-1]).any())
    last = lines.iloc[-1]
    figures = {"macd": float(last["macd"]), "signal": float(last["signal"]), "histogram": float(last["histogram"])}
    what = "the MACD line against zero" if against_zero else "the MACD line against its signal (histogram)"
    history = ", ".join(f"{t:%m-%d} {v:+.0f}" for t, v in recent.items())
    if claim.comparator in {Comparator.crossed_above, Comparator.crossed_below}:
        grade = Verdict.supported if now_right and crossed else Verdict.inaccurate
        tail = (f"it crossed within the last {CROSS_LOOKBACK} bars" if crossed
                else f"no cross in the last {CROSS_LOOKBACK} bars")
    else:
        grade = Verdict.supported if now_right else Verdict.inaccurate
        tail = "above" if positive.iloc[-1] else "below"
    said = (f"MACD(12,26,9) on {timeframe} bars {reading.note}: line {last['macd']:.1f}, signal {last['signal']:.1f}; "
            f"{what}: {history}; {tail}.")
    return verdict(claim, grade, said, figure=float(spread.iloc[-1]), figures=figures, candles=reading.candles)


def _bollinger(claim: Claim, reading: Reading, period: int) -> CheckedClaim:
    bands = bollinger(reading.closes, period)
    price = _price(reading)
    kw = dict(candles=reading.candles)
    if claim.value is not None:  # "the lower band is near $59,500"
        band = claim.zone or "middle"
        level = float(bands[band].iloc[-1])
        off = abs(level - claim.value) / level
        grade = Verdict.supported if off <= MA_LEVEL_TOLERANCE else Verdict.imprecise if off <= 2 * MA_LEVEL_TOLERANCE else Verdict.inaccurate
        return verdict(claim, grade, f"The {band} Bollinger band ({period}, 2σ) {reading.note} was {usd(level)}; "
                       f"the article says {usd(claim.value)} ({off:.2%} off).", figure=level,
                       figures={"band": level, "price": price}, tolerance="±1% (sources differ in which closes they use)", **kw)
    up = claim.comparator in _UP
    band = claim.zone or ("upper" if up else "lower")
    level = float(bands[band].iloc[-1])
    holds = price > level if up else price < level
    grade = _side_grade(holds, abs(price - level) / level)
    return verdict(claim, grade, f"{claim.asset} was at {usd(price)} {reading.note}; the {band} Bollinger band "
                   f"({period}, 2σ) was {usd(level)}.", figure=level, figures={"price": price, "band": level}, **kw)


def _rsi(claim: Claim, reading: Reading, period: int, timeframe: str) -> CheckedClaim:
    series = rsi(reading.closes, period)
    now = float(series.iloc[-1])
    closed = float(series.iloc[-2]) if reading.forming is not None and len(series) > 1 else now
    before = series.iloc[-LOOKBACK - 1 : -1]
    figures = {"rsi": now, "rsi_last_closed_bar": closed,
               "rsi_min_lookback": float(before.min()), "rsi_max_lookback": float(before.max())}
    what = f"RSI-{period} on {timeframe} bars"
    shown = f"{what} {reading.note} was {now:.1f}" + (f" ({closed:.1f} on the last closed bar)" if reading.forming is not None else "")
    kw = dict(figure=now, figures=figures, candles=reading.candles)
    if claim.value is not None and claim.comparator is not Comparator.at:
        up = claim.comparator in _UP
        holds = now > claim.value if up else now < claim.value
        if claim.comparator in {Comparator.crossed_above, Comparator.crossed_below}:
            was_other = bool(((before <= claim.value) if up else (before >= claim.value)).any())
            grade = (Verdict.supported if holds and was_other else Verdict.imprecise if holds
                     else Verdict.imprecise if abs(now - claim.value) <= READING_TOLERANCE else Verdict.inaccurate)
            return verdict(claim, grade, f"{shown}; in the {LOOKBACK} bars before it ranged "
                           f"{before.min():.1f}–{before.max():.1f}; the article says it crossed "
                           f"{'above' if up else 'below'} {claim.value:g}.", **kw)
        near = abs(now - claim.value) <= READING_TOLERANCE
        grade = Verdict.supported if holds else Verdict.imprecise if near else Verdict.inaccurate
        return verdict(claim, grade, f"{shown}; the article says {claim.comparator.value} {claim.value:g}.", **kw)
    if claim.value is not None:
        distance = abs(now - claim.value)
        grade = Verdict.supported if distance <= READING_TOLERANCE else Verdict.imprecise if distance <= 2.5 * READING_TOLERANCE else Verdict.inaccurate
        return verdict(claim, grade, f"{shown}; the article says {claim.value:g}.",
                       tolerance=f"±{READING_TOLERANCE:g} RSI points", **kw)
    zone = claim.zone or "neutral"
    low, high = ZONES.get(zone, ZONES["neutral"])
    inside_now = low <= now < high
    if claim.comparator is Comparator.at:
        grade = Verdict.supported if inside_now else Verdict.inaccurate
        return verdict(claim, grade, f"{shown} ({zone} is {low:g}–{high:g}).", **kw)
    leaving = claim.comparator in {Comparator.crossed_above, Comparator.up} if zone == "oversold" else claim.comparator in {Comparator.crossed_below, Comparator.down}
    if leaving:
        was_in = before[(before >= low) & (before < high)]
        if len(was_in) and not inside_now:
            return verdict(claim, Verdict.supported,
                           f"{what} was in {zone} ({float(was_in.iloc[-1]):.1f} on {when(was_in.index[-1] + pd.Timedelta(timeframe))}) "
                           f"and out of it {reading.note}: {now:.1f}.", **kw)
        if inside_now:
            return verdict(claim, Verdict.inaccurate, f"{shown}: still {zone}.", **kw)
        return verdict(claim, Verdict.inaccurate,
                       f"{what} was not in {zone} in the {LOOKBACK} bars before "
                       f"(range {figures['rsi_min_lookback']:.1f}–{figures['rsi_max_lookback']:.1f}); {shown}.", **kw)
    entered = inside_now and len(before[(before < low) | (before >= high)])
    grade = Verdict.supported if entered else Verdict.inaccurate
    return verdict(claim, grade, f"{shown} ({zone} is {low:g}–{high:g}).", **kw)


def _moving_average(claim: Claim, reading: Reading, period: int, timeframe: str) -> CheckedClaim:
    closes = reading.last_closed
    line = (sma if claim.metric == "sma" else ema)(closes, period)
    level, price = float(line.iloc[-1]), _price(reading)
    drawn = f"on {timeframe} closes to {closes.index[-1] + pd.Timedelta(timeframe):%Y-%m-%d %H:%M} UTC"
    name = f"{period}-{'day' if timeframe == '1d' else timeframe} {claim.metric.upper()}"
    kw = dict(figure=level, figures={"price": price, "moving_average": level}, candles=reading.candles)
    crossing = _LINE.match(claim.zone or "")
    if crossing:
        return _line_cross(claim, closes, line, crossing, name, drawn, kw)
    if claim.value is not None:  # "the 200-day moving average, around $108,400"
        tol = max(MA_LEVEL_TOLERANCE * level, 0.5 * claim.magnitude * 10.0 ** (-claim.decimals))
        distance = abs(level - claim.value)
        grade = Verdict.supported if distance <= tol else Verdict.imprecise if distance <= 2 * tol else Verdict.inaccurate
        return verdict(claim, grade, f"{claim.asset}'s {name} {drawn} was {usd(level)}; the article says {usd(claim.value)}.",
                       tolerance=f"±{usd(tol)} (1%: sources differ in which closes they average)", **kw)
    up = claim.comparator in _UP
    holds = price > level if up else price < level
    said = (f"{claim.asset} was at {usd(price)} (last hourly close, {when(reading.at)}), "
            f"{'above' if price > level else 'below'} its {name} of {usd(level)} ({price / level - 1:+.2%}, {drawn}).")
    if claim.comparator not in {Comparator.crossed_above, Comparator.crossed_below}:
        return verdict(claim, _side_grade(holds, abs(price - level) / level), said, **kw)
    earlier = (closes > line).iloc[-PRICE_CROSS_LOOKBACK:]
    was_other = bool((~earlier).any()) if up else bool(earlier.any())
    if holds and was_other:
        return verdict(claim, Verdict.supported, f"{said} It closed on the other side within the last {PRICE_CROSS_LOOKBACK} bars.", **kw)
    if holds:
        return verdict(claim, Verdict.imprecise,
                       f"{said} It had been on that side for all of the last {PRICE_CROSS_LOOKBACK} closes, so it did not newly cross.", **kw)
    return verdict(claim, _side_grade(False, abs(price - level) / level), said, **kw)


def _line_cross(claim: Claim, closes: pd.Series, fast: pd.Series, slow_name: re.Match[str], name: str, drawn: str, kw: dict) -> CheckedClaim:
    """A golden (death) cross: the faster average closed above (below) the slower
    one within the last 14 bars, or within the window the article names, and
    is still there."""
    slow_period = int(slow_name.group(2))
    slow = (sma if slow_name.group(1) == "sma" else ema)(closes, slow_period)
    above = (fast > slow).dropna()
    up = claim.comparator in _UP
    changes = above.index[1:][(above.iloc[1:].to_numpy() != above.iloc[:-1].to_numpy()) & (above.iloc[1:].to_numpy() == up)]
    window_start = claim.time.start if claim.time.kind in {"day", "window"} and claim.time.start is not None else None
    if window_start is not None:
        recent = [t for t in changes if t + pd.Timedelta("1d") > window_start]
    else:
        recent = [t for t in changes if t >= closes.index[-1] - pd.Timedelta(days=LOOKBACK)]
    holds = bool(above.iloc[-1]) == up
    last_cross = f"last {'above' if up else 'below'} on the {changes[-1]:%Y-%m-%d} close" if len(changes) else "no such cross in the data"
    other = f"{slow_period}-day {slow_name.group(1).upper()}"
    said = (f"{claim.asset}'s {name} {usd(float(fast.iloc[-1]))} against its {other} {usd(float(slow.iloc[-1]))} ({drawn}); "
            f"{last_cross}.")
    grade = Verdict.supported if recent and holds else Verdict.inaccurate
    window = "in the window the article names" if window_start is not None else f"within the last {LOOKBACK} bars"
    note = "" if grade is Verdict.supported else f" No cross {window} that still holds."
    return verdict(claim, grade, said + note, **kw)
