"""Indicator claims: RSI readings and zones ("exited oversold"), price against a
moving average. Daily bars unless the article names a timeframe, 14 periods
for RSI unless stated, with 300 bars of warm-up so the figure no longer
depends on where the series starts."""

from __future__ import annotations

from datetime import timedelta

import pandas as pd

from factcheck.model import CheckedClaim, Claim, Comparator, Verdict
from factcheck.verify.context import Context, unusable, verdict
from factcheck.verify.indicators import bollinger, ema, macd, rsi, sma
from factcheck.formatting import usd, when

WARM_UP = 300  # bars before the first figure used
WEEKLY_WARM_UP = 100
"""Weeks of warm-up on weekly bars: 300 weeks would reach back before most venues' data, and after
100 bars Wilder's smoothing keeps (13/14)^100 = 0.06% of its seed, under 0.1 RSI point."""
LOOKBACK = 14  # bars in which a zone change ("exited oversold") must have happened
ZONES = {"oversold": (0.0, 30.0), "neutral": (30.0, 70.0), "overbought": (70.0, 100.0)}
READING_TOLERANCE = 2.0  # RSI points: exchanges and bar cut-offs differ by about this much
MA_LEVEL_TOLERANCE = 0.01
CROSS_LOOKBACK = 7  # a MACD "crossover" an article reports is at most a week of bars old
_FRAME = {"1d": timedelta(days=1), "4h": timedelta(hours=4), "1h": timedelta(hours=1), "1w": timedelta(weeks=1)}


def warm_up(timeframe: str) -> int:
    return WEEKLY_WARM_UP if timeframe == "1w" else WARM_UP


def check_indicator(claim: Claim, ctx: Context) -> CheckedClaim:
    if claim.asset is None or claim.time.end is None:
        return verdict(claim, Verdict.unverifiable, "No asset or no publication time to compute the indicator for.")
    timeframe = claim.timeframe or "1d"
    if timeframe not in _FRAME:
        return verdict(claim, Verdict.unverifiable, f"factcheck computes indicators on 1h, 4h, 1d and 1w bars; the article's is {timeframe}.")
    period = claim.period or 14
    bars = warm_up(timeframe) + period + LOOKBACK
    end = claim.time.end
    candles = ctx.market.candles(claim.asset, timeframe, end - _FRAME[timeframe] * bars, end)
    bad = unusable(claim, candles)
    if bad is not None:
        return bad
    close = candles.frame["close"]
    if claim.metric == "rsi":
        return _rsi(claim, candles, rsi(close, period), period, timeframe)
    if claim.metric in {"sma", "ema"}:
        line = (sma if claim.metric == "sma" else ema)(close, period)
        return _moving_average(claim, candles, close, line, period, timeframe)
    if claim.metric == "macd":
        return _macd(claim, candles, macd(close), timeframe)
    if claim.metric == "bollinger":
        return _bollinger(claim, candles, close, bollinger(close, claim.period or 20), timeframe)
    return verdict(claim, Verdict.unverifiable, f"factcheck does not compute {claim.metric.upper()} yet.")


def _macd(claim: Claim, candles, lines: pd.DataFrame, timeframe: str) -> CheckedClaim:
    """'A bullish MACD crossover': the MACD line crossed its signal line upward in the
    last few bars and is still above it (mirrored for bearish)."""
    at = candles.frame.index[-1] + pd.Timedelta(timeframe)
    recent = lines.iloc[-CROSS_LOOKBACK:]
    above = recent["macd"] > recent["signal"]
    up = claim.comparator in {Comparator.crossed_above, Comparator.above}
    now_right = bool(above.iloc[-1]) == up
    crossed = bool((above != above.iloc[-1]).any())
    last = lines.iloc[-1]
    figures = {"macd": float(last["macd"]), "signal": float(last["signal"]), "histogram": float(last["histogram"])}
    grade = Verdict.supported if now_right and crossed else Verdict.imprecise if now_right else Verdict.inaccurate
    said = (f"MACD(12,26,9) on {timeframe} bars at {when(at)}: line {last['macd']:.1f}, signal {last['signal']:.1f}; "
            + (f"it crossed within the last {CROSS_LOOKBACK} bars." if crossed else f"no cross in the last {CROSS_LOOKBACK} bars."))
    return verdict(claim, grade, said, figure=float(last["histogram"]), figures=figures, candles=candles)


def _bollinger(claim: Claim, candles, close: pd.Series, bands: pd.DataFrame, timeframe: str) -> CheckedClaim:
    at = candles.frame.index[-1] + pd.Timedelta(timeframe)
    band = claim.zone or ("upper" if claim.comparator in {Comparator.above, Comparator.crossed_above} else "lower")
    level, last = float(bands[band].iloc[-1]), float(close.iloc[-1])
    holds = last > level if claim.comparator in {Comparator.above, Comparator.crossed_above} else last < level
    near = abs(last - level) <= 0.005 * level
    grade = Verdict.supported if holds else Verdict.imprecise if near else Verdict.inaccurate
    return verdict(claim, grade, f"At {when(at)} {claim.asset} closed at {usd(last)}; the {band} Bollinger band (20, 2σ) was {usd(level)}.",
                   figure=level, figures={"close": last, "band": level}, candles=candles)


def _rsi(claim: Claim, candles, series: pd.Series, period: int, timeframe: str) -> CheckedClaim:
    now = float(series.iloc[-1])
    at = candles.frame.index[-1] + pd.Timedelta(timeframe)
    recent = series.iloc[-LOOKBACK - 1 :]
    figures = {"rsi": now, "rsi_min_lookback": float(recent.min()), "rsi_max_lookback": float(recent.max())}
    what = f"RSI-{period} on {timeframe} bars"
    kw = dict(figure=now, figures=figures, candles=candles)
    if claim.value is not None and claim.comparator in {Comparator.above, Comparator.below}:
        holds = now > claim.value if claim.comparator is Comparator.above else now < claim.value
        near = abs(now - claim.value) <= READING_TOLERANCE
        grade = Verdict.supported if holds else Verdict.imprecise if near else Verdict.inaccurate
        return verdict(claim, grade, f"{what} was {now:.1f} at {when(at)}; the article says {claim.comparator.value} {claim.value:g}.", **kw)
    if claim.value is not None:
        distance = abs(now - claim.value)
        grade = Verdict.supported if distance <= READING_TOLERANCE else Verdict.imprecise if distance <= 2.5 * READING_TOLERANCE else Verdict.inaccurate
        return verdict(claim, grade, f"{what} was {now:.1f} at {when(at)}; the article says {claim.value:g}.",
                       tolerance=f"±{READING_TOLERANCE:g} RSI points", **kw)
    zone = claim.zone or "neutral"
    low, high = ZONES.get(zone, ZONES["neutral"])
    inside_now = low <= now < high
    if claim.comparator is Comparator.at:
        grade = Verdict.supported if inside_now else Verdict.inaccurate
        return verdict(claim, grade, f"{what} was {now:.1f} at {when(at)} ({zone} is {low:g}–{high:g}).", **kw)
    leaving = claim.comparator in {Comparator.crossed_above, Comparator.up} if zone == "oversold" else claim.comparator in {Comparator.crossed_below, Comparator.down}
    if leaving:
        was_in = recent.iloc[:-1][(recent.iloc[:-1] >= low) & (recent.iloc[:-1] < high)]
        if len(was_in) and not inside_now:
            return verdict(claim, Verdict.supported,
                           f"{what} was in {zone} ({float(was_in.iloc[-1]):.1f} on {when(was_in.index[-1] + pd.Timedelta(timeframe))}) "
                           f"and out of it by {when(at)}: {now:.1f}.", **kw)
        if inside_now:
            return verdict(claim, Verdict.inaccurate, f"{what} was still in {zone} at {when(at)}: {now:.1f}.", **kw)
        return verdict(claim, Verdict.inaccurate,
                       f"{what} was not in {zone} in the {LOOKBACK} bars before publication "
                       f"(range {figures['rsi_min_lookback']:.1f}–{figures['rsi_max_lookback']:.1f}); now {now:.1f}.", **kw)
    entered = inside_now and len(recent.iloc[:-1][(recent.iloc[:-1] < low) | (recent.iloc[:-1] >= high)])
    grade = Verdict.supported if entered else Verdict.inaccurate
    return verdict(claim, grade, f"{what} was {now:.1f} at {when(at)} ({zone} is {low:g}–{high:g}).", **kw)


def _moving_average(claim: Claim, candles, close: pd.Series, line: pd.Series, period: int, timeframe: str) -> CheckedClaim:
    last, level = float(close.iloc[-1]), float(line.iloc[-1])
    at = candles.frame.index[-1] + pd.Timedelta(timeframe)
    name = f"{period}-{'day' if timeframe == '1d' else timeframe} {claim.metric.upper()}"
    kw = dict(figure=level, figures={"close": last, "moving_average": level}, candles=candles)
    if claim.value is not None:  # "the 200-day moving average, around $108,400"
        tol = max(MA_LEVEL_TOLERANCE * level, 0.5 * claim.magnitude * 10.0 ** (-claim.decimals))
        distance = abs(level - claim.value)
        grade = Verdict.supported if distance <= tol else Verdict.imprecise if distance <= 2 * tol else Verdict.inaccurate
        return verdict(claim, grade, f"At {when(at)} {claim.asset}'s {name} was {usd(level)}; the article says {usd(claim.value)}.",
                       tolerance=f"±{usd(tol)} (1%: sources differ in which closes they average)", **kw)
    above = last > level
    said_above = claim.comparator in {Comparator.above, Comparator.crossed_above}
    holds = above == said_above
    crossed = True
    if claim.comparator in {Comparator.crossed_above, Comparator.crossed_below}:
        side = (close > line).iloc[-LOOKBACK:]
        crossed = bool((side != side.iloc[-1]).any())
    grade = Verdict.supported if holds and crossed else Verdict.imprecise if holds else Verdict.inaccurate
    note = "" if crossed else f" It had been on that side for all of the last {LOOKBACK} bars, so it did not newly cross."
    return verdict(claim, grade, f"At {when(at)} {claim.asset} closed at {usd(last)}, {'above' if above else 'below'} its {name} of {usd(level)}.{note}", **kw)
