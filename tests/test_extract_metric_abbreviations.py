"""Data boxes and terse wraps name their series short ('Vol.', 'Mkt cap', 'mcap') or in other
words ('trading activity'): each is still the series, with its coin."""

from __future__ import annotations

import pytest

from tests.extract_helpers import claims_of


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Cardano: Vol. $1.9B, Mkt cap $31.4B", ("volume", "ADA", 1.9e9)),
        ("Cardano: Vol. $1.9B, Mkt cap $31.4B", ("market_cap", "ADA", 31.4e9)),
        ("Polkadot's mcap climbed to $11 billion.", ("market_cap", "DOT", 11e9)),
        ("Ether's trading activity reached $18.2 billion in 24 hours.", ("volume", "ETH", 18.2e9)),
    ],
)
def test_a_series_named_short_is_read_as_that_series(text, reading):
    got = [(c.kind.value, c.asset, c.value) for c in claims_of(text)]
    assert any(k == reading[0] and a == reading[1] and v == pytest.approx(reading[2]) for k, a, v in got)


def test_trading_activity_without_a_figure_is_no_reading():
    assert [c for c in claims_of("Trading activity on Upbit picked up after the listing.") if c.kind.value == "volume"
            and c.value is not None] == []
