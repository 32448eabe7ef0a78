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

A percent move ("XRP rallied 26% this week") is read between two snapshots: the
last one before publication and the one nearest the window's start (each up to
`MAX_AGE` off), with `MOVE_DRIFT` percentage points added to its tolerance for
the drift at both ends.

`DRIFT` = 1.5% covers about four in five 3-hour ETH moves; altcoins move more,
so a miss near the edge is called `imprecise` rather than `inaccurate` (three
times the tolerance, as for any level). The evidence names the source and the
snapshot's age, so a reader knows this is not an hourly close.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from factcheck.formatting import usd, when
from factcheck.formatting import when as when_
from factcheck.market.metrics_store import PRICE_USD_SNAPSHOT
from factcheck.model import CheckedClaim, Claim, Comparator, Verdict
from factcheck.verify.context import Context, verdict
from factcheck.verify.tolerance import IMPRECISE_FACTOR, bound_words, level_tolerance

SOURCE = "coingecko"
MAX_AGE = timedelta(hours=3)
DRIFT = 0.015
MOVE_DRIFT = 2.0  # percentage points: two ends, each up to DRIFT off, rarely both the same way
# A snapshot move's imprecise band: 3 points beyond its (already drift-widened) tolerance, as the
# corpus rule puts it (supported within 2 pp, imprecise within 5 pp); three times a widened
# tolerance would call a move 7 points off "imprecise".
MOVE_IMPRECISE_BAND = 3.0
_PRESENT = {Comparator.at, Comparator.above, Comparator.below}


def check_against_snapshot(claim: Claim, ctx: Context) -> CheckedClaim | None:
    """A verdict from the last snapshot before publication, or None when there is none to use."""
    if claim.asset is None or claim.value is None or claim.time.end is None or claim.unit not in {None, "USD"}:
        return None
    if claim.comparator is Comparator.at and claim.time.kind == "window":
        return _touched_between_snapshots(claim, ctx)
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


def _touched_between_snapshots(claim: Claim, ctx: Context) -> CheckedClaim | None:
    """A level reached within a window ("down 4.8% to $2.40"): supported when it lies between
    the snapshots at the window's two ends (the price passed through it), each end widened by
    the level's tolerance and the drift. Outside them the hours between could still have
    touched it, so no verdict: None."""
    assert claim.asset is not None and claim.value is not None
    start, end = claim.time.start, claim.time.end
    if start is None or end is None:
        return None
    last = _snapshot_near(ctx, claim.asset, end, before_only=True)
    first = _snapshot_near(ctx, claim.asset, start, before_only=False)
    if last is None:
        return None
    prices = [last[1]] + ([first[1]] if first is not None and first[0] < last[0] else [])
    level = claim.value
    tol = level_tolerance(claim) + DRIFT * level
    low, high = min(prices) - tol, max(prices) + tol
    if not low <= level <= high:
        return None
    age = (end - last[0]).total_seconds() / 3600
    return verdict(
        claim,
        Verdict.supported,
        f"No hourly bars for {claim.asset}; CoinGecko's price snapshots in the window run "
        + " and ".join(usd(p) for p in reversed(prices))
        + f" (the last {age:.1f} h before its end); the article's {usd(level)} lies within them.",
        figure=last[1],
        figures={"snapshot_price": last[1], "snapshot_age_hours": round(age, 2)},
        tolerance=f"±{usd(tol)} (the level's own tolerance plus {DRIFT:.1%} drift) beyond the snapshots' range",
    )


def _snapshot_near(ctx: Context, asset: str, when: datetime, *, before_only: bool) -> tuple[datetime, float] | None:
    """The snapshot nearest `when` within MAX_AGE (only earlier ones if `before_only`)."""
    held = ctx.metrics.get(SOURCE, PRICE_USD_SNAPSHOT, f"{asset.upper()}/USD", when - MAX_AGE,
                           when + (timedelta(0) if before_only else MAX_AGE) + timedelta(seconds=1))
    if held.empty:
        return None
    stamps = [t.to_pydatetime() for t in held.index]
    k = min(range(len(stamps)), key=lambda i: abs((stamps[i] - when).total_seconds()))
    if before_only:
        k = len(stamps) - 1
    return stamps[k], float(held.iloc[k])


def check_move_against_snapshots(claim: Claim, ctx: Context,
                                 windows: list[tuple[datetime, datetime]] | None = None) -> CheckedClaim | None:
    """A percent move between two snapshots, or None when they are not there.

    `windows` are the (start, end) spans the move may mean: for an article that gives only its
    date, the window ending at each closed hour of the day (see `price_change`); the pair of
    snapshots whose move fits the claim best is graded, and the range over them is shown."""
    from factcheck.formatting import pct
    from factcheck.verify.tolerance import bound_miss, move_grade, move_tolerance

    start, end = claim.time.start, claim.time.end
    if claim.asset is None or claim.value is None or start is None or end is None or claim.unit != "%":
        return None
    if claim.metric not in {"return", "price", "change"}:
        return None
    pairs: dict[tuple[datetime, datetime], tuple[float, float]] = {}
    for first_at, last_at in windows or [(start, end)]:
        if last_at - first_at < 2 * MAX_AGE:
            continue
        last = _snapshot_near(ctx, claim.asset, last_at, before_only=True)
        first = _snapshot_near(ctx, claim.asset, first_at, before_only=False)
        if last is None or first is None or first[0] >= last[0]:
            continue
        pairs[(first[0], last[0])] = (first[1], last[1])
    if not pairs:
        return None

    def moved(key: tuple[datetime, datetime]) -> float:
        return (pairs[key][1] / pairs[key][0] - 1.0) * 100.0

    chosen = min(pairs, key=lambda key: bound_miss(moved(key), claim.value, claim.bound))
    (first_at, last_at), (first_price, last_price) = chosen, pairs[chosen]
    actual = moved(chosen)
    tol = move_tolerance(claim) + MOVE_DRIFT
    explanation = (f"No hourly bars for {claim.asset}; between CoinGecko's price snapshots at {when_(first_at)} ({usd(first_price)}) "
                   f"and {when_(last_at)} ({usd(last_price)}) it moved {pct(actual)}; the article says {bound_words(claim)}{pct(claim.value)}.")
    if len(pairs) > 1:
        readings = [moved(key) for key in pairs]
        explanation += (f" Only the date is known: the pairs of snapshots around the day's hours ({len(pairs)}) "
                        f"gave {pct(min(readings))} to {pct(max(readings))}; the nearest is graded.")
    return verdict(
        claim,
        move_grade(actual, claim.value, tol, claim.bound, imprecise=tol + MOVE_IMPRECISE_BAND),
        explanation,
        figure=actual,
        figures={"from": first_price, "to": last_price, "change_pct": actual},
        tolerance=f"±{tol:.2f} percentage points (the move's own tolerance plus {MOVE_DRIFT:.0f} pp for snapshots "
        f"taken up to {MAX_AGE.total_seconds() / 3600:.0f} h from the window's ends)",
    )
