"""Market caps and dominance as real outlets write them: a share's move, a price that stood by
cap words, a second coin's cap in the same sentence, stablecoins' caps and the stablecoin sector."""

from __future__ import annotations

import pytest

from tests.extract_helpers import claims_of


def _caps(text: str):
    return [(c.asset, c.metric, c.comparator.value, c.value) for c in claims_of(text) if c.kind.value == "market_cap"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Bitcoin's dominance slid by 0.8% over the weekend as altcoins caught a bid.", ("BTC", "dominance", "down", -0.8)),
        ("Ether dominance has increased by 4.2% since January, according to TradingView.", ("ETH", "dominance", "up", 4.2)),
        ("BTC dominance is up 2.5% this month.", ("BTC", "dominance", "up", 2.5)),
        ("Solana's market dominance has fallen 12% since its peak.", ("SOL", "dominance", "down", -12.0)),
    ],
)
def test_a_share_moved_by_a_figure_is_a_change(text, want):
    assert _caps(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Bitcoin dominance rose to 58.3% on Tuesday.", [("BTC", "dominance", "at", 58.3)]),
        ("Its dominance over the alts is up to 53.9%.", [("BTC", "dominance", "at", 53.9)]),
        ("Bitcoin's market dominance reached 54% this week, up from 49% the previous day.",
         [("BTC", "dominance", "at", 54.0), ("BTC", "dominance", "at", 49.0)]),
    ],
)
def test_a_share_reached_stays_a_level(text, want):
    assert _caps(text) == want


def test_a_share_moved_then_reached_gives_both():
    assert _caps("Bitcoin dominance climbed about 1.5% on the week, to 61.2%.") == [
        ("BTC", "dominance", "up", 1.5), ("BTC", "dominance", "at", 61.2)]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Bitcoin reclaimed $65,000 on Monday. Bitcoin's price and market capitalization are now pegged at $65,516.87 "
         "and $1,277,114,159,326, respectively.", 65516.87),
        ("Bitcoin trades near $67,500. Its valuation hovers around $68,000 after the rally.", 68000.0),
        ("Ether changed hands at $2,410 early on. By noon its market value was trading at $2,455.", 2455.0),
    ],
)
def test_a_cap_at_the_coins_price_scale_is_its_price(text, level):
    claims = claims_of(text)
    assert not [c for c in claims if c.kind.value == "market_cap" and c.value < 1_000_000]
    assert [c for c in claims if c.kind.value == "price_level" and c.value == pytest.approx(level)]


def test_a_cap_too_small_and_off_every_scale_is_dropped():
    text = "XRP slipped below $0.2800. The third coin, with a current market value of $12.1, has been retreating."
    assert not [c for c in claims_of(text) if c.kind.value == "market_cap"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("At press time, Bitcoin's market cap stood at $569.66 billion, while Ethereum's stood at $215.85 billion.",
         [("BTC", 569.66e9), ("ETH", 215.85e9)]),
        ("Bitcoin’s market cap stood at $612 billion, while the same indicator for Solana was $71.2 billion.",
         [("BTC", 612e9), ("SOL", 71.2e9)]),
        ("XRP's market cap hit $101 billion, overtaking Solana's $95 billion.", [("XRP", 101e9), ("SOL", 95e9)]),
    ],
)
def test_a_second_coins_cap_in_the_sentence_is_that_coins(text, want):
    assert [(a, v) for a, m, _, v in _caps(text) if m == "market_cap"] == [(a, pytest.approx(v)) for a, v in want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tether (USDT) has reached a market capitalization of $100 billion, according to CoinGecko.", [("USDT", 100e9)]),
        ("With a market cap of about $9.9 billion, UST is now comfortably ahead of DAI’s $9 billion market cap.",
         [("UST", 9.9e9), ("DAI", 9e9)]),
        ("Bitcoin rose 2%. With a market value of $48 billion, USDC remains the second-largest stablecoin.", [("USDC", 48e9)]),
        ("The market capitalization of Tether climbed to $112 billion on Monday.", [("USDT", 112e9)]),
        ("Circle's USDC now has a market cap of $61 billion.", [("USDC", 61e9)]),
    ],
)
def test_a_stablecoins_cap_is_the_stablecoins(text, want):
    assert [(a, v) for a, m, _, v in _caps(text)] == [(a, pytest.approx(v)) for a, v in want]


def test_a_coin_that_passed_a_stablecoin_keeps_its_cap():
    text = "Notably, XRP has surpassed Tether, becoming the third-largest cryptocurrency with a market capitalization of $175.76 billion."
    assert [(a, v) for a, _, _, v in _caps(text)] == [("XRP", pytest.approx(175.76e9))]


@pytest.mark.parametrize(
    "text",
    [
        "In April the total market capitalization of stablecoins fell by 1.08% to $131 billion.",
        "The combined market cap of stablecoins climbed to a record $162 billion this week.",
        "Stablecoins' market cap slipped 0.6% on the month, according to the report.",
    ],
)
def test_the_stablecoin_sectors_cap_is_no_claim(text):
    assert _caps(text) == []


def test_the_whole_markets_cap_stays_the_markets_after_a_stablecoin_is_named():
    text = "As USDT supply grew, the total crypto market cap rose to $2.4 trillion."
    assert [(a, v) for a, _, _, v in _caps(text)] == [(None, pytest.approx(2.4e12))]


def _records(text: str):
    return [(c.asset, c.comparator.value, c.unit, c.value) for c in claims_of(text) if c.kind.value == "all_time_high"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Despite the bounce, Bitcoin is still about 23.77% lower than its highest-ever value of $109,026.",
         [("BTC", "below", "%", 23.77), ("BTC", "at", "USD", 109026.0)]),
        ("Ether changes hands some 31% below its highest ever price.", [("ETH", "below", "%", 31.0)]),
        ("Solana trades 12% under this record high, set in January.", [("SOL", "below", "%", 12.0)]),
        ("Last month it soared to a record high of $19,343. It has since been sliding and is now down almost 50 percent "
         "from that all-time high.", [("BTC", "at", "USD", 19343.0), ("BTC", "below", "%", 50.0)]),
    ],
)
def test_a_distance_below_the_record_in_other_words(text, want):
    got = _records(text if "Solana" in text or "Ether" in text or "Bitcoin" in text else "Bitcoin rallied. " + text)
    assert sorted(got) == sorted(want)


def test_a_period_high_in_other_words_is_no_record():
    assert _records("Bitcoin is 4% below its highest level since May.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("On the other hand, the market capitalization of Ethereum (ETH) on June 6 was 17.74%, a new low since October 2021.",
         [("ETH", "dominance", "at", 17.74)]),
        ("Solana's market cap now stands at 3.1%, its highest share this year.", [("SOL", "dominance", "at", 3.1)]),
        ("The market value of XRP came to 4.6% on Friday.", [("XRP", "dominance", "at", 4.6)]),
    ],
)
def test_a_coins_market_cap_in_percent_is_its_share(text, want):
    assert _caps(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Ether, which trails the altcoin market capitalization by 17% in 2025, keeps lagging.",
        "Bitcoin holds 40.5%, while the combined capitalization of all other cryptocurrencies is 40.9%.",
        "Stablecoins make up 8% of the total market cap.",
    ],
)
def test_a_percent_cap_of_no_coin_or_a_gap_is_no_claim(text):
    assert [c for c in _caps(text) if c[1] == "market_cap"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ether’s market share climbed to 19.8%, an over 1.1% boost in the last 24 hours.",
         [("ETH", "dominance", "at", 19.8), ("ETH", "dominance", "up", 1.1)]),
        ("Solana's dominance rose to 3.2%, a 0.4% gain on the week.",
         [("SOL", "dominance", "at", 3.2), ("SOL", "dominance", "up", 0.4)]),
        ("Bitcoin's dominance slid by just under 1% as altcoins rallied.", [("BTC", "dominance", "down", -1.0)]),
        ("Bitcoin's dominance rose by more than 2% this month.", [("BTC", "dominance", "up", 2.0)]),
        ("Bitcoin's market dominance hits 54% this week.", [("BTC", "dominance", "at", 54.0)]),
    ],
)
def test_a_shares_move_told_beside_or_bounded(text, want):
    assert _caps(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Bitcoin's market dominance dropped below 55% for the first time since March.", ("BTC", "dominance", "below", 55.0)),
        ("Ether's market share climbed above 20% on Friday.", ("ETH", "dominance", "above", 20.0)),
        ("BTC dominance fell under 50% this week.", ("BTC", "dominance", "below", 50.0)),
    ],
)
def test_a_share_that_passed_a_line_is_no_move(text, want):
    assert _caps(text) == [want]
