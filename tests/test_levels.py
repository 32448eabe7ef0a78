"""Support and resistance: on the right side of the price, and tested in the 30 days before."""

from __future__ import annotations

from datetime import UTC, datetime, timezone

import pandas as pd
import pytest

from factcheck.market.data import MarketData
from factcheck.model import Article, ClaimKind, Precision, Verdict
from factcheck.pipeline import check_article
from factcheck.verify.levels import daily_extremes

NOW = datetime(2026, 11, 25, tzinfo=UTC)


def test_daily_extremes_come_from_hourly_bars() -> None:
    index = pd.date_range("2026-01-01", periods=48, freq="h", tz="UTC")
    frame = pd.DataFrame({"high": range(48), "low": range(100, 148)}, index=index)
    assert daily_extremes(frame, resistance=True).tolist() == [23, 47]
    assert daily_extremes(frame, resistance=False).tolist() == [100, 124]


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        ("Bitcoin faces resistance at $72,000.", ClaimKind.resistance, Verdict.supported),
        ("Bitcoin's key support at $60,000 held during the sell-off.", ClaimKind.support, Verdict.supported),
        # 30-day low 60,000 (Feb 6): nobody tested $50,000, a view the prices cannot confirm
        ("For bitcoin, strong support sits at $50,000.", ClaimKind.support, Verdict.unverifiable),
        # BTC was at 70,502: a "support" above the price is a broken level, 2.1% off
        ("Bitcoin's support at $72,000 is holding.", ClaimKind.support, Verdict.inaccurate),
    ],
)
def test_levels_around_the_seed_date(sentence: str, kind: ClaimKind, expected: Verdict, market_store) -> None:
    article = Article(
        text=sentence, source="test", published_at=datetime(2026, 2, 9, 1, 17, tzinfo=UTC),
        published_precision=Precision.minute, published_zone="UTC",
    )
    market = MarketData(market_store, offline=True, now=lambda: NOW)
    (checked,) = [c for c in check_article(article, store=market_store, now=NOW, market=market).claims if c.claim.kind is kind]
    assert checked.verdict is expected, checked.evidence.explanation
    assert "70,502" in checked.evidence.explanation
