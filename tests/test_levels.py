"""Support and resistance checked against swing levels in the real history."""

from __future__ import annotations

from datetime import datetime, timezone

import pandas as pd
import pytest

from factcheck.market.data import MarketData
from factcheck.model import Article, ClaimKind, Precision, Verdict
from factcheck.pipeline import check_article
from factcheck.verify.levels import merge_levels, swing_points

NOW = datetime(2026, 11, 25, tzinfo=timezone.utc)


def test_swing_points_and_merging() -> None:
    index = pd.date_range("2026-01-01", periods=11, freq="D", tz="UTC")
    highs = [10, 11, 12, 13, 20, 13, 12, 11, 10, 11, 12]
    frame = pd.DataFrame({"high": highs, "low": [h - 1 for h in highs]}, index=index)
    points = swing_points(frame, 2)
    assert (index[4], 20.0) in points
    levels = merge_levels([(index[0], 100.0), (index[1], 100.4), (index[2], 110.0)])
    assert [(round(lv.price, 1), lv.touches) for lv in levels] == [(100.2, 2), (110.0, 1)]


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        ("Bitcoin faces resistance at $72,000.", ClaimKind.resistance, Verdict.supported),
        ("Bitcoin's key support at $60,000 held during the sell-off.", ClaimKind.support, Verdict.supported),
        ("For bitcoin, strong support sits at $50,000.", ClaimKind.support, Verdict.inaccurate),
    ],
)
def test_levels_around_the_seed_date(sentence: str, kind: ClaimKind, expected: Verdict, market_store) -> None:
    article = Article(
        text=sentence, source="test", published_at=datetime(2026, 2, 9, 1, 17, tzinfo=timezone.utc),
        published_precision=Precision.minute, published_zone="UTC",
    )
    market = MarketData(market_store, offline=True, now=lambda: NOW)
    (checked,) = [c for c in check_article(article, store=market_store, now=NOW, market=market).claims if c.claim.kind is kind]
    assert checked.verdict is expected, checked.evidence.explanation
    assert "Nearest levels" in checked.evidence.explanation
