"""'shot up to $88,543' is a move told as done (spaCy may tag 'shot' as a noun); only 'a shot at
$100,000', with an article before it, is a try at a level."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from extract_helpers import claims_of

from factcheck.model import ClaimKind, Modality

PUBLISHED = datetime(2025, 4, 22, 9, 0, tzinfo=UTC)


def _claims(text: str):
    return claims_of(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "asset", "level"),
    [
        ("Bitcoin shot up to $88,543 yesterday.", "BTC", 88543.0),
        ("On Monday ether shot higher to $3,310 before sellers returned.", "ETH", 3310.0),
        ("XRP shot up to $2.41 in early Asian trading.", "XRP", 2.41),
    ],
)
def test_shot_up_to_is_a_level_reached(text: str, asset: str, level: float) -> None:
    claims = _claims(text)
    assert not [c for c in claims if c.kind is ClaimKind.forecast]
    assert [(c.asset, c.value, c.modality) for c in claims if c.value == level] == [(asset, level, Modality.asserted)]


@pytest.mark.parametrize(
    ("text", "asset", "level"),
    [
        ("Bitcoin could take another shot at $100,000 next month.", "BTC", 100000.0),
        ("Traders give solana a real shot at the $300 mark this quarter.", "SOL", 300.0),
    ],
)
def test_a_shot_at_a_level_is_a_call(text: str, asset: str, level: float) -> None:
    calls = [c for c in _claims(text) if c.kind is ClaimKind.forecast]
    assert [(c.asset, c.value) for c in calls] == [(asset, level)]


def test_shot_up_by_a_percent_is_a_move() -> None:
    moves = [c for c in _claims("Ether shot up 7% on Monday as shorts were squeezed.") if c.kind is ClaimKind.price_change]
    assert [(c.asset, c.value) for c in moves] == [("ETH", 7.0)]
