"""A price move told as a multiple ('has more than doubled since mid-December', 'a sixfold
increase over the past year', 'lost half its value in 2022') is a percent move over the
sentence's window; other series' multiples, chart patterns and calls are not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.verify.tolerance import move_tolerance
from tests.extract_helpers import claims_of


def _moves(text: str):
    return [c for c in claims_of(text) if c.kind.value == "price_change"]


@pytest.mark.parametrize(
    ("text", "asset", "value", "bound"),
    [
        ("Litecoin has more than doubled since mid-March.", "LTC", 100.0, "at_least"),
        ("The price of ether tripled over the past year.", "ETH", 200.0, None),
        ("Polkadot posted a fivefold increase since March.", "DOT", 400.0, None),
        ("Shiba Inu has quadrupled since January, traders noted.", "SHIB", 300.0, None),
        ("Cardano shed half of its value in 2022.", "ADA", -50.0, None),
        ("Dogecoin lost more than half its value this year.", "DOGE", -50.0, "at_least"),
    ],
)
def test_a_multiple_of_the_price_is_a_percent_move(text, asset, value, bound):
    moves = _moves(text)
    assert [(m.asset, m.value, m.comparator.value, m.bound) for m in moves] == [
        (asset, value, "up" if value > 0 else "down", bound)]


def test_the_move_keeps_the_window_the_sentence_names():
    (move,) = _moves("Cardano shed half of its value in 2022.")
    assert move.time.start == datetime(2022, 1, 1, tzinfo=UTC)
    assert move.time.end == datetime(2023, 1, 1, tzinfo=UTC)


def test_a_doubling_is_checked_at_the_precision_a_multiple_is_written_with():
    (move,) = _moves("XRP doubled in the past month.")
    assert move_tolerance(move) == 5.0  # 'doubled' covers +95% to +105%, not +99.5% to +100.5%


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin spot volume more than doubled on Monday.",  # another series: read as volume
        "Fees on the network tripled this week.",
        "The daily chart shows a double top near $4,000.",  # a chart pattern
        "Bitcoin could double by the end of 2026, one fund manager said.",  # a call
        "Ether has doubled.",  # no window to check it over
    ],
)
def test_no_price_move_is_read_from_other_multiples(text):
    assert [m for m in _moves(text) if abs(m.value or 0) in {50.0, 100.0, 200.0}] == []


def test_a_multiple_from_a_past_point_runs_to_publication():
    (move,) = _moves("Analysts said ether nearly doubled in price from $1,500 in early January.")
    assert move.time.start == datetime(2025, 1, 1, tzinfo=UTC)
    assert move.time.end == datetime(2025, 6, 3, 12, tzinfo=UTC)  # the article's publication
