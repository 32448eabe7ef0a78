"""A day's extreme printed on a named venue we hold no data for ("as low as $2,065 on
Deribit", "Kraken: ETH hit $2,127") is that venue's wick, not the market's.

Prices agree across large exchanges within a fraction of a percent most of the
time, but the extremes of a crash do not: thin books and their own liquidation
engines send one venue's low several percent past another's. Our store holds
Binance's (spot and perpetual) and Yahoo's aggregate. So an extreme written for
another venue is checked against ours as usual; when ours agrees within the
tolerance it stands (`supported`, the venue named), and when it does not, the
figure is `unverifiable`, never `inaccurate`: the other venue may well have
printed it. A venue named elsewhere in the sentence does not count: only one
written right at the figure.
"""

from __future__ import annotations

import re

from factcheck.model import CheckedClaim, Claim, ClaimKind, Verdict
from factcheck.verify.context import verdict

OTHER_VENUES = (
    "Deribit", "Kraken", "Coinbase", "Bitstamp", "Bitfinex", "OKX", "Bybit", "BitMEX", "Gemini", "KuCoin",
    "Gate.io", "HTX", "Huobi", "Bitget", "Upbit", "Bithumb", "bitFlyer", "CME",
)
_VENUE = re.compile(r"\b(" + "|".join(re.escape(v) for v in OTHER_VENUES) + r")\b")
_EXTREMES = {ClaimKind.intraday_high, ClaimKind.intraday_low}
BEFORE, AFTER = 25, 20  # characters around the claim's words in which the venue counts as its own


def venue_named(claim: Claim, text: str) -> str | None:
    """The other venue written right at a day's extreme ("$2,065 on Deribit", "Kraken: ETH hit $2,127")."""
    if claim.kind not in _EXTREMES:
        return None
    start, end = claim.span
    first = max(0, start - BEFORE)
    around = text[first : end + AFTER]
    line_start = around.rfind("\n", 0, start - first)
    found = _VENUE.search(around, line_start + 1)
    return found.group(1) if found else None


def on_other_venue(checked: CheckedClaim, text: str) -> CheckedClaim:
    """A checked extreme of another venue: kept when ours agrees, else `unverifiable`."""
    venue = venue_named(checked.claim, text)
    if venue is None or checked.verdict in {Verdict.supported, Verdict.unverifiable}:
        if venue is not None and checked.verdict is Verdict.supported:
            note = f" The article's figure is {venue}'s; ours agrees within the tolerance."
            return checked.model_copy(update={"evidence": checked.evidence.model_copy(
                update={"explanation": checked.evidence.explanation + note})})
        return checked
    return verdict(
        checked.claim,
        Verdict.unverifiable,
        f"The figure is {venue}'s, and a day's extreme differs from venue to venue (a crash's wicks by several "
        f"percent); factcheck holds Binance's and Yahoo's prices, not {venue}'s. Ours: "
        + checked.evidence.explanation,
        figure=checked.evidence.figure,
        figures=checked.evidence.figures,
    )
