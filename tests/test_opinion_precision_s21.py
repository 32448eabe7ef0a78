"""Four shapes that decide whether a sentence holds a reading (corpus/README.md, opinions):

- 'bullish' or 'bearish' naming the colour of what the price drew ('a bearish trend', 'bearish
  candles') reports the chart, which is no reading; the same words judging the market or looking
  ahead still are;
- a phrase of place, time or standpoint cut off by a comma ('At the time of writing', 'In its
  gloomiest scenario') is no reading, while a phrase that gives a cause is;
- a participle after a figure's clause (', signaling heavy selling') says what the figure shows,
  which is a reading, unless it only labels the figure with its zone or another figure;
- the outcome of a scenario that aims at a level or a line on the chart is a target, not a reading.

The sentences were written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, ClaimKind, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 5, 12, 10, 0, tzinfo=UTC)


def opinions_in(sentence: str) -> list:
    text = f"Cardano traded quietly on Monday.\n\n{sentence}"
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute,
                      published_zone="UTC")
    return [c for c in extract(article) if c.kind is ClaimKind.opinion]


CHART_COLOURS = [
    "Litecoin has been locked in a bearish trend since its March peak.",
    "Over the past week, Cardano printed a string of bearish candles.",
    "Solana posted a bullish move in the first half of the session.",
    "Avalanche is trading in a bearish rising wedge on the four-hour chart.",
    "Chainlink snapped a three-day bearish streak on Friday.",
]


@pytest.mark.parametrize("sentence", CHART_COLOURS)
def test_the_colour_of_what_the_price_drew_is_no_opinion(sentence: str) -> None:
    assert opinions_in(sentence) == []


JUDGED_COLOURS = [
    "Traders are turning bearish on Polkadot as token unlocks approach.",
    "The mood around Avalanche is decidedly bearish.",
    "Cardano could slip into a bearish trend if the weekly close fails.",
]


@pytest.mark.parametrize("sentence", JUDGED_COLOURS)
def test_bullish_or_bearish_as_a_judgment_or_an_outlook_stays_an_opinion(sentence: str) -> None:
    assert len(opinions_in(sentence)) == 1


FRAMES = [
    ("In its most bullish case, the broker sees Litecoin at $140 by year-end.", "In its most bullish case"),
    ("In the bank's most bearish outlook, bitcoin slides to $58,000 by March.", "In the bank's most bearish outlook"),
    ("At the time of writing, Avalanche was quoted at $31.40 and the downside momentum is building.", "At the time of writing"),
    ("With this bullish momentum, Polkadot is likely to test $9 this week.", "With this bullish momentum"),
    ("Even in a less optimistic scenario, Chainlink would still trade at $12.", "Even in a less optimistic scenario"),
]


@pytest.mark.parametrize(("sentence", "frame"), FRAMES)
def test_a_frame_phrase_is_not_the_words_of_a_reading(sentence: str, frame: str) -> None:
    assert all(o.text != frame for o in opinions_in(sentence))
    assert not any(o.text.startswith(frame) and len(o.text) <= len(frame) + 1 for o in opinions_in(sentence))


def test_a_frame_phrase_does_not_hide_the_reading_beside_it() -> None:
    found = opinions_in("On the technical side, the market is flashing early signs of exhaustion.")
    assert len(found) == 1 and "early signs of exhaustion" in found[0].text


@pytest.mark.parametrize("sentence", [
    "On the back of heavy ETF inflows, ether climbed 5% to $3,400.",
    "In a sign of fading demand, Cardano slid 6% to $0.41.",
    "Despite fragile sentiment, Polkadot climbed 3% to $6.40.",
])
def test_a_phrase_that_gives_a_cause_or_judges_the_market_stays_an_opinion(sentence: str) -> None:
    found = opinions_in(sentence)
    assert len(found) == 1 and found[0].text == sentence.split(",")[0]


GLOSSES = [
    ("Polkadot trading volume jumped 38% to $410 million, signaling heavy selling by large holders.", "signaling heavy selling"),
    ("Dogecoin rose 4% on Tuesday, highlighting how retail traders have returned to meme coins.", "highlighting how retail traders"),
    ("Polkadot funding turned negative at -0.02%, hinting that shorts are growing crowded.", "hinting that shorts"),
]


@pytest.mark.parametrize(("sentence", "words"), GLOSSES)
def test_a_participle_saying_what_a_figure_shows_is_an_opinion(sentence: str, words: str) -> None:
    found = opinions_in(sentence)
    assert len(found) == 1 and found[0].text.startswith(words)
    assert found[0].comparator.value == "at" and found[0].value is None


LABELS = [
    "The Fear & Greed Index fell to 21, signaling extreme fear.",
    "Litecoin's RSI climbed to 74, signalling overbought conditions.",
    "Open interest rose 9% to $2.1 billion, reflecting a 1.4 long-to-short ratio.",
]


@pytest.mark.parametrize("sentence", LABELS)
def test_a_participle_that_only_labels_the_figure_is_no_opinion(sentence: str) -> None:
    assert opinions_in(sentence) == []


TARGETS = [
    "If buyers fail to hold the line, Polkadot may retest the 100-day SMA.",
    "Unless the bulls step in, Avalanche may drop back to its February low.",
    "If sellers press on, Litecoin could revisit the $70 handle.",
]


@pytest.mark.parametrize("sentence", TARGETS)
def test_a_scenario_aiming_at_a_level_is_no_opinion(sentence: str) -> None:
    assert opinions_in(sentence) == []


READINGS = [
    ("If the ETF decision slips, the rally could lose steam.", "the rally could lose steam"),
    ("If funding keeps climbing, the market could be in for a painful flush.", "the market could be in for a painful flush"),
    ("If the rebound holds, Litecoin could regain its footing and sentiment may improve.", "sentiment may improve"),
]


@pytest.mark.parametrize(("sentence", "words"), READINGS)
def test_a_scenario_whose_outcome_is_a_reading_stays_a_conditional_opinion(sentence: str, words: str) -> None:
    found = opinions_in(sentence)
    assert len(found) == 1 and words in found[0].text
    assert found[0].modality.value == "conditional"


OUTLOOK_TARGETS = [
    "Polkadot could retest the 50-day SMA in the coming sessions.",
    "The bounce may carry Cardano back to the upper band.",
    "Sellers might press Avalanche back to the February low.",
    "Litecoin will retest the 200-day SMA this week.",
]


@pytest.mark.parametrize("sentence", OUTLOOK_TARGETS)
def test_an_outlook_aiming_at_a_line_on_the_chart_is_no_opinion(sentence: str) -> None:
    assert opinions_in(sentence) == []


OUTLOOKS = [
    "Volatility in Polkadot should keep fading into the summer.",
    "The Avalanche recovery will stall in the weeks ahead.",
    "The Cardano uptrend will resume once the unlock is absorbed.",
    "With volume rising, Dogecoin could find enough buying support to push higher.",
]


@pytest.mark.parametrize("sentence", OUTLOOKS)
def test_an_outlook_without_a_level_is_an_opinion_whether_will_may_or_should(sentence: str) -> None:
    found = opinions_in(sentence)
    assert len(found) == 1 and found[0].modality.value == "asserted"
