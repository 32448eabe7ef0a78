"""The Fear & Greed index read twice in one sentence, the second time named again in a word
('while the index now reads 23') or told as now: two readings, each of its own day."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from extract_helpers import find_claims

from factcheck.model import Article, ClaimKind, Precision
from factcheck.nlp.extract import extract


def _readings(text: str) -> list[tuple[float, date]]:
    article = Article(text=text, source="test", published_at=datetime(2025, 6, 3, 12, tzinfo=UTC),
                      published_precision=Precision.minute, published_zone="UTC")
    return [(c.value, c.time.start.date()) for c in extract(article) if c.kind in {ClaimKind.sentiment_index, ClaimKind.indicator}]


@pytest.mark.parametrize("text", [
    "The Crypto Fear & Greed Index fell to 20 on Monday, while the index now reads 23.",
    "The Crypto Fear & Greed Index slid to 20 on Monday and now reads 23.",
    "The Fear & Greed Index dropped to 20 on Monday, while the gauge currently reads 23.",
])
def test_a_second_reading_named_again_is_todays(text: str) -> None:
    assert _readings(text) == [(20.0, date(2025, 6, 2)), (23.0, date(2025, 6, 3))]


def test_another_index_named_after_it_gives_no_reading() -> None:
    text = "The Crypto Fear & Greed Index fell to 20 on Monday, while the Nasdaq index gained 2%."
    assert _readings(text) == [(20.0, date(2025, 6, 2))]


def test_two_timeframes_of_rsi_stay_two_gauges() -> None:
    assert [v for v, _ in _readings("Bitcoin's daily RSI reads 44 while the weekly RSI reads 58.")] == [44.0, 58.0]


@pytest.mark.parametrize(
    "text",
    [
        "Crypto Fear and Greed Index Slides Into Extreme Fear. The current index score is 11 compared to 28 last week.",
        "The Crypto Fear & Greed Index fell sharply. The index score is 11, compared with 28 a week ago.",
        "The Crypto Fear & Greed Index fell sharply. The current score is 11, down from 28 last week.",
    ],
)
def test_the_gauges_score_named_again_is_its_reading(text: str) -> None:
    assert find_claims(text, "sentiment_index", value=11.0)


def test_another_index_score_is_not_the_gauges() -> None:
    assert not find_claims("The Crypto Fear & Greed Index fell sharply. The dollar index score is 101.", "sentiment_index", value=101.0)


def test_compared_to_a_print_last_week_is_the_print_seven_days_before() -> None:
    text = "The Crypto Fear & Greed Index fell sharply. The index score is 11, compared to 28 last week."
    (earlier,) = find_claims(text, "sentiment_index", value=28.0)
    assert earlier.time.start == datetime(2025, 5, 27, tzinfo=UTC)  # the UTC day 7 days before 3 June, not the whole last week


def test_a_gauge_without_a_timeframe_takes_the_chart_of_the_gauge_named_before_it() -> None:
    text = "The hourly MACD is gaining momentum in the bullish zone, and the RSI is above the 50 zone."
    (rsi,) = find_claims(text, "indicator", metric="rsi")
    assert rsi.timeframe == "1h"
    (alone,) = find_claims("The RSI is above the 50 zone, and traders are calm.", "indicator", metric="rsi")
    assert alone.timeframe is None  # no chart named: the checker reads daily bars
