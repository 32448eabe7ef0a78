"""Forecasts whose target is words ("a rally toward previous highs"): the record high
before publication becomes the target; targets that are not a price stay unverifiable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pandas as pd
import pytest
from conftest import MARKET

from factcheck.market.data import MarketData
from factcheck.model import Claim, ClaimKind, Modality, TimeRef, Verdict
from factcheck.verify.context import Context
from factcheck.verify.forecast import check_forecast

PUBLISHED = datetime(2026, 2, 9, 1, 17, tzinfo=UTC)
NOW = datetime(2026, 11, 25, tzinfo=UTC)


def _forecast(words: str, zone: str | None, days: int = 30) -> Claim:
    return Claim(
        kind=ClaimKind.forecast, asset="BTC", metric="price", value=None, unit="USD", zone=zone,
        time=TimeRef(start=PUBLISHED, end=PUBLISHED + timedelta(days=days)), modality=Modality.conditional,
        text=words, sentence=words, span=(0, len(words)),
    )


def _record_before(published: datetime) -> float:
    highs = []
    for name in ("BTC-USDT_1d_binance-spot.csv", "BTC-USD_1d_yahoo.csv", "BTC-USDT_1h_binance-spot.csv", "BTC-USDT-PERP_1h_binance-usdm.csv"):
        frame = pd.read_csv(MARKET / name, parse_dates=["timestamp"]).set_index("timestamp")
        step = pd.Timedelta("1d") if "_1d_" in name else pd.Timedelta("1h")
        highs.append(frame.loc[frame.index + step <= pd.Timestamp(published), "high"].max())
    return float(max(highs))


@pytest.fixture()
def ctx(market_store, seed_article) -> Context:
    return Context(article=seed_article, market=MarketData(market_store, offline=True, now=lambda: NOW), now=NOW)


def test_previous_highs_means_the_record_before_publication(ctx: Context) -> None:
    checked = check_forecast(_forecast("a full rally back toward previous highs", "previous highs"), ctx)
    record = _record_before(PUBLISHED)
    assert checked.verdict is Verdict.unrealized  # BTC peaked at $74,046 in the 30 days after
    assert f"${record:,.0f}" in checked.evidence.explanation and "record high before publication" in checked.evidence.explanation
    assert checked.evidence.figure == pytest.approx(74046, abs=60)
    assert checked.claim.value is None  # the report keeps the article's words, not our figure


def test_a_target_that_is_not_a_price_is_unverifiable(ctx: Context) -> None:
    checked = check_forecast(_forecast("send bitcoin back toward the lows of the weekend", "lows of the weekend"), ctx)
    assert checked.verdict is Verdict.unverifiable and "cannot be read as a price" in checked.evidence.explanation


def test_a_named_target_still_waits_for_its_horizon(ctx: Context) -> None:
    later = Context(article=ctx.article, market=ctx.market, now=PUBLISHED + timedelta(days=3))
    checked = check_forecast(_forecast("could hit a new all-time high", "all-time high"), later)
    assert checked.verdict is Verdict.pending


def test_the_stores_peak_is_the_highest_high_read_bar_by_bar(market_store) -> None:
    """A 'previous highs' target is the record counted in SQL; it must equal the record read from
    the bars themselves (first bar, highest high, and the bar that set it)."""
    from datetime import UTC, datetime

    end = datetime(2025, 3, 1, tzinfo=UTC)
    frame = market_store.candles("binance", "BTC/USDT", "1h", datetime(2009, 1, 3, tzinfo=UTC), end)
    first, high, at = market_store.peak("binance", "BTC/USDT", "1h", end)
    assert (first, high, at) == (frame.index[0].to_pydatetime(), float(frame["high"].max()),
                                 frame["high"].idxmax().to_pydatetime())
    assert market_store.peak("binance", "DOGE/USDT", "1h", end) is None
