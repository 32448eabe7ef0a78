"""A coin's percent of the whole market's value is its dominance, whatever words name the total."""

from __future__ import annotations

import pytest

from tests.extract_helpers import claims_of


def _caps(text: str):
    return [(c.asset, c.metric, c.value) for c in claims_of(text) if c.kind.value == "market_cap"]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Bitcoin accounts for 58.1% of the combined value of all cryptocurrencies.", ("BTC", "dominance", 58.1)),
        ("Bitcoin represents 61% of the total crypto market value.", ("BTC", "dominance", 61.0)),
        ("Ether now makes up 12.9 percent of the total market capitalization.", ("ETH", "dominance", 12.9)),
    ],
)
def test_a_coins_percent_of_the_total_is_its_dominance(text, share):
    assert _caps(text) == [share]


def test_a_share_with_no_coin_named_is_not_given_one():
    assert all(asset is None for asset, _, _ in _caps("Stablecoins make up 8% of the total market cap."))
