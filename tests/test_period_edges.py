"""A price at the open or close of a named period ('closed June at $62,700', 'opened the week near
$62,800') is the price at that edge, not the price at publication nor anywhere inside the period."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extract_helpers import find_claims
from factcheck import check

JULY_5 = datetime(2024, 7, 5, 8, tzinfo=UTC)  # a Friday
JULY_1 = datetime(2024, 7, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "asset", "edge"),
    [
        ("Bitcoin closed June at $62,700.", "BTC", JULY_1),
        ("Ether ended June near $3,430, its lowest monthly close since January.", "ETH", JULY_1),
        ("Bitcoin opened June at $67,500.", "BTC", datetime(2024, 6, 1, tzinfo=UTC)),
        ("Solana closed the second quarter at $146.", "SOL", JULY_1),
        ("Bitcoin closed the first half at $62,700.", "BTC", JULY_1),
        ("Bitcoin opened the week near $62,800.", "BTC", JULY_1),
        ("XRP closed last week at $0.47.", "XRP", JULY_1),
    ],
)
def test_the_price_is_taken_at_the_periods_edge(text: str, asset: str, edge: datetime) -> None:
    (level,) = find_claims(text, "price_level", published=JULY_5, asset=asset)
    assert (level.time.kind, level.time.start) == ("instant", edge)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("Bitcoin closed the week at $56,000.", JULY_1),
        ("Ether ended the week near $3,000.", JULY_1),
        ("Solana finished the month at $146.", JULY_1),
        ("Bitcoin closed the quarter at $62,700.", JULY_1),
        ("XRP closed the day at $0.43.", datetime(2024, 7, 5, tzinfo=UTC)),
        ("Bitcoin closed the year at $42,200.", datetime(2024, 1, 1, tzinfo=UTC)),
    ],
)
def test_a_close_told_in_the_past_is_the_last_periods(text: str, edge: datetime) -> None:
    """On a Friday in July, 'closed the week' is last Sunday's weekly close and 'closed the month'
    June's: the week and month running have no close yet."""
    (level,) = find_claims(text, "price_level", published=JULY_5)
    assert (level.time.kind, level.time.start) == ("instant", edge)


def test_a_close_of_the_day_in_an_evening_wrap_stays_at_publication() -> None:
    """Written late in the day, 'closed the day' may be the writer's own close: no yesterday's is assumed."""
    evening = datetime(2024, 7, 5, 21, tzinfo=UTC)
    (level,) = find_claims("Bitcoin closed the day at $56,000.", "price_level", published=evening)
    assert level.time.start == evening


@pytest.mark.parametrize(("text", "verdict"), [("Bitcoin closed the week at $55,900.", "supported"),
                                              ("Bitcoin closed the week at $58,100.", "inaccurate")])
def test_the_weekly_close_is_checked_at_the_weekly_close(market_store, text: str, verdict: str) -> None:
    """BTC/USDT's hourly close at 00:00 UTC on Monday 8 July 2024 was $55,858; by Wednesday noon it
    traded at $58,150, and $58,100 had been touched that week, which read as 'supported' before."""
    report = check("week.txt", text=text, published="2024-07-10T12:00:00+00:00", store=market_store,
                   offline=True, sentiment=None)
    (checked,) = [c for c in report.claims if c.claim.kind.value == "price_level"]
    assert checked.verdict.value == verdict


def test_a_month_not_over_is_no_close() -> None:
    """On 5 July, 'closed July' has no close to read yet: the claim keeps the price at publication."""
    (level,) = find_claims("Bitcoin closed July at $57,000.", "price_level", published=JULY_5)
    assert level.time.start == JULY_5


def test_the_june_close_is_checked_at_the_june_close(market_store) -> None:
    """BTC/USDT's hourly close at 00:00 UTC on 1 July 2024 was $62,772; on 5 July at 08:00 it was
    $54,415, which the claim would have missed by 13%."""
    report = check("june.txt", text="Bitcoin closed June at $62,700, its first monthly loss since April.",
                   published=JULY_5.isoformat(), store=market_store, offline=True, sentiment=None)
    (checked,) = [c for c in report.claims if c.claim.kind.value == "price_level"]
    assert checked.verdict.value == "supported"
    assert checked.evidence.figure == pytest.approx(62772.01)
    assert "the time the article names" in checked.evidence.explanation


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ether traded above $3,400 at the start of the week.", JULY_1),
        ("Bitcoin changed hands near $62,800 at the beginning of the month.", JULY_1),
        ("At the start of last week, XRP traded at $0.48.", datetime(2024, 6, 24, tzinfo=UTC)),
        ("Solana was at $100 at the beginning of the year.", datetime(2024, 1, 1, tzinfo=UTC)),
    ],
)
def test_a_price_at_the_start_of_a_period_is_that_periods_first_day(text: str, day: datetime) -> None:
    (level,) = find_claims(text, "price_level", published=JULY_5)
    assert (level.time.kind, level.time.start) == ("day", day)


def test_the_start_of_the_week_is_checked_on_its_first_day(market_store) -> None:
    """ETH/USDT traded $3,424-$3,525 on Monday 1 July 2024 and closed at $2,882 on Friday morning:
    'above $3,400 at the start of the week' held, and read at publication it was 'inaccurate'."""
    report = check("start.txt", text="Ether traded above $3,400 at the start of the week.", published=JULY_5.isoformat(),
                   store=market_store, offline=True, sentiment=None)
    (checked,) = [c for c in report.claims if c.claim.kind.value == "price_level"]
    assert checked.verdict.value == "supported", checked.evidence.explanation
