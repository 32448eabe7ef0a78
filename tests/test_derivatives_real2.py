"""Derivatives constructions met on real liquidation, open-interest and funding pages (session 23
probe), each in sentences written for these tests: other coins, venues, figures and word orders."""

from __future__ import annotations

import pytest
from extract_helpers import claims_of, find_claims

LQ, OI, FU = "liquidations", "open_interest", "funding_rate"


# Both sides named as one pair, or a venue's two sides then their sum: the figure is the total.
@pytest.mark.parametrize(("text", "value"), [
    ("Liquidations topped $900 million over the week. Kraken saw $120 million in long liquidations and $45 million "
     "in shorts, which together reach $165 million.", 165e6),
    ("Gate logged $30.2 million of longs and $11.9 million of shorts liquidated, summing up to $42.1 million.", 42.1e6),
    ("The most short and long liquidations occurred on Bybit, totaling $98 million.", 98e6),
    ("Shorts and longs worth $77.5 million were liquidated across crypto in the past day.", 77.5e6),
    ("Longs and shorts of $1.1B were wiped out on Friday as ether swung 9%.", 1.1e9),
])
def test_a_sum_of_both_sides_is_the_total(text, value):
    assert find_claims(text, LQ, side="total", value=value)
    assert not find_claims(text, LQ, side="long", value=value)
    assert not find_claims(text, LQ, side="short", value=value)


@pytest.mark.parametrize(("text", "side", "value"), [
    ("Kraken saw $120 million in long liquidations and $45 million in shorts, which together reach $165 million.", "long", 120e6),
    ("Kraken saw $120 million in long liquidations and $45 million in shorts, which together reach $165 million.", "short", 45e6),
    ("Bears lost $40 million and bulls $12 million.", "short", 40e6),
    ("Bitcoin saw long and short liquidations of $52 million and $14 million, respectively.", "short", 14e6),
])
def test_each_side_keeps_its_own_figure(text, side, value):
    assert find_claims(text, LQ, side=side, value=value)


# An open-interest reading set against the peak it came from: the peak is a reading of the same total.
@pytest.mark.parametrize(("text", "coin", "value"), [
    ("On Bybit, ether open interest dropped to $4.2 billion – the lowest since August and a 12% decline from its "
     "October 2 peak of $4.8 billion.", "ETH", 4.8e9),
    ("Bitcoin open interest fell to $52 billion, a 9% drop from its Oct. 6 peak of $57.1 billion.", "BTC", 57.1e9),
    ("Solana futures open interest rose by over 9% to reach an all-time high of $7.4 billion.", "SOL", 7.4e9),
    ("XRP open interest climbed 6% to hit a new record of $3.1 billion.", "XRP", 3.1e9),
])
def test_an_open_interest_peak_after_the_reading(text, coin, value):
    assert find_claims(text, OI, asset=coin, comparator="at", value=value)


def test_a_day_of_the_month_is_no_open_interest():
    claims = claims_of("Bitcoin open interest fell to $52 billion, a 9% drop from its Oct. 6 peak of $57.1 billion.")
    assert not [c for c in claims if c.kind.value == OI and c.value == 6]
    assert find_claims("Bitcoin open interest fell to $52 billion, a 9% drop from its Oct. 6 peak of $57.1 billion.",
                       OI, asset="BTC", comparator="down", value=-9.0)


# A rate that rose 'from X to over Y': the reading is where it arrived, with its bound; not a move.
@pytest.mark.parametrize(("text", "coin", "comparator", "value"), [
    ("Funding rates for SOL and AVAX rose from an annualized 6% to over 9%.", "SOL", "above", 9.0),
    ("Funding rates for SOL and AVAX rose from an annualized 6% to over 9%.", "AVAX", "above", 9.0),
    ("Bitcoin's funding rate rose from 0.01% to over 0.03%.", "BTC", "above", 0.03),
    ("ETH funding climbed from an annualised 4% to 11%.", "ETH", "at", 11.0),
    ("Funding rates for BTC rose from 5% to over 7% annualized.", "BTC", "above", 7.0),
])
def test_a_rate_arrived_at(text, coin, comparator, value):
    assert find_claims(text, FU, asset=coin, comparator=comparator, value=value)
    assert not find_claims(text, FU, asset=coin, comparator="up")


def test_a_huge_funding_move_stays_a_move():
    assert find_claims("Funding rates soared more than 360% this week.", FU, comparator="up", value=360.0)


# A coin that a relative clause's figure is said of: 'Ethereum, which contributed ...' is Ethereum's.
@pytest.mark.parametrize(("text", "coin", "value"), [
    ("Ethereum, which contributed $55.89 million in liquidated positions, also suffered significant losses.", "ETH", 55.89e6),
    ("Solana, which saw $21.4 million in long liquidations, dropped 8% on the day.", "SOL", 21.4e6),
    ("Dogecoin traders, who lost $9 million to liquidations overnight, are licking their wounds.", "DOGE", 9e6),
])
def test_a_coin_before_its_relative_clause(text, coin, value):
    assert find_claims(text, LQ, asset=coin, value=value)


def test_a_relative_clause_of_the_market_names_no_coin():
    assert find_claims("Liquidations, which reached $400 million across crypto, hit bitcoin hardest.", LQ, asset=None, value=400e6)


# A coin's move that set off liquidations: the figure is the market's, not the coin's; likewise a figure
# said, after it, to span the whole market.
@pytest.mark.parametrize(("text", "value"), [
    ("Bitcoin slumped about $3,000 within minutes on Friday, triggering more than $250 million in long liquidations.", 250e6),
    ("Solana surged 12%, sparking $40 million in short liquidations.", 40e6),
    ("Ether's sharp drop from $4,100 to below $3,800 on Monday triggered one of the biggest waves of liquidation in "
     "weeks, wiping out more than $900 million in leveraged futures positions across crypto markets.", 900e6),
    ("Bitcoin saw $80 million in liquidations, while $300 million was liquidated across the crypto market.", 300e6),
])
def test_a_market_wide_figure_after_a_coins_move(text, value):
    assert find_claims(text, LQ, asset=None, value=value)
    assert not [c for c in claims_of(text) if c.kind.value == LQ and c.value == value and c.asset is not None]


@pytest.mark.parametrize(("text", "coin", "value"), [
    ("Ether positions took the brunt, with over $121 million in liquidations.", "ETH", 121e6),
    ("Bitcoin saw $80 million in liquidations, while $300 million was liquidated across the crypto market.", "BTC", 80e6),
])
def test_a_coins_own_liquidations_keep_the_coin(text, coin, value):
    assert find_claims(text, LQ, asset=coin, value=value)


# A heading line before a list of coins: 'and' after the first coin does not open a new sentence, so
# the coins still pair with their figures.
@pytest.mark.parametrize(("coin", "value"), [("BTC", 191e6), ("ETH", 134e6)])
def test_coins_listed_after_a_heading_line(coin, value):
    text = ("Roughly $657 million in derivative contracts were liquidated in the past day.\nTop Liquidated Coins\n"
            "Bitcoin and Ethereum led the liquidations, with $191 million and $134 million, respectively.")
    assert find_claims(text, LQ, asset=coin, value=value)


@pytest.mark.parametrize(("text", "coin", "value"), [
    ("Leaderboard\nSolana and Cardano came next, with $41 million and $19 million in liquidations, respectively.", "ADA", 19e6),
    ("Liquidation data\nXRP and Dogecoin followed, seeing $24.1 million and $11.7 million liquidated, respectively.", "DOGE", 11.7e6),
])
def test_a_second_coin_after_a_heading_keeps_its_figure(text, coin, value):
    assert [c for c in claims_of(text) if c.asset == coin and c.value == value]


# A figure set off by a dash right after the metric is its reading.
@pytest.mark.parametrize(("text", "coin", "value"), [
    ("Altcoins like Cardano (ADA) also saw liquidations—about $12.4 million, with ~71% being long positions affected.", "ADA", 12.4e6),
    ("Cardano (ADA) also saw liquidations — about $12.4 million.", "ADA", 12.4e6),
    ("Dogecoin recorded liquidations – roughly $6.1 million – as it slid 7%.", "DOGE", 6.1e6),
])
def test_a_figure_after_a_dash(text, coin, value):
    assert find_claims(text, LQ, asset=coin, value=value)


def test_an_aside_between_dashes_still_parts_nothing():
    assert find_claims("Open interest — the money tied up in futures — dipped 3%.", OI, comparator="down", value=-3.0)


# A volume told right after the whole market's capitalisation is the whole market's turnover.
VOL = "volume"


@pytest.mark.parametrize(("text", "comparator", "value"), [
    ("Ether slid 4% on the day. According to CoinGecko, the global cryptocurrency market cap has fallen by 2%, from "
     "$3.1 trillion to $3.04 trillion. At the same time, the daily trading volume has increased by 35% to $120 billion.",
     "up", 35.0),
    ("Ether slid 4% on the day. According to CoinGecko, the global cryptocurrency market cap has fallen by 2%, from "
     "$3.1 trillion to $3.04 trillion. At the same time, the daily trading volume has increased by 35% to $120 billion.",
     "at", 120e9),
    ("XRP jumped 11%. The total crypto market capitalization stands at $3.4 trillion. Meanwhile, 24-hour trading volume "
     "reached $142 billion.", "at", 142e9),
])
def test_volume_after_the_whole_market_cap(text, comparator, value):
    assert find_claims(text, VOL, asset=None, comparator=comparator, value=value)


@pytest.mark.parametrize(("text", "coin"), [
    ("The total crypto market cap is $2.9 trillion. Bitcoin rose 2% and its trading volume jumped 20% to $40 billion.", "BTC"),
    ("Ethereum rose 3% to $3,500. Its 24-hour trading volume climbed 20% to $25 billion.", "ETH"),
])
def test_a_coins_volume_after_the_market_cap_stays_the_coins(text, coin):
    assert find_claims(text, VOL, asset=coin, comparator="up", value=20.0)


# Shares of the liquidations told the sentence before ('the lion's share of these liquidations') are
# parts of that total: its coin and side, unless their own words name one.
@pytest.mark.parametrize(("text", "venue_value", "coin", "side"), [
    ("According to CoinGlass, short traders lost around $380 million across major exchanges over the past day. Crypto "
     "exchange Bybit took the lion's share of these liquidations at over $190 million, followed by Binance at $95 million.",
     190e6, None, "short"),
    ("According to CoinGlass, short traders lost around $380 million across major exchanges over the past day. Crypto "
     "exchange Bybit took the lion's share of these liquidations at over $190 million, followed by Binance at $95 million.",
     95e6, None, "short"),
    ("According to Coinglass, $88 million worth of Solana (SOL) longs were liquidated within an hour. Exchange Binance "
     "accounts for the lion's share of the wipeout with $51.2 million worth of liquidated long positions.", 51.2e6, "SOL", "long"),
    ("Dogecoin bulls saw $64 million liquidated overnight. OKX accounted for the bulk of these liquidations, at $30.5 million.",
     30.5e6, "DOGE", "long"),
])
def test_a_share_of_the_liquidations_before(text, venue_value, coin, side):
    assert find_claims(text, LQ, asset=coin, side=side, value=venue_value)


def test_a_share_naming_its_own_coin_keeps_it():
    text = "Long traders lost $300 million on Monday. Ether took the bulk of these losses, at $120 million."
    assert not find_claims(text, LQ, asset=None, value=120e6)


# A ticker in brackets after the coin's name does not cut the figure from its side.
@pytest.mark.parametrize(("text", "coin", "side", "value"), [
    ("According to Coinglass, $88 million worth of Solana (SOL) longs were liquidated within an hour.", "SOL", "long", 88e6),
    ("Data show $41.5 million worth of Cardano (ADA) shorts were liquidated as it jumped 12%.", "ADA", "short", 41.5e6),
])
def test_a_bracketed_ticker_keeps_the_side(text, coin, side, value):
    assert find_claims(text, LQ, asset=coin, side=side, value=value)


# Where a series started, dated in the text, is a reading at that time; undated, it is only the start.
@pytest.mark.parametrize(("text", "kind", "coin", "value", "day"), [
    ("Ether's open interest-weighted funding rate fell from 0.0052% on Monday to -0.0021% on Tuesday.", FU, "ETH", 0.0052, 2),
    ("Bitcoin open interest slid from $61 billion on Friday to $57 billion on Sunday.", OI, "BTC", 61e9, 30),
    ("Bitcoin's trading volume rose from $21 billion on Monday to $30 billion on Tuesday.", "volume", "BTC", 21e9, 2),
])
def test_a_dated_start_is_a_reading(text, kind, coin, value, day):
    found = find_claims(text, kind, asset=coin, comparator="at", value=value)
    assert found and found[0].time.start.day == day


def test_an_undated_start_is_no_reading():
    assert not find_claims("Funding rose from 0.01% to 0.03%.", FU, value=0.01)
    assert find_claims("Funding rose from 0.01% to 0.03%.", FU, value=0.03)


# A venue's figure right after a liquidation sentence, with the metric named only after it as what a
# share is of: the venue's liquidations.
@pytest.mark.parametrize(("text", "venue", "value"), [
    ("Binance had a total liquidation of $120.4 million, representing 40%. Bybit registered $88.1 million, or 29.3% "
     "of total liquidations.", "Bybit", 88.1e6),
    ("Kraken recorded $61.6 million in liquidations, 70% of which were long positions. Bitget followed at $55.3 million, "
     "with 68% long liquidations.", "Bitget", 55.3e6),
    ("OKX logged $74 million of liquidations over the day. Gate came next at $31.5 million, about 14% of all liquidations.",
     "Gate", 31.5e6),
])
def test_a_venues_figure_before_its_share(text, venue, value):
    assert find_claims(text, LQ, venue=venue, side="total", value=value)


def test_a_share_after_a_venue_is_no_imbalance():
    text = ("Binance had a total liquidation of $120.4 million, representing 40%. Bybit registered $88.1 million, or 29.3% "
            "of total liquidations.")
    assert not find_claims(text, "liquidation_imbalance", value=29.3)
