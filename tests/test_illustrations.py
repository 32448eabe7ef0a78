"""Figures invented to explain a method ("Let's assume the previous day's high was $3,518") are no
claims; a real instance given as an example, and a condition an analyst sets, are. Sentences are ours."""

from __future__ import annotations

import pytest
from extract_helpers import claims_of


@pytest.mark.parametrize(
    "text",
    [
        "Let's assume the previous day's high was $3,518 and the low was $3,402.",
        "For example, if bitcoin trades at $100,000 and falls 5%, it ends at $95,000.",
        "Suppose ether closed at $3,000 yesterday.",
        "Imagine bitcoin drops 20% to $80,000 overnight.",
    ],
)
def test_invented_figures_are_no_claims(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    ["For example, Solana fell 12% last week.", "Assuming ether holds $3,000, the next target is $3,400."],
)
def test_real_examples_and_conditions_stay(text: str) -> None:
    assert claims_of(text)


def test_a_move_marked_current_is_told_not_forecast() -> None:
    (move,) = [c for c in claims_of("Currently down about 10%, a cooldown in ether would be welcome for the bulls.")
               if c.kind.value == "price_change"]
    assert move.modality.value == "asserted"
    (call,) = [c for c in claims_of("Bitcoin could fall 10% from its current level.") if c.kind.value == "forecast"]
    assert call.modality.value == "forecast"
