"""Opinions: readings of the market that no market series can settle (corpus/README.md,
"Annotation conventions"). An editor relies on them being flagged not_checkable, and on
nothing else being flagged so: events, price action, figures, advice, boilerplate."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, ClaimKind, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 11, 20, 9, 30, tzinfo=UTC)


def claims_in(text: str, **article: object):
    fields = {"text": text, "source": "test", "published_at": PUBLISHED, "published_precision": Precision.minute, "published_zone": "UTC"}
    fields.update(article)
    return extract(Article(**fields))


def opinions(text: str, **article: object):
    return [c for c in claims_in(text, **article) if c.kind is ClaimKind.opinion]


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        # a judgment of the market's state, with no threshold behind it
        ("Leverage is piling up again.", "Leverage is piling up again"),
        ("Momentum is tired rather than broken.", "Momentum is tired rather than broken"),
        # positioning or intent of participants
        ("Funds appear to be rotating out of ether and into bitcoin.", "rotating out of ether"),
        ("Retail has left the building, and whales are distributing into strength.", "whales are distributing"),
        # an outlook without a figure
        ("For ether the path of least resistance still points lower.", "path of least resistance"),
        # a cause or motive given for a move
        ("Solana climbed on Tuesday in a rally fuelled by hopes of a staking fund approval.", "fuelled by hopes"),
        ("Bitcoin edged higher overnight as investors bet that the central bank would pause.", "as investors bet that the central bank would pause"),
    ],
)
def test_a_reading_of_the_market_is_an_opinion(sentence: str, reading: str) -> None:
    (claim,) = opinions(sentence)
    assert reading in claim.text
    assert claim.modality is Modality.asserted


@pytest.mark.parametrize(
    "sentence",
    [
        # news and events
        "The exchange listed three new tokens on Tuesday afternoon.",
        "Ether fell overnight as leveraged long positions were liquidated across venues.",
        # what the price did, in traders' idiom
        "Ether slid overnight before buyers stepped back in during the Asian session.",
        "Sentiment flipped within a single week.",
        # pure figures
        "Bitcoin rose 3% to $64,200 in the past 24 hours.",
        # the mechanical meaning of a figure, a definition
        "Funding on the ether perpetual turned negative, meaning shorts are now paying longs.",
        "Funding refers to periodic payments between longs and shorts on perpetual futures.",
        # advice, the writer's own trades, disclaimers
        "Readers should keep an eye on the weekly close before adding risk.",
        "I am not chasing this breakout in ether, though.",
        "This note is for information only and is not investment advice.",
        # a question
        "Is the bullish momentum in solana about to fade?",
    ],
)
def test_events_price_action_figures_advice_and_boilerplate_are_not_opinions(sentence: str) -> None:
    assert opinions(sentence) == []


def test_a_reading_beside_a_figure_leaves_the_figure_to_its_claim() -> None:
    found = claims_in("Binance funding held at 0.004% per eight hours, which suggests leverage is not stretched yet.")
    (opinion,) = [c for c in found if c.kind is ClaimKind.opinion]
    assert "leverage is not stretched yet" in opinion.text
    assert "0.004%" not in opinion.text
    assert any(c.kind is ClaimKind.funding_rate for c in found)


def test_an_attributed_opinion_keeps_its_source() -> None:
    (claim,) = opinions('"The market is leaning long into the jobs data," said a strategist at a Zurich bank.')
    assert claim.modality is Modality.attributed
    assert "strategist" in (claim.attributed_to or "")
    assert "leaning long" in claim.text


def test_a_quotation_over_two_sentences_keeps_its_speaker() -> None:
    text = '"Nobody wants to be short here," said a market maker in Singapore. "Positioning has flipped in a week."'
    found = opinions(text)
    assert len(found) == 2
    assert all(c.modality is Modality.attributed and "market maker" in (c.attributed_to or "") for c in found)


def test_one_opinion_per_sentence_spans_its_readings() -> None:
    (claim,) = opinions("Positioning looks crowded, and whales appear to be distributing into the bounce.")
    assert claim.text.startswith("Positioning looks crowded")
    assert claim.text.rstrip(".").endswith("distributing into the bounce")


def test_the_outcome_of_a_scenario_is_a_conditional_opinion_but_its_condition_is_not() -> None:
    (claim,) = opinions("If the $58,000 floor gives way, the bearish trend would gain further legs.")
    assert claim.modality is Modality.conditional
    assert "$58,000" not in claim.text and "further legs" in claim.text


def test_a_heading_announces_and_is_not_an_opinion() -> None:
    text = "Whales are accumulating as sentiment sours\n\nEther traded at $3,100 on Thursday."
    assert opinions(text, title="Whales are accumulating as sentiment sours") == []


def test_a_cause_for_a_stock_index_move_is_not_read_as_the_coins() -> None:
    assert opinions("The Nikkei fell 4% after the central bank surprised markets with a hike.") == []
