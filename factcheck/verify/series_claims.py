"""Claims checked against a daily series the store holds: the Fear & Greed
index, funding rates, market cap, open interest.

Daily values are used as of publication: the Fear & Greed value of the UTC
day of publication (alternative.me publishes it at 00:00 UTC); for series a
day's value is only known when the day ends (funding means, market cap, open
interest), the last day complete before publication.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pandas as pd

from factcheck.formatting import usd, when
from factcheck.market.fear_greed import SOURCE as FNG_SOURCE, classify_fear_greed
from factcheck.market.metrics_store import FEAR_GREED, NO_SYMBOL, OPEN_INTEREST_USD
from factcheck.model import CheckedClaim, Claim, Comparator, Verdict
from factcheck.verify.context import Context, verdict

FNG_TOLERANCE = 3  # index points: outlets quote alternative.me, CoinMarketCap or their own
LOOKBACK = timedelta(days=7)
DAY = timedelta(days=1)
FUNDING_SOURCE, FUNDING_SERIES = "binanceusdm", "funding_rate_1d_mean"
PERPS = {"BTC": "BTC/USDT:USDT", "ETH": "ETH/USDT:USDT"}


def _held(series: pd.Series, what: str, claim: Claim) -> CheckedClaim | None:
    if series.empty:
        return verdict(claim, Verdict.unverifiable, f"The store holds no {what} for the days before publication.")
    return None


def check_sentiment_index(claim: Claim, ctx: Context) -> CheckedClaim:
    end = claim.time.end
    if end is None:
        return verdict(claim, Verdict.unverifiable, "The publication time is unknown, so the day's index cannot be chosen.")
    series = ctx.metrics.get(FNG_SOURCE, FEAR_GREED, NO_SYMBOL, end - LOOKBACK - DAY, end)
    missing = _held(series, "Crypto Fear & Greed index", claim)
    if missing:
        return missing
    value = int(series.iloc[-1])
    day = series.index[-1]
    zone = classify_fear_greed(value).lower()
    figures = {"index": float(value), "lowest_7d": float(series.min()), "highest_7d": float(series.max())}
    said = f"Crypto Fear & Greed index (alternative.me) was {value} ({zone}) on {day:%Y-%m-%d}"
    kw = dict(figure=float(value), figures=figures)
    if claim.value is not None:
        distance = abs(value - claim.value)
        grade = Verdict.supported if distance <= FNG_TOLERANCE else Verdict.imprecise if distance <= 3 * FNG_TOLERANCE else Verdict.inaccurate
        return verdict(claim, grade, f"{said}; the article says {claim.value:g}.", tolerance=f"±{FNG_TOLERANCE} points", **kw)
    claimed = (claim.zone or "").lower()
    if claim.comparator in {Comparator.up, Comparator.down}:
        rising = claim.comparator is Comparator.up
        week = series.iloc[:-1]
        was = week[[classify_fear_greed(int(v)).lower() == claimed for v in week]]
        moved = value > float(week.min()) if rising else value < float(week.max())
        if len(was) and moved and zone != claimed:
            grade, note = Verdict.supported, f"it had been {claimed} ({int(was.iloc[-1])} on {was.index[-1]:%Y-%m-%d}) and has left it"
        elif len(was) and moved:
            grade, note = Verdict.imprecise, f"it {'rose' if rising else 'fell'} from {int(week.min() if rising else week.max())} but was still {claimed}"
        else:
            grade, note = Verdict.inaccurate, f"in the week before it ranged {int(week.min())}–{int(week.max())}"
        return verdict(claim, grade, f"{said}; {note}.", **kw)
    grade = Verdict.supported if zone == claimed or (claimed in zone and claimed) else Verdict.inaccurate
    return verdict(claim, grade, f"{said}; the article says {claimed or 'a reading'}.", **kw)


def _last_complete_day(series: pd.Series, end: datetime) -> pd.Series:
    """Values of days that had ended by `end` (a daily value is known at its day's end)."""
    return series[series.index + DAY <= end]


def check_funding_rate(claim: Claim, ctx: Context) -> CheckedClaim:
    end = claim.time.end
    perp = PERPS.get(claim.asset or "")
    if end is None or perp is None:
        return verdict(claim, Verdict.unverifiable, f"No funding series is held for {claim.asset or 'an unnamed asset'}.")
    series = _last_complete_day(ctx.metrics.get(FUNDING_SOURCE, FUNDING_SERIES, perp, end - LOOKBACK, end), end)
    missing = _held(series, f"{perp} funding rate", claim)
    if missing:
        return missing
    rate = float(series.iloc[-1]) * 100  # fraction per 8h -> percent per 8h
    day = series.index[-1]
    said = f"Binance {perp} funding averaged {rate:+.4f}% per 8 hours on {day:%Y-%m-%d} (daily mean of three prints)"
    if claim.value is None:
        return verdict(claim, Verdict.unverifiable, f"{said}; the claim gives no figure to compare.", figure=rate)
    claimed = claim.value
    same_sign = (claimed >= 0) == (rate >= 0) or abs(rate) < 0.0005
    tol = max(0.5 * 10.0 ** (-claim.decimals), 0.002)
    distance = abs(rate - claimed)
    grade = Verdict.inaccurate if not same_sign else Verdict.supported if distance <= tol else Verdict.imprecise
    return verdict(claim, grade, f"{said}; the article says {claimed:+g}%. A daily mean can hide single prints, so only the sign and size are compared.",
                   figure=rate, tolerance=f"±{tol:g} percentage points")


def check_market_cap(claim: Claim, ctx: Context) -> CheckedClaim:
    from factcheck.market.market_cap import market_cap_usd

    if claim.metric != "market_cap" or claim.unit != "USD" or claim.value is None or claim.time.end is None:
        return verdict(claim, Verdict.unverifiable, "factcheck checks market-cap levels in dollars; dominance and changes come later.")
    value, source = market_cap_usd(claim.asset or "", claim.time.end, metrics=ctx.metrics)
    if value is None:
        return verdict(claim, Verdict.unverifiable, source)
    tol = max(0.02 * claim.value, 0.5 * claim.magnitude * 10.0 ** (-claim.decimals))
    distance = abs(value - claim.value)
    grade = Verdict.supported if distance <= tol else Verdict.imprecise if distance <= 3 * tol else Verdict.inaccurate
    return verdict(claim, grade, f"{claim.asset} market cap was {usd(value)} ({source}); the article says {usd(claim.value)}.",
                   figure=value, tolerance=f"±{usd(tol)} (2%, or the rounding written: aggregators differ on supply)")


def check_open_interest(claim: Claim, ctx: Context) -> CheckedClaim:
    end = claim.time.end
    perp = PERPS.get(claim.asset or "")
    if end is None or perp is None:
        return verdict(claim, Verdict.unverifiable, f"No open-interest series is held for {claim.asset or 'an unnamed asset'}.")
    series = _last_complete_day(ctx.metrics.get("binanceusdm", OPEN_INTEREST_USD, perp, end - LOOKBACK - DAY, end), end)
    if len(series) < 2:
        return verdict(claim, Verdict.unverifiable,
                       f"The store holds no Binance {perp} open interest for the week before {when(end)} "
                       "(Binance keeps about 30 days of it; the shared data covers 2025-11-08 to 2025-12-17).")
    last, first = float(series.iloc[-1]), float(series.iloc[0])
    change = (last / first - 1) * 100
    said = f"Binance {perp} open interest went from {usd(first)} ({series.index[0]:%Y-%m-%d}) to {usd(last)} ({series.index[-1]:%Y-%m-%d}), {change:+.1f}%"
    if claim.comparator in {Comparator.up, Comparator.down} and claim.value is None:
        rising = change > 0
        grade = Verdict.supported if rising == (claim.comparator is Comparator.up) else Verdict.inaccurate
        return verdict(claim, grade, f"{said}. One venue's open interest shows the direction, not the market total.", figure=change)
    if claim.value is not None and claim.unit == "USD" and "binance" in claim.sentence.lower():
        distance = abs(last - claim.value) / claim.value
        grade = Verdict.supported if distance <= 0.03 else Verdict.imprecise if distance <= 0.06 else Verdict.inaccurate
        return verdict(claim, grade, f"{said}; the article, naming Binance, says {usd(claim.value)}.", figure=last,
                       tolerance="±3% (Binance reports open interest at varying times of day)")
    return verdict(claim, Verdict.unverifiable,
                   f"{said}. Articles quote all-exchange totals; one venue's figure cannot confirm them.", figure=last)


def check_volume(claim: Claim, ctx: Context) -> CheckedClaim:
    """Daily volume in dollars against Yahoo's BTC-USD aggregate (CoinMarketCap's
    all-exchange figure), the kind of number outlets quote; other assets and
    single venues have no comparable series here."""
    end = claim.time.end
    if claim.asset != "BTC" or claim.unit != "USD" or claim.value is None or end is None:
        return verdict(claim, Verdict.unverifiable,
                       "factcheck checks dollar volumes for BTC against an all-exchange daily series; there is none for this claim.")
    day_end = claim.time.start if claim.time.kind == "day" and claim.time.start is not None else end
    frame = ctx.market.store.candles("yahoo", "BTC/USD", "1d", day_end - 3 * DAY, day_end + (DAY if claim.time.kind == "day" else timedelta(0)))
    frame = frame[frame.index + DAY <= end]  # only days over by publication
    if frame.empty or frame["volume"].isna().all():
        return verdict(claim, Verdict.unverifiable, "The store holds no all-exchange BTC volume for the days before publication.")
    volume = float(frame["volume"].iloc[-1])
    day = frame.index[-1]
    distance = abs(volume - claim.value) / claim.value
    grade = Verdict.supported if distance <= 0.15 else Verdict.imprecise if distance <= 0.30 else Verdict.inaccurate
    return verdict(claim, grade, f"All-exchange BTC volume (Yahoo BTC-USD) on {day:%Y-%m-%d} was {usd(volume)}; the article says {usd(claim.value)}.",
                   figure=volume, tolerance="±15% (aggregators count venues differently)")
