"""A coin's price read as its market cap: 'price and market capitalization are pegged at $65,516
and ...', 'its valuation hovers around $68,000', 'market value was traded at $11,900'.

No coin a checker follows is worth less than a million dollars in all, so a market cap in dollars
under that is a price the cap's words stood near. When the article's own levels for the coin put
its price at that scale (price_scale.py), the figure is the coin's price level; otherwise ('market
value of $12.1', a figure that lost its 'billion'; '$125,800 Crypto Market Cap' in a headline run
together) it is dropped, as no cap is told.
"""

from __future__ import annotations

from factcheck.model import Claim, ClaimKind, Comparator
from factcheck.nlp.price_scale import fits_scale, scale_of, stated_levels

_SMALLEST_CAP = 1_000_000  # dollars; below this a 'market cap' is a price


def caps_at_price_scale(claims: list[Claim]) -> list[Claim]:
    """The claims, with a market cap too small to be one read as the coin's price, or dropped."""
    levels = stated_levels(claims)
    out = []
    for i, c in enumerate(claims):
        if c.kind is ClaimKind.market_cap and c.metric == "market_cap" and c.unit == "USD" and c.value is not None \
                and 0 < c.value < _SMALLEST_CAP and c.comparator in {Comparator.at, Comparator.above, Comparator.below}:
            if c.asset is None or not fits_scale(c.value, scale_of(levels, c.asset, i)):
                continue
            c = c.model_copy(update={"kind": ClaimKind.price_level, "metric": "price"})
        out.append(c)
    return out
