"""Number forms and phrasings of market news read end to end: figures written as bounds
('north of', 'just shy of'), ranges with the currency said once ('$59K–60K'), totals in
shorthand ('1.45B'), sides that 'lost' money, one side's share or multiple of the other,
totals changing by an amount, and runs told as trends. Every sentence is written for
these tests, none is taken from an article."""

from __future__ import annotations

from datetime import UTC, datetime, timezone

from factcheck.model import Article, Claim, ClaimKind, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 4, 14, 9, 0, tzinfo=UTC)


def claims_in(text: str, kind: ClaimKind | None = None) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if kind is None or c.kind is kind]


def facts(claims: list[Claim]) -> set[tuple[str, str | None, str, float | None]]:
    return {(c.kind.value, c.asset, c.comparator.value, None if c.value is None else round(c.value, 6)) for c in claims}


def test_a_price_written_as_a_floor_is_above_it() -> None:
    found = claims_in("Litecoin was changing hands at slightly over $96 on Upbit late Monday.", ClaimKind.price_level)
    assert facts(found) == {("price_level", "LTC", "above", 96)}


def test_a_local_price_written_at_over_is_above_it() -> None:
    found = claims_in("On Bithumb, ether was trading at over 4.1 million won on Friday morning.", ClaimKind.price_level)
    assert facts(found) == {("price_level", "ETH", "above", 4_100_000)}
    assert found[0].unit == "KRW"


def test_just_shy_of_and_less_than_are_below() -> None:
    assert facts(claims_in("Solana traded just shy of $150 through the Asian session.", ClaimKind.price_level)) == {
        ("price_level", "SOL", "below", 150)}
    assert facts(claims_in("Dogecoin was changing hands at less than $0.16 on Sunday.", ClaimKind.price_level)) == {
        ("price_level", "DOGE", "below", 0.16)}


def test_a_session_high_of_over_a_figure_is_above_it() -> None:
    found = claims_in("Ether set a session high of over $2,450 before sellers stepped in.", ClaimKind.intraday_high)
    assert facts(found) == {("intraday_high", "ETH", "above", 2450)}


def test_a_record_written_a_fraction_under_a_figure_is_read_at_it() -> None:
    found = claims_in("Bitcoin's 2021 ATH sits at a fraction under $69k, still the line bulls watch.", ClaimKind.all_time_high)
    assert facts(found) == {("all_time_high", "BTC", "at", 69_000)}


def test_a_zone_with_its_currency_said_once_is_a_range() -> None:
    (claim,) = claims_in("Sellers have defended resistance at $2.4K–2.5K for ether all month.", ClaimKind.resistance)
    assert (claim.asset, claim.comparator.value, claim.value, claim.value_high) == ("ETH", "between", 2400, 2500)


def test_a_price_between_two_dashed_figures_is_a_band_not_its_first_end() -> None:
    (claim,) = claims_in("Avalanche is trading at $19-$21 after a quiet weekend.", ClaimKind.price_level)
    assert (claim.asset, claim.comparator.value, claim.value, claim.value_high) == ("AVAX", "between", 19, 21)


def test_a_total_in_capital_letter_shorthand_is_in_dollars() -> None:
    (claim,) = claims_in("Liquidations across crypto reached 2.35B over the past 24 hours.", ClaimKind.liquidations)
    assert (claim.asset, claim.comparator.value, claim.value, claim.unit) == (None, "at", 2.35e9, "USD")


def test_a_count_of_tokens_is_no_sum_of_money() -> None:
    found = claims_in("Dogecoin open interest climbed to 9.1 billion tokens on Tuesday.", ClaimKind.open_interest)
    assert all(c.unit != "USD" and c.value != 9.1e9 for c in found)


def test_a_non_ascii_minus_signs_a_move() -> None:
    found = claims_in("Cardano was ‑6.3% on the day while XRP was −2.8% lower.", ClaimKind.price_change)
    assert facts(found) == {("price_change", "ADA", "down", -6.3), ("price_change", "XRP", "down", -2.8)}


def test_a_side_that_lost_money_was_liquidated() -> None:
    (claim,) = claims_in("Solana longs alone lost $38 million as the token slid through support.", ClaimKind.liquidations)
    assert (claim.asset, claim.value, claim.side) == ("SOL", 38e6, "long")


def test_a_side_losing_in_a_clause_after_its_subject() -> None:
    (claim,) = claims_in("Shorts bore the brunt of the squeeze on Thursday, losing $212 million.", ClaimKind.liquidations)
    assert (claim.value, claim.side) == (212e6, "short")


def test_a_company_that_lost_money_is_no_liquidation() -> None:
    assert claims_in("The exchange lost $40 million in the hack last year.", ClaimKind.liquidations) == []


def test_the_next_side_and_coin_in_a_followed_by_chain() -> None:
    found = claims_in("Ether longs lost about $64 million, followed by solana longs at just over $21 million, CoinGlass data show.",
                      ClaimKind.liquidations)
    assert facts(found) == {("liquidations", "ETH", "at", 64e6), ("liquidations", "SOL", "above", 21e6)}
    assert {c.side for c in found} == {"long"}


def test_a_sides_share_of_all_liquidations_is_an_imbalance() -> None:
    found = claims_in("Traders saw $520 million liquidated; the liquidation amount for short positions reached $430 million, "
                      "accounting for about 83%.", ClaimKind.liquidation_imbalance)
    assert facts(found) == {("liquidation_imbalance", None, "at", 83)}
    assert found[0].unit == "%"


def test_an_imbalance_restated_after_a_coins_liquidations_is_that_coins() -> None:
    found = claims_in("In the past four hours $8.2 million in ETH positions were liquidated, but only $310,000 were shorts. "
                      "That works out to a 2,545% imbalance.", ClaimKind.liquidation_imbalance)
    assert facts(found) == {("liquidation_imbalance", "ETH", "at", 2545)}


def test_one_side_a_multiple_of_the_other_is_a_ratio() -> None:
    (claim,) = claims_in("Short liquidations were five times the longs during the Friday squeeze.", ClaimKind.liquidation_imbalance)
    assert (claim.value, claim.unit, claim.comparator.value) == (5, "ratio", "at")


def test_a_difference_between_the_sides_is_an_imbalance_in_dollars() -> None:
    (claim,) = claims_in("Exchanges recorded $85 million more long liquidations than shorts on Wednesday.", ClaimKind.liquidation_imbalance)
    assert (claim.value, claim.unit) == (85e6, "USD")


def test_open_interest_changing_by_an_amount_is_a_change_not_a_level() -> None:
    assert facts(claims_in("Solana futures open interest dropped by $1.3 billion over the weekend.", ClaimKind.open_interest)) == {
        ("open_interest", "SOL", "down", -1.3e9)}
    assert facts(claims_in("Roughly $640 million in open interest vanished during the selloff.", ClaimKind.open_interest)) == {
        ("open_interest", None, "down", -640e6)}
    assert facts(claims_in("Solana futures open interest dropped to $4.1 billion over the weekend.", ClaimKind.open_interest)) == {
        ("open_interest", "SOL", "at", 4.1e9)}


def test_a_total_growing_in_a_participle_clause_and_where_it_arrived() -> None:
    found = claims_in("The total crypto market cap has enjoyed a strong run this quarter, adding over $600 billion to reach $3.2 trillion.",
                      ClaimKind.market_cap)
    assert facts(found) == {("market_cap", None, "up", 600e9), ("market_cap", None, "at", 3.2e12)}


def test_the_cap_of_all_coins_is_the_whole_markets() -> None:
    """A coin named in the sentence before does not own 'the market capitalization of all coins'."""
    found = claims_in("Bitcoin is hovering just above $78,400. Meanwhile, the market capitalization of all coins rose "
                      "by 1.7% to over $2.7 trillion.", ClaimKind.market_cap)
    assert {c.asset for c in found} == {None}
    assert len(found) == 2


def test_a_scale_out_of_100_is_not_a_reading() -> None:
    found = claims_in("Panic spread as the Fear & Greed Index dropped to 14 out of 100.", ClaimKind.sentiment_index)
    assert {c.value for c in found} == {14}


def test_two_runs_of_different_lengths_are_two_claims() -> None:
    found = claims_in("Ether Ranges for 40 Days\n\nEther has traded in a horizontal range for the past 41 days.", ClaimKind.trend)
    assert sorted((c.zone, c.duration_days) for c in found) == [("sideways", 40), ("sideways", 41)]


def test_a_trend_reversed_by_a_rise_was_down() -> None:
    (claim,) = claims_in("Ether jumped 6% on Monday, reversing a four-day trend.", ClaimKind.trend)
    assert (claim.zone, claim.duration_days) == ("down", 4)


def test_a_descending_line_since_the_start_of_the_year_is_a_downtrend() -> None:
    (claim,) = claims_in("Solana has been pinned under a falling trendline since the start of this year.", ClaimKind.trend)
    assert claim.zone == "down" and abs(claim.duration_days - 103) < 1


def test_a_run_of_fund_flows_or_of_another_total_is_no_price_trend() -> None:
    assert claims_in("Spot ether ETFs posted four straight days of heavy outflows.", ClaimKind.trend) == []
    assert claims_in("The stablecoin market cap has climbed steadily since the start of the year.", ClaimKind.trend) == []


def test_spun_around_written_round_still_reads_a_low() -> None:
    found = claims_in("Ether is trading at $1,610 after discovering lows round $1,575 overnight.", ClaimKind.intraday_low)
    assert facts(found) == {("intraday_low", "ETH", "at", 1575)}


def test_an_oi_weighted_funding_rate_is_funding_not_open_interest() -> None:
    found = claims_in("Ether's OI-weighted funding fee is at 0.0031%, well under its January readings.")
    assert facts([c for c in found if c.kind in {ClaimKind.funding_rate, ClaimKind.open_interest}]) == {
        ("funding_rate", "ETH", "at", 0.0031)}


def test_a_target_given_to_the_wrong_coin_goes_to_the_coin_of_its_scale() -> None:
    text = ("Ether trades at $3,410 after a quiet week. Traders in ether options are hedging, and Solana trades at $182. "
            "Desks say a squeeze toward $205 could come if funding resets.")
    found = claims_in(text, ClaimKind.forecast)
    assert facts(found) == {("forecast", "SOL", "at", 205)}


def test_a_price_of_its_own_scale_keeps_its_coin() -> None:
    text = "Bitcoin trades at $97,400 and ether at $3,410. Bitcoin could push toward $104,000 next week."
    assert facts(claims_in(text, ClaimKind.forecast)) == {("forecast", "BTC", "at", 104_000)}


def test_a_move_that_happened_is_no_forecast_in_a_headline_verb_form() -> None:
    found = claims_in("Over the summer, the price of Solana returned above $200 for the first time in months.")
    assert ClaimKind.forecast not in {c.kind for c in found}


def test_the_current_price_in_a_predicting_sentence_is_a_level() -> None:
    found = claims_in("The model's prediction puts ETH at $3,050 by March 31, a slight drop from the current price of $3,180.")
    assert ("price_level", "ETH", "at", 3180) in facts(found)
    assert ("forecast", "ETH", "at", 3180) not in facts(found)


def test_a_decrease_seen_is_a_move_and_a_decrease_foreseen_a_forecast() -> None:
    assert facts(claims_in("Cardano saw a decrease of 7% over the weekend.")) >= {("price_change", "ADA", "down", -7)}
    assert ("forecast", "ADA", "at", -7) in facts(claims_in("Analysts see a 7% decrease for Cardano next month."))
    assert facts(claims_in("Cardano decreased by 7% over the weekend.", ClaimKind.price_change)) == {("price_change", "ADA", "down", -7)}


def test_a_move_of_another_series_whose_words_name_a_coin_is_no_price_move() -> None:
    found = claims_in("The number of addresses holding at least 10 ETH decreased by 3.1% over the month.", ClaimKind.price_change)
    assert found == []


def test_a_support_named_by_the_low_it_was() -> None:
    found = claims_in("For ether, support is Friday's low near $2,310, and resistance sits at $2,600.")
    assert ("support", "ETH", "at", 2310) in facts(found)
    assert ("intraday_low", "ETH", "at", 2310) not in facts(found)


def test_a_level_that_holds_is_a_support() -> None:
    found = claims_in("Solana bulls are watching whether the $140 area holds on a retest.", ClaimKind.support)
    assert facts(found) == {("support", "SOL", "at", 140)}
