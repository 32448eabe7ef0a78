"""A day's extreme printed on a named venue we hold no data for ("as low as $2,065 on
Deribit", "Kraken: ETH hit $2,127": `Claim.venue`, read by extraction) is that venue's
wick, not the market's.

Prices agree across large exchanges within a fraction of a percent most of the
time, but the extremes of a crash do not: thin books and their own liquidation
engines send one venue's low several percent past another's. Our store holds
Binance's (spot and perpetual) and Yahoo's aggregate. So an extreme written for
another venue is checked against ours as usual; when ours agrees within the
tolerance it stands (`supported`, the venue named), and when it does not, the
figure is `unverifiable`, never `inaccurate`: the other venue may well have
printed it.
"""

from __future__ import annotations

from factcheck.market.venues import other_venue
from factcheck.model import CheckedClaim, Verdict
from factcheck.verify.context import verdict


def on_other_venue(checked: CheckedClaim) -> CheckedClaim:
    """A checked figure of another venue: kept when ours agrees, else `unverifiable`."""
    venue = other_venue(checked.claim.venue)
    if venue is None or checked.verdict is Verdict.unverifiable:
        return checked
    if checked.verdict is Verdict.supported:
        note = f" The article's figure is {venue}'s; ours agrees within the tolerance."
        return checked.model_copy(update={"evidence": checked.evidence.model_copy(
            update={"explanation": checked.evidence.explanation + note})})
    return verdict(
        checked.claim,
        Verdict.unverifiable,
        f"The figure is {venue}'s, and a day's extreme differs from venue to venue (a crash's wicks by several "
        f"percent); factcheck holds Binance's and Yahoo's prices, not {venue}'s. Ours: "
        + checked.evidence.explanation,
        figure=checked.evidence.figure,
        figures=checked.evidence.figures,
    )
