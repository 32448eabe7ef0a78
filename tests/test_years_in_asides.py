"""A year dates the clause it stands in: 'traded as high as $4,792, creeping towards its record set
in 2021' keeps today's high, while a price told in a clause of an earlier year is background."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from extract_helpers import claims_of

from factcheck.model import ClaimKind

PUBLISHED = datetime(2025, 8, 12, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "asset", "kind", "value"),
    [
        ("Ether traded as high as $4,792, creeping towards its record-high set in 2021.", "ETH", ClaimKind.intraday_high, 4792.0),
        ("Solana rose to $198 on Monday, a level last seen when it peaked in 2021.", "SOL", ClaimKind.intraday_high, 198.0),
        ("XRP climbed as high as $3.35, edging toward the peak it hit back in 2018.", "XRP", ClaimKind.intraday_high, 3.35),
    ],
)
def test_a_year_in_an_aside_does_not_date_the_figure(text: str, asset: str, kind: ClaimKind, value: float) -> None:
    assert (asset, value) in [(c.asset, c.value) for c in claims_of(text, PUBLISHED) if c.kind is kind]


@pytest.mark.parametrize(
    "text",
    [
        "In 2017, bitcoin surged to nearly $20,000.",
        "Bitcoin, which traded at about $16,500 in late 2022, has since recovered.",
        "Back in 2021 ether changed hands at $4,100 for most of November.",
    ],
)
def test_a_price_in_a_clause_of_an_earlier_year_is_background(text: str) -> None:
    priced = {ClaimKind.price_level, ClaimKind.intraday_high, ClaimKind.intraday_low}
    assert [c for c in claims_of(text, PUBLISHED) if c.kind in priced] == []
