"""Forecast leftovers, on sentences written for this test (none is taken from an article): a
target reported met after its figure, predicted bands joined by 'to' or 'between ... and', a
prediction market's odds (no forecast: corpus/README), a year that dates a record rather than
the sentence, two moving averages after one position when the first gives its level, a past
move named as a noun, and the teaser titles that link to other stories.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, Claim, ClaimKind, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 11, 20, 8, 45, tzinfo=UTC)


def _claims(text: str) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return extract(article)


def _forecasts(text: str) -> list[tuple]:
    return sorted((c.asset, c.comparator.value, c.value, c.value_high) for c in _claims(text) if c.kind is ClaimKind.forecast)


def _read(text: str) -> set[tuple]:
    return {(c.kind.value, c.asset, c.comparator.value, c.value) for c in _claims(text) if c.kind is not ClaimKind.opinion}


# 1. A target named before 'target' and then reported met is news, not a forecast


@pytest.mark.parametrize("text", [
    "The $4,500 target set for ether in August was reached on Wednesday.",
    "Solana's $300 objective, first floated in spring, was met last week.",
    "The $2.80 target that XRP bulls named in June was hit on Monday.",
])
def test_a_target_named_after_its_figure_and_met_is_no_forecast(text: str) -> None:
    assert _forecasts(text) == []


def test_a_target_named_after_its_figure_and_not_met_stays_a_forecast() -> None:
    assert _forecasts("The $150,000 target the bank set for bitcoin in January still stands.") == [("BTC", "at", 150000, None)]
    assert _forecasts("Ether's $6,000 target could be hit by March, the fund argues.") == [("ETH", "at", 6000, None)]


# 2. A predicted band: 'to' after a prediction's label, 'between ... and' after a verb of forecasting


@pytest.mark.parametrize(("text", "expected"), [
    ("Solana Price Prediction 2027: $150 to $320", [("SOL", "between", 150, 320)]),
    ("Bitcoin price prediction: $98,000 to $120,000 by June", [("BTC", "between", 98000, 120000)]),
    ("Analysts forecast XRP trading between $2.10 and $3.40 next quarter.", [("XRP", "between", 2.1, 3.4)]),
])
def test_a_predicted_band_is_one_between_forecast(text: str, expected: list[tuple]) -> None:
    assert _forecasts(text) == expected


def test_a_move_from_one_price_to_another_is_no_band() -> None:
    # 'from $X to $Y' after a verb of moving: where the move ends, not a band
    assert _forecasts("Ether could climb from $3,000 to $3,400 this week.") == [("ETH", "at", 3400, None)]


# 3. A prediction market's odds on a price level are no forecast (a hit rate cannot score a 38% chance)


@pytest.mark.parametrize("text", [
    "On Polymarket, the odds of ether topping $5,000 before March stand at 27%.",
    "Kalshi traders see a 45% probability that ether trades above $4,000 on Friday.",
    "Bettors give bitcoin only a 12% chance of ending the year above $130,000.",
    "The odds of solana reaching $400 this year have slipped on Polymarket.",
    "There is a 70% chance bitcoin tops $100,000 by June, the strategist said.",
])
def test_prediction_market_odds_on_a_level_give_no_claim(text: str) -> None:
    found = _read(text)
    assert not [c for c in found if c[0] in {"forecast", "price_level"}]


@pytest.mark.parametrize("text", [
    "Bitcoin rose to $95,000 as odds of a rate cut climbed to 80%.",
    "The 80% chance of a rate cut lifted bitcoin to $95,000 on Friday.",
])
def test_odds_of_something_else_leave_the_price_alone(text: str) -> None:
    assert ("price_level", "BTC", "at", 95000) in _read(text)


def test_an_analysts_hedged_call_without_odds_stays_a_forecast() -> None:
    assert _forecasts("Analysts see a good chance of a rally to $100,000 by March.") == [(None, "at", 100000, None)]


# 4. A year that dates a record dates nothing else in the sentence


@pytest.mark.parametrize(("text", "asset", "move", "price"), [
    ("Solana gained 4.1% to $212, still below its 2021 peak.", "SOL", 4.1, 212),
    ("XRP added 5% to $2.45, though it remains under its 2018 all-time high.", "XRP", 5, 2.45),
])
def test_a_year_before_a_record_word_does_not_make_the_sentence_history(text: str, asset: str, move: float, price: float) -> None:
    found = _read(text)
    assert ("price_change", asset, "up", move) in found
    assert ("price_level", asset, "at", price) in found


def test_a_year_that_dates_the_move_still_makes_it_history() -> None:
    assert not [c for c in _read("In 2021, bitcoin surged to nearly $69,000.") if c[0] in {"price_level", "price_change"}]


# 5. Two moving averages after one position, the first with its level


def test_the_second_average_keeps_the_position_past_the_first_ones_level() -> None:
    positions = [c for c in _claims("Ether holds above the 20-day EMA near $3,050 and the 50-day EMA.")
                 if c.kind is ClaimKind.indicator and c.comparator.value == "above"]
    assert sorted(c.period for c in positions) == [20, 50]


def test_an_aside_level_then_a_new_clause_gives_no_shared_position() -> None:
    text = "Bitcoin has lost its 200-day SMA, now at $83,500, and the 50-day SMA at $94,100 is flattening."
    positions = [c for c in _claims(text) if c.kind is ClaimKind.indicator and c.value is None]
    assert [c.period for c in positions] == [200]


# 6. Past events that only look like forecasts


def test_a_move_noun_dated_to_a_past_day_and_told_in_the_past_is_no_forecast() -> None:
    text = "A slide to $2,950 on Monday was bought within hours."
    assert _forecasts(text) == []
    assert ("intraday_low", None, "at", 2950) in _read(text)


def test_a_move_noun_with_a_deadline_stays_a_forecast() -> None:
    assert _forecasts("A drop to $80,000 by Friday looks likely, the desk said.") == [(None, "at", 80000, None)]


def test_a_line_of_teaser_titles_gives_no_claim() -> None:
    text = ("Bitcoin rose 2% to $90,000 on Tuesday.\n\n"
            'More to read: "Solana: $260 ceiling in focus" | "Can XRP reclaim $3 before Friday?"\n')
    found = _read(text)
    assert not [c for c in found if c[1] in {"SOL", "XRP"} or c[3] in {260, 3}]
    assert ("price_change", "BTC", "up", 2) in found


def test_a_quoted_target_in_prose_is_still_read() -> None:
    text = 'The desk wrote that "$4,000 is the next stop for ether" in a note on Tuesday.'
    assert _forecasts(text) == [("ETH", "at", 4000, None)]
