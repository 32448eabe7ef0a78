"""'Bitcoin peaked in October before declining 44%': from October's peak to publication, not a move
inside October. BTC topped at $126,208 on 6 Oct 2025 and stood near $70,450 on 9 Feb 2026 (-44.2%).
Sentences are our own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from extract_helpers import find_claims

from factcheck import Verdict, check


@pytest.mark.parametrize(
    ("text", "metric", "start"),
    [
        ("Bitcoin peaked in October before declining 46%.", "drop_from_high", datetime(2024, 10, 1, tzinfo=UTC)),
        ("Bitcoin hit a record in early April and then fell 20%.", "drop_from_high", datetime(2025, 4, 1, tzinfo=UTC)),
        ("Ether bottomed in January before rallying 80%.", "rebound_from_low", datetime(2025, 1, 1, tzinfo=UTC)),
    ],
)
def test_a_move_after_a_dated_extreme_runs_from_it_to_now(text: str, metric: str, start: datetime) -> None:
    (move,) = find_claims(text, "price_change")
    assert (move.metric, move.time.start) == (metric, start)
    assert move.time.end == datetime(2025, 6, 3, 12, tzinfo=UTC)  # the test article's publication


@pytest.mark.parametrize(
    "text",
    ["Bitcoin fell 5% in October before recovering.", "Bitcoin rose 10% in May before falling 3% in June."],
)
def test_a_move_inside_its_period_stays_there(text: str) -> None:
    moves = find_claims(text, "price_change")
    assert moves and all(m.metric == "return" for m in moves)
    assert moves[0].time.end <= datetime(2025, 6, 1, tzinfo=UTC)


def test_the_decline_from_the_october_peak_is_checked_to_publication(market_store) -> None:
    text = "Bitcoin slump deepens\n\nBitcoin peaked in October before declining 44%, and traders see little relief.\n"
    report = check("slump.txt", text=text, published="2026-02-09T01:17:00Z", store=market_store, offline=True, sentiment=None)
    (move,) = [c for c in report.claims if c.claim.kind.value == "price_change"]
    assert move.verdict is Verdict.supported, move.evidence.explanation
    assert move.evidence.figure == pytest.approx(-44.2, abs=0.3)
