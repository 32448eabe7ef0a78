"""Derivatives constructions as real outlets write them (session 22): whose liquidations a
sentence's figures are when the coin was named one sentence earlier, and funding figures said of
the whole market. Sentences are our own."""

from __future__ import annotations

import pytest
from extract_helpers import find_claims


@pytest.mark.parametrize(
    "text, coin, side, value",
    [
        (("Dogecoin traders had a rough night as the meme coin slid. Long liquidations came to $41.2 million, "
          "while shorts lost only $2.6 million."), "DOGE", "long", 41.2e6),
        (("Dogecoin traders had a rough night as the meme coin slid. Long liquidations came to $41.2 million, "
          "while shorts lost only $2.6 million."), "DOGE", "short", 2.6e6),
        (("Cardano also suffered heavy liquidations on Thursday. Longs worth $18 million were closed out, "
          "most of the $21 million liquidated in the session."), "ADA", "total", 21e6),
        (("Pressure is building on leveraged long Solana positions. Since Monday, long liquidations have "
          "topped $95 million."), "SOL", "long", 95e6),
        (("Over the weekend 40,000 traders saw their XRP positions closed out. The liquidations added up to "
          "$12.5M, nearly all of it longs."), "XRP", "total", 12.5e6),
    ],
)
def test_a_coin_whose_positions_were_hit_owns_the_next_sentences_figures(text, coin, side, value):
    assert find_claims(text, "liquidations", asset=coin, side=side, value=value)


@pytest.mark.parametrize(
    "text, value",
    [
        # the coin only moved: the liquidations that followed are the market's (asset null)
        ("Bitcoin fell 6% on Friday, triggering a wave of liquidations. Long liquidations came to $300 million.", 300e6),
        # the next sentence says whose: the whole market's
        ("Ether traders were caught offside. Liquidations across the market reached $620 million.", 620e6),
        # one order names its coin, not the totals after it
        ("The biggest single liquidation was a $9 million ETH long on Bybit. Long liquidations reached $410 million.", 410e6),
        # two coins before: no one coin to carry
        ("Ether and Solana traders were hit hardest. Short liquidations came to $150 million.", 150e6),
    ],
)
def test_figures_keep_the_market_when_no_one_coin_owns_them(text, value):
    found = find_claims(text, "liquidations", value=value)
    assert found and all(c.asset is None for c in found)


@pytest.mark.parametrize(
    "text, kind, coins, value, comparator",
    [
        ("Funding for SOL and XRP touched 0.05% on Tuesday.", "funding_rate", {"SOL", "XRP"}, 0.05, "at"),
        ("Funding on SOL, XRP and a few other large caps hit the 0.12% line late on Friday.",
         "funding_rate", {"SOL", "XRP"}, 0.12, "at"),
        ("Open interest of ETH and SOL slipped on Tuesday.", "open_interest", {"ETH", "SOL"}, None, "down"),
        ("Open interest in both ether and solana climbed 4% overnight.", "open_interest", {"ETH", "SOL"}, 4.0, "up"),
    ],
)
def test_one_figure_said_of_coins_named_together_is_each_coins(text, kind, coins, value, comparator):
    found = find_claims(text, kind, value=value, comparator=comparator)
    assert {c.asset for c in found} == coins


def test_coins_with_readings_of_their_own_keep_them():
    text = "Funding for BTC sits at 0.01%, and for ETH at 0.02%."
    assert {(c.asset, c.value) for c in find_claims(text, "funding_rate")} == {("BTC", 0.01), ("ETH", 0.02)}


@pytest.mark.parametrize(
    "text, coin, value, comparator",
    [
        ("XRP funding, per two trackers, briefly topped the annualised 12% level.", "XRP", 12.0, "above"),
        ("Ether funding exceeded an annualised 15% on Friday.", "ETH", 15.0, "above"),
        ("Bitcoin funding stayed under the annualized 8% line all week.", "BTC", 8.0, "below"),
    ],
)
def test_a_yearly_quote_between_the_bound_and_the_rate_keeps_the_bound(text, coin, value, comparator):
    assert find_claims(text, "funding_rate", asset=coin, value=value, comparator=comparator)


@pytest.mark.parametrize(
    "text, value",
    [
        ("$212 million of leveraged trades got liquidated on Thursday.", 212e6),
        ("Some $1.1 billion in leveraged trades was liquidated across crypto on Friday.", 1.1e9),
        ("Roughly $95M of trades were liquidated during the Asian session.", 95e6),
    ],
)
def test_trades_liquidated_are_the_markets_liquidations(text, value):
    found = find_claims(text, "liquidations", value=value)
    assert found and all(c.asset is None and c.side == "total" for c in found)


@pytest.mark.parametrize(
    "text, asset, value",
    [
        ("Activity picked up: volume across crypto exchanges hit $84 billion on Sunday.", None, 84e9),
        ("Ether slipped 2%. Volume across cryptocurrency platforms rose to $62 billion.", None, 62e9),
        # without a crypto word, 'across exchanges' is the article's coin's turnover (corpus 014, 018, 065)
        ("Bitcoin rose 4%. Spot volume across exchanges was about $58 billion on Tuesday.", "BTC", 58e9),
        ("Bitcoin's trading volume across crypto exchanges reached $41 billion on Monday.", "BTC", 41e9),
    ],
)
def test_volume_across_crypto_exchanges_is_the_whole_markets(text, asset, value):
    assert find_claims(text, "volume", asset=asset, value=value)


@pytest.mark.parametrize(
    "text",
    [
        "Sellers ran the session: Binance net taker volume printed -$920 million.",
        "Over the week the net taker volume of ETH perps shed $2.3 billion.",
        "Taker buy/sell volume on Bybit flipped to -$310M during the sell-off.",
        "ETH's volume delta sat at -$140 million through the US session.",
    ],
)
def test_net_taker_volume_is_a_flow_not_a_traded_volume(text):
    assert not find_claims(text, "volume")


def test_traded_volume_beside_a_taker_balance_is_still_read():
    text = "Spot trading volume rose 12% to $38 billion while net taker volume turned negative."
    assert find_claims(text, "volume", value=38e9)


def test_a_coin_named_after_the_first_coins_figure_owns_the_next_one() -> None:
    text = ("Bitcoin alone has seen $91.7 million in liquidations, with second-largest cryptocurrency, Ethereum, "
            "following with $69.86 million worth of liquidations.")
    assert find_claims(text, "liquidations", asset="BTC", value=91.7e6)
    assert find_claims(text, "liquidations", asset="ETH", value=69.86e6)
    headline = "Bitcoin Surges Over $71K as Ether ETF Hopes Lead to $260M in Short Liquidations"
    assert not find_claims(headline, "liquidations", asset="ETH")  # 'Ether ETF hopes' names the funds, not whose positions


def test_a_total_of_positions_told_in_a_relative_clause_is_read() -> None:
    text = "They account for the lion's share of the $255 million worth of positions that have been wiped out."
    assert find_claims(text, "liquidations", value=255e6)
