"""A total's move with a word of approximation after its verb ('jumped around 10 percent') is a
move; after 'to' or a verb of standing ('rose to around 55%', 'stood around 55%') it is a level."""

from __future__ import annotations

import pytest

from tests.extract_helpers import claims_of


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Solana's market capitalization jumped around 12 percent in a day.", ("SOL", "up", 12.0)),
        ("Ether open interest slid roughly 6% on Tuesday.", ("ETH", "down", -6.0)),
        ("Bitcoin dominance stood around 56%.", ("BTC", "at", 56.0)),
        ("Bitcoin dominance rose to around 56%.", ("BTC", "at", 56.0)),
    ],
)
def test_approximation_words_leave_a_move_a_move_and_a_level_a_level(text, reading):
    got = [(c.asset, c.comparator.value, c.value) for c in claims_of(text)
           if c.kind.value in {"market_cap", "open_interest"}]
    assert reading in got
