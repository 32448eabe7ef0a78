"""The exchanges whose own figures the store holds: Binance's spot and USDⓈ-M
perpetual prices, volumes, funding and open interest. A figure an article gives for one
of them can be checked as that venue's; another venue's cannot."""

from __future__ import annotations

HELD_VENUES = ("Binance",)


def held(venue: str | None) -> bool:
    """True when `venue` is one whose figures the store holds."""
    return venue in HELD_VENUES


def other_venue(venue: str | None) -> str | None:
    """`venue` when it is an exchange the store holds nothing of ('Bybit', 'CME'), else None."""
    return venue if venue is not None and not held(venue) else None
