"""Phrasings of wire and translated market news that carry a claim the plain cues miss:
totals restated in a chain, moves written 'a decline of up to N%', figures 'reported at'.
Every sentence is written for these tests, none is taken from an article."""

from __future__ import annotations

from datetime import UTC, datetime, timezone

from factcheck.model import Article, Claim, ClaimKind, Comparator, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 3, 18, 14, 0, tzinfo=UTC)


def claims_in(text: str, kind: ClaimKind | None = None) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if kind is None or c.kind is kind]


def facts(claims: list[Claim]) -> set[tuple[str, str | None, str, float | None]]:
    return {(c.kind.value, c.asset, c.comparator.value, c.value) for c in claims}


def test_a_change_noun_with_of_is_a_move_not_a_rate() -> None:
    found = claims_in("Solana was quoted at $131.20 late on Tuesday, after a 24-hour decline of 6.35%.", ClaimKind.price_change)
    assert facts(found) == {("price_change", "SOL", "down", -6.35)}


def test_up_to_caps_a_move_and_is_no_rise() -> None:
    found = claims_in("Litecoin extended its slide, with a weekly drop of up to 11.4% on some venues.", ClaimKind.price_change)
    assert facts(found) == {("price_change", "LTC", "down", -11.4)}


def test_a_price_currently_reported_or_quoted_is_a_level() -> None:
    found = claims_in("Ether is currently reported at $2,046, while bitcoin is now quoted at $83,910.", ClaimKind.price_level)
    assert facts(found) == {("price_level", "ETH", "at", 2046), ("price_level", "BTC", "at", 83910)}


def test_a_total_from_one_figure_to_another_is_read_at_where_it_arrived() -> None:
    found = claims_in("The global crypto market capitalization slid from $3.1 trillion to $2.84 trillion overnight.",
                      ClaimKind.market_cap)
    assert facts(found) == {("market_cap", None, "at", 2.84e12)}


def test_a_total_restated_at_its_level_and_its_change_in_one_clause() -> None:
    found = claims_in("The market capitalization of Bitcoin has slipped under $1.7 trillion, now at $1.68 trillion, "
                      "with a 24-hour drop of 4.6%.", ClaimKind.market_cap)
    assert facts(found) == {
        ("market_cap", "BTC", "below", 1.7e12),
        ("market_cap", "BTC", "at", 1.68e12),
        ("market_cap", "BTC", "down", -4.6),
    }
    assert all(c.metric == "market_cap" for c in found)


def test_the_total_market_cap_of_a_named_coin_is_that_coins() -> None:
    (claim,) = claims_in("The total market cap of Ethereum stood at $236 billion on Monday.", ClaimKind.market_cap)
    assert (claim.asset, claim.value) == ("ETH", 236e9)


def test_readings_listed_respectively_take_the_timeframes_in_order() -> None:
    found = claims_in("For Ether, the daily, 4-hour and weekly RSI readings came in at 61.2, 55 and 47.8, respectively.",
                      ClaimKind.indicator)
    assert {(c.asset, c.value, c.timeframe) for c in found} == {("ETH", 61.2, "1d"), ("ETH", 55, "4h"), ("ETH", 47.8, "1w")}


def test_a_plural_relative_strength_indexes_is_the_rsi() -> None:
    (claim,) = claims_in("Bitcoin's Relative Strength Indexes on the daily chart sit near 44.", ClaimKind.indicator)
    assert (claim.asset, claim.metric, claim.value) == ("BTC", "rsi", 44)


def test_a_title_case_verb_through_a_reading_is_a_crossing() -> None:
    (claim,) = claims_in("Solana Daily RSI Slips Below 40 As Sellers Return", ClaimKind.indicator)
    assert (claim.asset, claim.comparator, claim.value) == ("SOL", Comparator.crossed_below, 40)


def test_a_coin_introduced_with_its_ticker_owns_its_figures() -> None:
    found = claims_in("Bitcoin traded at $84,200. Meanwhile Render (RNDR) slid 7.5% on the day and trades at $3.91.")
    assert ("price_change", "RNDR", "down", -7.5) in facts(found)
    assert ("price_level", "RNDR", "at", 3.91) in facts(found)
    assert ("price_level", "BTC", "at", 84200) in facts(found)


def test_an_acronym_of_the_words_before_it_is_no_coin() -> None:
    found = claims_in("Ahead of the Federal Open Market Committee (FOMC), bitcoin slipped 2.1% to $81,350.")
    assert {c.asset for c in found} == {"BTC"}


def sides(claims: list[Claim]) -> set[tuple[str | None, float | None, str | None]]:
    return {(c.asset, c.value, c.side) for c in claims if c.kind is ClaimKind.liquidations}


def test_a_dash_glued_to_a_figure_splits_the_words() -> None:
    found = claims_in("Solana traders were hit too, with $58 million liquidated—$41 million of it from long bets.")
    assert sides(found) == {("SOL", 58e6, "total"), ("SOL", 41e6, "long")}


def test_each_side_after_a_total_is_a_claim_of_its_side() -> None:
    found = claims_in("In the past four hours, $21.5 million in ETH positions were liquidated, "
                      "but only $1.2 million were shorts, while $20.3 million were longs.")
    assert sides(found) == {("ETH", 21.5e6, "total"), ("ETH", 1.2e6, "short"), ("ETH", 20.3e6, "long")}


def test_the_side_can_be_the_subject_of_the_clause_the_figure_hangs_on() -> None:
    found = claims_in("Long positions took the worst of it, with $318 million wiped out across exchanges.")
    assert sides(found) == {(None, 318e6, "long")}
    part = claims_in("Shorts made up most of the $318 million wiped out across exchanges.")
    assert sides(part) == {(None, 318e6, "total")}


def test_a_figure_written_before_another_metric_is_not_a_liquidation() -> None:
    found = claims_in("Per liquidation dashboards, $640 million in open interest vanished overnight.")
    assert sides(found) == set()
    assert {c.kind for c in found} == {ClaimKind.open_interest}


def test_a_clause_after_the_figure_does_not_make_it_another_metric() -> None:
    found = claims_in("Ether slips below $2,300 as ETF outflows deepen.", ClaimKind.price_level)
    assert facts(found) == {("price_level", "ETH", "crossed_below", 2300)}
    kept = claims_in("Bitcoin funds saw $2.1 billion in inflows this week.", ClaimKind.price_level)
    assert kept == []


def test_a_failed_break_meets_a_level_and_a_failed_hold_falls_through_it() -> None:
    assert facts(claims_in("Ether retreated after failing to break above $2,950 again.")) >= {("resistance", "ETH", "at", 2950)}
    assert facts(claims_in("Solana was unable to hold above $180 into the weekend.")) >= {
        ("price_level", "SOL", "crossed_below", 180)}


def test_as_much_as_then_a_price_is_the_sessions_extreme() -> None:
    found = claims_in("XRP dropped as much as 9% to about $2.04 before buyers stepped in.")
    assert ("intraday_low", "XRP", "at", 2.04) in facts(found)
    assert ("price_change", "XRP", "down", -9) in facts(found)
    assert ("intraday_high", "BTC", "at", 97450) in facts(claims_in("Bitcoin jumped and climbed up to $97,450 by noon."))


def test_record_right_before_a_figure_makes_it_the_record() -> None:
    (claim,) = claims_in("Ether Hits Record $4,950 As Rate-Cut Bets Build")
    assert (claim.kind, claim.value) == (ClaimKind.all_time_high, 4950)


def test_vivid_verbs_of_breaking_through_cross_the_level() -> None:
    assert facts(claims_in("Bitcoin rocketed and then blasted past $105,000 late on Friday.", ClaimKind.price_level)) >= {
        ("price_level", "BTC", "crossed_above", 105000)}
    assert facts(claims_in("Ether ripped through $3,600 in minutes.", ClaimKind.price_level)) == {
        ("price_level", "ETH", "crossed_above", 3600)}


def test_a_prediction_or_a_potential_move_is_a_forecast() -> None:
    assert facts(claims_in("The model's prediction puts ETH at $3,250 by the end of March.")) >= {("forecast", "ETH", "at", 3250)}
    assert facts(claims_in("That could be potentially setting up a slide toward $74,000 for bitcoin.")) >= {
        ("forecast", "BTC", "at", 74000)}


def test_a_level_named_in_an_if_clause_stands_now() -> None:
    found = claims_in("If Bitcoin closes above the $98,000 resistance line, a run at $105,000 could follow.")
    assert ("resistance", "BTC", "at", 98000) in facts(found)
    assert ("forecast", "BTC", "at", 105000) in facts(found)


def opinions(text: str) -> list[str]:
    return [c.text for c in claims_in(text, ClaimKind.opinion)]


def test_a_question_is_not_an_opinion() -> None:
    assert opinions("Is the bullish momentum in bitcoin about to fade, or will buyers return?") == []


def test_advice_and_disclaimers_are_not_opinions() -> None:
    assert opinions("Traders should closely monitor the momentum in ether over the next sessions.") == []
    assert opinions("Prices and sentiment may have changed since publication of this note.") == []


def test_a_clause_with_an_unclaimed_figure_is_left_out_but_its_reading_kept() -> None:
    found = opinions("Whales added 12,000 BTC worth $1.1 billion last week, suggesting accumulation is under way again.")
    assert found == ["suggesting accumulation is under way again."]


def test_a_move_takes_the_window_nearest_to_it() -> None:
    (claim,) = claims_in("Ether weakened today, last quoted at $1,912, with a 24-hour decline of 5.2%.", ClaimKind.price_change)
    assert claim.time.end == PUBLISHED
    assert (claim.time.end - claim.time.start).total_seconds() == 24 * 3600
