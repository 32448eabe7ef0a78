"""Whose word a figure is when the source is an AI model or a prediction market, and when a
source is named once and then stood for by 'it' or a section heading; written for this test (no
sentence is taken from an article).

Following corpus/README.md: a reading someone else gives is `attributed`, with the source as
named in `attributed_to` (a model's name, as a page's section names it); a forecast stays a
`forecast` and keeps its source; a forecast that rests on a condition stays `conditional`
inside an attributed account.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, Claim, ClaimKind, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 12, 29, 11, 15, tzinfo=UTC)


def _claims(text: str) -> list[Claim]:
    return extract(Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC"))


def _one(text: str, kind: ClaimKind) -> Claim:
    (claim,) = [c for c in _claims(text) if c.kind is kind]
    return claim


READINGS = [
    ("Grok's read: the weekly RSI is at 31, close to oversold.", ClaimKind.indicator, "Grok"),
    ("In Claude's view, ether's daily RSI at 38 leaves room to fall.", ClaimKind.indicator, "Claude"),
    ("According to Gemini, bitcoin's daily RSI sits at 41.", ClaimKind.indicator, "Gemini"),
    ("ChatGPT flagged that Binance funding is at 0.012% per eight hours.", ClaimKind.funding_rate, "ChatGPT"),
]


@pytest.mark.parametrize(("text", "kind", "source"), READINGS, ids=[r[0][:50] for r in READINGS])
def test_a_models_reading_is_attributed_to_the_model(text: str, kind: ClaimKind, source: str) -> None:
    claim = _one(text, kind)
    assert (claim.modality, claim.attributed_to) == (Modality.attributed, source)


FORECASTS = [
    ("ChatGPT expects bitcoin to close the year at $92,000.", "ChatGPT", Modality.forecast),
    ("Grok predicts XRP will end January at $2.35.", "Grok", Modality.forecast),
    ("Claude sees a slide toward $2,600 for ether before April if $3,000 gives way.", "Claude", Modality.conditional),
    ("Polymarket traders expect bitcoin to top $120,000 by March.", "Polymarket traders", Modality.forecast),
]
# Odds alone ("Polymarket puts the chance of bitcoin topping $120,000 at 22%") are no claim at all:
# tests/test_forecast_leftovers.py and corpus/README.md.


@pytest.mark.parametrize(("text", "source", "modality"), FORECASTS, ids=[r[0][:50] for r in FORECASTS])
def test_a_models_forecast_keeps_its_source_and_its_condition(text: str, source: str, modality: Modality) -> None:
    claim = _one(text, ClaimKind.forecast)
    assert (claim.modality, claim.attributed_to) == (modality, source)


SECTION = (
    "What the models say\n"
    "Gemini\n"
    "Google's model expects ether to finish the month at $3,150. It identified resistance at $3,300, last week's high. "
    "It also flagged that the daily RSI is at 36. It said that if ether loses $2,900, a drop toward $2,700 becomes likely.\n"
    "Market snapshot\n"
    "The daily RSI of bitcoin is 47.\n"
)


def test_a_section_speaks_for_the_model_its_heading_names() -> None:
    """Under the heading 'Gemini', 'Google's model' and 'it' are Gemini; the next section is the writer's own."""
    claims = _claims(SECTION)
    forecast = next(c for c in claims if c.kind is ClaimKind.forecast and c.value == 3150)
    resistance = next(c for c in claims if c.kind is ClaimKind.resistance)
    rsi = next(c for c in claims if c.kind is ClaimKind.indicator and c.value == 36)
    slide = next(c for c in claims if c.kind is ClaimKind.forecast and c.value == 2700)
    own = next(c for c in claims if c.kind is ClaimKind.indicator and c.value == 47)
    assert (forecast.modality, forecast.attributed_to) == (Modality.forecast, "Gemini")
    assert (resistance.modality, resistance.attributed_to) == (Modality.attributed, "Gemini")
    assert (rsi.modality, rsi.attributed_to) == (Modality.attributed, "Gemini")
    assert slide.modality is Modality.conditional
    assert (own.modality, own.attributed_to) == (Modality.asserted, None)


def test_a_quote_closed_by_it_said_is_the_models_reading() -> None:
    text = ("Claude\nAnthropic's model was cautious. \"Funding this low has tended to come before squeezes, "
            "not collapses,\" it said.")
    opinions = [c for c in _claims(text) if c.kind is ClaimKind.opinion and "squeezes" in c.text]
    assert opinions and all(c.modality is Modality.attributed and c.attributed_to == "Claude" for c in opinions)


def test_a_move_told_before_market_odds_is_the_writers() -> None:
    """'... up 7.5%, as Kalshi bettors give a 60% chance of a rate cut': the odds are Kalshi's, the move is not."""
    claim = _one("Bitcoin was up 7.5% in 24 hours, as bettors on Kalshi give a 60% chance of a rate cut.", ClaimKind.price_change)
    assert (claim.modality, claim.attributed_to) == (Modality.asserted, None)


def test_a_pronoun_with_no_source_before_it_is_no_attribution() -> None:
    """'It said' after the coin, not a source: the figure stays the writer's."""
    claim = _one("Bitcoin slipped overnight. It said little about demand that the daily RSI is at 44.", ClaimKind.indicator)
    assert claim.modality is Modality.asserted


def test_a_providers_figures_after_a_colon_are_its_own() -> None:
    """'..., CoinGlass data show: $X of longs and $Y of shorts': the breakdown is CoinGlass's too."""
    text = "Liquidations over 24 hours totalled $290 million, CoinGlass data show: $180 million of longs and $110 million of shorts."
    claims = [c for c in _claims(text) if c.kind is ClaimKind.liquidations]
    assert len(claims) == 3
    assert all(c.modality is Modality.attributed and c.attributed_to == "CoinGlass data" for c in claims)


def test_a_participle_of_saying_takes_its_subject_from_the_clause() -> None:
    text = "Grok\nxAI's model was upbeat, calling for $97,000 by February, arguing that miner selling has run its course."
    opinions = [c for c in _claims(text) if c.kind is ClaimKind.opinion]
    assert opinions and all(c.modality is Modality.attributed and c.attributed_to == "Grok" for c in opinions)
