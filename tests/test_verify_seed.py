"""The seed article, checked against the real data in ../shared/market.

The analyst's reading, claim by claim (BTC/USDT Binance spot, 1h bars):
- "reclaimed the $71,000 level": BTC closed above $71,000 on 8 Feb (last
  crossing: the 22:00 bar closed at $71,066), but the last hourly close before
  publication (01:00 UTC on 9 Feb) was $70,502, back below the level by more
  than the 0.5% tolerance. Reclaimed, then lost again before publication:
  imprecise, not supported.
- the $75,000 short-term resistance it may surpass: a forecast with no
  horizon; over the 30 days after publication the highest high was $74,046
  (4 Mar, from the perpetual since the spot file ends on 28 Feb): unrealized.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from factcheck.market.data import MarketData
from factcheck.model import Article, ClaimKind, Verdict
from factcheck.pipeline import check_article

NOW = datetime(2026, 11, 25, tzinfo=UTC)


def _report(article: Article, store, **kw):
    market = MarketData(store, offline=True, now=lambda: kw.get("now", NOW))
    return check_article(article, store=store, offline=True, now=kw.get("now", NOW), market=market)


def _price_claim(report):
    return next(c for c in report.claims if c.claim.kind is ClaimKind.price_level)


def test_seed_verdicts_match_the_analysts(seed_article: Article, market_store) -> None:
    report = _report(seed_article, market_store)
    by_kind = {c.claim.kind: c for c in report.claims}
    reclaim = by_kind[ClaimKind.price_level]
    assert reclaim.verdict is Verdict.imprecise
    assert reclaim.evidence.figure == pytest.approx(70502.38)
    assert reclaim.evidence.data is not None and reclaim.evidence.data.symbol == "BTC/USDT"
    assert reclaim.evidence.data.end == datetime(2026, 2, 9, 1, tzinfo=UTC)
    assert "71,066" in reclaim.evidence.explanation
    forecast = by_kind[ClaimKind.forecast]
    assert forecast.verdict is Verdict.unrealized
    assert forecast.evidence.figure == pytest.approx(74046, abs=1)
    assert "BTC/USDT:USDT" in forecast.evidence.data.symbol
    assert "used BTC/USDT:USDT on binanceusdm" in forecast.evidence.explanation
    assert report.has_inaccurate  # the $7,132 imbalance and the "10-month downtrend"


def test_forecast_is_pending_before_its_horizon(seed_article: Article, market_store) -> None:
    early = datetime(2026, 2, 20, tzinfo=UTC)
    report = _report(seed_article, market_store, now=early)
    forecast = next(c for c in report.claims if c.claim.kind is ClaimKind.forecast)
    assert forecast.verdict is Verdict.pending


def test_one_candle_later_the_verdict_rests_on_one_more_bar(seed_article: Article, market_store) -> None:
    """No lookahead: moving publication by an hour moves the data window by one bar."""
    later = seed_article.model_copy(update={"published_at": seed_article.published_at + timedelta(hours=1)})
    first = _price_claim(_report(seed_article, market_store))
    second = _price_claim(_report(later, market_store))
    assert second.evidence.data.end - first.evidence.data.end == timedelta(hours=1)
    assert first.evidence.figure == pytest.approx(70502.38)  # the 00:00 bar's close
    assert second.evidence.figure == pytest.approx(70369.53)  # the 01:00 bar's close, shown only after 02:00


def test_without_data_nothing_is_supported(seed_article: Article, tmp_path) -> None:
    from factcheck.market.store import Store

    with Store(tmp_path / "empty.sqlite") as empty:
        report = _report(seed_article, empty)
    assert Verdict.supported not in {c.verdict for c in report.claims}
    market_kinds = {ClaimKind.price_level, ClaimKind.forecast, ClaimKind.indicator, ClaimKind.trend}
    assert {c.verdict for c in report.claims if c.claim.kind in market_kinds} == {Verdict.unverifiable}
    assert "No BTC/USDT" in _price_claim(report).evidence.explanation


def test_a_gap_in_the_window_makes_the_claim_unverifiable(seed_article: Article, tmp_path) -> None:
    """A hole inside the series, earlier in the week or in the last hour before publication:
    the feed is in doubt and the reclaim is not judged on it."""
    from conftest import MARKET

    from factcheck.market.csv_import import read_candles
    from factcheck.market.store import Store

    candles, _ = read_candles(MARKET / "BTC-USDT_1h_binance-spot.csv")
    for first, last, said in [("2026-02-08 20:00", "2026-02-08 21:00", "2 of"), ("2026-02-09 00:00", "2026-02-09 00:00", "1 of")]:
        holed = candles.drop(candles.loc[first:last].index)
        with Store(tmp_path / f"holed-{first[-5:-3]}.sqlite") as store:
            store.put_candles("binance", "BTC/USDT", "1h", holed, origin="test")
            report = _report(seed_article, store)
        reclaim = next(c for c in report.claims if c.claim.kind is ClaimKind.price_level)
        assert reclaim.verdict is Verdict.unverifiable, reclaim.evidence.explanation
        assert said in reclaim.evidence.explanation and "gap" in reclaim.evidence.explanation


def test_unknown_publication_time_is_unverifiable_and_said(seed_article: Article, market_store) -> None:
    undated = seed_article.model_copy(update={"published_at": None, "published_precision": None})
    from factcheck.nlp.extract import extract

    assert extract(undated)  # claims are still found
    report = _report(undated, market_store)
    timed = [c for c in report.claims if c.claim.kind not in {ClaimKind.liquidation_imbalance, ClaimKind.opinion}]
    assert {c.verdict for c in timed} == {Verdict.unverifiable}
    assert any("No publication time" in n for n in report.notes)
