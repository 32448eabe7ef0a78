"""Derivatives figures in the shapes wires and desk notes give them: liquidation sides set
against each other, listed 'respectively' or handed over with a verb said once; a total
announced in the sentence after the liquidations; ranges; open interest in coins and at
a record; gauges named twice in one sentence. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, Claim, ClaimKind, Comparator, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 3, 12, 9, 0, tzinfo=UTC)


def claims_in(text: str, kind: ClaimKind) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED,
                      published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if c.kind is kind]


def sides(text: str) -> set[tuple[str | None, float | None]]:
    return {(c.side, c.value) for c in claims_in(text, ClaimKind.liquidations)}


# --- liquidation sides -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    ("Liquidations across crypto hit $83.4 million over the past day, with shorts taking the brunt - "
     "$57.2 million versus $26.2 million in longs."),
    ("Liquidations across crypto hit $83.4 million over the past day: $57.2 million of shorts against "
     "just $26.2 million of longs."),
])
def test_figures_set_against_each_other_are_the_two_sides(text: str) -> None:
    assert sides(text) == {("total", 83.4e6), ("short", 57.2e6), ("long", 26.2e6)}


def test_the_side_opposite_a_named_one_is_the_other_side() -> None:
    found = sides("Derivatives desks counted $118 million in liquidations overnight, $71 million in "
                  "longs versus $47 million.")
    assert ("long", 71e6) in found and ("short", 47e6) in found


@pytest.mark.parametrize(("text", "expected"), [
    (("Roughly $540 million was liquidated on Tuesday, with about $455 million and $85 million of long and "
      "short positions liquidated respectively."), {("total", 540e6), ("long", 455e6), ("short", 85e6)}),
    ("Short and long liquidations came to $132 million and $41 million, respectively.",
     {("short", 132e6), ("long", 41e6)}),
])
def test_figures_listed_respectively_follow_the_listed_sides(text: str, expected: set) -> None:
    assert sides(text) == expected


@pytest.mark.parametrize("text", [
    "Futures traders lost $260 million to liquidations; longs accounted for $190 million, shorts for $70 million.",
    "Longs accounted for $190 million of liquidations, shorts for $70 million.",
])
def test_a_side_borrowing_the_verb_said_before_it_keeps_its_figure(text: str) -> None:
    found = sides(text)
    assert ("long", 190e6) in found and ("short", 70e6) in found


def test_a_trade_is_no_side_of_liquidations() -> None:
    found = sides("Liquidations reached $95 million. One fund went long for $20 million on the dip.")
    assert found == {("total", 95e6)}


def test_of_which_names_a_part_of_the_total() -> None:
    assert sides("Some $380 million of leveraged positions were liquidated, of which $310 million were longs.") \
        == {("total", 380e6), ("long", 310e6)}


# --- a total in the next sentence -----------------------------------------------------------


def test_the_total_told_after_a_sentence_about_liquidations_is_theirs() -> None:
    (claim,) = claims_in("More than 160,000 traders were liquidated over the past day. The total came to "
                         "$1.12 billion, most of it longs.", ClaimKind.liquidations)
    assert (claim.value, claim.side, claim.asset) == (1.12e9, "total", None)
    assert claim.text.startswith("total came to")


def test_an_estimate_given_as_a_range_is_between() -> None:
    (claim,) = claims_in("About 250,000 traders were liquidated on Monday. An exchange chief said the real "
                         "figure was likely between $3 billion and $4 billion.", ClaimKind.liquidations)
    assert (claim.comparator, claim.value, claim.value_high) == (Comparator.between, 3e9, 4e9)


def test_a_total_needs_liquidations_just_before() -> None:
    assert claims_in("Bitcoin slid 4% overnight. The total came to $1.12 billion.", ClaimKind.liquidations) == []


def test_a_total_of_another_metric_stays_that_metric() -> None:
    text = "Liquidations hit $640 million on Friday. The total market cap slid to $2.9 trillion."
    assert {c.value for c in claims_in(text, ClaimKind.liquidations)} == {640e6}
    assert [c.value for c in claims_in(text, ClaimKind.market_cap)] == [2.9e12]


@pytest.mark.parametrize("text", [
    "Liquidations were estimated at $1.3-1.6 billion over the past day.",
    "Liquidations were estimated at $1.3 billion to $1.6 billion over the past day.",
])
def test_a_range_of_liquidations_reads_both_ends(text: str) -> None:
    (claim,) = claims_in(text, ClaimKind.liquidations)
    assert (claim.comparator, claim.value, claim.value_high) == (Comparator.between, 1.3e9, 1.6e9)


# --- open interest ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Open interest in bitcoin futures climbed to 395,000 BTC on Monday.", 395_000, "BTC"),
    ("Aggregate ether open interest stands at 2.3 million ETH.", 2.3e6, "ETH"),
])
def test_open_interest_in_coins_is_a_reading(text: str, value: float, unit: str) -> None:
    (claim,) = claims_in(text, ClaimKind.open_interest)
    assert (claim.comparator, claim.value, claim.unit) == (Comparator.at, value, unit)


def test_the_earlier_level_in_coins_is_a_second_reading() -> None:
    found = claims_in("Ether's open interest stood at 4.9 million ETH on Wednesday, up from 4.4 million ETH "
                      "a week earlier.", ClaimKind.open_interest)
    assert sorted(c.value for c in found) == [4.4e6, 4.9e6]


@pytest.mark.parametrize(("text", "level"), [
    ("Bitcoin futures open interest has climbed 9% this week to a record of nearly $66 billion.", 66e9),
    ("Bitcoin open interest rose 5% to a new high of $67 billion.", 67e9),
    ("Open interest rose by 11% to 420,000 BTC.", 420_000),
])
def test_the_level_a_change_reached_is_read_past_record_words(text: str, level: float) -> None:
    found = {(c.comparator, c.value) for c in claims_in(text, ClaimKind.open_interest)}
    assert (Comparator.at, level) in found
    assert any(comparator is Comparator.up for comparator, _ in found)


# --- gauges ---------------------------------------------------------------------------------


def test_two_gauges_in_one_sentence_keep_their_own_timeframes() -> None:
    found = claims_in("Ether's daily RSI reads 47 while the weekly RSI is at 61.", ClaimKind.indicator)
    assert sorted((c.value, c.timeframe) for c in found) == [(47, "1d"), (61, "1w")]


def test_a_zone_word_between_two_readings_keeps_the_earlier_one() -> None:
    found = claims_in("The Crypto Fear & Greed Index rose to 63, greed, from 49.", ClaimKind.sentiment_index)
    assert sorted(c.value for c in found) == [49, 63]


@pytest.mark.parametrize(("text", "value"), [
    ("Tuesday's rally caused nearly $310 million positions to face liquidations.", 310e6),
    ("The rally has forced about $175 million of positions into liquidation.", 175e6),
    ("The selloff caused $420 million worth of bets to be liquidated.", 420e6),
    ("Nearly $95 million in positions faced liquidation overnight.", 95e6),
])
def test_positions_sent_to_liquidation_are_liquidations(text: str, value: float) -> None:
    (claim,) = claims_in(text, ClaimKind.liquidations)
    assert (claim.value, claim.side) == (value, "total")


def test_a_price_that_triggers_liquidations_is_no_liquidation_figure() -> None:
    assert claims_in("Ether fell to $2,400 to trigger liquidations.", ClaimKind.liquidations) == []


def test_open_interest_changed_by_an_amount_of_coins_is_a_change() -> None:
    (claim,) = claims_in("Open interest jumped by 31,000 BTC over the weekend.", ClaimKind.open_interest)
    assert (claim.comparator, claim.value, claim.unit, claim.metric) == (Comparator.up, 31_000, "BTC", "open_interest_change")


# --- funding --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "comparator"), [
    ("Ether's funding rate is sliding toward negative territory.", Comparator.above),  # still positive
    ("Funding is nearing positive again after a week in the red.", Comparator.below),  # still negative
    ("Funding on Binance flipped negative overnight.", Comparator.crossed_below),
])
def test_funding_nearing_a_sign_has_not_reached_it(text: str, comparator: Comparator) -> None:
    (claim,) = claims_in(text, ClaimKind.funding_rate)
    assert (claim.comparator, claim.value) == (comparator, 0)


@pytest.mark.parametrize(("text", "value"), [
    ("Annualised funding on the bitcoin perpetual dropped to 6.5%, the lowest since October.", 6.5),
    ("Bitcoin perpetual funding sits at an annualized 13%.", 13),
    ("Perpetual funding rates for ether sat at roughly 9% annualized.", 9),
])
def test_an_annualised_rate_is_marked_as_yearly(text: str, value: float) -> None:
    (claim,) = claims_in(text, ClaimKind.funding_rate)
    assert (claim.value, claim.metric) == (value, "funding_rate_annualized")


def test_a_rate_per_funding_period_is_not_annualised() -> None:
    (claim,) = claims_in("Funding on ether perps climbed to 0.025% per eight hours.", ClaimKind.funding_rate)
    assert (claim.value, claim.metric) == (0.025, "funding_rate")


# --- gauges read per coin -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "4H RSI: ETH 44, BTC 37.5.",  # the parser cuts after the colon
    "The 4-hour RSI stands at 44 for ether and 37.5 for bitcoin.",
])
def test_a_gauge_read_for_each_coin_gives_each_coin_its_reading(text: str) -> None:
    found = claims_in(text, ClaimKind.indicator)
    assert sorted((c.asset, c.value, c.timeframe) for c in found) == [("BTC", 37.5, "4h"), ("ETH", 44, "4h")]


def test_a_reading_said_of_both_coins_is_each_ones() -> None:
    found = claims_in("Bitcoin and ether have sold off hard, with their daily RSIs both near 33.", ClaimKind.indicator)
    assert sorted((c.asset, c.value) for c in found) == [("BTC", 33), ("ETH", 33)]


def test_both_without_two_coins_is_one_reading() -> None:
    found = claims_in("Bitcoin's RSI is both stretched and at 77.", ClaimKind.indicator)
    assert [(c.asset, c.value) for c in found] == [("BTC", 77)]


@pytest.mark.parametrize(("text", "comparator"), [
    ("Open interest on SOL is up to 9.4 billion tokens as of Friday, against 8.1 billion tokens on Tuesday.", Comparator.up),
    ("Ether open interest was lower on Friday.", Comparator.down),
])
def test_open_interest_said_to_be_up_or_down_is_a_direction(text: str, comparator: Comparator) -> None:
    (claim,) = claims_in(text, ClaimKind.open_interest)
    assert (claim.comparator, claim.value) == (comparator, None)


def test_the_baseline_a_change_is_measured_from_is_a_reading_too() -> None:
    found = claims_in("Spot turnover hit $44 billion, a 30% increase on the average daily volume of $34 billion "
                      "seen over the past month.", ClaimKind.volume)
    assert (Comparator.at, 34e9) in {(c.comparator, c.value) for c in found}
    assert (Comparator.up, 30) in {(c.comparator, c.value) for c in found}


# --- market cap in words ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "asset", "value"), [
    ("Ether dominance slipped to 12.1 per cent, while the total value of all cryptocurrencies reached US$3.1 trillion.",
     None, 3.1e12),
    ("Bitcoin is up 7% this week, and the total value of all bitcoin in circulation stands at roughly US$1.7 trillion.",
     "BTC", 1.7e12),
])
def test_the_value_of_all_coins_is_a_market_cap(text: str, asset: str | None, value: float) -> None:
    found = [c for c in claims_in(text, ClaimKind.market_cap) if c.metric == "market_cap"]
    assert [(c.asset, c.value) for c in found] == [(asset, value)]
