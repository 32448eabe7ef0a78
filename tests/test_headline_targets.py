"""A headline's verbless call, 'Bitcoin to $150K this year': the coin, 'to' and a price with no
verb is a forecast, whatever its horizon, and never a price said to hold now; a move before the
'to' ('Bitcoin Slips to $60,000', 'up 5% to $70,000') still tells where the price went."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, ClaimKind, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 6, 3, 12, tzinfo=UTC)


def _claims(text: str):
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute,
                      published_zone="UTC")
    return [c for c in extract(article) if c.kind is not ClaimKind.opinion]


@pytest.mark.parametrize("text, asset, value, due", [
    ("Bitcoin to $150K this year, says Standard Chartered", "BTC", 150_000, datetime(2026, 1, 1, tzinfo=UTC)),
    ("Bitcoin to $180,000 in 2026? Fund manager doubles down", "BTC", 180_000, datetime(2027, 1, 1, tzinfo=UTC)),
    ("Ether price to $8,000 next year, according to one trading desk", "ETH", 8_000, datetime(2027, 1, 1, tzinfo=UTC)),
    ("The Ethereum price to $10,000 this cycle, says a crypto fund", "ETH", 10_000, None),
])
def test_a_verbless_headline_call_is_a_forecast(text: str, asset: str, value: float, due: datetime | None) -> None:
    (claim,) = _claims(text)
    assert (claim.kind, claim.asset, claim.value, claim.modality) == (ClaimKind.forecast, asset, value, Modality.forecast)
    if due is not None:
        assert claim.time.end == due


@pytest.mark.parametrize("text, kind, value", [
    ("Bitcoin Slips To $60,000 As ETF Outflows Mount", ClaimKind.price_level, 60_000),
    ("Bitcoin slid to $61,500 after a volatile week", ClaimKind.price_level, 61_500),
    ("Bitcoin up 5% to $70,000 on ETF inflows", ClaimKind.price_level, 70_000),
])
def test_a_move_before_the_to_is_still_a_report(text: str, kind: ClaimKind, value: float) -> None:
    levels = [c for c in _claims(text) if c.value == value]
    assert levels and all(c.kind is kind and c.modality is not Modality.forecast for c in levels)


@pytest.mark.parametrize("text, asset, value", [
    ("Analysts set a year-end target of $6,000 for ether.", "ETH", 6_000),
    ("The bank kept its end-of-year forecast of $3.50 for XRP.", "XRP", 3.5),
])
def test_a_year_end_target_is_a_forecast_due_at_the_years_end(text: str, asset: str, value: float) -> None:
    (claim,) = _claims(text)
    assert (claim.kind, claim.asset, claim.value, claim.time.end) == (ClaimKind.forecast, asset, value, datetime(2026, 1, 1, tzinfo=UTC))


def test_a_lower_ranked_largest_cryptocurrency_is_not_bitcoin() -> None:
    claims = _claims("The 7th largest cryptocurrency by market cap climbed 24% this week.")
    assert [c.asset for c in claims] == [None]
