"""Forecasts and targets: `pending` until the horizon has passed, then
`realized` or `unrealized` with the date and price that decided it.

Only data after publication is used. A forecast whose words set no deadline
("eventually", "in the long run") stays pending: no date could fairly score it,
and timeref's conventions give every vaguer horizon ("this cycle", "in the coming
months") a deadline late enough that the call is never judged early.

A target above the price at publication is reached when a later high touches it;
one below, when a later low does. A forecast move in percent ("could rally 20%
from here") is a target that far from the price at publication. A horizon that
names a later period ("in 2026", "next month") is scored from the price at its start.
"""

from __future__ import annotations

from datetime import timedelta

import pandas as pd

from factcheck.formatting import usd, when
from factcheck.model import CheckedClaim, Claim, Comparator, Precision, Verdict
from factcheck.verify.context import Context, unusable, verdict

DAY = timedelta(days=1)
_READING_METRICS = {"rsi", "macd", "sma", "ema", "bollinger"}  # an indicator's reading, not a price to compare with candles


def check_forecast(claim: Claim, ctx: Context) -> CheckedClaim:
    if claim.asset is None:
        return verdict(claim, Verdict.unverifiable, "The forecast names no asset to score.")
    published, horizon_end = claim.time.start, claim.time.end
    if published is None:
        return verdict(claim, Verdict.unverifiable, "The publication time is unknown, so the horizon cannot be placed.")
    if horizon_end is None:  # 'eventually', 'in the long run': no date it could be held to
        return verdict(claim, Verdict.pending, f"The forecast sets no deadline ({claim.time.text or 'none stated'}), so it is never scored.")
    if claim.value is not None and claim.metric in _READING_METRICS:  # 'the RSI could fall to 30': a reading, not a price
        return verdict(claim, Verdict.unverifiable,
                       f"A forecast {claim.metric.upper()} reading of {claim.value:g}; only price targets are scored.")
    if claim.value is None:  # "toward previous highs": a target named in words
        from factcheck.verify.forecast_target import named_target

        found = named_target(claim, ctx, published)
        if isinstance(found, str):
            return verdict(claim, Verdict.unverifiable, found)
        scored = _score(claim.model_copy(update={"value": found.price}), ctx, found.meaning)
        return scored.model_copy(update={"claim": claim})  # the article's words, not our figure
    return _score(claim, ctx, None)


def _score(claim: Claim, ctx: Context, meaning: str | None) -> CheckedClaim:
    assert claim.asset is not None and claim.value is not None
    published, horizon_end = claim.time.start, claim.time.end
    assert published is not None and horizon_end is not None
    horizon = f"{when(published)} → {when(horizon_end)}" + (f" ({claim.time.text})" if claim.time.text else "")
    if ctx.now < horizon_end:
        return verdict(claim, Verdict.pending, f"The horizon {horizon} has not passed yet.")
    before = ctx.candles(claim, published - timedelta(hours=2), published)
    after = ctx.candles(claim, published, horizon_end)
    bad = unusable(claim, after) or unusable(claim, before)
    if bad is not None:
        return bad
    start_price = float(before.frame["close"].iloc[-1])
    # 'in 2026', 'next month': the horizon starts after publication (a date-only article's is its day's end),
    # and so does the price it is scored from
    article_time = ctx.article.published_at
    late = article_time is not None and published > article_time + (DAY if ctx.article.published_precision is Precision.day else timedelta(0))
    origin = "at the horizon's start" if late else "at publication"
    target = claim.value
    said = f" The target, {meaning}." if meaning else ""
    if claim.unit == "%":  # 'could rally 20%': that far from the price at publication
        target = start_price * (1 + claim.value / 100)
        said = f" The target, {claim.value:+g}% from {usd(start_price)}, is {usd(target)}."
    rising = claim.comparator is Comparator.above or (claim.comparator is not Comparator.below and target >= start_price)
    series = after.frame["high"] if rising else after.frame["low"]
    hits = series[series >= target] if rising else series[series <= target]
    figures = {"price_at_publication": start_price, "extreme_in_horizon": float(series.max() if rising else series.min()),
               "target": target}
    if len(hits):
        t = hits.index[0]
        return verdict(
            claim, Verdict.realized,
            f"From {usd(start_price)} {origin}, {claim.asset} reached {usd(target)} on {when(t)} "
            f"(bar {'high' if rising else 'low'} {usd(float(hits.iloc[0]))}), within the horizon {horizon}.{said}",
            figure=float(hits.iloc[0]), figures=figures, candles=after,
        )
    extreme = figures["extreme_in_horizon"]
    t = series.idxmax() if rising else series.idxmin()
    return verdict(
        claim, Verdict.unrealized,
        f"From {usd(start_price)} {origin}, {claim.asset} never reached {usd(target)} in {horizon}; "
        f"its {'highest high' if rising else 'lowest low'} was {usd(extreme)} on {when(pd.Timestamp(t))}.{said}",
        figure=extreme, figures=figures, candles=after,
    )
