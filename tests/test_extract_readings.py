"""Readings of a gauge (RSI, Fear & Greed), liquidations, records and zones, as a
careful reader states the rules; every sentence is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 6, 3, 9, 0, tzinfo=UTC)


def claims_in(text: str, kind: ClaimKind | None = None, **article: object) -> list[Claim]:
    fields: dict[str, object] = {"text": text, "source": "test", "published_at": PUBLISHED,
                                 "published_precision": Precision.minute, "published_zone": "UTC"}
    fields.update(article)
    found = extract(Article(**fields))  # type: ignore[arg-type]
    return [c for c in found if kind is None or c.kind is kind]


def test_rsi_period_in_brackets_is_not_its_reading() -> None:
    (claim,) = claims_in("Ether's daily RSI (14) stands at 44 after the pullback.", ClaimKind.indicator)
    assert (claim.value, claim.period, claim.timeframe) == (44, 14, "1d")


def test_a_number_after_the_rsi_is_a_reading_not_a_period() -> None:
    (claim,) = claims_in("Solana's weekly RSI is near 41.", ClaimKind.indicator)
    assert (claim.value, claim.period, claim.timeframe) == (41, 14, "1w")


def test_a_timeframe_glued_to_a_number_is_not_a_reading() -> None:
    (claim,) = claims_in("1H RSI: 33 on XRP.", ClaimKind.indicator)
    assert claim.value == 33


def test_a_zone_written_with_the_reading_belongs_to_it() -> None:
    (claim,) = claims_in("Bitcoin's four-hour RSI sits at 78, overbought.", ClaimKind.indicator)
    assert (claim.value, claim.zone, claim.timeframe) == (78, "overbought", "4h")
    (negated,) = claims_in("The daily RSI reads 33, soft but not oversold.", ClaimKind.indicator)
    assert negated.zone is None


def test_a_chart_named_once_sets_the_timeframe() -> None:
    (claim,) = claims_in("On the one-hour chart the RSI has dropped to 29.", ClaimKind.indicator)
    assert (claim.value, claim.timeframe) == (29, "1h")


def test_moving_through_a_level_is_a_crossing_standing_is_not() -> None:
    (crossed,) = claims_in("The daily RSI slipped below 30 overnight.", ClaimKind.indicator)
    (standing,) = claims_in("The daily RSI sits below 30 for now.", ClaimKind.indicator)
    assert crossed.comparator is Comparator.crossed_below
    assert standing.comparator is Comparator.below


def test_an_earlier_reading_after_from_is_a_claim_too() -> None:
    found = claims_in("The Crypto Fear & Greed Index rose to 58 from 41 on Monday.", ClaimKind.sentiment_index)
    assert sorted(c.value for c in found) == [41, 58]
    earlier = next(c for c in found if c.value == 41)
    assert earlier.text.startswith("from 41")


def test_it_after_a_gauge_refers_to_the_gauge() -> None:
    found = claims_in("The Crypto Fear & Greed Index fell to 19 on Tuesday. It has since recovered to 27, \"fear\".", ClaimKind.sentiment_index)
    assert {(c.value, c.zone) for c in found} >= {(27, "fear")}
    assert claims_in("Ether fell 3% on Tuesday. It has since climbed.", ClaimKind.sentiment_index) == []


def test_leader_dots_keep_a_table_row_together() -> None:
    (claim,) = claims_in("Fear & Greed ............ 61, greed\n", ClaimKind.sentiment_index)
    assert (claim.value, claim.zone) == (61, "greed")


def test_liquidations_without_a_side_are_the_total() -> None:
    (claim,) = claims_in("Roughly $640 million was liquidated across crypto markets in 24 hours.", ClaimKind.liquidations)
    assert (claim.value, claim.side, claim.asset) == (640e6, "total", None)


def test_liquidation_side_comes_from_the_figure_phrase() -> None:
    found = claims_in("Short positions worth $95 million were liquidated overnight against only $12 million of longs.", ClaimKind.liquidations)
    assert {(c.value, c.side) for c in found} == {(95e6, "short"), (12e6, "long")}


def test_liquidations_of_a_named_coin() -> None:
    (claim,) = claims_in("More than $60 million of long positions in solana futures were liquidated.", ClaimKind.liquidations)
    assert (claim.asset, claim.side, claim.comparator) == ("SOL", "long", Comparator.above)


def test_a_price_after_a_liquidation_cascade_is_not_a_liquidation() -> None:
    assert claims_in("A liquidation cascade pushed the price to $2,310 before noon.", ClaimKind.liquidations) == []


def test_long_short_ratios_are_an_imbalance() -> None:
    (ratio,) = claims_in("Short liquidations outnumbered longs by more than 4 to 1 on Friday.", ClaimKind.liquidation_imbalance)
    (times,) = claims_in("Long liquidations outpaced shorts by 2.5x during the selloff.", ClaimKind.liquidation_imbalance)
    assert (ratio.value, ratio.unit, ratio.comparator) == (4, "ratio", Comparator.above)
    assert (times.value, times.unit, times.comparator) == (2.5, "ratio", Comparator.at)


def test_more_shorts_than_longs_at_risk_is_an_imbalance() -> None:
    (claim,) = claims_in("The liquidation map shows about $800 million more long positions than shorts at risk.", ClaimKind.liquidation_imbalance)
    assert claim.value == 800e6


def test_a_distance_below_the_record_and_the_record_are_two_claims() -> None:
    found = claims_in("Ether is still about 35% below its record of $4,870, set in 2021.", ClaimKind.all_time_high)
    assert {(c.comparator, c.value) for c in found} == {(Comparator.below, 35), (Comparator.at, 4870)}


def test_a_record_named_with_a_month_and_year() -> None:
    (claim,) = claims_in("Solana trades 44% below its November 2024 record.", ClaimKind.all_time_high)
    assert (claim.comparator, claim.value) == (Comparator.below, 44)


def test_below_a_record_without_a_figure() -> None:
    (claim,) = claims_in("Even after the bounce, bitcoin remains far below the March peak.", ClaimKind.all_time_high)
    assert (claim.comparator, claim.value) == (Comparator.below, None)


def test_crossing_a_level_for_the_first_time_is_a_record() -> None:
    (claim,) = claims_in("Ether crossed $5,000 for the first time on Tuesday.", ClaimKind.all_time_high)
    assert (claim.comparator, claim.value) == (Comparator.crossed_above, 5000)


def test_support_and_resistance_zones() -> None:
    (support,) = claims_in("Support is the $2,400-$2,450 band that held in May.", ClaimKind.support)
    (resistance,) = claims_in("The main resistance area lies between $2,900 and $3,000.", ClaimKind.resistance)
    assert (support.comparator, support.value, support.value_high) == (Comparator.between, 2400, 2450)
    assert (resistance.comparator, resistance.value, resistance.value_high) == (Comparator.between, 2900, 3000)


def test_an_opinion_beside_a_figure_is_kept() -> None:
    found = claims_in("Ether rose 4% on Monday, which suggests buyers are regaining control of the market.")
    opinions = [c for c in found if c.kind is ClaimKind.opinion]
    assert [c.text for c in opinions] == ["which suggests buyers are regaining control of the market."]
    assert any(c.kind is ClaimKind.price_change for c in found)


def test_a_heading_is_no_opinion_and_a_conditional_outlook_is_a_conditional_one() -> None:
    """As 005's gold keeps "If it delivers details ..., the bid could come back": the outlook
    without a figure is a reading, held to its condition; the condition itself is not."""
    text = "Whales keep buying as momentum fades\n\nIf buyers step in again, the recovery could resume quickly."
    found = claims_in(text, ClaimKind.opinion, title="Whales keep buying as momentum fades")
    assert [(c.text.rstrip("."), c.modality) for c in found] == [("the recovery could resume quickly", Modality.conditional)]


def test_a_coin_named_in_a_clause_after_the_figure_does_not_own_it() -> None:
    (claim,) = claims_in("More than $190 million in long liquidations as solana slid overnight", ClaimKind.liquidations)
    assert (claim.asset, claim.side, claim.comparator) == (None, "long", Comparator.above)


def test_the_side_said_of_the_figure_after_a_comma() -> None:
    (claim,) = claims_in("Of those liquidations, roughly $140 million, were long positions.", ClaimKind.liquidations)
    assert (claim.value, claim.side) == (140e6, "long")


def test_a_part_of_the_total_for_one_side() -> None:
    found = claims_in("Liquidations reached $610 million over the day, with $455 million in short positions.", ClaimKind.liquidations)
    assert [(c.value, c.side) for c in found] == [(610e6, "total"), (455e6, "short")]
    found = claims_in("Solana positions bore the worst of it, with $64 million in liquidations, about $51 million of which were longs.", ClaimKind.liquidations)
    assert [(c.value, c.side, c.asset) for c in found] == [(64e6, "total", "SOL"), (51e6, "long", "SOL")]


def test_the_same_figure_for_the_next_venues_in_a_list() -> None:
    found = claims_in("Bybit saw $88 million in liquidations, followed by Deribit at $41 million and Kraken at $9 million.", ClaimKind.liquidations)
    assert [c.value for c in found] == [88e6, 41e6, 9e6]


def test_shorts_that_lost_a_sum_were_liquidated() -> None:
    (claim,) = claims_in("Solana shorts lost about $37 million as the coin ripped higher.", ClaimKind.liquidations)
    assert (claim.asset, claim.side, claim.value) == ("SOL", "short", 37e6)


def test_the_volume_of_liquidations_is_a_liquidation_figure() -> None:
    found = claims_in("The volume of liquidations in 24 hours came to $720 million.")
    assert [c.kind for c in found] == [ClaimKind.liquidations]


def test_the_total_crypto_market_cap_belongs_to_no_coin() -> None:
    (claim,) = claims_in("Ether slid, and the total cryptocurrency market cap fell to $2.9 trillion.", ClaimKind.market_cap)
    assert (claim.asset, claim.value) == (None, 2.9e12)


def test_crossing_a_market_cap_mark_is_above_it() -> None:
    (claim,) = claims_in("Solana's market value is crossing the $100 billion mark.", ClaimKind.market_cap)
    assert (claim.asset, claim.comparator, claim.value) == ("SOL", Comparator.above, 100e9)


def test_an_earlier_dominance_reading_is_no_price_move() -> None:
    found = claims_in("Bitcoin dominance climbed to 61%, up from 58% a week earlier.")
    assert [(c.kind, c.value) for c in found] == [(ClaimKind.market_cap, 61), (ClaimKind.market_cap, 58)]


def test_a_known_nickname_names_the_coin() -> None:
    (claim,) = claims_in("Ether lagged. Meanwhile the leading cryptocurrency dropped 6% overnight.", ClaimKind.price_change)
    assert claim.asset == "BTC"


def test_the_figure_governed_by_the_metrics_verb_past_a_long_aside() -> None:
    text = "Ether's open interest, which counts every futures contract still open on the venues tracked, has reached $14.2 billion."
    (claim,) = claims_in(text, ClaimKind.open_interest)
    assert (claim.value, claim.comparator) == (14.2e9, Comparator.at)


def test_a_coordinated_verb_without_its_own_subject_shares_the_metric() -> None:
    (claim,) = claims_in("Solana open interest is running hot and now sits above $7 billion.", ClaimKind.open_interest)
    assert (claim.value, claim.comparator) == (7e9, Comparator.above)


def test_the_level_a_change_arrived_at_is_a_second_reading() -> None:
    found = claims_in("Ether futures open interest climbed 9% overnight, reaching about $19.5 billion.", ClaimKind.open_interest)
    assert [(c.value, c.unit, c.comparator) for c in found] == [(9, "%", Comparator.up), (19.5e9, "USD", Comparator.at)]


def test_a_change_noun_after_the_figure_gives_its_direction() -> None:
    (claim,) = claims_in("Solana recorded a 45% jump in 24-hour trading volume.", ClaimKind.volume)
    assert (claim.value, claim.comparator, claim.metric) == (45, Comparator.up, "volume_change")
    assert claims_in("Solana recorded a 45% jump in 24-hour trading volume.", ClaimKind.price_change) == []
