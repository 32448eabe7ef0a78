"""Records and forecasts as real outlets write them (session 21): a predicted percent that is only
the way to a price the clause names, a record named with an old date and no level, a record named
by its price or level noun. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, Claim, ClaimKind, Comparator, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 6, 3, 12, 0, tzinfo=UTC)


def claims_in(text: str, kind: ClaimKind | None = None) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if kind is None or c.kind is kind]


# A predicted percent leading to a price: the call is the price, the percent its distance.

@pytest.mark.parametrize(
    ("sentence", "value", "comparator"),
    [
        ("If the wedge breaks, ETH could rise by 8% to reach the channel's upper trend line at $2,580.", 2580, Comparator.at),
        ("Cardano may slide another 12% toward the 200-day average near $0.52, one trader warned.", 0.52, Comparator.at),
        ("Bulls could then eye a push in ether towards the 50-week EMA above $2,700, up almost 100% from today's price.",
         2700, Comparator.above),
        ("Should buyers return, SOL might climb 30%, reaching the $210 zone by August.", 210, Comparator.at),
    ],
)
def test_a_percent_leading_to_a_price_is_a_forecast_of_the_price(sentence: str, value: float, comparator: Comparator) -> None:
    (claim,) = claims_in(sentence, ClaimKind.forecast)
    assert (claim.value, claim.unit, claim.comparator) == (pytest.approx(value), "USD", comparator)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hitting $7,200 from current levels would mean a rally of about 119% for ether.",
        "A return to $90,000 would represent a 12% gain for bitcoin.",
        "For XRP, reclaiming its all-time high would be a 40% jump from here.",
    ],
)
def test_the_size_of_an_arrival_is_no_forecast_of_a_move(sentence: str) -> None:
    assert [c for c in claims_in(sentence, ClaimKind.forecast) if c.unit == "%"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts expect bitcoin to climb 20% over the next two months.",
        "The model sees Solana falling 7.5% by the end of September.",
        "Dogecoin could jump 25% this quarter, the desk said.",
    ],
)
def test_a_predicted_move_without_a_destination_stays_a_forecast_of_the_move(sentence: str) -> None:
    (claim,) = claims_in(sentence, ClaimKind.forecast)
    assert claim.unit == "%"


def test_a_move_that_happened_keeps_its_destination_as_a_level() -> None:
    claims = claims_in("Bitcoin fell 5% to $60,000 on Monday.")
    assert [c.kind for c in claims if c.kind is ClaimKind.forecast] == []


# A record named with a date long before publication, its level not said: that record, at its date.

@pytest.mark.parametrize(
    "sentence",
    [
        "The gauge is at its highest since bitcoin posted its all-time high in November 2021.",
        "Ether has been sliding since its record high in March 2024.",
        "The token has struggled after the all-time high notched on April 14.",
        "Solana is mired in a slump after hitting an all-time high in January.",
    ],
)
def test_a_record_dated_long_ago_without_its_level_is_that_record(sentence: str) -> None:
    (claim,) = claims_in(sentence, ClaimKind.all_time_high)
    assert (claim.comparator, claim.value) == (Comparator.at, None)
    assert claim.record_time is not None and claim.record_time.end < PUBLISHED


@pytest.mark.parametrize(
    "sentence",
    ["Bitcoin hit a fresh all-time high on Saturday.", "Ether Surges To New All-Time High", "XRP set a new record high on May 30."],
)
def test_a_recent_record_without_its_level_is_still_a_crossing(sentence: str) -> None:
    (claim,) = claims_in(sentence, ClaimKind.all_time_high)
    assert (claim.comparator, claim.value) == (Comparator.crossed_above, None)


def test_a_fall_measured_from_a_dated_record_stays_a_distance() -> None:
    (claim,) = claims_in("Bitcoin is down 20% since its all-time high in March.", ClaimKind.all_time_high)
    assert (claim.comparator, claim.value) == (Comparator.below, 20)


# A record named by its price or level noun, then its figure.

@pytest.mark.parametrize(
    ("sentence", "asset", "value"),
    [
        ("Bitcoin touched a record level of nearly $74,000 last week.", "BTC", 74000),
        ("Ether last set a record price of $4,878 back in November 2021.", "ETH", 4878),
        ("Solana notched a new peak price of $294.30 on Sunday.", "SOL", 294.3),
        ("XRP climbed to an all-time high price of $3.65 in July.", "XRP", 3.65),
    ],
)
def test_a_record_named_by_its_price_noun_is_the_record_at_that_level(sentence: str, asset: str, value: float) -> None:
    (claim,) = claims_in(sentence, ClaimKind.all_time_high)
    assert (claim.asset, claim.comparator, claim.value) == (asset, Comparator.at, pytest.approx(value))


def test_a_previous_level_is_no_record() -> None:
    assert claims_in("Ether slipped back to its previous level of $2,400.", ClaimKind.all_time_high) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ether gained for a fifth day, creeping towards its record high set in 2021.",
        "Solana is inching toward its all-time high from January.",
        "XRP has been edging towards a fresh record high this week.",
    ],
)
def test_closing_in_on_a_record_is_still_below_it(sentence: str) -> None:
    (claim,) = claims_in(sentence, ClaimKind.all_time_high)
    assert (claim.comparator, claim.value) == (Comparator.below, None)


def test_an_old_record_told_again_without_its_level_is_not_a_second_claim() -> None:
    text = ("Ether's record high of $4,950 was set in August. Traders who bought near the all-time high reached in "
            "late August are still selling.")
    assert [(c.comparator, c.value) for c in claims_in(text, ClaimKind.all_time_high)] == [(Comparator.at, 4950)]


def test_a_share_lost_since_a_dated_record_is_no_record_at_its_date() -> None:
    text = "Ether has lost over half of its value since hitting a record high in August 2024."
    assert [c for c in claims_in(text, ClaimKind.all_time_high) if c.comparator is Comparator.at] == []


def test_an_old_record_named_first_without_its_level_stays_a_claim() -> None:
    text = ("The gauge is at its highest since ether posted its all-time high in November 2021. "
            "That all-time high of $4,878 was recorded on November 10, 2021.")
    records = claims_in(text, ClaimKind.all_time_high)
    assert sorted((c.comparator.value, c.value or 0) for c in records) == [("at", 0), ("at", 4878)]


def test_a_run_measured_from_a_dated_record_is_no_record_claim() -> None:
    assert claims_in("Solana has been in a downtrend for 14 weeks, since the January record.", ClaimKind.all_time_high) == []


# A move the sentence tells as done is no forecast, whatever its move word.

@pytest.mark.parametrize(
    ("sentence", "kind", "comparator", "value"),
    [
        ("On May 2, the XRP price shot up to a stunning $2.61 before sellers returned.", ClaimKind.intraday_high, Comparator.at, 2.61),
        ("Since then, ether has tried to recover but was stopped at $2,700 twice.", ClaimKind.intraday_high, Comparator.at, 2700),
        ("Ether then shot up to $3,950 on Friday before fading.", ClaimKind.intraday_high, Comparator.at, 3950),
        ("The bitcoin price has managed to climb back above the $70,000 mark after a late spike.", ClaimKind.price_level,
         Comparator.crossed_above, 70000),
    ],
)
def test_a_move_told_as_done_is_the_level_it_reached(sentence: str, kind: ClaimKind, comparator: Comparator, value: float) -> None:
    claims = claims_in(sentence)
    assert [c for c in claims if c.kind is ClaimKind.forecast] == []
    assert any((c.kind, c.comparator, c.value) == (kind, comparator, pytest.approx(value)) for c in claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts expected a rally to $75,000 before the halving.",
        "Bernstein said bitcoin will hit $90,000 by the end of the year.",
        "Ether could climb to $4,000 if buyers return.",
    ],
)
def test_a_move_expected_stays_a_forecast(sentence: str) -> None:
    assert [c.kind for c in claims_in(sentence) if c.kind is ClaimKind.forecast] == [ClaimKind.forecast]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two more attempts to overcome $3,000 followed this week, with the latest on Tuesday.",
        "Ether's inability to remain above $4,000 was blamed on falling network fees.",
        "Bitcoin tried to break through $72,000 twice but failed.",
    ],
)
def test_an_attempt_told_reaches_no_level_and_forecasts_none(sentence: str) -> None:
    claims = claims_in(sentence)
    assert [c for c in claims if c.kind in {ClaimKind.forecast, ClaimKind.intraday_high}] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank revised its year-end target to $120,000 last month.",
        "Analysts expect a further climb to $150,000 after the halving.",
        "The strategist set a bull-case projection of $20,000 for ether.",
    ],
)
def test_a_call_held_by_a_prediction_noun_stays_a_forecast_whatever_the_tense(sentence: str) -> None:
    assert [c.kind for c in claims_in(sentence) if c.kind in {ClaimKind.forecast, ClaimKind.intraday_high}] == [ClaimKind.forecast]


@pytest.mark.parametrize(
    "sentence",
    [
        "Solana To Hit A New All-Time High?",
        "Will XRP rally to $3 or slip to $2.40 before another move targeting a fresh all-time high?",
        "Crypto Weekly: Can Ether Set A New Record High Before Christmas?",
    ],
)
def test_a_record_inside_a_question_is_no_claim(sentence: str) -> None:
    assert [c for c in claims_in(sentence) if c.kind in {ClaimKind.all_time_high, ClaimKind.forecast} and c.value is None] == []


def test_a_record_before_a_headline_question_stands() -> None:
    (claim,) = claims_in("Bitcoin Hits New All-Time High - Is The Top In?", ClaimKind.all_time_high)
    assert (claim.comparator, claim.value) == (Comparator.crossed_above, None)


def test_an_attempt_expected_stays_a_forecast() -> None:
    claims = claims_in("Analysts expect another attempt to break $100,000 next week.")
    assert [c.value for c in claims if c.kind is ClaimKind.forecast] == [100000]


@pytest.mark.parametrize(
    "sentence",
    [
        "He is confident enough to predict new all-time highs for ether by December at the latest.",
        "Analysts expect a fresh record high for XRP before January 2026.",
        "The desk sees Solana setting a new all-time high by March.",
    ],
)
def test_a_record_with_a_deadline_is_no_old_record(sentence: str) -> None:
    assert [c for c in claims_in(sentence, ClaimKind.all_time_high) if c.comparator is Comparator.at and c.value is None] == []
