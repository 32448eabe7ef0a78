"""Constructions of price-prediction pages, mainstream finance desks and Asian sites in English
that a probe of real outlets found read wrong: a return to a level 'for the first time in two
years' (no record), a first crossing in won (a level, records being in dollars), the distance
below a 'recent' all-time high, a record the coin already holds whose level a bound gives ('its
record high above $X reached in August', 'since hitting an all-time high above $X'), the day's
extreme named ahead of the move ('At its low point of the day, ... to $X'), an open-ended target
('$5,500+'), the move an 'if' clause assumes (not the call it leads to), a fall that starts
'from approximately $X', and calls listed by scenario ('$480 in the base case, $190 in the bear
case'). The sentences are ours, not the outlets'."""

from __future__ import annotations

import pytest

from factcheck.model import ClaimKind, Comparator, Modality
from tests.extract_helpers import claims_of as _claims


def _found(text: str) -> set[tuple]:
    return {(c.kind, c.asset, c.value, c.comparator) for c in _claims(text)}


def test_first_time_in_a_while_is_a_return_not_a_record() -> None:
    found = _found("Ether climbed above $4,000 on Monday for the first time in two years and three months.")
    assert (ClaimKind.price_level, "ETH", 4000, Comparator.crossed_above) in found
    assert not any(kind is ClaimKind.all_time_high for kind, *_ in found)


def test_first_time_without_a_span_is_still_a_record() -> None:
    found = _found("Ether climbed above $5,000 on Monday for the first time.")
    assert (ClaimKind.all_time_high, "ETH", 5000, Comparator.crossed_above) in found


def test_first_crossing_in_won_stays_a_level() -> None:
    claims = _claims("Ether crossed the 9 million won mark on Korean exchanges for the first time on Monday.")
    level = next(c for c in claims if c.value == 9_000_000)
    assert (level.kind, level.comparator, level.unit) == (ClaimKind.price_level, Comparator.crossed_above, "KRW")


@pytest.mark.parametrize("text", [
    "Ether trades 18% below its recent all-time high of $4,946.",
    "Ether sits a painful 18% below its recent record high.",
])
def test_distance_below_a_recent_record(text) -> None:
    found = _found(text)
    assert (ClaimKind.all_time_high, "ETH", 18, Comparator.below) in found
    assert not any(kind is ClaimKind.price_change for kind, *_ in found)


def test_recent_high_of_a_period_is_still_no_record() -> None:
    assert not any(kind is ClaimKind.all_time_high for kind, *_ in _found("Ether trades 6% below its recent high."))


@pytest.mark.parametrize("text, value", [
    ("Ether remains 31% off its record high above $4,900 reached in August.", 4900),
    ("Litecoin has been cut in half since hitting an all-time high above $410 in May.", 410),
])
def test_record_already_held_is_at_its_bound(text, value) -> None:
    records = [c for c in _claims(text) if c.kind is ClaimKind.all_time_high and c.unit == "USD"]
    assert [(c.value, c.comparator) for c in records] == [(value, Comparator.at)]


def test_new_record_above_a_level_still_crosses_it() -> None:
    found = _found("Ether hit a new record high above $4,900 overnight.")
    assert (ClaimKind.all_time_high, "ETH", 4900, Comparator.crossed_above) in found


@pytest.mark.parametrize("text, kind, asset, value", [
    ("At its low point of the day, ether was down more than 12% on the session to $2,811.40, according to Kaiko.",
     ClaimKind.intraday_low, "ETH", 2811.40),
    ("At its highest, solana was up 9% on the day to $212.50.", ClaimKind.intraday_high, "SOL", 212.50),
    ("At the session's low, XRP had dropped 8% to $1.92.", ClaimKind.intraday_low, "XRP", 1.92),
])
def test_extreme_named_ahead_of_the_move(text, kind, asset, value) -> None:
    found = _found(text)
    assert (kind, asset, value, Comparator.at) in found
    assert (ClaimKind.price_level, asset, value, Comparator.at) not in found


def test_open_ended_target_is_a_floor() -> None:
    claims = _claims("A trader expects ether to break out, which could open the way toward $5,500+ levels.")
    target = next(c for c in claims if c.kind is ClaimKind.forecast)
    assert (target.value, target.comparator) == (5500, Comparator.above)


def test_move_an_if_clause_assumes_is_no_target() -> None:
    claims = _claims("If bulls can push ETH to the $3,500 zone, we may see it above $3,800 by Friday, said a trader.")
    assert [c.value for c in claims if c.kind is ClaimKind.forecast] == [3800]
    call = next(c for c in claims if c.kind is ClaimKind.forecast)
    assert (call.comparator, call.modality) == (Comparator.above, Modality.conditional)


def test_call_after_an_if_clause_is_kept() -> None:
    claims = _claims("If BTC clears $74,000, it could run to $80,000.")
    assert any(c.kind is ClaimKind.forecast and c.value == 80000 and c.modality is Modality.conditional for c in claims)


def test_fall_from_a_hedged_start_is_a_level_not_an_amount() -> None:
    found = _found("Cardano tanked from approximately $1.20 to $0.95 this week.")
    assert (ClaimKind.price_level, "ADA", 1.2, Comparator.at) in found
    assert not any(kind is ClaimKind.price_change for kind, *_ in found)


@pytest.mark.parametrize("text, asset, values", [
    ("Analysts at the bank see solana at $480 in the base case, $190 in the bear case and $900 in the bull case by 2030.",
     "SOL", [480, 190, 900]),
    ("The fund projects ether at $52,400 under the base scenario, $9,150 in the bearish one, and $310,000 in bullish "
     "conditions by 2040.", "ETH", [52400, 9150, 310000]),
])
def test_calls_listed_by_scenario(text, asset, values) -> None:
    calls = [c for c in _claims(text) if c.kind is ClaimKind.forecast]
    assert [(c.asset, c.value, c.comparator) for c in calls] == [(asset, v, Comparator.at) for v in values]

