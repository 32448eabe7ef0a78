"""Support and resistance: "support at $86,000", "a ceiling at $94,600", "the $83,000-$84,000 shelf".

A support is a level buyers have defended; what price data can show is that
the market went there and turned. Two things are checked, and stated:

- the side: a support must lie below the price at publication (a resistance
  above it), or the price inside the zone. A support above the price is a
  broken level: missed by up to 2% imprecise, beyond that inaccurate.
- the test: a daily low (support) or high (resistance) of the 30 days before
  publication, from closed hourly bars, within 1.5% of the level or inside the
  zone widened by 1.5%. Then the level is supported.

A level on the right side that the market has not come near in 30 days ("the
next support is $50,000") is a view of where buyers or sellers stand, which
no price history confirms or refutes: unverifiable.
"""

from __future__ import annotations

from datetime import timedelta

import pandas as pd

from factcheck.formatting import usd, when
from factcheck.model import CheckedClaim, Claim, ClaimKind, Verdict
from factcheck.verify.context import Context, unusable, verdict
from factcheck.verify.moments import moments

TESTED_WITHIN = timedelta(days=30)
TEST_DISTANCE = 0.015  # a daily extreme within 1.5% of the level tested it
BROKEN_IMPRECISE = 0.02  # a level on the wrong side by up to 2%: imprecise


def daily_extremes(frame: pd.DataFrame, resistance: bool) -> pd.Series:
    """Each UTC day's high (for resistance) or low (for support), from hourly bars."""
    column = "high" if resistance else "low"
    grouped = frame[column].resample("1D")
    return (grouped.max() if resistance else grouped.min()).dropna()


def check_level(claim: Claim, ctx: Context) -> CheckedClaim:
    if claim.asset is None or claim.value is None or claim.time.end is None:
        return verdict(claim, Verdict.unverifiable, "No asset, level or publication time to look for the level with.")
    times = moments(ctx.article, claim, ctx.hours)
    end = times[-1]
    hourly = ctx.market.candles(claim.asset, "1h", times[0] - TESTED_WITHIN, end)
    bad = unusable(claim, hourly)
    if bad is not None:
        return bad
    frame = hourly.frame
    resistance = claim.kind is ClaimKind.resistance
    low = claim.value
    high = claim.value_high if claim.value_high is not None else claim.value
    level_words = f"{usd(low)}–{usd(high)}" if high != low else usd(low)
    # The price at publication; for a date-only article, at each closed hour of the day.
    closes = [float(frame.loc[frame.index + pd.Timedelta("1h") <= pd.Timestamp(t), "close"].iloc[-1]) for t in times]

    def miss(price: float) -> float:  # how far the level lies on the wrong side of the price (0: right side)
        return max(0.0, price - high) if resistance else max(0.0, low - price)

    price = min(closes, key=miss)
    wrong = miss(price)
    kind = "resistance" if resistance else "support"
    kw = dict(candles=hourly, figures={"price": price}, tolerance=f"tested: a daily {'high' if resistance else 'low'} within 1.5% in 30 days")
    if wrong > 0:
        off = wrong / price
        return verdict(
            claim, Verdict.imprecise if off <= BROKEN_IMPRECISE else Verdict.inaccurate,
            f"{claim.asset} was at {usd(price)} at {when(end)}: the {kind} {level_words} lies "
            f"{'below' if resistance else 'above'} the price ({off:.1%}), a broken level rather than a {kind}.",
            figure=price, **kw,
        )
    extremes = daily_extremes(frame[frame.index >= pd.Timestamp(end - TESTED_WITHIN)], resistance)
    widened = (low * (1 - TEST_DISTANCE), high * (1 + TEST_DISTANCE))
    tests = extremes[(extremes >= widened[0]) & (extremes <= widened[1])]
    if len(tests):
        shown = ", ".join(f"{t:%m-%d} {usd(v)}" for t, v in tests.iloc[-4:].items())
        return verdict(
            claim, Verdict.supported,
            f"{claim.asset} was at {usd(price)}, on the {kind} side of {level_words}; in the 30 days to {when(end)} the daily "
            f"{'high' if resistance else 'low'} came within 1.5% of it on {len(tests)} day(s) ({shown}): a tested level.",
            figure=float(tests.iloc[-1]), **kw,
        )
    nearest = float(extremes.max() if resistance else extremes.min())
    return verdict(
        claim, Verdict.unverifiable,
        f"{claim.asset} was at {usd(price)}, on the {kind} side of {level_words}, but in the 30 days to {when(end)} "
        f"the market did not come within 1.5% of it (the {'highest high' if resistance else 'lowest low'} was {usd(nearest)}): "
        f"an untested level is a view of where {'sellers' if resistance else 'buyers'} stand, which prices cannot confirm.",
        figure=nearest, **kw,
    )
