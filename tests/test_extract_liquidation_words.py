"""What extraction marks on derivatives figures so that verification reads no text: a
liquidation map's positions at risk, a side said to have led, and our venue named."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, Claim, ClaimKind, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 12, 10, 9, 30, tzinfo=UTC)


def _claims(text: str, kind: ClaimKind) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if c.kind is kind]


@pytest.mark.parametrize(("text", "meaning"), [
    (("Around $1.1 billion in long liquidations would be triggered if bitcoin falls to $80,000, according to the "
      "CoinGlass liquidation map."), "liquidation_map"),
    ("The heatmap shows $640 million in short liquidations clustered just above $97,000.", "liquidation_map"),
    ("About $900 million of positions were liquidated over the past 24 hours.", None),
])
def test_positions_at_risk_are_marked_as_a_liquidation_map(text: str, meaning: str | None) -> None:
    found = _claims(text, ClaimKind.liquidations)
    assert found and {c.meaning for c in found} == {meaning}


def test_an_imbalance_is_a_map_when_the_article_says_its_imbalance_is_one() -> None:
    found = _claims("The liquidation map shows an imbalance toward longs at lower price levels. "
                    "The imbalance stands at 158%.", ClaimKind.liquidation_imbalance)
    assert [c.meaning for c in found] == ["liquidation_map"]


@pytest.mark.parametrize(("text", "figures"), [
    # (value, side of the figure, side said to have led)
    ("Long positions accounted for the majority, with $480 million liquidated.", [(480e6, "long", "long")]),
    ("Short sellers took the bulk of the losses, with $297 million in shorts liquidated.", [(297e6, "short", "short")]),
    ("Longs made up most of the $1.2 billion liquidated over the past 24 hours.", [(1.2e9, "total", "long")]),
    ("Some $412 million was liquidated over the past day, $297 million of it shorts.",
     [(412e6, "total", None), (297e6, "short", None)]),
])
def test_the_side_said_to_have_led_is_marked_apart_from_whose_figure_it_is(text: str, figures: list) -> None:
    found = _claims(text, ClaimKind.liquidations)
    assert [(c.value, c.side, c.led) for c in found] == figures


@pytest.mark.parametrize(("text", "venue"), [
    ("Open interest on Binance's BTCUSDT perpetual rose 4% over the past day.", "Binance"),
    ("Bitcoin open interest rose 4% over the past day.", None),
    ("Bybit open interest rose 4% over the past day.", "Bybit"),
])
def test_the_venue_of_an_open_interest_figure_is_marked_ours_included(text: str, venue: str | None) -> None:
    (oi,) = _claims(text, ClaimKind.open_interest)
    assert oi.venue == venue


def test_a_total_beside_our_venues_own_figure_is_not_our_venues() -> None:
    """'Liquidations reached $880 million, led by Binance at $300 million': the $300 million is
    Binance's, the $880 million the market's."""
    found = _claims("Liquidations reached $880 million on Tuesday, led by Binance at $300 million.", ClaimKind.liquidations)
    assert [(c.value, c.venue) for c in found] == [(880e6, None), (300e6, "Binance")]
