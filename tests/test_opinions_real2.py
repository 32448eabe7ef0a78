"""Opinion shapes seen on several real outlets (session 23), on sentences written for this test:

- a participle after a gauge's reading that only names the zone (', indicating extreme fear',
  ', suggesting a neutral market mood', ', suggesting the token is neither overbought nor oversold')
  is the figure's label, counted with the figure, and no opinion; a participle that says more than
  the zone still reads the market;
- a sentence opened by a purpose clause whose main clause says what must happen ('For the rebound
  to hold, buyers must ...', 'To set a record, ether will need to ...') states the condition of a
  scenario and is no opinion; a reading after it (', which would ...') stays one;
- a 'causing ...' participle after a move that names what the move set off in the market
  (volatility, liquidations, traders' losses) reports an event, no cause of the move; one that
  reads the market ('causing investors to shift attention to other coins') stays an opinion;
- what participants are watching ('Traders are watching the trendline', 'Attention now turns to
  the jobs report', 'All eyes are on the results') lists what comes next and is no opinion; a hedged
  watch or an open question ('watching whether the reset lays a cleaner base') stays one.
"""

from __future__ import annotations

import pytest

from factcheck.model import ClaimKind
from factcheck.nlp.extract import extract
from tests.extract_helpers import article_of, find_claims


def opinions_in(text: str) -> list[str]:
    return [c.text for c in extract(article_of(text)) if c.kind is ClaimKind.opinion]


ZONE_LABELS = [
    ("The Crypto Fear & Greed Index slid to 22 on Monday, indicating extreme fear among investors.", "sentiment_index", 22),
    ("The sentiment gauge printed 51 this morning, signalling a neutral market mood.", "sentiment_index", 51),
    ("Solana's daily RSI stands at 48, suggesting that the token is neither overbought nor oversold.", "indicator", 48),
    ("Dogecoin's 14-day RSI climbed to 77, also indicating overbought conditions.", "indicator", 77),
    ("The fear and greed index now reads 81, showing a state of extreme greed in the market.", "sentiment_index", 81),
]


@pytest.mark.parametrize("text,kind,value", ZONE_LABELS)
def test_a_zone_named_after_a_reading_is_its_label_not_an_opinion(text, kind, value):
    assert opinions_in(text) == []
    assert find_claims(text, kind, value=float(value))  # the reading itself is still claimed


READING_GLOSSES = [
    "The RSI reads 31, suggesting selling pressure is fading and a bounce may be near.",
    "Cardano's RSI sits at 74, indicating that buyers are running out of steam.",
]


@pytest.mark.parametrize("text", READING_GLOSSES)
def test_a_gloss_that_reads_more_than_the_zone_stays_an_opinion(text):
    assert opinions_in(text)


REQUIREMENTS = [
    "For the bullish scenario to unfold, buyers must push the price above the neckline.",
    "For the bearish momentum to be sustained, the RSI must move below the neutral level.",
    "To break its record, Ethereum will need to significantly outperform Bitcoin.",
    "For the recovery in Cardano to last, bulls have to defend the rising trendline on the daily chart.",
    "However, to regain its footing, XRP needs to close back above the 50-day average.",
]


@pytest.mark.parametrize("text", REQUIREMENTS)
def test_what_a_scenario_needs_is_no_opinion(text):
    assert opinions_in(text) == []


def test_a_reading_after_the_requirement_stays_an_opinion():
    text = ("For Litecoin to see a stronger recovery, the RSI needs to rise above 50, "
            "which would indicate a shift toward bullish momentum.")
    assert any("bullish momentum" in o for o in opinions_in(text))


def test_a_frame_that_is_no_purpose_is_not_a_requirement():
    text = "To be fair, the market looks exhausted after the long run higher."
    assert opinions_in(text)


AFTERMATH = [
    ("Bitcoin slid below $61,000 on Tuesday, causing significant market volatility.", "price_level", 61000.0),
    ("Ether dropped 9% in an hour, causing many long traders to lose a lot of money.", "price_change", -9.0),
    ("Solana fell under its $260 peak, causing significant market liquidation.", None, None),
    ("Dogecoin tumbled 12% overnight, causing a wave of forced closures across exchanges.", "price_change", -12.0),
    (("Meanwhile, funding rates on Cardano have dropped below zero and many leveraged long positions have been "
      "liquidated, causing significant market volatility."), None, None),
]


@pytest.mark.parametrize("text,kind,value", AFTERMATH)
def test_what_a_move_set_off_is_an_event_not_an_opinion(text, kind, value):
    assert opinions_in(text) == []
    if kind:
        assert find_claims(text, kind, value=value)


def test_a_consequence_that_reads_the_market_stays_an_opinion():
    text = "Rising gas fees have been a hurdle for the network, causing investors to shift attention to other altcoins."
    assert opinions_in(text)


WATCHES = [
    "Traders are watching the descending trendline from the April high and the supply zone just above it.",
    "Market attention now turns to the jobs report and a speech by the central bank chief on Thursday.",
    "Investors are eyeing the inflation data due on Wednesday, a release that often moves risk assets.",
    "All eyes are on the exchange's quarterly results, due after the bell.",
    "Several chartists are now looking for technical signals to see where Cardano can settle next.",
]


@pytest.mark.parametrize("text", WATCHES)
def test_what_participants_watch_is_no_opinion(text):
    assert opinions_in(text) == []


@pytest.mark.parametrize("text", [
    "The smart money is watching whether the funding reset lays a cleaner base for the next leg higher.",
    "Many traders may be looking for quick gains rather than holding for the long run.",
    "Traders are eyeing a breakout above the range after three weeks of chop.",
    "With institutional interest growing and exchange volumes surging, traders are eyeing a potential rally toward new highs.",
])
def test_a_hedged_or_open_watch_stays_an_opinion(text):
    assert opinions_in(text)
