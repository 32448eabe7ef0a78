"""The article's own prices set each coin's scale. A dollar "move" as large as the price is the level it
reached ('popping $88,543'), while an ordinary dollar move stays a move; a record far from every coin's
prices is another market's (gold's $4,000 in a bitcoin story)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from extract_helpers import claims_of

from factcheck.model import ClaimKind, Comparator

PUBLISHED = datetime(2025, 4, 22, 8, 0, tzinfo=UTC)


def _claims(text: str):
    return claims_of(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "asset", "level"),
    [
        ("Bitcoin traded at $87,900 on Sunday. On Monday it shot up, popping $88,543.", "BTC", 88543.0),
        ("Ether changed hands near $3,050 in Asia. By the US open it had jumped $3,180.", "ETH", 3180.0),
        ("XRP was quoted at $2.14 early on. It then slid $2.02 as sellers returned.", "XRP", 2.02),
    ],
)
def test_a_move_the_size_of_the_price_is_the_level(text: str, asset: str, level: float) -> None:
    claims = _claims(text)
    assert not [c for c in claims if c.kind is ClaimKind.price_change and c.unit == "USD"]
    assert (asset, level, Comparator.at) in [(c.asset, c.value, c.comparator) for c in claims if c.kind is ClaimKind.price_level]


@pytest.mark.parametrize(
    ("text", "asset", "move"),
    [
        ("Bitcoin gained $2,400 on Monday to trade near $68,000.", "BTC", 2400.0),
        ("Ether, at $3,050, dropped $180 over the session.", "ETH", -180.0),
        ("Solana climbed $12 to $171 in early trade.", "SOL", 12.0),
    ],
)
def test_an_ordinary_dollar_move_stays_a_move(text: str, asset: str, move: float) -> None:
    moves = [(c.asset, c.value) for c in _claims(text) if c.kind is ClaimKind.price_change and c.unit == "USD"]
    assert moves == [(asset, move)]


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin traded at $122,500 on Wednesday. The debasement trade also propelled gold to a record high of more than $4,000.",
        "BTC changed hands at $97,300. Silver, meanwhile, set a record of $54 an ounce.",
        "Ether sits at $4,480. The S&P 500 closed at a record 6,850 points, and the Nasdaq hit a record $23,000.",
    ],
)
def test_a_record_far_from_every_coins_prices_is_another_markets(text: str) -> None:
    assert [c for c in _claims(text) if c.kind is ClaimKind.all_time_high] == []


def test_a_coins_own_record_stays_beside_its_price() -> None:
    claims = _claims("Ether set a record of $4,950 in August and trades at $4,480 now; bitcoin's record is $126,200.")
    assert sorted((c.asset, c.value) for c in claims if c.kind is ClaimKind.all_time_high) == [("BTC", 126200.0), ("ETH", 4950.0)]


def test_a_record_moved_to_its_coin_beside_another_markets_record() -> None:
    """One pass both drops gold's record and moves a record given to the wrong coin."""
    from factcheck.nlp.record_scale import records_to_coin_of_their_scale

    claims = _claims("Bitcoin traded at $97,000 on Tuesday. XRP changed hands at $2.40. Bitcoin's record of $126,000 stands.")
    record = next(c for c in claims if c.kind is ClaimKind.all_time_high)
    gold = record.model_copy(update={"value": 4000.0, "span": (500, 520), "sentence": "Gold set a record of $4,000."})
    misplaced = record.model_copy(update={"value": 3.65, "span": (600, 620), "sentence": "short of its record of $3.65"})
    out = records_to_coin_of_their_scale([*claims, gold, misplaced])
    assert sorted((c.asset, c.value) for c in out if c.kind is ClaimKind.all_time_high) == [("BTC", 126000.0), ("XRP", 3.65)]
