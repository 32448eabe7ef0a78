"""Derivatives and market wraps: a run said of funding, open interest or another series is
that series' run, never a price streak, while the coin's own runs stay streaks. Every sentence
is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, Claim, ClaimKind, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 11, 22, 8, 0, tzinfo=UTC)


def claims_in(text: str, kind: ClaimKind) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED,
                      published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if c.kind is kind]


@pytest.mark.parametrize("text", [
    "Funding has been negative for three straight days.",
    "Funding on Bybit has stayed positive for seven straight days despite the slide.",
    "Open interest on Binance has fallen for four straight days.",
])
def test_a_run_of_another_series_is_no_price_streak(text: str) -> None:
    assert claims_in(text, ClaimKind.trend) == []


@pytest.mark.parametrize(("text", "direction", "count"), [
    ("Bitcoin has now fallen for five straight days.", "down", 5),
    ("Ether posted three consecutive daily losses before Friday's bounce.", "down", 3),
])
def test_the_coins_own_run_is_still_a_streak(text: str, direction: str, count: int) -> None:
    (claim,) = claims_in(text, ClaimKind.trend)
    assert (claim.zone, claim.count) == (direction, count)  # a streak keeps its direction in zone


# -- figures by venue ---------------------------------------------------------------------------

def facts(claims: list[Claim]) -> set[tuple]:
    return {(c.venue, c.value) for c in claims}


def test_a_list_of_venues_after_a_liquidation_total_gives_each_venue_its_figure() -> None:
    found = claims_in("About $900 million in leveraged positions were liquidated over the past day. By venue, Hyperliquid "
                      "led with $310 million, ahead of Bybit at $260 million and OKX at $150 million.", ClaimKind.liquidations)
    assert facts(found) == {(None, 900e6), ("Hyperliquid", 310e6), ("Bybit", 260e6), ("OKX", 150e6)}
    assert {c.side for c in found} == {"total"}
    assert {c.text for c in found} >= {"Hyperliquid led with $310 million", "Bybit at $260 million", "OKX at $150 million"}


def test_a_verb_said_once_for_a_list_of_venues() -> None:
    found = claims_in("Liquidations reached $880 million in 24 hours. Bybit accounted for $300 million, Binance for "
                      "$210 million and OKX for $95 million.", ClaimKind.liquidations)
    # Binance's figure is one the store can speak to: it is marked as ours, the total as no venue's
    assert facts(found) == {(None, 880e6), ("Bybit", 300e6), ("Binance", 210e6), ("OKX", 95e6)}


@pytest.mark.parametrize("text", [
    "Ether open interest by venue: CME held $1.9 billion, while Bybit held $1.4 billion.",
    "Ether open interest slipped on Thursday. CME held $1.9 billion, while Bybit held $1.4 billion.",
])
def test_open_interest_held_on_each_venue(text: str) -> None:
    found = claims_in(text, ClaimKind.open_interest)
    assert {(c.asset, c.venue, c.value) for c in found if c.value} == {("ETH", "CME", 1.9e9), ("ETH", "Bybit", 1.4e9)}


def test_funding_printed_on_each_venue_with_an_hourly_rate_marked() -> None:
    found = claims_in("Bitcoin funding on Binance averaged 0.006% per eight hours. Bybit printed 0.0031% and OKX slipped "
                      "to -0.002%. Hyperliquid sat at 0.0009% per hour.", ClaimKind.funding_rate)
    assert {(c.venue, c.value, c.metric) for c in found} == {
        ("Binance", 0.006, "funding_rate"), ("Bybit", 0.0031, "funding_rate"), ("OKX", -0.002, "funding_rate"),
        ("Hyperliquid", 0.0009, "funding_rate_hourly")}
    assert {c.asset for c in found} == {"BTC"}


def test_funding_said_of_a_venue_without_a_figure_keeps_the_venue() -> None:
    (claim,) = claims_in("Ether rallied overnight. Funding on Bitget has stayed negative since Monday.", ClaimKind.funding_rate)
    assert (claim.venue, claim.comparator.value, claim.value) == ("Bitget", "below", 0.0)


@pytest.mark.parametrize("text", [
    "Coinbase shares fell 4% to $250 on the day.",
    "Kraken listed two new tokens on Monday, priced at $1.20.",
    "Bybit saw $300 million in net inflows over the same day.",
])
def test_a_venue_after_a_liquidation_sentence_is_not_always_a_liquidation_figure(text: str) -> None:
    found = claims_in("About $700 million of positions were liquidated in 24 hours. " + text, ClaimKind.liquidations)
    assert facts(found) == {(None, 700e6)}


def test_a_snapshot_time_does_not_end_the_chain_of_a_total() -> None:
    found = claims_in("Open interest. Bybit's ETH perpetual held $2.15 billion at the 08:00 UTC snapshot, down 6% from "
                      "$2.29 billion a day earlier.", ClaimKind.open_interest)
    assert {(c.venue, c.comparator.value, c.value) for c in found} == {
        ("Bybit", "at", 2.15e9), ("Bybit", "down", -6.0), ("Bybit", "at", 2.29e9)}


# -- restatements and ratios --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bitcoin funding averaged 0.012% per eight hours on Friday, or about 13% annualized.",
    "Funding: Binance ETHUSDT funding averaged 0.0024% per eight hours, or roughly 3% annualised.",
    "Ether funding held at 0.01% (about 11% a year) through the weekend.",
])
def test_a_rate_restated_per_year_is_not_a_second_reading(text: str) -> None:
    (claim,) = claims_in(text, ClaimKind.funding_rate)
    assert claim.metric == "funding_rate"


def test_a_yearly_rate_said_on_its_own_is_still_a_reading() -> None:
    (claim,) = claims_in("Bitcoin funding on Binance sits at an annualized 9%.", ClaimKind.funding_rate)
    assert (claim.metric, claim.value) == ("funding_rate_annualized", 9.0)


@pytest.mark.parametrize(("text", "value", "words"), [
    ("Liquidations hit $500 million, with longs at $430 million and shorts at $70 million, a ratio of roughly 6 to 1.",
     6.0, "a ratio of roughly 6 to 1"),
    ("Liquidations hit $320 million, a 4-to-1 split in favour of longs.", 4.0, "4-to-1"),
    ("Liquidations topped $400 million overnight, with six times as many shorts as longs wiped out.",
     6.0, "six times as many shorts as longs"),
    ("Bitcoin liquidations reached $210 million, with three times more long liquidations than shorts.",
     3.0, "three times more long liquidations than shorts"),
])
def test_the_sides_set_against_each_other_as_a_ratio(text: str, value: float, words: str) -> None:
    (claim,) = claims_in(text, ClaimKind.liquidation_imbalance)
    assert (claim.value, claim.unit, claim.comparator.value, claim.text) == (value, "ratio", "at", words)


@pytest.mark.parametrize("text", [
    "The Binance long/short ratio of 2.3 to 1 shows retail leaning long.",
    "Traders opened two times as many long positions as short positions this week.",
])
def test_a_ratio_of_positions_is_no_liquidation_imbalance(text: str) -> None:
    assert claims_in(text, ClaimKind.liquidation_imbalance) == []


def test_a_side_said_as_bets_on_higher_prices() -> None:
    found = claims_in("More than $1.4 billion of leveraged positions were liquidated over the day, exchange data showed, "
                      "of which $1.1 billion were bets on higher prices.", ClaimKind.liquidations)
    assert {(c.side, c.value) for c in found} == {("total", 1.4e9), ("long", 1.1e9)}


# -- open interest in coins ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "direction", "coin"), [
    ("Measured in coins, aggregate bitcoin open interest fell to about 301,000 BTC from 322,000 BTC.", "down", "BTC"),
    ("Ether futures open interest climbed to 2.4 million ETH from 2.2 million ETH over the week.", "up", "ETH"),
])
def test_a_total_in_coins_that_moved_is_kept_as_its_direction(text: str, direction: str, coin: str) -> None:
    """The unit stays, so the check knows the count is in coins, not dollars."""
    (claim,) = claims_in(text, ClaimKind.open_interest)
    assert (claim.comparator.value, claim.value, claim.unit) == (direction, None, coin)


@pytest.mark.parametrize("text", [
    "Bitcoin open interest hit 410,000 BTC on Monday.",
    "Bitcoin open interest reached 410,000 BTC from 380,000 BTC a month ago.",
])
def test_a_total_in_coins_that_arrived_is_a_level(text: str) -> None:
    found = claims_in(text, ClaimKind.open_interest)
    assert ("at", 410000.0, "BTC") in {(c.comparator.value, c.value, c.unit) for c in found}


# -- 'puts' the verb ----------------------------------------------------------------------------

def test_puts_as_a_verb_is_not_an_option() -> None:
    found = claims_in("Ether rose 3% on Monday. The breakout puts $4,000 within reach.", ClaimKind.forecast)
    assert [(c.value, c.modality.value) for c in found] == [(4000.0, "forecast")]
    assert claims_in("Traders bought $80,000 puts expiring Friday.", ClaimKind.forecast) == []


def test_puts_as_options_stay_no_price_claim() -> None:
    assert claims_in("Traders bought $80,000 puts expiring in March.", ClaimKind.price_level) == []
