"""The verification stage: one checker per claim kind -> Verdict + Evidence.

Verification never parses text; it sees only Claims and market data.
"""

from __future__ import annotations

from factcheck.model import CheckedClaim, Claim, ClaimKind
from factcheck.verify.all_time_high import check_all_time_high
from factcheck.verify.context import Checker, Context
from factcheck.verify.currency import local_currency
from factcheck.verify.forecast import check_forecast
from factcheck.verify.indicator import check_indicator
from factcheck.verify.last_seen import check_last_seen
from factcheck.verify.levels import check_level
from factcheck.verify.liquidations import check_liquidations
from factcheck.verify.market_cap import check_market_cap
from factcheck.verify.not_yet import check_not_yet, check_opinion
from factcheck.verify.price_change import check_price_change
from factcheck.verify.price_level import check_intraday_extreme, check_price_level
from factcheck.verify.series_claims import (
    check_funding_rate,
    check_open_interest,
    check_sentiment_index,
    check_volume,
)
from factcheck.verify.trend import check_trend
from factcheck.verify.undated_start import undated_start
from factcheck.verify.venue import on_other_venue

CHECKERS: dict[ClaimKind, Checker] = {kind: check_not_yet for kind in ClaimKind}
CHECKERS.update(
    {
        ClaimKind.price_level: check_price_level,
        ClaimKind.price_change: check_price_change,
        ClaimKind.intraday_high: check_intraday_extreme,
        ClaimKind.intraday_low: check_intraday_extreme,
        ClaimKind.forecast: check_forecast,
        ClaimKind.indicator: check_indicator,
        ClaimKind.trend: check_trend,
        ClaimKind.all_time_high: check_all_time_high,
        ClaimKind.sentiment_index: check_sentiment_index,
        ClaimKind.funding_rate: check_funding_rate,
        ClaimKind.market_cap: check_market_cap,
        ClaimKind.open_interest: check_open_interest,
        ClaimKind.volume: check_volume,
        ClaimKind.support: check_level,
        ClaimKind.resistance: check_level,
        ClaimKind.liquidations: check_liquidations,
        ClaimKind.liquidation_imbalance: check_liquidations,
        ClaimKind.opinion: check_opinion,
    }
)


def verify(claims: list[Claim], ctx: Context) -> list[CheckedClaim]:
    """A verdict for every claim, in the article's order."""
    return [on_other_venue(check_last_seen(undated_start(claim) or local_currency(claim) or CHECKERS[claim.kind](claim, ctx), ctx))
            for claim in claims]
