"""A coinless level far off the carried coin's price ('the $3,000 target' after a bitcoin paragraph at
$105,000) is not that coin's: with no coin in the article at that scale, the report says it does not
know which asset, rather than scoring bitcoin against $3,000. Sentences are our own."""

from __future__ import annotations

import pytest
from extract_helpers import find_claims


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Bitcoin fell 2% to $105,000 on Tuesday. Ether and XRP also slipped. Traders now eye the $3,000 target as the next test.",
         "forecast"),
        ("Bitcoin trades at $105,000. The next support sits at $3,000.", "support"),
    ],
)
def test_a_coinless_level_far_off_its_coins_scale_has_no_coin(text: str, kind: str) -> None:
    (level,) = find_claims(text, kind, value=3000.0)
    assert level.asset is None


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Bitcoin trades at $105,000. Bitcoin could crash to $10,000, one bear warned.", "forecast", 10000.0),  # named: the writer's call
        ("Bitcoin trades at $105,000. Support sits at $98,000.", "support", 98000.0),  # at the coin's scale
        ("Bitcoin trades at $105,000 while ether trades at $3,900. The next support sits at $3,000.", "support", 3000.0),
    ],
)
def test_a_named_coin_or_a_coin_at_that_scale_keeps_the_level(text: str, kind: str, value: float) -> None:
    (level,) = find_claims(text, kind, value=value)
    assert level.asset is not None


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Ether trades at $3,100. Ether lost $200 on Tuesday.", "price_change", -200.0),
        ("Bitcoin trades at $95,000. Bitcoin lost $4,000 on Tuesday.", "price_change", -4000.0),
        ("Bitcoin trades at $89,000. Bitcoin lost $90,000 on Tuesday.", "price_level", 90000.0),  # a level broken
    ],
)
def test_lost_names_a_level_at_the_coins_scale_and_an_amount_far_under_it(text: str, kind: str, value: float) -> None:
    assert find_claims(text, kind, value=value)
