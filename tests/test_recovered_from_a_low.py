"""'recovered from $5,895' names where a fall turned, as 'rebounded from' does: the low, told as
done; a recovery only expected names none."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from extract_helpers import claims_of

from factcheck.model import ClaimKind

PUBLISHED = datetime(2025, 3, 5, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "asset", "low"),
    [
        ("Bitcoin recovered from $5,895 to trade near $6,300.", "BTC", 5895.0),
        ("Ether has recovered from the $2,910 area since Monday's flush.", "ETH", 2910.0),
        ("After recovering from $0.48, Cardano climbed 6%.", "ADA", 0.48),
    ],
)
def test_recovered_from_is_the_low(text: str, asset: str, low: float) -> None:
    lows = [(c.asset, c.value) for c in claims_of(text, PUBLISHED) if c.kind is ClaimKind.intraday_low]
    assert lows == [(asset, low)]


def test_an_expected_recovery_names_no_low() -> None:
    claims = claims_of("Analysts expect ether to recover from $3,000 soon.", PUBLISHED)
    assert [c for c in claims if c.kind is ClaimKind.intraday_low] == []
