"""Constructions of real analyst commentary that decide whether a sentence holds an opinion
(corpus/README.md, "Annotation conventions", opinions):

- a rule of thumb about markets in general ('Sharp corrections can wipe out leveraged traders',
  'Rate cuts tend to lift risk assets') is no reading of the market at hand; the same habit said of
  the market at hand ('this setup can ...', 'readings this low often ...') still is;
- advice ('Cautious buyers should wait for ...', 'it may be wise to ...', 'Watch the weekly
  close') is no opinion, while a reading beside advice in a subordinate clause stays one;
- the outcome of a scenario told before its condition ('Dogecoin could extend its slide if ...')
  is a conditional reading, as it is when the condition comes first; an outcome naming a level is
  a forecast, not a reading;
- 'bullish' or 'bearish' looking ahead ('pointing to further bearish moves', 'the outlook for the
  bullish trend') judges the market, unlike the colour of what the price drew.

The sentences were written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, ClaimKind, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 9, 8, 14, 0, tzinfo=UTC)


def claims_in(sentence: str) -> list:
    text = f"Polkadot traded in a narrow range on Monday.\n\n{sentence}"
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute,
                      published_zone="UTC")
    return extract(article)


def opinions_in(sentence: str) -> list:
    return [c for c in claims_in(sentence) if c.kind is ClaimKind.opinion]


RULES_OF_THUMB = [
    "Sharp corrections can wipe out leveraged traders within minutes.",
    "In a thin market, liquidation cascades can feed on themselves and drag prices lower.",
    "Rate cuts tend to lift risk assets, including digital tokens.",
    "Rising funding generally signals that speculators are crowding into one side of the trade.",
    "When the market is euphoric, retail inflows usually pick up.",
    "A sudden wick can trigger stop orders across several venues at once.",
]


@pytest.mark.parametrize("sentence", RULES_OF_THUMB)
def test_a_rule_of_thumb_is_no_opinion(sentence: str) -> None:
    assert opinions_in(sentence) == [], sentence


ANCHORED_HABITS = [
    "This setup can turn into a squeeze if Litecoin keeps climbing.",
    "Readings this depressed have often preceded sharp rebounds in Cardano.",
    "Avalanche can slide further in the coming sessions.",
]


@pytest.mark.parametrize("sentence", ANCHORED_HABITS)
def test_a_habit_said_of_the_market_at_hand_stays_an_opinion(sentence: str) -> None:
    assert len(opinions_in(sentence)) == 1, sentence


ADVICE = [
    "Cautious buyers should wait for a daily close above the range before adding.",
    "It may be wise to trim exposure while volatility stays this high.",
    "Now might be the time for holders to hedge their spot bags, the strategist said.",
    "Swing traders need to stay patient and let the setup come to them.",
    "For anyone tempted to chase the breakout, watch the weekly close first.",
]


@pytest.mark.parametrize("sentence", ADVICE)
def test_advice_is_no_opinion(sentence: str) -> None:
    assert opinions_in(sentence) == [], sentence


def test_an_outcome_before_an_awaited_event_is_an_asserted_opinion() -> None:
    (opinion,) = opinions_in("Litecoin may regain its footing once the macro calendar clears.")
    assert opinion.text == "Litecoin may regain its footing"
    assert opinion.modality is Modality.asserted


def test_a_reading_beside_advice_stays_an_opinion() -> None:
    (opinion,) = opinions_in("Although buyers should stay alert, the speed of the rebound in Polkadot points to a durable bottom.")
    assert "durable bottom" in opinion.text


TRAILING_OUTCOMES = [
    ("Dogecoin could extend its slide if buyers fail to defend the lower band.", "Dogecoin could extend its slide"),
    ("The uptrend in Chainlink will likely resume unless sellers return in size.", "The uptrend in Chainlink will likely resume"),
    ("Sellers may regain control of Litecoin if the weekly candle closes red.", "Sellers may regain control of Litecoin"),
    ("The rally is likely to continue as long as spot demand holds up.", "The rally is likely to continue"),
]


@pytest.mark.parametrize("sentence,words", TRAILING_OUTCOMES)
def test_an_outcome_before_its_condition_is_a_conditional_opinion(sentence: str, words: str) -> None:
    (opinion,) = opinions_in(sentence)
    assert opinion.text == words
    assert opinion.modality is Modality.conditional


def test_an_outcome_naming_a_level_is_a_forecast_not_an_opinion() -> None:
    claims = claims_in("Solana could slide to $120 if the broader market weakens.")
    assert [c.kind for c in claims if c.kind in {ClaimKind.opinion, ClaimKind.forecast}] == [ClaimKind.forecast]
    (forecast,) = [c for c in claims if c.kind is ClaimKind.forecast]
    assert forecast.value == 120 and forecast.asset == "SOL"


LOOKING_AHEAD = [
    "Momentum gauges are pointing to further bearish moves for Cardano in the near term.",
    "The reclaim of the range improves the outlook for the bullish trend in Avalanche to continue.",
]


@pytest.mark.parametrize("sentence", LOOKING_AHEAD)
def test_bullish_or_bearish_looking_ahead_is_an_opinion(sentence: str) -> None:
    assert len(opinions_in(sentence)) == 1, sentence


LEVELS_JUDGED_IN_REACH = [
    ("$4.20 is possible for Polkadot by the summer, one fund manager said.", 4.2),
    ("A retest of $118 looks increasingly likely, one desk said of Litecoin.", 118),
    ("For Cardano, $1.10 now seems achievable.", 1.10),
]


@pytest.mark.parametrize("sentence,value", LEVELS_JUDGED_IN_REACH)
def test_a_level_judged_within_reach_is_a_forecast(sentence: str, value: float) -> None:
    forecasts = [c for c in claims_in(sentence) if c.kind is ClaimKind.forecast]
    assert [f.value for f in forecasts] == [pytest.approx(value)], sentence


def test_a_level_likely_to_hold_is_no_forecast() -> None:
    claims = claims_in("Traders think $95 is likely to hold as support for Litecoin this week.")
    assert not [c for c in claims if c.kind is ClaimKind.forecast]


EXPECTED_OUTLOOKS = [
    "Polkadot is expected to catch up with the majors soon.",
    "The derivatives market is likely to stay under pressure through the weekend.",
    "Chainlink is poised to extend its recovery, according to one desk.",
    "Litecoin will decline after testing the recent high.",
]


@pytest.mark.parametrize("sentence", EXPECTED_OUTLOOKS)
def test_an_expected_move_without_a_level_is_an_opinion(sentence: str) -> None:
    claims = claims_in(sentence)
    assert [c.kind for c in claims if c.kind in {ClaimKind.opinion, ClaimKind.forecast}] == [ClaimKind.opinion], sentence


def test_an_expected_move_to_a_level_is_a_forecast() -> None:
    claims = claims_in("Avalanche is expected to climb to $48 by the end of the month.")
    assert [c.kind for c in claims if c.kind in {ClaimKind.opinion, ClaimKind.forecast}] == [ClaimKind.forecast]


def test_a_level_possible_but_disowned_is_no_forecast() -> None:
    claims = claims_in("Our base case is a range, so $9 is possible but not our call for Polkadot this quarter.")
    assert not [c for c in claims if c.kind is ClaimKind.forecast and c.value == 9]
