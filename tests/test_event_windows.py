"""A move measured from an event: the halving is dated from its table; any other event ('since the
US election') leaves the window without a start, and the check says so rather than measuring the
24 hours it used to assume."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extract_helpers import find_claims
from factcheck import check

JULY_5 = datetime(2024, 7, 5, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin has fallen 15% since the halving.",
        "Since April's halving, bitcoin is down about 15%.",
        "The largest coin, bitcoin, has lost 15% since the latest halving.",
    ],
)
def test_since_the_halving_starts_at_the_last_halving(text: str) -> None:
    (move,) = find_claims(text, "price_change", published=JULY_5, asset="BTC")
    assert move.time.start == datetime(2024, 4, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Bitcoin has gained 40% since the US election.", "price_change"),
        ("Ether is up 20% since the ETF approval.", "price_change"),
        ("Solana has rallied 25% since the Fed's rate cut.", "price_change"),
        ("Open interest in bitcoin futures has risen 30% since the ETF launch.", "open_interest"),
        ("After the hack, bitcoin declined by 3.2% over the next four days.", "price_change"),
        ("Ether gained 12% over the following two weeks.", "price_change"),
        ("In the subsequent 48 hours, solana fell 9%.", "price_change"),
    ],
)
def test_an_undated_event_is_unverifiable_not_a_day(text: str, kind: str, market_store) -> None:
    report = check("event.txt", text=text, published=JULY_5.isoformat(), store=market_store, offline=True, sentiment=None)
    (checked,) = [c for c in report.claims if c.claim.kind.value == kind]
    assert checked.claim.time.start is None
    assert checked.verdict.value == "unverifiable"
    assert "without its date" in checked.evidence.explanation


def test_the_move_since_the_halving_is_checked_over_it(market_store) -> None:
    """BTC/USDT opened 20 April 2024 at $63,818 and closed 07:00-08:00 UTC on 5 July at $54,415: -14.7%."""
    report = check("halving.txt", text="Bitcoin has fallen 15% since the halving.", published=JULY_5.isoformat(),
                   store=market_store, offline=True, sentiment=None)
    (checked,) = report.claims
    assert checked.verdict.value == "supported"
    assert checked.evidence.figure == pytest.approx(-14.73, abs=0.01)


def test_a_since_that_names_the_start_of_a_period_is_no_event() -> None:
    (move,) = find_claims("Bitcoin is up 45% since the start of the year.", "price_change", published=JULY_5)
    assert move.time.start == datetime(2024, 1, 1, tzinfo=UTC)


def test_a_forecast_over_the_next_days_keeps_its_horizon() -> None:
    """Only a move told in the past runs from an untold moment; 'could rise 10% over the next few days' is due ahead."""
    (call,) = find_claims("Solana could rise 10% over the next few days.", "forecast", published=JULY_5)
    assert call.time.start == JULY_5 and call.time.end > JULY_5
