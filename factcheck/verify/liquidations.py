"""Liquidations and liquidation imbalances: plausibility, not a market total.

No free source publishes market-wide liquidation history any more (Binance
stopped; through ccxt only Bitfinex, Deribit, Gate and HTX expose their own),
so a stated total cannot be confirmed here. What can be said is whether the
magnitude is possible: BTC and ETH perpetual open interest runs to billions of
dollars (Binance BTCUSDT alone held $8.6–9.0 billion in Nov–Dec 2025 in the
shared data), so a market-wide figure below $1 million is smaller than single
routine positions and is most likely a unit or scale slip.
"""

from __future__ import annotations

from factcheck.model import CheckedClaim, Claim, ClaimKind, Verdict
from factcheck.verify.context import Context, verdict
from factcheck.formatting import usd

IMPLAUSIBLE_BELOW = 1_000_000.0  # USD, market-wide, for the large caps
LARGE_CAPS = {"BTC", "ETH"}


def check_liquidations(claim: Claim, ctx: Context) -> CheckedClaim:
    meaning = ""
    if claim.kind is ClaimKind.liquidation_imbalance:
        map_words = ("liquidation map", "heatmap", "heat map", "poised", "at risk", "price levels")
        mentions = [s for s in ctx.article.text.split(".") if "imbalance" in s.lower()]
        estimate = any(w in s.lower() for s in mentions for w in map_words)
        meaning = (
            " The article's 'imbalance' reads as a liquidation-map estimate of positions at risk, not realised liquidations."
            if estimate
            else " The article's 'imbalance' reads as realised long-versus-short liquidations over a window."
        )
    if claim.unit == "USD" and claim.value is not None and claim.asset in LARGE_CAPS and abs(claim.value) < IMPLAUSIBLE_BELOW:
        return verdict(
            claim,
            Verdict.inaccurate,
            f"{usd(claim.value)} is implausibly small for the {claim.asset} futures market: open interest runs to "
            f"billions of dollars (Binance's BTCUSDT perpetual alone held $8.6–9.0 billion in Nov–Dec 2025), and "
            f"single positions routinely exceed this figure. Likely a unit or scale slip (thousands or millions?).{meaning}",
            tolerance=f"market-wide figures below {usd(IMPLAUSIBLE_BELOW)} are implausible",
        )
    return verdict(
        claim,
        Verdict.unverifiable,
        "No source of market-wide liquidation history is available (Binance no longer publishes it; via ccxt only "
        f"Bitfinex, Deribit, Gate and HTX expose their own, a partial figure).{meaning}",
    )
