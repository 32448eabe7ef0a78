"""Forecasts that name their target in words: "a rally toward previous highs",
"could hit a new all-time high". The words become a price: the record high
before publication (over the venues and Yahoo aggregate `all_time_high` reads, the
maximum counted by the store rather than read bar by bar), so the forecast is
scored like one with a figure. Targets we cannot turn into a price ("the lows
of the weekend", "a seventh weekly gain") stay unverifiable, saying why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from factcheck.formatting import usd, when
from factcheck.model import Claim
from factcheck.verify.all_time_high import HISTORY_NEEDED
from factcheck.verify.context import Context

_RECORD_WORDS = ("high", "record", "peak", "all-time", "ath")


@dataclass(frozen=True)
class Target:
    price: float
    meaning: str  # "the record high before publication, $126,200 on 2025-10-06 00:00 UTC"


def names_a_record(words: str | None) -> bool:
    text = (words or "").lower()
    return any(w in text for w in _RECORD_WORDS) and "low" not in text


def named_target(claim: Claim, ctx: Context, published: datetime) -> Target | str:
    """The target's price, or why there is none."""
    if claim.asset is None or not names_a_record(claim.zone):
        return "The forecast names no figure, and its target cannot be read as a price."
    peaks = _peaks(ctx, claim.asset, published)
    if not peaks or min(first for first, _, _ in peaks) > published - HISTORY_NEEDED:
        return f"The store's {claim.asset} history is too short to know its record high before publication."
    _, price, at = max(peaks, key=lambda p: (p[1], -p[2].timestamp()))
    return Target(price, f"the record high before publication, {usd(price)} on {when(at)}")


def _peaks(ctx: Context, asset: str, end: datetime) -> list[tuple[datetime, float, datetime]]:
    """Each stored daily and hourly series of the asset's venues (and Yahoo's aggregate): its first
    bar and its highest high among the bars closed by `end`, counted by the store."""
    from factcheck.market.data import VENUES, floor_time

    found = []
    for exchange, symbol in [*VENUES.get(asset, []), ("yahoo", f"{asset}/USD")]:
        for timeframe in ("1d", "1h"):
            peak = ctx.market.store.peak(exchange, symbol, timeframe, floor_time(end, timeframe))
            if peak is not None:
                found.append(peak)
    return found
