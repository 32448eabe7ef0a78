"""A new record 'exceeding $108,000' is right for any new record above it, while 'crossed
$108,000 for the first time' is right only if the old record was below it. Around BTC's
record of 20 January 2025 (the one before stood a little over $108,000, in December);
the precondition is recomputed here from the CSV files."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
import pytest
from conftest import MARKET

from factcheck.model import ClaimKind, Verdict
from factcheck.pipeline import check

PUBLISHED = "Published: 2025-01-20 12:00 UTC\n\n"
NOW = datetime(2026, 11, 25, tzinfo=UTC)


def _record_before(day: str) -> float:
    highs = []
    for name in ("BTC-USDT_1d_binance-spot.csv", "BTC-USD_1d_yahoo.csv", "BTC-USDT_1h_binance-spot.csv"):
        frame = pd.read_csv(MARKET / name, parse_dates=["timestamp"], index_col="timestamp")
        highs.append(frame.loc[frame.index < pd.Timestamp(day, tz="UTC"), "high"].max())
    return float(max(highs))


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Bitcoin set a new all-time high exceeding $108,000 on Monday.", Verdict.supported),
    ("Bitcoin crossed $108,000 for the first time on Monday.", Verdict.imprecise),
    ("Bitcoin crossed $109,000 for the first time on Monday.", Verdict.supported),
])
def test_a_new_record_above_a_level_is_not_a_first_crossing_unless_said(market_store, sentence: str, verdict: Verdict) -> None:
    assert 108_000 <= _record_before("2025-01-20") < 109_000, "the old record must lie between the two levels"
    report = check("record.txt", text=PUBLISHED + sentence + "\n", store=market_store, offline=True, now=NOW, sentiment=None)
    (record,) = [c for c in report.claims if c.claim.kind is ClaimKind.all_time_high]
    assert record.verdict is verdict, record.evidence.explanation
