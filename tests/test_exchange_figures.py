"""Figures told of exchanges, the way Korean and wire wraps write them: a list of prices against
a list of exchanges ('... 102,814,000 won and 101,976,000 won on Upbit and Bithumb, respectively')
gives one price per exchange; the exchange a volume is told of is that figure's venue (and an
exchange's volume with no coin named is across coins); 'According to X, Upbit, ...' credits X;
a venue named right after an extreme is that extreme's; a descriptive alias of a coin before
'exchange' names the exchange; a price 'moving around' a mark is at it."""

from __future__ import annotations

import pytest

from factcheck.model import ClaimKind, Modality
from tests.extract_helpers import claims_of as _claims


@pytest.mark.parametrize("text, asset, unit, pairs", [
    ("Meanwhile, ether was traded at 5,412,000 won and 5,398,000 won on local exchanges Upbit and Bithumb, respectively.",
     "ETH", "KRW", [(5_412_000, "Upbit"), (5_398_000, "Bithumb")]),
    ("Bitcoin changed hands at $96,140 and $96,090 on Coinbase and Kraken.", "BTC", "USD",
     [(96_140, "Coinbase"), (96_090, "Kraken")]),
    ("Solana traded at $181.20 on Coinbase and $181.05 on Kraken.", "SOL", "USD", [(181.20, "Coinbase"), (181.05, "Kraken")]),
])
def test_prices_listed_against_exchanges(text: str, asset: str, unit: str, pairs: list[tuple[float, str]]) -> None:
    levels = [c for c in _claims(text) if c.kind is ClaimKind.price_level]
    assert [(c.asset, c.unit, c.value, c.venue) for c in levels] == [(asset, unit, v, venue) for v, venue in pairs]


def test_an_exchange_told_of_a_volume_is_its_venue_and_its_coins_are_all_of_them() -> None:
    (claim,) = _claims("According to CoinGecko, Bithumb, the second-biggest cryptocurrency exchange in Korea, handled "
                       "a trading volume of US$2,140 million over the past 24 hours.")
    assert (claim.kind, claim.asset, claim.venue) == (ClaimKind.volume, None, "Bithumb")
    assert (claim.modality, claim.attributed_to) == (Modality.attributed, "CoinGecko")


def test_an_exchanges_coin_volume_keeps_its_coin() -> None:
    (claim,) = _claims("Bybit's ether open interest climbed to $3.9 billion.")
    assert (claim.kind, claim.asset, claim.venue) == (ClaimKind.open_interest, "ETH", "Bybit")


def test_a_source_credited_before_the_figure_stays_the_source() -> None:
    claims = _claims("According to Coinbase, bitcoin volume rose 18% to $41 billion on Monday.")
    assert claims and all(c.attributed_to == "Coinbase" and c.venue is None for c in claims)


def test_the_venue_nearest_an_extreme_is_its_own() -> None:
    claims = _claims("Bitcoin rose to $96,500 on Coinbase, while ether hit $3,700 on Kraken.")
    (high,) = [c for c in claims if c.asset == "ETH"]
    assert (high.value, high.venue) == (3_700, "Kraken")


def test_a_price_moving_around_a_mark_is_at_it() -> None:
    (claim,) = _claims("As of 3:10 p.m., the price of ether was moving around the US$3,650 mark.")
    assert (claim.kind, claim.asset, claim.value) == (ClaimKind.price_level, "ETH", 3_650)


def test_the_currency_word_of_a_second_figure_does_not_screen_the_first() -> None:
    levels = [c for c in _claims("XRP traded at 3,120 won and 3,115 won.") if c.kind is ClaimKind.price_level]
    assert levels and levels[0].value == 3_120


def test_a_volume_of_a_set_of_exchanges_has_no_coin() -> None:
    (claim,) = _claims("The 24-hour trading volume of the five largest local exchanges topped 9 trillion won.")
    assert (claim.kind, claim.asset, claim.unit) == (ClaimKind.volume, None, "KRW")


def test_a_coins_volume_across_exchanges_keeps_its_coin() -> None:
    claims = _claims("Ether spot volume across exchanges rose 14% to $21 billion.")
    assert {c.asset for c in claims} == {"ETH"}
