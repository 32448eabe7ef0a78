"""Derivatives constructions met on real liquidation, open-interest and funding pages (session 20
probe), each in sentences written for these tests: other coins, figures and word orders."""

from __future__ import annotations

import pytest
from extract_helpers import find_claims

LQ, LI, OI, FU = "liquidations", "liquidation_imbalance", "open_interest", "funding_rate"


# A coin's total, then its sides with no coin of their own: the sides are that coin's.
@pytest.mark.parametrize(("text", "coin", "long", "short"), [
    (("Solana's traders took a total liquidation of $41.2 million. Long traders saw $30.5 million wiped out, "
     "short positions accounting for $10.7 million."), "SOL", 30.5e6, 10.7e6),
    (("Over the past day roughly $1.3 billion in Ether positions were liquidated; in the last four hours, long positions "
     "saw liquidations of $412,000 and short positions saw liquidations of $1.9 million."), "ETH", 412_000, 1.9e6),
    (("XRP saw about $62 million liquidated during the day, with longs liquidated at $48.1 million and shorts liquidated "
     "at $13.9 million."), "XRP", 48.1e6, 13.9e6),
])
def test_sides_after_a_coins_total_are_that_coins(text, coin, long, short):
    assert find_claims(text, LQ, asset=coin, side="long", value=long)
    assert find_claims(text, LQ, asset=coin, side="short", value=short)


def test_sides_after_a_market_total_stay_the_markets():
    text = ("Bitcoin saw $80 million in liquidations. Across the market, long positions accounted for $390 million "
            "and shorts for $120 million.")
    assert find_claims(text, LQ, asset=None, side="long", value=390e6)
    assert not find_claims(text, LQ, asset="BTC", side="long")


def test_a_side_named_after_a_semicolon_is_not_the_coins_total():
    text = "About $950 million in Ether positions were liquidated; long positions made up $700 million of it."
    assert find_claims(text, LQ, asset="ETH", side="total", value=950e6)


# A share in brackets, or the sum restated in won, between a figure and its liquidation words.
@pytest.mark.parametrize(("text", "value"), [
    ("Bybit recorded about $212 million (31.4%) in liquidations over the past 12 hours.", 212e6),
    ("OKX was third, with $88.6 million (12.05%) of positions liquidated.", 88.6e6),
    ("Over the past day, some $910 million (about 1.3 trillion won) worth of leveraged positions were liquidated.", 910e6),
    ("Gate saw $19.4M (accounting for 6.2%) in liquidations.", 19.4e6),
])
def test_a_bracketed_share_does_not_part_a_figure_from_its_liquidations(text, value):
    assert find_claims(text, LQ, value=value, side="total")
    assert not find_claims(text, LI)  # a venue's share of the total is no long/short imbalance


# A side's share of the liquidations in percent is the imbalance.
@pytest.mark.parametrize(("text", "value"), [
    ("Bitget booked $54 million of liquidations, longs accounting for 81.3%.", 81.3),
    ("HTX logged $9.1 million in liquidations, with short positions at 64.2%.", 64.2),
    ("Kraken saw $3.3 million liquidated, with a long position ratio of 58.75%.", 58.75),
    ("Of the $380 million liquidated, shorts accounted for $140 million, or 37.5%.", 37.5),
    ("Bybit saw $134 million liquidated, long positions making up $96.2 million (71.9%).", 71.9),
    ("Short sellers made up 63% of all liquidations on Friday.", 63),
    ("Long-position bettors accounted for 88.4% of these liquidations.", 88.4),
])
def test_a_sides_share_in_percent_is_the_imbalance(text, value):
    assert find_claims(text, LI, value=value)


def test_a_venues_share_after_its_total_is_no_imbalance():
    text = "OKX booked a total liquidation of $310.5 million, representing 44.2% of the market."
    assert find_claims(text, LQ, value=310.5e6, side="total")
    assert not find_claims(text, LI)


@pytest.mark.parametrize(("text", "share", "total"), [
    ("Over 74% of the $860 million in liquidations were borne by longs.", 74, 860e6),
    ("Nearly 66% of the $2.1 billion in liquidations hit short sellers.", 66, 2.1e9),
    ("Some 58% of the $415 million in liquidations came from longs.", 58, 415e6),
])
def test_a_share_of_a_written_total_leaves_the_total_whole(text, share, total):
    assert find_claims(text, LI, value=share)
    assert find_claims(text, LQ, value=total, side="total")


# After both sides, a figure that sums them is the total.
@pytest.mark.parametrize(("text", "total"), [
    ("Bybit logged $420 million of long liquidations and $95 million of short ones, taking its total to $515 million.", 515e6),
    (("OKX topped the liquidation table, with $61.5 million from longs and $22.5 million from shorts, for a "
     "total of $84 million."), 84e6),
    ("Deribit cleared long liquidations of $12.2 million against $8.8 million of shorts, combining for $21 million overall.", 21e6),
    ("Liquidations hit Deribit hard: longs accounted for $7.7 million and shorts for $3.1 million, a combined $10.8 million.", 10.8e6),
])
def test_a_sum_after_both_sides_is_the_total(text, total):
    assert find_claims(text, LQ, value=total, side="total")
    assert not find_claims(text, LQ, value=total, side="short")


def test_a_side_given_with_were_takes_its_figure():
    text = "Bitget logged $27.4 million of liquidations, of which short positions were $19.9 million."
    assert find_claims(text, LQ, value=19.9e6, side="short")


# Coins ranked by liquidations without verbs: a ticker in brackets, or the figure in brackets.
def test_coins_listed_with_their_tickers_carry_the_ranking_on():
    text = ("Cardano (ADA) came fifth with $18.2 million in liquidations. Litecoin (LTC) $12.7 million, Chainlink (LINK) "
            "$11.4 million and Avalanche (AVAX) $9.6 million complete the list.")
    assert find_claims(text, LQ, asset="LTC", value=12.7e6)
    assert find_claims(text, LQ, asset="LINK", value=11.4e6)
    assert find_claims(text, LQ, asset="AVAX", value=9.6e6)


@pytest.mark.parametrize(("text", "pairs"), [
    ("Ether saw $52 million liquidated, and among the majors, DOGE ($6.1 million) and ADA ($2.8 million) came next.",
     [("DOGE", 6.1e6), ("ADA", 2.8e6)]),
    ("Liquidations hit smaller coins too: SOL ($14.5M), XRP ($9.9M) and LINK ($1.2M).",
     [("SOL", 14.5e6), ("XRP", 9.9e6), ("LINK", 1.2e6)]),
])
def test_coins_with_their_figure_in_brackets(text, pairs):
    for coin, value in pairs:
        assert find_claims(text, LQ, asset=coin, value=value)


def test_an_unrelated_sentence_opening_on_a_coin_is_no_tally():
    text = "Liquidations reached $300 million overnight. Bitcoin $95,000 calls were the most traded options."
    assert not find_claims(text, LQ, asset="BTC", value=95_000)


# Open interest carried by 'this' or 'it' into the next sentence.
@pytest.mark.parametrize(("text", "value"), [
    ("The drop shows in ether's shrinking futures open interest. As of this writing, this sits at $17.4 billion.", 17.4e9),
    ("Traders have been cutting exposure, as Solana's open interest confirms. It currently sits at $6.05 billion.", 6.05e9),
    ("Bitcoin open interest has kept falling all week. As of writing, it stands at $49.2B.", 49.2e9),
])
def test_open_interest_carried_by_this_or_it(text, value):
    assert find_claims(text, OI, value=value, comparator="at")


def test_this_carried_needs_money():
    text = "Open interest has been falling for days. This stands in contrast to last month's 12% rise in price."
    assert not find_claims(text, OI, value=12)


# Open interest in coins with its dollars in brackets: both readings, as with ', worth $X'.
@pytest.mark.parametrize(("text", "coins", "dollars"), [
    ("Bybit's ether futures carry an open interest of 1.82 million ETH (approximately $6.41 billion), ranking third.", 1.82e6, 6.41e9),
    ("Total bitcoin futures open interest across exchanges stands at 588,200 BTC (about $57.9 billion).", 588_200, 57.9e9),
    ("CME's bitcoin open interest rose to 151,000 BTC ($15.6 billion) on Monday.", 151_000, 15.6e9),
])
def test_open_interest_in_coins_with_bracketed_dollars(text, coins, dollars):
    assert find_claims(text, OI, value=coins)
    assert find_claims(text, OI, value=dollars, unit="USD")


# A move of funding to a named current level: the level arrived at.
@pytest.mark.parametrize(("text", "value"), [
    ("Funding for solana perpetuals on OKX has risen from 0.002% to a current level of 0.027%.", 0.027),
    ("Bitcoin's funding rate has dropped from 0.031% to a new low of -0.008% since Friday.", -0.008),
    ("The ether funding rate has climbed from 0.004% to a fresh high of 0.052% this week.", 0.052),
])
def test_funding_read_where_it_arrived_at_a_named_level(text, value):
    assert find_claims(text, FU, value=value)


# Sides listed 'respectively' may be written with a singular, hyphenated holder.
@pytest.mark.parametrize(("text", "coin", "long", "short"), [
    (("Cardano's liquidations reached $9.2 million, with $6.1 million and $3.1 million for long-position and "
     "short-position bets, respectively."), "ADA", 6.1e6, 3.1e6),
    ("DOGE saw $14 million liquidated, with $4.4M and $9.6M for long-side and short-side bets, respectively.",
     "DOGE", 4.4e6, 9.6e6),
    (("Ether positions worth $77 million were liquidated, with $52 million and $25 million coming from long-position "
     "and short-position accounts respectively."), "ETH", 52e6, 25e6),
])
def test_respective_sides_with_singular_holders(text, coin, long, short):
    assert find_claims(text, LQ, asset=coin, side="long", value=long)
    assert find_claims(text, LQ, asset=coin, side="short", value=short)


# Exchanges ranked by liquidations without verbs, the figure straight after the name or in brackets.
@pytest.mark.parametrize(("text", "pairs"), [
    ("Venues such as Bybit $212.4M, OKX $140.8M, Binance $96.3M and Bitget $20.1M saw the heaviest liquidations.",
     [("Bybit", 212.4e6), ("OKX", 140.8e6), ("Binance", 96.3e6), ("Bitget", 20.1e6)]),
    ("By exchange, liquidations were heaviest on Hyperliquid ($88M), Bybit ($61M) and Gate ($17M).",
     [("Hyperliquid", 88e6), ("Bybit", 61e6), ("Gate", 17e6)]),
    ("Liquidations by venue: Binance $51 million, Okex $33 million, Deribit $12 million, Kraken $4 million.",
     [("Binance", 51e6), ("Okex", 33e6), ("Deribit", 12e6), ("Kraken", 4e6)]),
])
def test_exchanges_tallied_by_liquidations(text, pairs):
    for venue, value in pairs:
        found = find_claims(text, LQ, value=value, side="total", asset=None)
        assert found and found[0].venue == venue


def test_coins_with_prices_are_no_exchange_tally():
    text = "Liquidations rose as Bitcoin $94,000, Ether $3,100 and Solana $140 all slipped."
    assert not [c for c in find_claims(text, LQ) if c.venue is not None]


# The level a total arrived at, when the start is dated or the arrival named.
@pytest.mark.parametrize(("text", "value"), [
    ("Ether open interest has slid from $9.4 billion recorded on March 2 to the current reading of $8.1 billion.", 8.1e9),
    ("Solana open interest fell from $4.4 billion seen on Monday to $3.9 billion.", 3.9e9),
    ("XRP open interest climbed from $2.2 billion on Friday to a new high of $2.9 billion.", 2.9e9),
])
def test_open_interest_read_where_it_arrived(text, value):
    assert find_claims(text, OI, value=value, comparator="at")


def test_sides_after_a_coins_own_sides_are_not_carried_to_it():
    text = ("Litecoin saw $3.1 million liquidated, with longs at $2.2 million and shorts at $0.9 million. "
            "Traders saw long positions worth $120 million and short positions worth $41 million liquidated.")
    assert find_claims(text, LQ, asset=None, side="long", value=120e6)


@pytest.mark.parametrize(("text", "long", "short"), [
    ("Liquidations hit long positions worth $64 million and short positions worth $19 million.", 64e6, 19e6),
    ("Over four hours, short positions worth $7.5M and long positions worth $2.5M were liquidated.", 2.5e6, 7.5e6),
    ("Liquidations of longs worth $380,000 and shorts worth $95,000 followed the wick.", 380_000, 95_000),
])
def test_each_side_worth_its_own_figure(text, long, short):
    assert find_claims(text, LQ, side="long", value=long)
    assert find_claims(text, LQ, side="short", value=short)


@pytest.mark.parametrize(("text", "value"), [
    ("Liquidations of ETH positions reached $41 million, with 77% of these being longs.", 77),
    ("Liquidations came to $12.5 million overnight, and 58% of them were shorts.", 58),
    ("Traders lost $96 million to liquidations, 83% of which were longs.", 83),
    ("Some $310 million was liquidated, with longs accounting for $250 million—or a hefty 80.6% of the total.", 80.6),
])
def test_a_share_of_them_named_by_its_side(text, value):
    assert find_claims(text, LI, value=value)


@pytest.mark.parametrize(("text", "side", "value"), [
    ("According to the data, most of these liquidations (about $211 million) were long positions.", "long", 211e6),
    ("The bulk of Tuesday's liquidations (roughly $48M) were shorts.", "short", 48e6),
    ("Roughly half of Friday's liquidations ($77 million) were long bets.", "long", 77e6),
])
def test_a_bracketed_figure_takes_the_side_named_after_it(text, side, value):
    assert find_claims(text, LQ, side=side, value=value)


# One order's size is no total of liquidations.
@pytest.mark.parametrize("text", [
    "Binance's biggest single liquidation was a $6.2 million SOL perpetual order.",
    "Per the data, the biggest single order liquidated on Bybit was a Solana long worth over $3.9 million.",
    "The single largest liquidation happened on Binance's BTCUSDT pair, valued at $12.4 million.",
    "The largest liquidation order hit Hyperliquid, a $5.5M XRP long.",
])
def test_a_single_orders_size_is_no_liquidation_total(text):
    assert not find_claims(text, LQ)


def test_the_total_before_a_single_order_stays():
    text = "Over $640 million was liquidated in 24 hours, while the largest single order was worth $11 million."
    assert find_claims(text, LQ, value=640e6, comparator="above")
    assert not find_claims(text, LQ, value=11e6)


@pytest.mark.parametrize("text", [
    "Short liquidation dominance held across venues: Binance (55.1%), OKX (58.3%) and Bybit (62.0%).",
    "Long dominance on Bybit reached 71% of all liquidations.",
    "Bearish dominance in the order books stood at 54%.",
])
def test_a_sides_dominance_is_not_bitcoins(text):
    assert not find_claims(text, "market_cap")


def test_bitcoin_dominance_still_read():
    assert find_claims("Bitcoin dominance rose to 58.4% on Tuesday.", "market_cap", value=58.4)


@pytest.mark.parametrize(("text", "coin", "value"), [
    (("Liquidations reached $310 million on Monday. If BTC falls below $88,000, long positions worth over $1.4 billion "
     "could be liquidated."), "BTC", 1.4e9),
    (("Ether liquidations hit $95 million. Should ETH reclaim $3,600, short positions worth $900 million would be closed "
     "across exchanges."), "ETH", 900e6),
    (("About $120 million was liquidated overnight. According to the data, if SOL breaks $210, short positions worth "
     "$310 million could be wiped out."), "SOL", 310e6),
])
def test_positions_a_condition_would_liquidate_are_on_the_map(text, coin, value):
    found = find_claims(text, LQ, value=value)
    assert found and found[0].meaning == "liquidation_map" and found[0].asset == coin


# 'A decline of N% in <coin>'s open interest': the size of the move, not a level.
@pytest.mark.parametrize(("text", "coin", "value"), [
    ("CoinGlass shows a decline of over 11% in Cardano's open interest since Monday.", "ADA", -11),
    ("Traders note an increase of 6.5% in Solana's open interest over the week.", "SOL", 6.5),
    ("The data shows a drop of about 9% in bitcoin futures open interest since Friday.", "BTC", -9),
])
def test_a_change_noun_sizes_the_percent(text, coin, value):
    assert find_claims(text, OI, asset=coin, value=value)


def test_the_level_now_amounting_to_after_a_change():
    text = "Avalanche's open interest fell 7%, now amounting to $512 million."
    assert find_claims(text, OI, value=512e6, comparator="at")


# An aside in dashes or brackets right after the metric does not part it from its verb and figure.
@pytest.mark.parametrize(("text", "value", "comparator"), [
    ("XRP open interest — the total value of open futures contracts — slipped by 2.4% on the day.", -2.4, "down"),
    ("Ether's open interest (the value of all outstanding futures) rose to $19.2 billion.", 19.2e9, "at"),
    ("Solana open interest – a gauge of leverage in the market – climbed 8% this week.", 8, "up"),
])
def test_an_aside_after_the_metric(text, value, comparator):
    assert find_claims(text, OI, value=value, comparator=comparator)


# The dollar sum restated in coins, in brackets before the metric words.
@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Roughly $21.4 billion (or 412.5k BTC) of open interest is now locked in bitcoin futures.", OI, 21.4e9),
    ("Traders saw $38 million (12,400 ETH) in liquidations on the day.", LQ, 38e6),
    ("Roughly $6.1 million (29,000 SOL) worth of long positions were liquidated.", LQ, 6.1e6),
])
def test_a_bracketed_coin_restatement_does_not_part_a_figure_from_its_metric(text, kind, value):
    assert find_claims(text, kind, value=value)


@pytest.mark.parametrize("text", [
    "Liquidations topped $500 million. Bitcoin $95,200, Ether $3,050 and Solana $142 led the losses.",
    "Shorts were liquidated overnight. XRP $2.31, DOGE $0.16 and ADA $0.71 were the day's closing prices.",
    "The liquidation wave cleared $210 million. Binance Coin $612, Chainlink $14.20 and Litecoin $88 lagged.",
])
def test_prices_listed_after_a_liquidation_sentence_are_no_tally(text):
    assert not [c for c in find_claims(text, LQ) if c.value is not None and c.value < 1e6]


# Words of degree between a side's verb and its figure.
@pytest.mark.parametrize(("text", "side", "value"), [
    ("Liquidations topped $900 million. Shorts accounted for just $74 million of it.", "short", 74e6),
    ("Liquidations reached $1.1 billion, longs accounting for a whopping $1.02 billion.", "long", 1.02e9),
    ("Over $300 million was liquidated overnight, and longs made up only $41 million.", "long", 41e6),
])
def test_degree_words_before_a_sides_figure(text, side, value):
    assert find_claims(text, LQ, side=side, value=value)


@pytest.mark.parametrize(("text", "coin", "value", "comparator"), [
    ("Bitcoin logged about $310 million of liquidations and Solana followed with more than $140 million.", "SOL", 140e6, "above"),
    ("Ether led with $96 million in liquidations, and Solana followed with about $21 million.", "SOL", 21e6, "at"),
    ("XRP saw $18 million liquidated; Dogecoin followed with $7.5 million.", "DOGE", 7.5e6, "at"),
])
def test_a_coin_followed_with_its_figure(text, coin, value, comparator):
    assert find_claims(text, LQ, asset=coin, value=value, comparator=comparator)


@pytest.mark.parametrize(("text", "coin", "value"), [
    ("Cardano's liquidations came to roughly $14.2 million, of which around 71% were long positions.", "ADA", 71),
    ("Avalanche also saw liquidations of about $9.8 million, with ~64.5% being short positions.", "AVAX", 64.5),
    ("Litecoin saw $4.4 million liquidated, of which 58% were shorts.", "LTC", 58),
])
def test_of_which_a_share_were_one_side(text, coin, value):
    assert find_claims(text, LI, value=value)


def test_a_venues_figure_followed_by_more_than_a_share_stays_a_total():
    text = "Bybit led all venues on $412 million of liquidations, more than 90% of them longs."
    assert find_claims(text, LQ, value=412e6, side="total")


@pytest.mark.parametrize(("text", "coin"), [
    ("In particular, for Solana, long liquidations reached $52 million against short liquidations of $8.1 million.", "SOL"),
    ("As for XRP, longs lost $12 million in liquidations while shorts lost $3 million.", "XRP"),
    ("For Dogecoin, long liquidations came to $6.6 million and short liquidations to $1.2 million.", "DOGE"),
])
def test_a_fronted_coin_owns_its_sentences_liquidations(text, coin):
    assert len(find_claims(text, LQ, asset=coin)) == 2


def test_a_fronted_market_is_no_coin():
    assert find_claims("For the market as a whole, liquidations came to $400 million.", LQ, asset=None, value=400e6)


# A venue's share of the open interest, or of a market, is no reading of the total and no dominance.
@pytest.mark.parametrize("text", [
    "Bybit accounts for 21% of all bitcoin futures open interest, while OKX holds 17% of the total.",
    "Since March, CME has absorbed 6.1% of ether futures open interest.",
    "Deribit, in third place, accounts for 11% of futures open interest.",
])
def test_a_venues_share_of_open_interest_is_no_reading(text):
    assert not [c for c in find_claims(text, OI) if c.unit == "%"]


@pytest.mark.parametrize("text", [
    "Binance now leads with a 38% market share of bitcoin futures.",
    "By open interest market share, OKX is second at 22%.",
])
def test_an_exchanges_market_share_is_no_dominance(text):
    assert not find_claims(text, "market_cap")


def test_bitcoins_market_share_is_dominance():
    assert find_claims("Bitcoin's market share rose to 58.2% this week.", "market_cap", value=58.2)


# The earlier peak an open-interest reading is set against is a reading of the same total.
@pytest.mark.parametrize(("text", "value", "comparator"), [
    ("Solana open interest stands at $7.9 billion, just under the historical high of $8.4 billion.", 8.4e9, "at"),
    ("XRP open interest fell to $3.1 billion from a high of $4.6 billion on March 3.", 4.6e9, "at"),
    ("Ether open interest has climbed 25% over the past month, surpassing the previous peak of over $21 billion in June.", 21e9, "above"),
    ("Open interest in perpetuals climbed to 302,000 BTC, topping the prior record of 296,500 BTC set in April.", 296_500, "at"),
])
def test_the_earlier_peak_of_open_interest(text, value, comparator):
    assert find_claims(text, OI, value=value, comparator=comparator)


def test_a_price_high_after_open_interest_is_no_reading_of_it():
    text = "Bitcoin open interest rose to $61 billion as the price neared its record high of $126,000."
    assert not find_claims(text, OI, value=126_000)
