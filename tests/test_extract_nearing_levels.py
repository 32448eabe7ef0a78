"""A coin coming up to a level it has not reached ('approaching $2,400', 'nears $98,000') is below
it; one that has come down to it ('slid 4%, approaching $60,000') is still above it."""

from __future__ import annotations

import pytest

from tests.extract_helpers import claims_of


def _levels(text: str) -> list[tuple[str | None, str, float | None]]:
    return [(c.asset, c.comparator.value, c.value) for c in claims_of(text) if c.kind.value == "price_level"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Litecoin is approaching $95 after a quiet weekend.", ("LTC", "below", 95.0)),
        ("Cardano rallied through Asian hours as it approaches $1.10.", ("ADA", "below", 1.1)),
        ("As Dogecoin approached the $0.50 mark, profit-taking set in.", ("DOGE", "below", 0.5)),
        ("Bitcoin nears $98,000 after a 3% gain.", ("BTC", "below", 98000.0)),
    ],
)
def test_a_coin_coming_up_to_a_level_is_below_it(text, level):
    assert level in _levels(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Bitcoin slid 4% on Tuesday, approaching $60,000.", ("BTC", "above", 60000.0)),
        ("Ether is falling fast and approaching $2,000.", ("ETH", "above", 2000.0)),
        ("Solana tumbles, nears $120 as memecoins bleed.", ("SOL", "above", 120.0)),
    ],
)
def test_a_coin_coming_down_to_a_level_is_still_above_it(text, level):
    assert level in _levels(text)


def test_a_level_reached_by_a_gain_or_only_forecast_is_not_read_as_short_of_it():
    assert ("BTC", "below", 46000.0) not in _levels("Bitcoin gained 7% over 24 hours to approach $46,000.")
    forecasts = [c for c in claims_of("Cardano may approach $1.40 before March.") if c.kind.value == "forecast"]
    assert [(c.asset, c.value) for c in forecasts] == [("ADA", 1.4)]
