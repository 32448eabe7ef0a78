"""Derivatives and sentiment constructions met on real liquidation, funding and Fear & Greed pages
(session 21 probe), each in sentences written for these tests: other coins, figures, word orders."""

from __future__ import annotations

import pytest
from extract_helpers import claims_of, find_claims

LQ, FU, FG = "liquidations", "funding_rate", "sentiment_index"


# A side named by the figure's own clause, with no liquidation word beside the figure.
@pytest.mark.parametrize(("text", "side", "value"), [
    ("Roughly $610 million of leveraged bets were liquidated over the day. Of that, $455 million consisted of long "
     "positions and $155 million of short positions.", "long", 455e6),
    ("Roughly $610 million of leveraged bets were liquidated over the day. Of that, $455 million consisted of long "
     "positions and $155 million of short positions.", "short", 155e6),
    ("Liquidations topped $240 million on Thursday. Short sellers, caught on the wrong foot, lost about $88 million "
     "as the rally gathered pace.", "short", 88e6),
    ("More than $1.5 billion was liquidated across crypto on Monday. Long positions took the brunt of the flush, "
     "accounting for roughly $1.2 billion.", "long", 1.2e9),
    ("Liquidations hit both sides of the book: a massive $730M came from bearish bets, while bulls saw $41M erased.", "short", 730e6),
    ("Liquidations hit both sides of the book: a massive $730M came from bearish bets, while bulls saw $41M erased.", "long", 41e6),
])
def test_a_side_named_in_the_figures_clause(text, side, value):
    assert find_claims(text, LQ, asset=None, side=side, value=value)


@pytest.mark.parametrize(("text", "value"), [
    ("The combined long and short liquidations came to $342 million over 24 hours.", 342e6),
    ("Liquidations were heavy on Friday, with longs making up the bulk of the roughly $520 million wiped out.", 520e6),
])
def test_a_whole_keeps_no_side(text, value):
    assert find_claims(text, LQ, side="total", value=value)
    assert not find_claims(text, LQ, side="long", value=value)


# Coins ranked one clause at a time after a liquidation figure: each clause's coin and sum.
@pytest.mark.parametrize(("text", "coin", "value"), [
    ("Liquidations reached $275 million in 24 hours. Ether was second at $61.4 million, and Dogecoin was third "
     "at $12.8 million.", "ETH", 61.4e6),
    ("Liquidations reached $275 million in 24 hours. Ether was second at $61.4 million, and Dogecoin was third "
     "at $12.8 million.", "DOGE", 12.8e6),
    ("Bitcoin led with $98 million in liquidations, while Solana suffered $23.5M in losses.", "SOL", 23.5e6),
    ("Some $1.1 billion in positions were liquidated. Bitcoin followed with about $402 million, and XRP "
     "was not spared either, with $27 million gone.", "XRP", 27e6),
])
def test_a_coin_ranked_in_its_own_clause(text, coin, value):
    assert find_claims(text, LQ, asset=coin, value=value)
    assert not find_claims(text, "price_level", value=value)


def test_a_coins_sides_after_its_total_in_the_same_sentence():
    text = "Ether's total liquidation came to $52 million, of which $39.5 million represents long positions."
    assert find_claims(text, LQ, asset="ETH", side="long", value=39.5e6)


@pytest.mark.parametrize("text", [
    "Traders lost $310 million to liquidations; the largest single order, a $14.2 million ETH long, was closed on Bybit.",
    "Liquidations passed $200 million, and the biggest hit was a $9.6 million SOL-USDT position on OKX.",
])
def test_one_order_is_no_coins_tally(text):
    assert not [c for c in claims_of(text) if c.kind.value == LQ and c.value in (14.2e6, 9.6e6)]


# A large funding figure after 'to' or 'as high as' is the level reached (a yearly rate written
# without its period), not how far the rate moved; a bare large move stays a change.
@pytest.mark.parametrize(("text", "comparator", "value"), [
    ("Funding rates on ether perpetuals climbed to 31% this week as longs piled in.", "at", 31),
    ("XRP funding rates rose as high as 45% on Binance before the flush.", "at", 45),
    ("Bitcoin perpetual funding rates plunged to -12.5% over the past five days.", "at", -12.5),
    ("Solana funding rates jumped 240% in a day as longs piled in.", "up", 240),
])
def test_a_large_funding_figure_reached_is_a_level(text, comparator, value):
    assert find_claims(text, FU, comparator=comparator, value=value)


# Figures a page writes while explaining the gauge: its scale, a zone's defining threshold, a date.
@pytest.mark.parametrize("text", [
    "The Crypto Fear & Greed Index, which rates mood on a 0-100 scale, printed 64 on Tuesday.",
    "The Fear & Greed Index printed 64 on Tuesday, on a scale that runs from 0 to 100.",
])
def test_the_gauges_scale_is_no_reading(text):
    assert find_claims(text, FG, value=64)
    assert not [c for c in claims_of(text) if c.kind.value == FG and c.value in (0, 1, 100)]


@pytest.mark.parametrize(("text", "figure"), [
    ("On the Fear & Greed Index, a score above 55 indicates greed, while below 45 signals fear.", 45),
    ("On the Fear & Greed Index, a score above 55 indicates greed, while below 45 signals fear.", 55),
    ("Typically, an RSI above 70 is considered overbought for ether.", 70),
])
def test_a_zones_defining_threshold_is_no_reading(text, figure):
    assert not [c for c in claims_of(text) if c.kind.value in (FG, "indicator") and c.value == figure]


@pytest.mark.parametrize("text", [
    "According to the Crypto Fear & Greed Index as of Oct. 14, the mood is the gloomiest since June.",
    "The Fear & Greed Index on March 9 showed the most fear in a year.",
])
def test_the_day_of_a_date_is_no_reading(text):
    assert not [c for c in claims_of(text) if c.kind.value == FG and c.value in (14, 9)]


# 'crypto liquidations' are the whole market's even when a coin's move is the sentence's subject.
@pytest.mark.parametrize(("text", "value"), [
    ("Ether's rebound sent crypto liquidations above $315 million in 24 hours.", 315e6),
    ("Solana's slide pushed cryptocurrency liquidations to $188 million on Sunday.", 188e6),
    ("XRP funding flipped negative, lifting crypto liquidations past $97 million overnight.", 97e6),
])
def test_crypto_liquidations_are_market_wide(text, value):
    assert find_claims(text, LQ, asset=None, value=value)


# One side's share told as a percentage of the traders or positions liquidated.
@pytest.mark.parametrize(("text", "value", "coin"), [
    ("In the last 24 hours, 84,210 traders were liquidated, with 76.4% of them being long traders.", 76.4, None),
    ("Bybit followed at $88 million in liquidations, with 64% long liquidations.", 64, None),
    ("Altcoins like Cardano (ADA) also saw liquidations of about $14 million, with nearly 81% being long positions.", 81, "ADA"),
])
def test_a_sides_share_in_a_clause_of_its_own(text, value, coin):
    assert find_claims(text, "liquidation_imbalance", asset=coin, value=value)


def test_a_side_in_a_subordinate_clause_is_not_the_totals():
    text = "Liquidations hit $200 million as bitcoin fell 4% and long positions were flushed."
    assert find_claims(text, LQ, side="total", value=200e6)
    assert not find_claims(text, "liquidation_imbalance")


@pytest.mark.parametrize(("text", "side"), [
    ("At $96 million, Solana longs make up more than half of the $170 million worth of crypto longs liquidated today.", "long"),
    ("Over 78% of the $640 million in liquidations came from long positions.", "total"),
])
def test_the_whole_a_part_is_taken_from_is_the_markets(text, side):
    value = 170e6 if "170" in text else 640e6
    assert find_claims(text, LQ, asset=None, side=side, value=value)
    assert not find_claims(text, LQ, asset="SOL", value=value)
