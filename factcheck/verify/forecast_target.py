"""Forecasts that name their target in words: "a rally toward previous highs",
"could hit a new all-time high". The words become a price: the record high
before publication (the same history `all_time_high` uses), so the forecast is
scored like one with a figure. Targets we cannot turn into a price ("the lows
of the weekend", "a seventh weekly gain") stay unverifiable, saying why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from factcheck.formatting import usd, when
from factcheck.model import Claim
from factcheck.verify.all_time_high import HISTORY_NEEDED, _history
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
    history = _history(ctx, claim.asset, published)
    if history.empty or history.index[0] > published - HISTORY_NEEDED:
        return f"The store's {claim.asset} history is too short to know its record high before publication."
    at = history["high"].idxmax()
    price = float(history["high"].max())
    return Target(price, f"the record high before publication, {usd(price)} on {when(at)}")
