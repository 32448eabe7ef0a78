"""'Earlier in the week, bitcoin plummeted 3.2% within three hours': a stretch of three hours somewhere in
the week's earlier days, not the three hours before publication. On 7 Oct 2025 BTC fell from $124,918 (13:00
UTC open) to $121,173 (15:00 bar low), -3.0% in three hours. Sentences are our own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from extract_helpers import find_claims

from factcheck import Verdict, check


def test_a_speed_with_a_period_is_a_stretch_inside_that_period() -> None:
    (move,) = find_claims("Earlier in the week, Bitcoin plummeted 3.2% within three hours before buyers stepped in.",
                          "price_change")
    assert move.metric == "stretch_move" and move.duration_days == pytest.approx(3 / 24)
    assert move.time.start == datetime(2025, 6, 2, tzinfo=UTC)  # the article's Monday
    assert move.text == "plummeted 3.2% within three hours"


@pytest.mark.parametrize("text", ["Bitcoin fell 3% in the past three hours.", "Bitcoin fell 3% within three hours."])
def test_a_window_to_now_stays_one(text: str) -> None:
    (move,) = find_claims(text, "price_change")
    assert move.metric != "stretch_move"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("3.2%", Verdict.supported), ("2%", Verdict.supported), ("4.5%", Verdict.imprecise), ("9%", Verdict.inaccurate)],
)
def test_the_largest_fall_of_any_stretch_decides(value: str, expected: Verdict, market_store) -> None:
    text = ("Bitcoin steadies\n\nBitcoin trades at $121,500 at the time of writing. "
            f"Earlier in the week, Bitcoin plummeted {value} within three hours before buyers stepped in.\n")
    report = check("week.txt", text=text, published="2025-10-08T06:00:00Z", store=market_store, offline=True, sentiment=None)
    (move,) = [c for c in report.claims if c.claim.kind.value == "price_change"]
    assert move.verdict is expected, move.evidence.explanation
    assert move.evidence.figure == pytest.approx(-3.0, abs=0.05)


@pytest.mark.parametrize(
    ("text", "stretch"),
    [("On Friday, ether slid 5% in just two hours.", True), ("On Friday, ether slid 5% in 24 hours.", False)],
)
def test_only_words_of_speed_make_a_stretch(text: str, stretch: bool) -> None:
    (move,) = find_claims(text, "price_change")
    assert (move.metric == "stretch_move") is stretch


def test_a_dollar_move_is_no_stretch() -> None:
    (move,) = find_claims("Earlier in the week, Bitcoin dropped by $4,000 within three hours.", "price_change")
    assert move.metric != "stretch_move"


@pytest.mark.parametrize("text", ["Bitcoin plunged 4% within hours on Monday.", "On Monday, bitcoin plunged 4% within hours."])
def test_a_quick_move_on_a_named_day_is_that_days_swing(text: str) -> None:
    (move,) = find_claims(text, "price_change")
    assert move.metric == "max_move" and move.time.start == datetime(2025, 6, 2, tzinfo=UTC)
