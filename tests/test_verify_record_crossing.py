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


@pytest.mark.parametrize(("published", "sentence", "verdict"), [
    # 22 May 2025 set new highs ($111,980) after a record of $109,588 on 20 January: the record passed is January's
    ("2025-05-23 14:00", "Bitcoin set a new high of $111,900, surpassing its previous ATH of $109,600.", Verdict.supported),
    # the same words naming the record now standing still fit it
    ("2025-05-23 14:00", "Bitcoin finally surpassed its previous ATH of $111,900.", Verdict.supported),
    # weeks after a run (records to $123,218 on 14 July), 'previous' is the standing record, not January's
    ("2025-08-20 14:00", "Bitcoin sits well under its previous all-time high of $109,600.", Verdict.inaccurate),
])
def test_a_previous_record_passed_by_a_fresh_run_is_the_one_before_it(market_store, published: str, sentence: str,
                                                                       verdict: Verdict) -> None:
    text = f"Published: {published} UTC\n\n{sentence}\n"
    report = check("previous.txt", text=text, store=market_store, offline=True, now=NOW, sentiment=None)
    records = [c for c in report.claims if c.claim.kind is ClaimKind.all_time_high and "previous" in c.claim.text]
    assert [r.verdict for r in records] == [verdict], [r.evidence.explanation for r in records]
