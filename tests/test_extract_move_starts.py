"""Where a move started, told with its day ('up from $148 on November 4'), is the price on that
day; a start without a day, or the start of another series, is not a price claim."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.extract_helpers import claims_of


def _levels(text: str):
    return [(c.asset, c.value, c.unit, c.time.start) for c in claims_of(text) if c.kind.value == "price_level"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Cardano climbed to $0.92, up from $0.71 on May 12.", ("ADA", 0.71, "USD", datetime(2025, 5, 12, tzinfo=UTC))),
        ("Ether has recovered to $2,650 from around $2,380 on Saturday.",
         ("ETH", 2380.0, "USD", datetime(2025, 5, 31, tzinfo=UTC))),
        ("Bitcoin rose to 150 million won from 141 million won on May 30.",
         ("BTC", 141_000_000.0, "KRW", datetime(2025, 5, 30, tzinfo=UTC))),
        ("XRP rallied from $2.05 on Sunday to $2.31.", ("XRP", 2.05, "USD", datetime(2025, 6, 1, tzinfo=UTC))),
    ],
)
def test_a_dated_start_of_a_move_is_the_price_that_day(text, start):
    assert start in _levels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Solana bounced to $160, up from $148.",  # no day: the move restated
        "Bitcoin spot volume rose to $30 billion from $21 billion on Monday.",  # another series
    ],
)
def test_no_price_is_read_from_an_undated_start_or_another_series(text):
    assert not [level for level in _levels(text) if level[1] in {148.0, 21e9}]


def test_the_start_of_a_total_is_not_a_coin_price():
    text = "The value of Cardano held on exchanges has fallen, dropping from $2.4 billion on May 2 to $1.9 billion."
    assert [level for level in _levels(text) if level[1] >= 1e9] == []
