"""'Closed lower for four days in a row' is a streak of four daily candles, like 'a fourth straight
daily loss', not a four-day trend. Sentences are our own."""

from __future__ import annotations

import pytest
from extract_helpers import find_claims


@pytest.mark.parametrize(
    ("text", "count", "frame", "direction"),
    [
        ("Bitcoin has closed lower for four days in a row.", 4, "1d", "down"),
        ("Ether has risen for three weeks in a row.", 3, "1w", "up"),
        ("Bitcoin fell for 5 sessions in a row.", 5, "1d", "down"),
        ("Solana ended higher for two weeks in a row.", 2, "1w", "up"),
    ],
)
def test_candles_in_a_row_are_a_streak(text: str, count: int, frame: str, direction: str) -> None:
    (streak,) = find_claims(text, "trend", metric="streak")
    assert (streak.count, streak.timeframe, streak.zone) == (count, frame, direction)


def test_a_span_without_in_a_row_stays_a_trend() -> None:
    assert not find_claims("Bitcoin has traded sideways for four days.", "trend", metric="streak")
