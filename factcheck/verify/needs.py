"""Which market data a claim's checker will read, so a batch can fetch it all
first, in the fewest requests (the data plan), and verify offline after.

Kept next to the checkers it mirrors; a need a checker does not use only costs
a few stored bars, a need it misses only costs a fetch during verification.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from factcheck.market.plan import LiquidationNeed, Need
from factcheck.model import Claim, ClaimKind
from factcheck.verify.indicator import LOOKBACK as INDICATOR_LOOKBACK
from factcheck.verify.indicator import WARM_UP, WEEKLY_WARM_UP
from factcheck.verify.last_seen import LOOKBACK as LAST_SEEN_LOOKBACK
from factcheck.verify.liquidations import liquidations_read
from factcheck.verify.short_trend import SEARCH, SHORT

DAY, HOUR = timedelta(days=1), timedelta(hours=1)
_HOURLY = {ClaimKind.price_level, ClaimKind.price_change, ClaimKind.intraday_high, ClaimKind.intraday_low}


def needs_of(claim: Claim) -> list[Need]:
    start, end, asset = claim.time.start, claim.time.end, claim.asset
    if asset is None or end is None:
        return []
    if claim.last_seen is not None and claim.last_seen.period.start is not None:  # 'its lowest since May 8'
        return _needs_of(claim, start, end, asset) + [Need(asset, "1d", claim.last_seen.period.start - LAST_SEEN_LOOKBACK, end)]
    return _needs_of(claim, start, end, asset)


def _needs_of(claim: Claim, start: datetime | None, end: datetime, asset: str) -> list[Need]:
    if claim.kind in _HOURLY and start is not None:
        return [Need(asset, "1h", min(start, end - DAY) - DAY, end)]
    if claim.kind is ClaimKind.forecast and start is not None:
        return [Need(asset, "1h", start - 2 * HOUR, end)]
    if claim.kind is ClaimKind.indicator:
        period = claim.period or 14
        if claim.timeframe == "1w":  # weekly bars are built from daily ones
            return [Need(asset, "1d", end - (WEEKLY_WARM_UP + period + INDICATOR_LOOKBACK + 2) * 7 * DAY, end),
                    Need(asset, "1h", end - DAY, end)]
        bars = WARM_UP + period + INDICATOR_LOOKBACK + 2
        if claim.timeframe == "4h":
            return [Need(asset, "1h", end - bars * 4 * HOUR, end)]
        # daily bars, and the hours of the day in progress (the forming candle)
        return [Need(asset, "1d", end - bars * DAY, end), Need(asset, "1h", end - DAY, end)]
    if claim.kind is ClaimKind.trend and claim.duration_days and claim.duration_days < SHORT:  # read on hours
        return [Need(asset, "1h", end - timedelta(days=SEARCH * claim.duration_days + 2), end)]
    if claim.kind is ClaimKind.trend and claim.duration_days:
        return [Need(asset, "1d", end - timedelta(days=2 * claim.duration_days + 31), end)]
    if claim.kind is ClaimKind.volume and claim.unit == asset:  # coins: the venue's hourly base volume
        return [Need(asset, "1h", min(start or end, end - DAY) - DAY, end)]
    if claim.kind is ClaimKind.market_cap and start is not None and start < end:  # a change: both ends
        return [Need(asset, "1h", start - DAY, end)]
    if claim.kind is ClaimKind.market_cap:
        return [Need(asset, "1h", end - 2 * DAY, end)]
    if claim.kind in {ClaimKind.support, ClaimKind.resistance}:
        return [Need(asset, "1h", end - 32 * DAY, end)]
    return []


def liquidation_needs_of(claim: Claim) -> list[LiquidationNeed]:
    """The liquidation window a liquidation claim's checker reads (none for other claims).

    An imbalance the rest of the article calls a liquidation map is not read
    by its checker; its window is still fetched, since planning sees the claim only."""
    read = liquidations_read(claim)
    return [] if read is None else [LiquidationNeed(*read)]
