"""Figures in a local currency ("140 million won", "₹71.7 lakh") are not checked against USD data.

The store holds USD and USDT markets. A won price is usually a Korean exchange's
(Upbit, Bithumb), which trades at a premium or discount to the dollar price
(the "kimchi premium" has run from -5% to +20%), and a rupee or yen figure may
be a conversion at an unstated rate; converting it back would test the rate,
not the claim. So such a claim is `unverifiable`, and the reason says which
currency it is in.

The same holds for a move or a record with no currency of its own, written about a
local market: "bitcoin changed hands at 86.59 million won on Bithumb, about a 3
percent rise", "a record high for bitcoin in Korea". The percentage is of the
won price, premium included, so it is not the dollar market's move either.
"""

from __future__ import annotations

from factcheck.model import CheckedClaim, Claim, Verdict
from factcheck.verify.context import verdict

CURRENCIES = {
    "KRW": "Korean won",
    "JPY": "Japanese yen",
    "INR": "Indian rupees",
    "AUD": "Australian dollars",
    "EUR": "euros",
    "GBP": "pounds",
}


def local_market(claim: Claim) -> CheckedClaim | None:
    """`unverifiable` for a move or record written about a local market's price (`Claim.currency`,
    read by extraction: a won figure, Upbit, "record high in Korea"); None otherwise."""
    if claim.currency is None or claim.currency == "USD":
        return None
    market = CURRENCIES.get(claim.currency, claim.currency)
    return verdict(
        claim,
        Verdict.unverifiable,
        f"The sentence is about a market priced in {market}: the move or record is of that local price, which "
        "carries the market's premium; factcheck holds USD and USDT markets only.",
    )


def local_currency(claim: Claim) -> CheckedClaim | None:
    """`unverifiable` for a figure in a currency we hold no market for, or a move or record of a
    local market's price; None for USD and the rest."""
    if claim.unit not in CURRENCIES:
        return local_market(claim)
    return verdict(
        claim,
        Verdict.unverifiable,
        f"The figure is in {CURRENCIES[claim.unit]}; factcheck holds USD and USDT markets only and does not "
        "convert currencies (a local exchange's price differs from the dollar price by its premium, and a "
        "converted figure by the rate used).",
    )
