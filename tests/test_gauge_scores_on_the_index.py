"""A gauge read as a score "on" it: "sentiment sits at 14 on the Fear & Greed Index" is the index's
reading (it had been shown as opinion), and the index's own name is no zone. Sentences are our own."""

from __future__ import annotations

import pytest
from extract_helpers import article_of, find_claims

from factcheck.model import ClaimKind
from factcheck.nlp.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        "Sentiment sits at 14 on the Crypto Fear & Greed Index.",
        "Investor mood registered 14 on the Crypto Fear and Greed Index on Friday.",
        "Sentiment scored 14 out of 100 on the Fear & Greed Index.",
        "Sentiment has dropped to 14 on the Crypto Fear & Greed Index.",
    ],
)
def test_a_score_on_the_index_is_its_reading(text: str) -> None:
    (reading,) = find_claims(text, "sentiment_index", value=14.0)
    assert reading.zone is None  # "Fear" in the index's name says nothing of the zone
    assert not [c for c in extract(article_of(text)) if c.kind is ClaimKind.opinion]


def test_a_zone_told_with_the_score_is_kept() -> None:
    text = "Market sentiment hovers at 14 on the Fear & Greed gauge, deep in extreme fear."
    assert find_claims(text, "sentiment_index", value=14.0, zone="extreme fear")
    assert find_claims("The Crypto Fear & Greed Index sits at 71 (Greed).", "sentiment_index", value=71.0, zone="greed")


def test_a_count_of_days_on_the_index_is_no_reading() -> None:
    assert not find_claims("Bitcoin spent 10 days on the Fear & Greed Index's extreme fear zone.", "sentiment_index", value=10.0)
