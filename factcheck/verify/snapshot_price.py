"""A price claim checked against a price snapshot, when the hourly bars are missing.

For coins whose candles the store lacks (SOL, XRP and the rest of the top 100
in the shared data), the store may hold CoinGecko's price snapshots: one
price at one moment, not an hourly close. A present claim ("SOL trades near
$180") is checked against the last snapshot taken at most `MAX_AGE` before
publication, with the tolerance widened by `DRIFT`, what a price may move
between the snapshot and publication:

    3-hour moves on the shared Binance data: BTC median 0.40%, p75 0.79%,
    p90 1.41%; ETH median 0.54%, p75 1.06%, p90 1.86%.

For an article dated by day only, any snapshot of that day is used.

`DRIFT` = 1.5% covers about four in five 3-hour ETH moves; altcoins move more,
so a miss near the edge is called `imprecise` rather than `inaccurate` (three
times the tolerance, as for any level). The evidence names the source and the
snapshot's age, so a reader knows this is not an hourly close.
"""

from __future__ import annotations

from datetime import timedelta

from factcheck.formatting import usd, when
from factcheck.market.metrics_store import PRICE_USD_SNAPSHOT
from factcheck.model import CheckedClaim, Claim, Comparator, Verdict
from factcheck.verify.context import Context, verdict
from factcheck.verify.tolerance import IMPRECISE_FACTOR, level_tolerance

SOURCE = "coingecko"
MAX_AGE = timedelta(hours=3)
DRIFT = 0.015
_PRESENT = {Comparator.at, Comparator.above, Comparator.below}


def check_against_snapshot(claim: Claim, ctx: Context) -> CheckedClaim | None:
    """A verdict from the last snapshot before publication, or None when there is none to use."""
    if claim.asset is None or claim.value is None or claim.time.end is None or claim.unit not in {None, "USD"}:
        return None
    if claim.comparator not in _PRESENT or claim.time.kind not in {"instant", "day"}:
        return None
    end = claim.time.end
    # An instant: the last snapshot up to MAX_AGE before it; a whole day (date-only articles): any in the day.
    start = claim.time.start if claim.time.kind == "day" and claim.time.start is not None else end - MAX_AGE
    held = ctx.metrics.get(SOURCE, PRICE_USD_SNAPSHOT, f"{claim.asset.upper()}/USD", start, end)
    if held.empty:
        return None
    taken, price = held.index[-1].to_pydatetime(), float(held.iloc[-1])
    level = claim.value
    tol = level_tolerance(claim) + DRIFT * level
    if claim.comparator is Comparator.above:
        distance = max(0.0, level - price)
    elif claim.comparator is Comparator.below:
        distance = max(0.0, price - level)
    else:
        distance = abs(price - level)
    grade = (
        Verdict.supported if distance <= tol
        else Verdict.imprecise if distance <= IMPRECISE_FACTOR * tol
        else Verdict.inaccurate
    )
    age = (end - taken).total_seconds() / 3600
    relation = {Comparator.above: "above", Comparator.below: "below"}.get(claim.comparator, "at")
    return verdict(
        claim,
        grade,
        f"No hourly bars for {claim.asset}; CoinGecko's price snapshot at {when(taken)}, "
        + (f"{age:.1f} h before publication, " if claim.time.kind != "day" else "on the publication day, ")
        + f"was {usd(price)}; the article says {relation} {usd(level)}"
        + ("." if distance == 0 else f" ({usd(abs(price - level))} off)."),
        figure=price,
        figures={"snapshot_price": price, "snapshot_age_hours": round(age, 2)},
        tolerance=f"±{usd(tol)} (the level's own tolerance plus {DRIFT:.1%} for the price's drift over up to "
        f"{MAX_AGE.total_seconds() / 3600:.0f} h between snapshot and publication)",
    )
