"""A forecast move in percent ('Bitcoin could rally 5% from here') is scored as a target
that far from the price at publication, not as a price of 5 dollars. Expected outcomes
are recomputed here from the CSV file."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
import pytest
from conftest import MARKET
from verify_helpers import check

from factcheck.model import Article, ClaimKind, Precision, Verdict
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 12, 10, 9, 30, tzinfo=UTC)


def _hours() -> pd.DataFrame:
    return pd.read_csv(MARKET / "BTC-USDT_1h_binance-spot.csv", parse_dates=["timestamp"], index_col="timestamp")


@pytest.mark.parametrize("sentence", [
    "Bitcoin could rally {size}% from here, the desk said.",
    "Bitcoin could slide {size}% from here, the desk said.",
])
@pytest.mark.parametrize("size", [1, 40])
def test_a_percent_forecast_is_a_target_that_far_from_the_price_at_publication(market_store, sentence: str, size: int) -> None:
    art = Article(text=sentence.format(size=size), source="test", published_at=PUBLISHED,
                  published_precision=Precision.minute, published_zone="UTC")
    (forecast,) = [c for c in extract(art) if c.kind is ClaimKind.forecast]
    assert forecast.unit == "%" and abs(forecast.value) == size
    bars = _hours()
    start = float(bars.loc[pd.Timestamp("2025-12-10 08:00", tz="UTC"), "close"])  # the last bar closed by 09:30
    target = start * (1 + forecast.value / 100)
    horizon = bars[(bars.index >= pd.Timestamp(PUBLISHED).floor("1h")) & (bars.index < pd.Timestamp(forecast.time.end))]
    reached = horizon["high"].max() >= target if forecast.value > 0 else horizon["low"].min() <= target
    checked = check(art, forecast, market_store)
    assert checked.verdict is (Verdict.realized if reached else Verdict.unrealized), checked.evidence.explanation
    assert checked.evidence.figures["target"] == pytest.approx(target)
    assert f"${target:,.0f}" in checked.evidence.explanation
