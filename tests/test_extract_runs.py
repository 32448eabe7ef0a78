"""Runs of one direction written without a trend noun: 'for N days', 'since June',
'N green candles'. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timezone

import pytest

from factcheck.model import Article, Claim, ClaimKind, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 9, 15, 12, 0, tzinfo=UTC)


def trends(text: str) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if c.kind is ClaimKind.trend]


@pytest.mark.parametrize(
    ("sentence", "direction", "days"),
    [
        ("Solana Trades Sideways for 45 Days", "sideways", 45),
        ("The slide in ether lasted for 9 days.", "down", 9),
        ("XRP has moved inside a tight range for the past 3 weeks.", "sideways", 21),
        ("Bitcoin has risen since March 2025.", "up", 198),
    ],
)
def test_a_run_written_with_for_or_since(sentence: str, direction: str, days: float) -> None:
    (claim,) = trends(sentence)
    assert (claim.metric, claim.zone) == ("trend", direction)
    assert claim.duration_days == pytest.approx(days, rel=0.02)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ether dropped 9% for the past 7 days.",  # a move over a window
        "ETF inflows continued for 12 days.",  # no price movement named
        "It was the coin's sharpest drop since April.",  # a comparison
        "Traders booked the gains they made since July.",  # no perfect tense: not ongoing
    ],
)
def test_no_run_without_a_movement_that_lasts(sentence: str) -> None:
    assert trends(sentence) == []


def test_green_candles_are_a_streak() -> None:
    (claim,) = trends("Ether printed seven green candles in the past eight days.")
    assert (claim.metric, claim.zone, claim.count, claim.timeframe) == ("streak", "up", 7, "1d")
