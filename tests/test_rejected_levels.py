"""A level the price was turned back from, named before the rejection ('$1,688 was tested with a firm
rejection', 'the $3,650 level was rejected on Tuesday'), is a resistance. Sentences are our own."""

from __future__ import annotations

import pytest
from extract_helpers import find_claims


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ether slid back after $1,688 was tested with a firm rejection.", 1688.0),
        ("The $1,688 level was tested and rejected twice this week.", 1688.0),
        ("Ether's $3,650 level was rejected on Tuesday.", 3650.0),
    ],
)
def test_a_level_rejected_is_a_resistance(text: str, value: float) -> None:
    assert find_claims(text, "resistance", value=value)


def test_a_vote_rejected_is_no_level() -> None:
    assert not find_claims("The proposal was rejected by 60% of voters.", "resistance")
