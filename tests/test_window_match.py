"""`factcheck eval` scores a matched move's window against the gold's `time`."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extract_helpers import article_of, claims_of
from factcheck.model import Precision
from factcheck.window_match import window_agrees

PUBLISHED = datetime(2025, 6, 3, 12, tzinfo=UTC)


def _move(text: str):
    (move,) = [c for c in claims_of(text) if c.kind.value == "price_change"]
    return move


@pytest.mark.parametrize(
    ("text", "gold", "agrees"),
    [
        ("Solana gained 12% in the past seven days.", "7d", True),
        ("Solana gained 12% in the past seven days.", "24h", False),
        ("Solana gained 12% over the past 24 hours.", "24h", True),
        ("Ether is up 3% since midnight UTC.", "today", True),
        ("Ether is up 3% since midnight UTC.", "24h", False),
        ("XRP fell 4% on Monday.", "2025-06-02T00:00:00Z/2025-06-03T00:00:00Z", True),
        ("XRP fell 4% on Monday.", "2025-05-26T00:00:00Z/2025-05-27T00:00:00Z", False),
        ("Solana gained 12% in the past seven days.", "publication", None),
        ("Solana has gained 12% since Monday.", "2025-06-02T00:00:00Z/publication", True),
        ("Solana has gained 12% since Monday.", "2025-05-26T00:00:00Z/publication", False),
        ("Solana has gained 12% since Monday.", "last Monday/publication", None),
    ],
)
def test_a_moves_window_is_scored_against_the_gold_time(text: str, gold: str, agrees: bool | None) -> None:
    assert window_agrees(gold, _move(text), article_of(text)) is agrees


def test_a_level_is_not_scored() -> None:
    text = "Bitcoin traded at $105,000."
    (level,) = claims_of(text)
    assert window_agrees("24h", level, article_of(text)) is None


def test_an_article_known_to_the_day_ends_its_window_in_that_day() -> None:
    """Checks of a day-precision article take the whole day; a 24-hour window ending at its close agrees."""
    text = "Bitcoin fell 5% over the past 24 hours."
    article = article_of(text).model_copy(update={"published_at": datetime(2025, 6, 3, tzinfo=UTC),
                                                  "published_precision": Precision.day})
    move = _move(text).model_copy(update={"time": _move(text).time.model_copy(update={
        "start": datetime(2025, 6, 3, tzinfo=UTC), "end": datetime(2025, 6, 4, tzinfo=UTC)})})
    assert window_agrees("24h", move, article) is True
