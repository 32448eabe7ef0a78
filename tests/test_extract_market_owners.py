"""Whose figure it is, and on which chart, in forms measured on market pages nobody here had read:
a coin named only to compare with ('similar to bitcoin'), totals in a paragraph about the crypto
market, 'all tokens', the long and short split of a coin's liquidations told the sentence before,
and charts written in the plural ('4-Hours RSI'). Every sentence is written for these tests."""

from __future__ import annotations

from extract_helpers import find_claims


def test_a_comparison_after_the_figure_leaves_it_to_the_article_coin():
    text = "Chainlink opened the session near $14. There was a clean break above the $15 level, similar to bitcoin."
    assert find_claims(text, "price_level", asset="LINK", value=15)
    assert not find_claims(text, "price_level", asset="BTC")


def test_a_subject_that_mirrors_another_coin_keeps_its_own_figure():
    found = find_claims("Ether mirrored bitcoin's bounce and rose 4% to $3,100.", "price_change")
    assert [c.asset for c in found] == ["ETH"]


def test_open_interest_in_a_crypto_market_paragraph_is_the_market_total():
    text = ("Bitcoin rose 2% to $91,000.\n"
            "The wider crypto market rally came with more leverage. Futures open interest climbed 3% to $120 billion.")
    assert find_claims(text, "open_interest", asset=None, value=120e9)
    assert not find_claims(text, "open_interest", asset="BTC")


def test_open_interest_in_a_coin_paragraph_stays_the_coin_total():
    text = "Bitcoin rose 2% to $91,000.\nOpen interest climbed 3% to $60 billion."
    assert find_claims(text, "open_interest", asset="BTC", value=60e9)


def test_the_market_cap_of_all_tokens_is_the_whole_market():
    text = "Ether held $3,000, while the market capitalization of all tokens rose to $3.2 trillion."
    assert find_claims(text, "market_cap", asset=None, value=3.2e12)
    assert not find_claims(text, "market_cap", asset="ETH")


def test_long_and_short_sides_split_the_coin_total_told_before():
    text = ("Chainlink's liquidations over the day came to about $4 million.\n"
            "Traders holding long positions contributed to that total with $3.1 million, "
            "while short traders accounted for $0.9 million.")
    assert find_claims(text, "liquidations", asset="LINK", side="short", value=0.9e6)
    assert not find_claims(text, "liquidations", asset=None, side="short")


def test_sides_said_across_the_market_stay_the_market_total():
    text = ("Solana's liquidations over the day came to about $40 million.\n"
            "Across crypto, long traders lost $310 million, while short traders accounted for $90 million.")
    assert find_claims(text, "liquidations", asset=None, side="long", value=310e6)


def test_a_chart_written_in_plural_hours():
    text = ("4-Hours RSI – The RSI for LINK/USD is above the 50 level. "
            "LINK is trading above $14 and the 100 simple moving average (4-hours).")
    assert find_claims(text, "indicator", metric="rsi", timeframe="4h", value=50)
    assert find_claims(text, "indicator", metric="sma", timeframe="4h")


def test_a_volume_increase_of_a_percent_is_a_move():
    text = "Dogecoin's trading volume saw an increase of 140% to $2.1 billion as the selling spread."
    assert find_claims(text, "volume", comparator="up", value=140)
    assert not find_claims(text, "volume", comparator="at", value=140)


def test_a_bottom_with_the_part_of_day_before_its_level_is_the_low():
    text = "Bitcoin slid below $70,000, bottoming out during the session at $68,900."
    assert find_claims(text, "intraday_low", asset="BTC", value=68900)
    assert not find_claims(text, "price_level", value=68900)
