"""A level held over a span ('has held above $53,000 all week', 'stayed below $64,000 since Monday',
'hovered around $61,000 for the past week') is checked over every hour of that span."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from extract_helpers import find_claims
from factcheck import check
from factcheck.model import HELD

JULY_5 = datetime(2024, 7, 5, 8, tzinfo=UTC)  # a Friday
MONDAY = datetime(2024, 7, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Bitcoin has held above $53,000 all week.", MONDAY),
        ("Ether has stayed below $3,600 since Monday.", MONDAY),
        ("Solana has remained above $130 for the past month.", datetime(2024, 6, 5, 8, tzinfo=UTC)),
        ("XRP has consolidated near $0.47 over the past few days.", JULY_5 - timedelta(days=3)),
        ("Dogecoin hovered around $0.12 for the past week.", JULY_5 - timedelta(days=7)),
    ],
)
def test_a_level_held_takes_the_span_it_was_held(text: str, start: datetime) -> None:
    (level,) = find_claims(text, "price_level", published=JULY_5)
    assert level.metric == HELD
    assert (level.time.start, level.time.end) == (start, JULY_5)


def test_a_level_held_now_is_no_span() -> None:
    (level,) = find_claims("Bitcoin is holding above $54,000.", "price_level", published=JULY_5)
    assert level.metric != HELD and level.time.kind == "instant"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Bitcoin has held above $53,000 all week.", "supported"),
        ("Bitcoin has held above $56,000 all week.", "inaccurate"),
        ("Bitcoin has stayed below $64,000 since Monday.", "supported"),
        ("Bitcoin has hovered around $61,000 for the past week.", "supported"),
        ("Bitcoin has hovered around $57,000 for the past week.", "inaccurate"),
    ],
)
def test_a_held_level_is_checked_on_every_hour(market_store, text: str, verdict: str) -> None:
    """BTC/USDT's hourly closes from Monday 1 July 2024 to Friday 08:00 UTC ran $53,941-$63,698 and
    those of the 7 days before centred on $61,045; the last close was $54,415, against which
    'held above $53,000' and 'around $57,000' had been read."""
    report = check("held.txt", text=text, published=JULY_5.isoformat(), store=market_store, offline=True, sentiment=None)
    (checked,) = [c for c in report.claims if c.claim.kind.value == "price_level"]
    assert checked.verdict.value == verdict, checked.evidence.explanation


@pytest.mark.parametrize("text", ["Bitcoin held above $100,000 for a second day.", "Ether stayed below $2,000 for a third straight week."])
def test_a_streak_of_days_is_no_hourly_span(text: str) -> None:
    """'for a second day' counts daily closes: no hour of the last day is held to the level."""
    (level,) = find_claims(text, "price_level", published=JULY_5)
    assert level.metric != HELD
