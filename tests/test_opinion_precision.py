"""Definitions and explanations are no opinions, even in the words of a reading: what a gauge
measures or is ("The stochastic oscillator tracks ...", "Funding rates are payments ..."),
a sentence that restates ("In other words, ..."), advice to do one's own research. Real
readings beside them (a judgment, a cause, a mood) are still flagged. The sentences were
written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, ClaimKind, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 5, 12, 10, 0, tzinfo=UTC)


def opinions_in(text: str) -> list:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute,
                      published_zone="UTC")
    return [c for c in extract(article) if c.kind is ClaimKind.opinion]


EXPLANATIONS = [
    "The stochastic oscillator measures where a coin closes relative to its recent trading range and its momentum.",
    "Perpetual funding rates are recurring payments exchanged between long and short holders to keep contract prices near spot sentiment.",
    "Analysts watch the Crypto Sentiment Gauge, an index which tracks investor mood across social media and derivatives.",
    "This indicator helps traders assess bullish momentum and spot possible reversals in the trend.",
    "In other words, leverage in the cardano market is building as more contracts are opened each day.",
    "Investors should do their own research, since sentiment can swing quickly in altcoins.",
    "It's crucial to approach these crossover signals with caution, as they can fail and trap buyers on the wrong side of the market.",
]


@pytest.mark.parametrize("sentence", EXPLANATIONS)
def test_a_definition_restatement_or_advice_is_no_opinion(sentence: str) -> None:
    text = f"Cardano traded quietly on Monday.\n\n{sentence}"
    assert opinions_in(text) == []


READINGS = [
    "Momentum in the cardano market looks exhausted, and sellers appear to be in control.",
    "The rally was fuelled by hopes that regulators would approve a cardano fund.",
    "Traders are leaning short ahead of the network upgrade, nervous about a failed launch.",
    "The funding rate suggests that leverage is building again on the long side.",
]


@pytest.mark.parametrize("sentence", READINGS)
def test_readings_beside_definitions_are_still_kept(sentence: str) -> None:
    text = ("Cardano traded quietly on Monday.\n\n"
            "The stochastic oscillator measures where a coin closes relative to its recent range. "
            f"{sentence}")
    found = opinions_in(text)
    assert len(found) == 1
    assert found[0].sentence == sentence


def test_a_relative_clause_that_defines_a_gauge_makes_no_opinion() -> None:
    text = ("Cardano traded quietly on Monday.\n\n"
            "The Pulse Mood Index, which analyzes retail sentiment on altcoin forums, slipped on Sunday.")
    assert opinions_in(text) == []


def test_a_lead_in_announces_and_the_reading_after_it_is_kept() -> None:
    reading = "Momentum looks exhausted and sellers appear to be in control."
    text = ("Cardano traded quietly on Monday.\n\n"
            f"Here's what desks are saying about the bearish mood in altcoins. {reading}")
    found = opinions_in(text)
    assert [o.sentence for o in found] == [reading]
