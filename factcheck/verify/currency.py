"""Figures in a local currency ("140 million won", "₹71.7 lakh") are not checked against USD data.

The store holds USD and USDT markets. A won price is usually a Korean exchange's
(Upbit, Bithumb), which trades at a premium or discount to the dollar price
(the "kimchi premium" has run from -5% to +20%), and a rupee or yen figure may
be a conversion at an unstated rate; converting it back would test the rate,
not the claim. So such a claim is `unverifiable`, and the reason says which
currency it is in.
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


def local_currency(claim: Claim) -> CheckedClaim | None:
    """`unverifiable` for a figure in a currency we hold no market for; None for USD and the rest."""
    if claim.unit not in CURRENCIES:
        return None
    return verdict(
        claim,
        Verdict.unverifiable,
        f"The figure is in {CURRENCIES[claim.unit]}; factcheck holds USD and USDT markets only and does not "
        "convert currencies (a local exchange's price differs from the dollar price by its premium, and a "
        "converted figure by the rate used).",
    )
