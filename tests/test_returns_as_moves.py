"""A coin's return is its move: 'SOL logged 10.5% returns in the week', 'BTC returned 1.8%'."""

from __future__ import annotations

from datetime import timedelta

import pytest

from extract_helpers import PUBLISHED, claims_of, find_claims


@pytest.mark.parametrize(
    ("text", "asset", "value"),
    [
        ("Dogecoin logged 12.5% returns over the past week.", "DOGE", 12.5),
        ("Over the week, cardano returned 3.2%, the best of the large caps.", "ADA", 3.2),
        ("Litecoin followed, with returns of 2.7% in the past seven days.", "LTC", 2.7),
        ("Polkadot came in third, recording 1.4% in returns over the week.", "DOT", 1.4),
        ("Chainlink's 6% return on the week beat ether.", "LINK", 6.0),
    ],
)
def test_a_return_is_read_as_a_move(text: str, asset: str, value: float) -> None:
    (move,) = find_claims(text, "price_change", asset=asset)
    assert move.value == pytest.approx(value)
    assert move.comparator.value == "up"


def test_the_returns_window_is_the_week() -> None:
    (move,) = find_claims("Dogecoin logged 12.5% returns over the past week.", "price_change")
    assert move.time.start == PUBLISHED - timedelta(days=7)


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin returned to $104,000 after the dip.",  # a level reached again, not a return
        "The fund returned 12% to its investors last year.",  # no coin
    ],
)
def test_returning_to_a_price_or_a_funds_return_is_no_coin_move(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind.value == "price_change"]
