"""A move or level told of a trading session ('during the Asian session', 'in US trading hours on
Thursday', 'in the European morning') is checked over that region's hours, not the 24 hours to
publication; and 'since Friday' written on a Friday is the week since the Friday before."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from extract_helpers import find_claims

from factcheck import check
from factcheck.nlp.pipeline import load_pipeline

JULY_5 = datetime(2024, 7, 5, 8, tzinfo=UTC)  # a Friday, 08:00 UTC (17:00 in Tokyo, 04:00 in New York)


def _utc(day: int, hour: int) -> datetime:
    return datetime(2024, 7, day, hour, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        # Tokyo 09:00-18:00 is 00:00-09:00 UTC: still running at publication, so cut there
        ("Bitcoin slid 4% during the Asian session.", "price_change", _utc(5, 0), JULY_5),
        ("In Asian trading hours, ether lost 3.1%.", "price_change", _utc(5, 0), JULY_5),
        # New York 08:00-20:00 (summer time) is 12:00-24:00 UTC; today's has not begun: Thursday's
        ("Solana gained 2.5% in U.S. trading.", "price_change", _utc(4, 12), _utc(5, 0)),
        ("XRP rose 1.2% in the US session on Thursday.", "price_change", _utc(4, 12), _utc(5, 0)),
        ("Late in the U.S. session on Thursday, ether slipped 2%.", "price_change", _utc(4, 18), _utc(5, 0)),
        # London 08:00-17:00 (summer time) is 07:00-16:00 UTC; "early" is its first half
        ("Dogecoin dropped 6% in early European trading on Wednesday.", "price_change", _utc(3, 7), _utc(3, 12)),
        ("BTC traded near $58,100 during American trading hours on Thursday.", "price_level", _utc(4, 12), _utc(5, 0)),
        ("Ether set an intraday high of $3,120 in the European morning on Thursday.", "intraday_high", _utc(4, 5), _utc(4, 11)),
        ("Ether declined 6% as the U.S. trading day drew to a close on Thursday.", "price_change", _utc(4, 12), _utc(5, 0)),
        # a window longer than the usual reach, right after the figure, is still the figure's own
        ("Bitcoin fell 4% in the early hours of the Asia trading day.", "price_change", _utc(5, 0), _utc(5, 5)),
        ("Cardano slid 3% in the final hours of the US session.", "price_change", _utc(4, 18), _utc(5, 0)),
    ],
)
def test_a_session_is_its_regions_hours(text: str, kind: str, start: datetime, end: datetime) -> None:
    (claim,) = find_claims(text, kind, published=JULY_5)
    assert (claim.time.start, claim.time.end) == (start, end), claim.time


@pytest.mark.parametrize(
    "text",
    ["The pullback gives us time to reassess, and bitcoin rose 2% on the day.", "Bitcoin rose 2% by 9 a.m. US time.",
     "Demand in the US remains strong, and bitcoin rose 2% on the day."],
)
def test_us_the_pronoun_and_us_time_are_no_session(text: str) -> None:
    doc = load_pipeline()(text)
    assert "trading_session" not in {w.label_ for w in doc.spans["windows"]}


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Bitcoin fell 4.6% during the Asian session.", "supported"),
        ("Bitcoin fell 9% during the Asian session.", "inaccurate"),
        ("Bitcoin fell 1.2% in US trading hours on Thursday.", "supported"),
    ],
)
def test_a_session_move_is_checked_on_real_prices(market_store, text: str, verdict: str) -> None:
    """BTC/USDT on Friday 5 July 2024: $57,050 at 00:00 UTC, $54,415 at 08:00 (-4.6% over the Asian
    session), from $58,220 24 hours earlier (-6.5%, against which the session had been read); on
    Thursday 4 July $57,762 at 12:00 UTC (08:00 in New York) and $57,050 at midnight (-1.2% in US hours)."""
    report = check("session.txt", text=text, published=JULY_5.isoformat(), store=market_store, offline=True, sentiment=None)
    (checked,) = [c for c in report.claims if c.claim.kind.value == "price_change"]
    assert checked.verdict.value == verdict, checked.evidence.explanation


def test_since_the_publications_weekday_is_the_week_before() -> None:
    (move,) = find_claims("Bitcoin has gained 4% since Friday.", "price_change", published=JULY_5)
    assert (move.time.start, move.time.end) == (datetime(2024, 6, 28, tzinfo=UTC), JULY_5)
    (move,) = find_claims("Bitcoin has gained 4% since Thursday.", "price_change", published=JULY_5)
    assert move.time.start == _utc(4, 0)
