"""Records and targets named in words, as published articles write them: a new
record without its level, a record above a round number, the old record and when
it was set, a record not yet regained, a prospect named by words ("previous
highs", "a fifth weekly loss"). Every sentence is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timezone

import pytest

from factcheck.model import Article, Claim, ClaimKind, Comparator, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 3, 4, 8, 0, tzinfo=UTC)


def claims_in(text: str, kind: ClaimKind | None = None) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if kind is None or c.kind is kind]


@pytest.mark.parametrize(
    "sentence",
    ["Ether climbs to a record high in Seoul trading", "Solana Sets Fresh All-Time High Ahead Of ETF Decision"],
)
def test_reaching_a_record_without_its_level_is_a_crossing(sentence: str) -> None:
    (claim,) = claims_in(sentence, ClaimKind.all_time_high)
    assert (claim.comparator, claim.value) == (Comparator.crossed_above, None)


def test_a_record_high_named_in_passing_is_no_claim() -> None:
    assert claims_in("Analysts debated what the record high meant for miners.", ClaimKind.all_time_high) == []


def test_a_record_above_a_round_number_crosses_it() -> None:
    (claim,) = claims_in("Ether Notches New Record Above $5K", ClaimKind.all_time_high)
    assert (claim.comparator, claim.value) == (Comparator.crossed_above, 5000)
    assert claims_in("Ether Notches New Record Above $5K", ClaimKind.price_level) == []


def test_an_all_time_high_with_an_and_its_level() -> None:
    (claim,) = claims_in("Solana reached an all-time high of $294 last January.", ClaimKind.all_time_high)
    assert (claim.comparator, claim.value, claim.asset) == (Comparator.at, 294, "SOL")
    assert claims_in("Solana reached an all-time high of $294 last January.", ClaimKind.intraday_high) == []


def test_the_old_record_and_where_it_was_set() -> None:
    (claim,) = claims_in("Ether's prior all-time high was set back in November 2021 close to the $4,870 mark.", ClaimKind.all_time_high)
    assert (claim.value, claim.comparator) == (4870, Comparator.at)


def test_a_record_level_after_another_verb_is_not_the_record() -> None:
    found = claims_in("If it holds, bitcoin could hit a new all-time high and then test $140,000.")
    assert not any(c.kind is ClaimKind.all_time_high and c.value == 140_000 for c in found)


def test_lower_than_the_record_is_a_distance_below_it() -> None:
    found = claims_in("Ether now trades roughly 20 percent lower than its previous record.", ClaimKind.all_time_high)
    assert [(c.value, c.unit, c.comparator) for c in found] == [(20, "%", Comparator.below)]
    assert claims_in("Ether now trades roughly 20 percent lower than its previous record.", ClaimKind.price_change) == []


def test_a_record_not_yet_regained_is_below_it() -> None:
    (claim,) = claims_in("Outside Korea, ether has yet to regain its previous peak.", ClaimKind.all_time_high)
    assert (claim.comparator, claim.value, claim.asset) == (Comparator.below, None, "ETH")


def test_a_record_in_won_keeps_its_currency() -> None:
    (claim,) = claims_in("Bitcoin's previous high of 95.1 million won came in March.", ClaimKind.all_time_high)
    assert (claim.value, claim.unit) == (95_100_000, "KRW")


def test_a_won_price_is_a_price_claim() -> None:
    (claim,) = claims_in("Ether was trading at 4.9 million won on Bithumb at noon.", ClaimKind.price_level)
    assert (claim.value, claim.unit, claim.asset) == (4_900_000, "KRW", "ETH")


@pytest.mark.parametrize(
    ("sentence", "zone"),
    [
        ("If buyers return, ether could climb to a new all-time high before summer.", "all-time high"),
        ("A short squeeze could spark a rally toward previous highs.", "previous highs"),
        ("Solana is on track for a fifth weekly loss.", "fifth weekly loss"),
    ],
)
def test_a_target_named_in_words_is_a_forecast_without_a_value(sentence: str, zone: str) -> None:
    (claim,) = [c for c in claims_in(sentence) if c.kind in {ClaimKind.forecast, ClaimKind.all_time_high, ClaimKind.trend}]
    assert (claim.kind, claim.value, claim.comparator, claim.zone) == (ClaimKind.forecast, None, Comparator.at, zone)


def test_a_move_toward_old_highs_that_happened_is_no_target() -> None:
    assert claims_in("Last week ether rallied toward previous highs.", ClaimKind.forecast) == []


def test_set_without_to_does_not_make_a_forecast() -> None:
    found = claims_in("Ether set a record high on Monday, and it was at $4,950 on Tuesday.", ClaimKind.price_level)
    assert [(c.value, c.modality.value) for c in found] == [(4950, "asserted")]
