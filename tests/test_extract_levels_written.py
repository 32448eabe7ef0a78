"""Price levels as headlines and wires write them: title case, a verb of moving before
a level ('climbing back above $4,000'), 'as high as', and targets past a level.
Every sentence is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timezone

import pytest

from factcheck.model import Article, Claim, ClaimKind, Comparator, Precision
from factcheck.nlp.extract import extract
from factcheck.nlp.word_forms import forms

PUBLISHED = datetime(2025, 5, 6, 14, 0, tzinfo=UTC)


def claims_in(text: str) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if c.kind is not ClaimKind.opinion]


def summary(text: str) -> list[tuple[ClaimKind, str | None, Comparator, float | None]]:
    return [(c.kind, c.asset, c.comparator, c.value) for c in claims_in(text)]


def test_verb_forms_cover_headline_inflections() -> None:
    assert {"slides", "slid", "sliding"} <= set(forms("slide"))
    assert {"tops", "topped"} <= set(forms("top"))
    assert {"rallies", "rallied"} <= set(forms("rally"))


def test_a_title_case_headline_keeps_its_crossings() -> None:
    assert summary("Solana Slides Below $140 While XRP Drops Under $2") == [
        (ClaimKind.price_level, "SOL", Comparator.crossed_below, 140),
        (ClaimKind.price_level, "XRP", Comparator.crossed_below, 2),
    ]


def test_bursting_through_a_level_crosses_it() -> None:
    assert summary("Ether burst through $3,000 late on Friday.") == [(ClaimKind.price_level, "ETH", Comparator.crossed_above, 3000)]


def test_as_high_as_is_an_intraday_high_even_after_reaching() -> None:
    assert summary("Solana was reaching as high as $182 on one venue.") == [(ClaimKind.intraday_high, "SOL", Comparator.at, 182)]


@pytest.mark.parametrize(
    ("sentence", "comparator"),
    [
        ("Ether was climbing back up above $2,500 on Monday.", Comparator.crossed_above),
        ("Ether was sliding back below $2,500 on Monday.", Comparator.crossed_below),
        ("The drop meant a loss of the $2,500 level for ether.", Comparator.crossed_below),
    ],
)
def test_a_level_after_a_verb_of_moving_is_a_level_not_an_amount(sentence: str, comparator: Comparator) -> None:
    (claim,) = claims_in(sentence)
    assert (claim.kind, claim.comparator, claim.value) == (ClaimKind.price_level, comparator, 2500)


def test_where_a_move_started_is_not_its_size() -> None:
    found = claims_in("Within hours ether slumped from $2,610 to $2,180.")
    assert not any(c.kind is ClaimKind.price_change for c in found)


def test_an_amount_after_a_verb_of_moving_stays_a_change() -> None:
    assert summary("Ether rose $140 overnight.") == [(ClaimKind.price_change, "ETH", Comparator.up, 140)]


def test_a_target_past_a_level_is_above_it() -> None:
    (claim,) = claims_in("A squeeze could push ether past $3,000.")
    assert (claim.kind, claim.comparator, claim.value) == (ClaimKind.forecast, Comparator.above, 3000)
