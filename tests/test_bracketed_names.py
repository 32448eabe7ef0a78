"""A name with a ticker in brackets introduces a coin the lexicon lacks ('Fetch.ai (FET)'), unless
the name is an index, a gauge or a listed business: their moves are negatives, not coin claims."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from extract_helpers import claims_of

from factcheck.model import ClaimKind

PUBLISHED = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)


def _claims(text: str):
    return claims_of(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The CoinDesk 20 Index (CD20) lost 1.2% over the previous 24 hours.",
        "Crypto miners such as Hut 8 Holdings (HUTX) and Cipher Platforms (CIPX) fell more than 9% on Friday.",
        "Chipmaker Nvidia (NVDA) posted a 6.5% decline on Wednesday.",
        "Shares of the lender Silvergate Bank (SIBK) sank 14% to $3.10.",
    ],
)
def test_an_index_or_a_company_is_no_coin(text: str) -> None:
    assert [c for c in _claims(text) if c.kind in {ClaimKind.price_change, ClaimKind.price_level}] == []


@pytest.mark.parametrize(
    ("text", "ticker", "value"),
    [
        ("Fetch.ai (FET) jumped 12% to $1.42 on Monday.", "FET", 12.0),
        ("Render (RNDR) climbed 8% as AI tokens rallied.", "RNDR", 8.0),
        ("Among the laggards, Bitcoin Hyper (HYPR) shed 6.3% in a day.", "HYPR", -6.3),
    ],
)
def test_a_coin_introduced_with_its_ticker_still_counts(text: str, ticker: str, value: float) -> None:
    moves = [c for c in _claims(text) if c.kind is ClaimKind.price_change]
    assert [(c.asset, c.value) for c in moves] == [(ticker, value)]


def test_the_main_coin_keeps_its_move_beside_a_stock() -> None:
    claims = _claims("Tech giants such as chipmaker Nvidia (NVDA) posted a 6.5% decline, while bitcoin fell 2% to $64,000.")
    assert [(c.asset, c.value) for c in claims if c.kind is ClaimKind.price_change] == [("BTC", -2.0)]
