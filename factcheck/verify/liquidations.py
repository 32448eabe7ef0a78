"""Liquidations and liquidation imbalances: plausibility, a lower bound, and direction.

No free source publishes market-wide liquidation history any more (Binance
stopped; through ccxt only Bitfinex, Deribit, Gate and HTX publish their own),
so a market total cannot be confirmed here. Three things can be said:

* whether the magnitude is possible at all. BTC and ETH perpetual open
  interest runs to billions of dollars (Binance BTCUSDT alone held $8.6–9.0
  billion in Nov–Dec 2025 in the shared data), so a figure below $1 million
  is smaller than routine single positions, most likely a unit or scale slip;
  and the largest day on record, 2025-10-10, cleared about $19 billion when
  BTC fell 17% intraday, so a figure above twice that is beyond anything the
  market has produced;
* whether it is at least what the venues that publish saw (Gate and HTX
  perpetuals, `market.liquidations`): their sum is a part of the market, so
  a market figure written below it is wrong;
* which side dominated. The venues' long-versus-short split is evidence of
  direction: a claim that shorts (or longs) made up most of it is `supported`
  only when the venues agree clearly (two thirds of the dollars or more, on
  enough liquidations, each venue leaning the same way), `inaccurate` when they
  clearly show the opposite, and the explanation says the figure is partial
  and from which venues. Anything less, or no data, stays `unverifiable`.

An "imbalance" is either realised long-versus-short liquidations over a window,
or a liquidation-map estimate of positions at risk; the explanation says which
the article's words point to, and realised liquidations say nothing of an estimate.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from factcheck.formatting import usd, when
from factcheck.model import CheckedClaim, Claim, ClaimKind, Comparator, Verdict
from factcheck.verify.context import Context, verdict

if TYPE_CHECKING:
    from factcheck.market.liquidations import Realised

IMPLAUSIBLE_BELOW = 1_000_000.0  # USD, market-wide or for the large caps
SIDE_IMPLAUSIBLE_BELOW = 10_000.0
"""USD: one side of a window's liquidations can be a small share of it (longs $0.6 million of
$14.9 million in a short squeeze), so only a figure under a single retail position is impossible."""
RECORD_DAY = 19_000_000_000.0
"""USD liquidated on 2025-10-10, the largest day on record (aggregators' figures, about $19 billion)."""
IMPLAUSIBLE_ABOVE = 2 * RECORD_DAY
LARGE_CAPS = {"BTC", "ETH"}
DEFAULT_WINDOW = timedelta(hours=24)
"""The window when the article names none: aggregators report liquidations over the past 24 hours."""
DOMINANT = 2 / 3
"""A side "clearly" dominated when it took at least two thirds of the dollars (2 to 1)."""
MIN_LIQUIDATIONS = 20
MIN_USD = 1_000_000.0
"""Below this many liquidations or dollars on the venues, a split is too thin to show a direction."""
ABOVE_SLACK = 0.05
"""How far the venues' part may exceed a written market figure before it contradicts it (rounding, "about")."""
UNCHECKED = "No source publishes market-wide liquidations to check the figure itself."
def _meaning(claim: Claim, estimate: bool) -> str:
    if claim.kind is not ClaimKind.liquidation_imbalance:
        return ""
    if estimate:
        return " The article's 'imbalance' reads as a liquidation-map estimate of positions at risk, not realised liquidations."
    return " The article's 'imbalance' reads as realised long-versus-short liquidations over a window."


def _implausible(claim: Claim, meaning: str) -> CheckedClaim | None:
    if claim.unit != "USD" or claim.value is None:
        return None
    value = abs(claim.value)
    floor = SIDE_IMPLAUSIBLE_BELOW if claim.kind is ClaimKind.liquidations and claim.side in ("long", "short") else IMPLAUSIBLE_BELOW
    if value < floor and (claim.asset is None or claim.asset in LARGE_CAPS):
        market = f"the {claim.asset}" if claim.asset else "the crypto"
        return verdict(
            claim,
            Verdict.inaccurate,
            f"{usd(claim.value)} is implausibly small for {market} futures market: open interest runs to "
            f"billions of dollars (Binance's BTCUSDT perpetual alone held $8.6–9.0 billion in Nov–Dec 2025), and "
            f"single positions routinely exceed this figure. Likely a unit or scale slip (thousands or millions?).{meaning}",
            tolerance=f"figures below {usd(floor)} are implausible" + (" for one side" if floor < IMPLAUSIBLE_BELOW else " market-wide"),
        )
    if value > IMPLAUSIBLE_ABOVE and claim.comparator is not Comparator.below:
        return verdict(
            claim,
            Verdict.inaccurate,
            f"{usd(claim.value)} is more than twice the largest liquidation day on record (about "
            f"{usd(RECORD_DAY)} on 2025-10-10, when BTC fell 17% intraday), and over twice the open interest of Binance's "
            f"BTC and ETH perpetuals together (about $15 billion in Nov–Dec 2025): no market move could clear it.{meaning}",
            tolerance=f"figures above {usd(IMPLAUSIBLE_ABOVE)} (twice the record day) are implausible",
        )
    return None


def _window(claim: Claim) -> tuple[datetime, datetime] | None:
    end = claim.time.end
    if end is None:
        return None
    start = claim.time.start
    if start is None or start >= end:
        start = end - DEFAULT_WINDOW
    return start, end


def _assets(claim: Claim) -> tuple[str, ...]:
    """The perpetuals a claim is about: its coin's, or every large cap's for a market-wide figure."""
    return (claim.asset,) if claim.asset else tuple(sorted(LARGE_CAPS))


def liquidations_read(claim: Claim) -> tuple[tuple[str, ...], datetime, datetime] | None:
    """The assets and window whose realised liquidations `check_liquidations` will read for
    `claim`, or None when it reads none (an implausible figure, a liquidation map, no time, a coin
    no venue publishes): what a batch fetches before checking offline (`verify.needs`)."""
    if claim.kind not in (ClaimKind.liquidations, ClaimKind.liquidation_imbalance):
        return None
    if _implausible(claim, "") is not None or claim.meaning == "liquidation_map":
        return None
    window = _window(claim)
    if window is None or (claim.asset is not None and claim.asset not in LARGE_CAPS):
        return None
    return _assets(claim), *window


def _realised(claim: Claim, ctx: Context, window: tuple[datetime, datetime]) -> Realised:
    """What the publishing venues saw over the window: from the store, and fetched first when
    the market is online through ccxt; offline (a batch, whose data plan fetched it) the store only."""
    # Imported here: ccxt takes 0.7 s to load, and most articles make no liquidation claim.
    from factcheck.market.liquidations import reach_of, realised_liquidations
    from factcheck.market.liquidations_store import LiquidationStore

    reach = reach_of(ctx.market.fetcher)
    unfetched = "offline" if ctx.market.offline else "the market data's fetcher is not ccxt"
    with LiquidationStore(ctx.market.store.path) as store:
        return realised_liquidations(
            store, list(_assets(claim)), *window, fetch=not ctx.market.offline and reach is not None,
            reach=reach, now=ctx.market.now(), unfetched=unfetched,
        )


def _leans(realised: Realised, side: str) -> bool:
    """Every venue with enough liquidations to lean leans to `side`."""
    for figure in realised.used:
        tally = figure.tally
        assert tally is not None
        if tally.count >= MIN_LIQUIDATIONS and tally.total_usd > 0:
            mine = tally.long_usd if side == "long" else tally.short_usd
            if mine / tally.total_usd <= 0.5:
                return False
    return True


def check_liquidations(claim: Claim, ctx: Context) -> CheckedClaim:
    estimate = claim.meaning == "liquidation_map"
    meaning = _meaning(claim, estimate)
    implausible = _implausible(claim, meaning)
    if implausible is not None:
        return implausible
    nowhere = (
        "No source of market-wide liquidation history is available (Binance no longer publishes it; via ccxt only "
        "Bitfinex, Deribit, Gate and HTX publish their own, a partial figure)."
    )
    if estimate:
        return verdict(
            claim, Verdict.unverifiable,
            f"{nowhere} Positions at risk on a liquidation map are an estimate no realised figure can check.{meaning}",
        )
    window = _window(claim)
    if window is None or (claim.asset is not None and claim.asset not in LARGE_CAPS):
        why = "the publication time is unknown" if window is None else f"no venue publishes {claim.asset} liquidations"
        return verdict(claim, Verdict.unverifiable, f"{nowhere} Here {why}.{meaning}")
    realised = _realised(claim, ctx, window)
    return _judge(claim, realised, nowhere, meaning)


def _judge(claim: Claim, realised: Realised, nowhere: str, meaning: str) -> CheckedClaim:
    """The verdict the venues' partial figure allows: a lower bound, and a direction when they agree clearly."""
    span = f"{when(realised.start)} to {when(realised.end)}"
    tally = realised.tally
    if not realised.used:
        missing = "; ".join(realised.notes) or "no venue publishes it for this market"
        return verdict(claim, Verdict.unverifiable, f"{nowhere} No partial figure either for {span}: {missing}.{meaning}")
    # The written figure is its side's amount ("$297 million of it shorts") or the total ("shorts made
    # up most of the $412 million"); which side took most of them, when said, is `led`.
    amount_of = claim.side if claim.side in ("long", "short") else None
    side = claim.led
    part = (tally.long_usd if amount_of == "long" else tally.short_usd) if amount_of else tally.total_usd
    whose = f"{amount_of} " if amount_of else ""
    long_share = tally.long_usd / tally.total_usd if tally.total_usd else 0.0
    figures = {
        "long_usd": tally.long_usd,
        "short_usd": tally.short_usd,
        "long_share": long_share,
        "liquidations": float(tally.count),
    }
    seen = (
        f"Partial figure, not the market total: on {realised.venues()} alone, {usd(tally.total_usd)} was liquidated "
        f"from {span} ({usd(tally.long_usd)} longs, {usd(tally.short_usd)} shorts, {tally.count} liquidations)"
        + (f"; left out: {'; '.join(realised.notes)}" if realised.notes else "")
        + "."
    )
    kw: dict[str, Any] = {"figure": part, "figures": figures}
    written = claim.value if claim.unit == "USD" else None
    if written is not None and claim.comparator in (Comparator.at, Comparator.below) and part > abs(written) * (1 + ABOVE_SLACK):
        return verdict(
            claim, Verdict.inaccurate,
            f"{seen} Those venues alone saw {usd(part)} of {whose}liquidations, more than the {usd(written)} "
            f"the article gives for the whole market.{meaning}",
            tolerance=f"the venues' part may exceed the written figure by {ABOVE_SLACK:.0%} (rounding)", **kw,
        )
    bound = (
        f" Their {usd(part)} of {whose}liquidations is a lower bound, consistent with the article's {usd(written)}."
        if written is not None else ""
    )
    if side is None:
        return verdict(claim, Verdict.unverifiable, f"{seen}{bound} {UNCHECKED}{meaning}", **kw)
    if tally.count < MIN_LIQUIDATIONS or tally.total_usd < MIN_USD:
        thin = f" Too few liquidations there to show which side dominated (fewer than {MIN_LIQUIDATIONS} or under {usd(MIN_USD)})."
        return verdict(claim, Verdict.unverifiable, f"{seen}{bound}{thin} {UNCHECKED}{meaning}", **kw)
    share = (tally.long_usd if side == "long" else tally.short_usd) / tally.total_usd
    other = "short" if side == "long" else "long"
    rule = f"a side dominates with ≥{DOMINANT:.0%} of the venues' dollars, every venue leaning the same way"
    if share >= DOMINANT and _leans(realised, side):
        return verdict(
            claim, Verdict.supported,
            f"{seen} {side.capitalize()} positions took {share:.0%} of it, as the article says; this supports the "
            f"direction only, not the article's figure.{bound}{meaning}",
            tolerance=rule, **kw,
        )
    if share <= 1 - DOMINANT and _leans(realised, other):
        return verdict(
            claim, Verdict.inaccurate,
            f"{seen} {other.capitalize()} positions took {1 - share:.0%} of it: these venues show the opposite "
            f"of what the article says.{meaning}",
            tolerance=rule, **kw,
        )
    return verdict(
        claim, Verdict.unverifiable,
        f"{seen} {side.capitalize()} positions took {share:.0%} of it, too close to call a direction.{bound} {UNCHECKED}{meaning}",
        tolerance=rule, **kw,
    )
