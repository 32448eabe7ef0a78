"""A move "from the last close" in a sentence that opens with a past day is that day's move, from its
open; told of a new high, it runs to the day's high. Articles are our own; BTC on 5 Oct 2025 opened at
$122,391, touched $125,708 (+2.7%) and closed at $123,482 (+0.9%)."""

from __future__ import annotations

from datetime import UTC, datetime

from factcheck import Verdict, check

CURRENT = "Bitcoin trades at $121,500 at the time of writing. "


def _move(text: str, market_store):
    report = check("week.txt", text="Bitcoin steadies\n\n" + CURRENT + text, published="2025-10-08T06:00:00Z",
                   store=market_store, offline=True, sentiment=None)
    (move,) = [c for c in report.claims if c.claim.kind.value == "price_change"]
    return move


def test_a_new_high_from_the_last_close_is_measured_on_the_day_named(market_store) -> None:
    move = _move("On Sunday, October 5, Bitcoin set a new high, a rise of 2.7% from the last close.", market_store)
    assert move.claim.time.start == datetime(2025, 10, 5, tzinfo=UTC)
    assert move.claim.time.end == datetime(2025, 10, 6, tzinfo=UTC)
    assert move.verdict is Verdict.supported
    assert move.evidence.figure is not None and abs(move.evidence.figure - 2.71) < 0.05


def test_without_a_high_the_named_days_move_is_its_close(market_store) -> None:
    move = _move("On Sunday, Bitcoin ended 2.7% above the previous close.", market_store)
    assert move.claim.time.start == datetime(2025, 10, 5, tzinfo=UTC)
    assert move.verdict is not Verdict.supported  # the day closed only +0.9% up


def test_the_last_close_without_a_day_named_is_publication_days(market_store) -> None:
    move = _move("Bitcoin is up 0.3% from the last close.", market_store)
    assert move.claim.time.start == datetime(2025, 10, 8, tzinfo=UTC)
