"""Market-cap claims: "a market capitalisation of $2.2 trillion", "fell below $1.5 trillion".

A market cap moves with the price through the day, so it is taken at the
moment of the claim: the last hourly close before it times the supply, the
supply being Coin Metrics' market cap over its price for the last day complete
before (supply changes by about 0.01% a day). A daily market-cap value of the
day before would lag the price by up to a day. Within 1.5% supported, within
3% imprecise; a threshold ("below $1.5 trillion") is taken exactly.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from factcheck.formatting import usd, when
from factcheck.market.metrics_store import MARKET_CAP_USD, PRICE_USD
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

TOLERANCE = 0.015
IMPRECISE = 0.03
DAY = timedelta(days=1)
SUPPLY = {"BTC": ("coinmetrics", "BTC/USD")}


def _supply(ctx: Context, asset: str, at: datetime) -> tuple[float, datetime] | None:
    """Coins outstanding at the end of the last UTC day complete by `at`."""
    source, symbol = SUPPLY[asset]
    day = at.replace(hour=0, minute=0, second=0, microsecond=0) - DAY
    caps = ctx.metrics.get(source, MARKET_CAP_USD, symbol, day - 3 * DAY, day + DAY)
    prices = ctx.metrics.get(source, PRICE_USD, symbol, day - 3 * DAY, day + DAY)
    both = caps.to_frame("cap").join(prices.to_frame("price"), how="inner").dropna()
    if both.empty:
        return None
    return float(both["cap"].iloc[-1] / both["price"].iloc[-1]), both.index[-1].to_pydatetime()


SUPPLY_STEADY = timedelta(days=2)  # over a day or two the supply moves by well under 0.1%


def _cap_change(claim: Claim, ctx: Context) -> CheckedClaim:
    """'Market cap down 9.8% in 24 hours': a cap is price times supply, and over a day or two
    the supply barely moves, so the change is the price's (for any coin with prices, no supply
    series needed). Over longer windows BTC's change is scaled by Coin Metrics' supply at
    both ends; other coins, without a supply series, are unverifiable."""
    from factcheck.verify.price_change import check_price_change
    from factcheck.verify.tolerance import (
        bound_words,
        describe_move,
        move_grade,
        move_tolerance,
    )

    assert claim.value is not None and claim.time.start is not None and claim.time.end is not None
    moved = check_price_change(claim, ctx)
    if moved.verdict is Verdict.unverifiable:
        return moved
    evidence = moved.evidence
    if claim.time.end - claim.time.start <= SUPPLY_STEADY:
        told = "A market cap's change over a day is its price's (the supply barely moves): " + evidence.explanation
        return moved.model_copy(update={"evidence": evidence.model_copy(update={"explanation": told})})
    asset = claim.asset or ""
    start_supply = _supply(ctx, asset, claim.time.start) if asset in SUPPLY else None
    end_supply = _supply(ctx, asset, claim.time.end) if asset in SUPPLY else None
    if start_supply is None or end_supply is None:
        return verdict(claim, Verdict.unverifiable,
                       f"Over {claim.time.end - claim.time.start} a market cap also moves with the supply, and none is held "
                       f"for {asset or 'the whole market'} (only Coin Metrics' for BTC).")
    base, last = evidence.figures["from"], evidence.figures["to"]
    change = (last * end_supply[0]) / (base * start_supply[0]) * 100 - 100
    tol = move_tolerance(claim)
    told = (f"{asset} market cap went from {usd(base * start_supply[0])} ({usd(base)} × {start_supply[0]:,.0f} coins) to "
            f"{usd(last * end_supply[0])} ({usd(last)} × {end_supply[0]:,.0f} coins, Coin Metrics supply): {change:+.2f}%; "
            f"the article says {bound_words(claim)}{claim.value:+g}%. Prices: " + evidence.explanation)
    return verdict(claim, move_grade(change, claim.value, tol, claim.bound), told, figure=change,
                   figures={**evidence.figures, "supply_start": start_supply[0], "supply_end": end_supply[0]},
                   tolerance=describe_move(tol))


CAP_AMOUNT_BANDS = ChangeBands(supported=0.5, imprecise=2.0)  # a cap's change is its price's: the price-change bands


def _cap_amount(claim: Claim, ctx: Context) -> CheckedClaim:
    """'Market cap shed $90 billion': price times supply at both ends of the window (the 24 hours
    to publication when none is written), graded as the percent change it makes of the starting
    cap. An amount needs the supply itself, not only its drift, so only BTC (Coin Metrics) is
    checked; ETH, other coins and the whole market are unverifiable."""
    from factcheck.verify.price_change import check_price_change

    asset = claim.asset or ""
    end = claim.time.end
    if asset not in SUPPLY or end is None:
        return verdict(claim, Verdict.unverifiable,
                       f"A change in dollars needs the supply of {asset or 'the whole market'}, and none is held "
                       "(only Coin Metrics' for BTC).")
    windowed = claim.time.start is not None and claim.time.start < end
    start = claim.time.start if windowed and claim.time.start is not None else end - DAY
    now_supply, then_supply = _supply(ctx, asset, end), _supply(ctx, asset, start)
    recent = ctx.market.candles(asset, "1h", end - timedelta(hours=3), end).frame
    if now_supply is None or then_supply is None or recent.empty:
        return verdict(claim, Verdict.unverifiable, f"The store holds no {asset} supply or price around {when(start)} and {when(end)}.")
    # the same move as a percent of the cap now, so the price check picks the matching hour of a dated-only day
    cap_now = float(recent["close"].iloc[-1]) * now_supply[0]
    as_pct = claim.model_copy(update={"unit": "%", "value": written_amount(claim) / (cap_now - written_amount(claim)) * 100,
                                      "decimals": 2, "magnitude": 1.0,
                                      "time": claim.time.model_copy(update={"start": start, "text": claim.time.text or "24 hours"})})
    moved = check_price_change(as_pct, ctx)
    if moved.verdict is Verdict.unverifiable:
        return moved.model_copy(update={"claim": claim})
    base_price, last_price = moved.evidence.figures["from"], moved.evidence.figures["to"]
    first, last = base_price * then_supply[0], last_price * now_supply[0]
    actual = last - first
    said = (f"{asset} market cap went from {usd(first)} ({usd(base_price)} × {then_supply[0]:,.0f} coins) to {usd(last)} "
            f"({usd(last_price)} × {now_supply[0]:,.0f} coins, Coin Metrics supply): {said_change(actual, first)}; "
            f"the article says {said_change(written_amount(claim), first)}. Prices: {_without_the_percent(moved.evidence.explanation)}")
    if not windowed:
        said += " No window was given; read as the 24 hours to publication."
    return verdict(claim, amount_grade(actual, claim, first, CAP_AMOUNT_BANDS), said, figure=actual,
                   figures={"cap_start": first, "cap_end": last, "supply_start": then_supply[0], "supply_end": now_supply[0]},
                   tolerance=describe_amount(claim, first, CAP_AMOUNT_BANDS))


def _without_the_percent(explanation: str) -> str:
    """The price check's explanation without its '; the article says -4.64%.': the article said dollars."""
    head, found, tail = explanation.partition("; the article says")
    return head + "." + tail.partition("%.")[2] if found else explanation


def check_market_cap(claim: Claim, ctx: Context) -> CheckedClaim:
    if claim.metric == "market_cap" and is_amount_change(claim):
        return _cap_amount(claim, ctx)
    if (claim.metric == "market_cap" and claim.unit == "%" and claim.value is not None
            and claim.time.start is not None and claim.time.end is not None):
        return _cap_change(claim, ctx)
    if claim.metric != "market_cap" or claim.unit != "USD" or claim.value is None or claim.time.end is None:
        return verdict(claim, Verdict.unverifiable, "factcheck checks market-cap levels in dollars; dominance and changes come later.")
    asset = claim.asset or ""
    if asset not in SUPPLY:
        return verdict(claim, Verdict.unverifiable,
                       f"No supply series is held for {asset or 'the whole market'}: only Coin Metrics' for BTC.")
    readings: list[tuple[float, float, datetime]] = []  # (cap, price, as of)
    supply = None
    for moment in moments(ctx.article, claim, ctx.hours):
        supply = _supply(ctx, asset, moment)
        candles = ctx.market.candles(asset, "1h", moment - timedelta(hours=3), moment)
        if supply is None or candles.frame.empty:
            continue
        price = float(candles.frame["close"].iloc[-1])
        readings.append((price * supply[0], price, candles.frame.index[-1].to_pydatetime() + timedelta(hours=1)))
    if not readings or supply is None:
        return verdict(claim, Verdict.unverifiable, f"The store holds no {asset} supply or price for the hours before publication.")
    value = claim.value
    up = claim.comparator is Comparator.above
    if claim.comparator in {Comparator.above, Comparator.below}:
        cap, price, at = (max if up else min)(readings)
        holds = cap > value if up else cap < value
        off = abs(cap - value) / value
        grade = Verdict.supported if holds else Verdict.imprecise if off <= IMPRECISE else Verdict.inaccurate
        tolerance = "a threshold, taken exactly; missed by up to 3%: imprecise"
    else:
        cap, price, at = min(readings, key=lambda r: abs(r[0] - value))
        off = abs(cap - value) / value
        grade = Verdict.supported if off <= TOLERANCE else Verdict.imprecise if off <= IMPRECISE else Verdict.inaccurate
        tolerance = "±1.5% (aggregators differ on supply and price); up to 3%: imprecise"
    said = (f"{asset} market cap was {usd(cap)} at {when(at)}: the last hourly close {usd(price)} × "
            f"{supply[0]:,.0f} coins (Coin Metrics supply of {supply[1]:%Y-%m-%d}); the article says "
            f"{claim.comparator.value if claim.comparator is not Comparator.at else 'at'} {usd(value)} ({cap / value - 1:+.1%}).")
    if len(readings) > 1:
        caps = [r[0] for r in readings]
        said += f" Only the date is known: over its closed hours the cap ranged {usd(min(caps))}–{usd(max(caps))}."
    return verdict(claim, grade, said, figure=cap, figures={"price": price, "supply": supply[0]}, tolerance=tolerance)
