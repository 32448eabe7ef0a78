"""A call written 'from A to B' with words between 'from' and A ('from the low of $2,300 to
$2,600') is a move to B, not a band from A to B; A, when it names a low or a high, is a level
that stands now, told as fact."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from extract_helpers import claims_of

from factcheck.model import ClaimKind, Comparator, Modality

PUBLISHED = datetime(2025, 2, 3, 14, 0, tzinfo=UTC)


def _claims(text: str):
    return claims_of(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "asset", "target"),
    [
        ("Ether may rally from the low of $2,300 to $2,600 next week.", "ETH", 2600.0),
        ("XRP could recover from its recent low at $2.10 to $2.60, one trader said.", "XRP", 2.6),
        ("Solana could bounce from current levels near $140 to $165.", "SOL", 165.0),
        ("Bitcoin could climb from $95,000 to $105,000 by March.", "BTC", 105000.0),
    ],
)
def test_the_call_is_the_far_end(text: str, asset: str, target: float) -> None:
    calls = [c for c in _claims(text) if c.kind is ClaimKind.forecast]
    assert [(c.asset, c.comparator, c.value, c.value_high) for c in calls] == [(asset, Comparator.at, target, None)]


@pytest.mark.parametrize(
    ("text", "kind", "level"),
    [
        ("Ether may rally from the low of $2,300 to $2,600 next week.", ClaimKind.intraday_low, 2300.0),
        ("Bitcoin could fall from its high of $112,000 to $98,000.", ClaimKind.intraday_high, 112000.0),
    ],
)
def test_the_start_named_as_an_extreme_is_told_as_fact(text: str, kind: ClaimKind, level: float) -> None:
    found = [c for c in _claims(text) if c.kind is kind]
    assert [(c.value, c.modality) for c in found] == [(level, Modality.asserted)]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Analysts see ether hitting $7,000 to $8,000 this year.", 7000.0, 8000.0),
        ("ETH could trade in a $3,000 to $3,400 range next month.", 3000.0, 3400.0),
    ],
)
def test_a_band_without_a_start_stays_a_band(text: str, low: float, high: float) -> None:
    calls = [c for c in _claims(text) if c.kind is ClaimKind.forecast]
    assert [(c.comparator, c.value, c.value_high) for c in calls] == [(Comparator.between, low, high)]
