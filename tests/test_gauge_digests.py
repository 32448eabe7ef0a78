"""Fear & Greed digests as news feeds paste them: the index's recipe ('volatility (25%) + market
trading volume (25%) + ...') is no reading of volume or dominance, and a bare zone said of the
index ('placing it in neutral territory') is the index's zone, not an RSI's."""

from __future__ import annotations

from factcheck.model import ClaimKind
from tests.extract_helpers import PUBLISHED
from tests.extract_helpers import claims_of as _claims


def test_an_index_recipe_gives_no_readings() -> None:
    claims = _claims("The gauge, which runs from 0 to 100, is built from price swings (25%) + spot trading volume (25%) "
                     "+ social chatter (15%) + polls (15%) + bitcoin dominance (10%) + search trends (10%).")
    assert claims == []


def test_moves_in_brackets_are_not_a_recipe() -> None:
    claims = _claims("Solana rose 6% to $180 (4% on the week), while XRP slipped 2% (3% on the week).")
    assert {c.asset for c in claims if c.kind is ClaimKind.price_change} == {"SOL", "XRP"}


def test_a_zone_said_of_the_gauge_is_its_reading_label() -> None:
    claims = _claims("Two weeks ago the Crypto Fear & Greed Index stood at 31. Last week it was at 47, putting it in "
                     "neutral territory.")
    assert [(c.kind, c.value, c.zone) for c in claims] == [
        (ClaimKind.sentiment_index, 31.0, None), (ClaimKind.sentiment_index, 47.0, "neutral")]


def test_a_zone_of_a_named_oscillator_stays_the_oscillators() -> None:
    claims = _claims("The Fear & Greed Index read 55. Ether's RSI sits in neutral territory.")
    assert [(c.kind, c.zone) for c in claims if c.value is None] == [(ClaimKind.indicator, "neutral")]


def test_a_zone_written_apart_from_its_value_joins_it() -> None:
    claims = _claims("Currently, the Crypto Fear & Greed Index sits at a value of 17, indicating the market sentiment "
                     "is that of extreme fear.")
    readings = [c for c in claims if c.kind is ClaimKind.sentiment_index]
    assert [(c.value, c.zone) for c in readings] == [(17.0, "extreme fear")]


def test_now_ends_the_reach_of_a_day_named_before() -> None:
    (claim,) = _claims("After sliding to a low on March 13, the total crypto market cap has now returned to $2.4 trillion.")
    assert (claim.kind, claim.value, claim.time.start) == (ClaimKind.market_cap, 2.4e12, PUBLISHED)
