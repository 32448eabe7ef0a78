"""A total's move told 'to X from Y' gives both readings: X now, Y where it moved from (the
day before, unless the sentence dates it)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.extract_helpers import claims_of


@pytest.mark.parametrize(
    ("text", "kind", "now", "before"),
    [
        ("The total crypto market cap slid to $3.05 trillion from $3.12 trillion.", "market_cap", 3.05e12, 3.12e12),
        ("Ether futures open interest rose to $19.4 billion from $18.1 billion.", "open_interest", 19.4e9, 18.1e9),
        ("Solana spot volume climbed to $5.2 billion from $3.9 billion.", "volume", 5.2e9, 3.9e9),
    ],
)
def test_a_total_moved_to_a_level_from_another_gives_both(text, kind, now, before):
    readings = [c for c in claims_of(text) if c.kind.value == kind]
    assert sorted(c.value for c in readings) == pytest.approx(sorted([now, before]))
    earlier = next(c for c in readings if c.value == pytest.approx(before))
    assert (earlier.time.start, earlier.time.end) == (datetime(2025, 6, 2, tzinfo=UTC), datetime(2025, 6, 3, tzinfo=UTC))


def test_a_dated_earlier_reading_keeps_its_day():
    readings = [c for c in claims_of("Ether spot volume climbed to $14 billion from $9 billion on Friday.")
                if c.kind.value == "volume" and c.value == pytest.approx(9e9)]
    assert [c.time.start for c in readings] == [datetime(2025, 5, 30, tzinfo=UTC)]
