"""Opinions as outlets write them, on the split of real-page probes (fit on some, checked on others):
a cause given with 'due to' or 'because of', an outlook whose subject is a sell-off or the road
ahead, a conclusion drawn with 'implies' are readings; the label over a scenario line ('Bearish
case:'), a line of a gauge's key ('Greed (56-75): ...'), a 'when' sentence that says what any
reading of a gauge means, the clock a move came at ('as European markets opened'), an
indicator's own signal ('bearish MACD signals') and liquidations a move set off are not. The sentences were written for this test."""

from __future__ import annotations

import pytest

from factcheck.model import Claim, ClaimKind, Modality
from factcheck.nlp.extract import extract
from tests.extract_helpers import article_of

LEAD = "Cardano traded quietly on Monday.\n\n"


def opinions_in(text: str) -> list[Claim]:
    return [c for c in extract(article_of(LEAD + text)) if c.kind is ClaimKind.opinion]


READINGS = {
    "Dogecoin fell 6% on Tuesday due to heavy outflows from exchange-traded products.": "due to heavy outflows",
    "The value of cardano has jumped 40% in the last month because of speculation about a network upgrade.":
        "because of speculation",
    "This implies that the drop has further to go despite the lighter volume.": "the drop has further to go",
    "This is mainly because buyers still outnumber sellers on the large exchanges.": "buyers still outnumber sellers",
    "The Solana sell-off could ease in the coming days.": "sell-off could ease",
    "A break below this floor could cause ADA to tumble in the weeks ahead.": "could cause ADA to tumble",
    "However, the road ahead for ether may be bumpier than that.": "the road ahead for ether may be bumpier",
    "Still, it seems ETH lacks the strength to extend the run.": "ETH lacks the strength",
    "Profit takers are showing no restraint this week.": "Profit takers are showing no restraint",
    "Polkadot has become an unexpected beneficiary of the new gaming launches.": "beneficiary of the new gaming launches",
    "For weeks, many strategists attributed solana's weakness to the strength of rival chains.":
        "attributed solana's weakness to the strength of rival chains",
    "Desk traders blame the slide on a thin order book over the weekend.": "blame the slide on a thin order book",
    "Litecoin printed a doji at the neckline, indicating indecision in the market.": "indicating indecision in the market",
    "It means solana is trading on its own news rather than on the wider tape.": "solana is trading on its own news",
}


@pytest.mark.parametrize("sentence", READINGS)
def test_a_cause_an_outlook_or_a_conclusion_is_an_opinion(sentence: str) -> None:
    found = opinions_in(sentence)
    assert len(found) == 1, found
    assert READINGS[sentence].lower() in found[0].text.lower()
    assert found[0].modality is Modality.asserted


def test_the_cause_of_a_move_sits_beside_its_figure() -> None:
    """The figure's claim is still read; the cause is the opinion, not the whole sentence."""
    claims = extract(article_of(LEAD + "Dogecoin fell 6% on Tuesday due to heavy outflows from exchange-traded products."))
    changes = [c for c in claims if c.kind is ClaimKind.price_change]
    assert [(c.asset, c.value) for c in changes] == [("DOGE", -6.0)]
    (opinion,) = [c for c in claims if c.kind is ClaimKind.opinion]
    assert "6%" not in opinion.text


def test_a_cause_cut_at_a_second_clause_keeps_no_dangling_conjunction() -> None:
    (opinion,) = opinions_in("Dogecoin fell 6% on Tuesday due to heavy outflows from exchange-traded products and "
                             "fading interest in memecoins.")
    assert opinion.text.startswith("due to heavy outflows")
    assert not opinion.text.endswith(" and")


NOT_READINGS = [
    # a scenario's label is a heading over the line; the scenario itself carries a figure
    "Bearish case: a daily close below $0.50 could open the way to $0.42.",
    "- Upside scenario: a weekly close above $0.70 would target $0.85.",
    # a line of a gauge's key says what a band of the scale is taken to mean
    "Extreme Greed (76-100): Often marks a local top or an over-extended rally.",
    "• Neutral (46-54): Represents a lack of conviction either way.",
    # what any reading of a gauge means is its definition
    "When funding rates are negative, shorts pay longs, which shows that bears are in control.",
    "When the rate climbs above its baseline, it usually suggests that buyers are crowding in.",
    # the clock of a move, not its cause
    "Cardano slid 3% to $0.61 as European markets opened.",
    # what the chart or an indicator shows
    "Litecoin attempted to form a double bottom on Tuesday.",
    "The daily chart flashed fresh bearish MACD signals on Tuesday.",
    # the name of a gauge is no judgment, nor is the idiom for how a month began
    "Cardano's estimated leverage ratio (open interest over exchange reserves) has risen again.",
    "Avalanche opened the quarter on a bearish note, in line with most large tokens.",
]


@pytest.mark.parametrize("sentence", NOT_READINGS)
def test_a_label_a_key_a_definition_a_clock_or_a_signal_is_no_opinion(sentence: str) -> None:
    assert opinions_in(sentence) == []


def test_a_when_clause_about_the_reading_at_hand_is_still_a_reading() -> None:
    """'this high' points at today's funding rate: what it implies is a reading of this market."""
    found = opinions_in("When the funding rate is this high, the risk of a long squeeze in ADA climbs sharply.")
    assert len(found) == 1
    assert "squeeze" in found[0].text


def test_a_move_pushed_to_a_level_is_a_target_not_an_opinion() -> None:
    """'could push XRP above this range' names a level to reach: a forecast's business, not a reading."""
    assert opinions_in("Still, any hint of a rate cut could push XRP above this range.") == []


@pytest.mark.parametrize("sentence", READINGS)
def test_the_rules_alone_find_these_readings(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the learned classifier (a process without the encoder), the vocabulary and the parse
    still flag each reading."""
    monkeypatch.setattr("factcheck.nlp.opinions.load_classifier", lambda: None)
    found = opinions_in(sentence)
    assert len(found) == 1, found
    assert READINGS[sentence].lower() in found[0].text.lower()


LIQUIDATION_REPORTS = [
    "Solana's jump over the past day has led to a large liquidation of short positions.",
    "That drop set off a chain reaction of forced liquidations, mostly hitting late longs.",
]


@pytest.mark.parametrize("sentence", LIQUIDATION_REPORTS)
def test_liquidations_as_they_happened_are_no_opinion(sentence: str) -> None:
    """What a move set off in the derivatives market is an event, whatever the sentence's tone."""
    assert opinions_in(sentence) == []



@pytest.mark.parametrize("sentence, words", [
    ("One research desk calls this an “orderly sell-off” in futures markets.", "orderly sell-off"),
    ("A Singapore-based trader called the recent SOL price action a “textbook rounding top”.", "textbook rounding top"),
])
def test_naming_a_move_by_its_character_is_an_opinion(sentence: str, words: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factcheck.nlp.opinions.load_classifier", lambda: None)
    found = opinions_in(sentence)
    assert len(found) == 1
    assert words.lower() in found[0].text.lower()


def test_naming_something_other_than_the_market_is_no_opinion() -> None:
    assert opinions_in("The exchange called the outage a routine technical glitch.") == []


def test_a_quote_attributed_to_a_person_is_no_cause() -> None:
    assert opinions_in("The newsletter attributed the quote to the exchange's chief executive.") == []
