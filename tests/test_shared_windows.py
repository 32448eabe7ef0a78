"""A window named once after a list of coins' moves dates every member of the list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from extract_helpers import PUBLISHED, find_claims

WEEK_AGO = PUBLISHED - timedelta(days=7)
MONDAY = datetime(2025, 6, 2, tzinfo=UTC)


def _starts(text: str) -> dict[str, datetime]:
    return {c.asset: c.time.start for c in find_claims(text, "price_change")}


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Ether fell 4.2%, solana 6.1% and XRP 9% over the past week.", WEEK_AGO),
        ("Cardano (-3.5%), dogecoin (-7.2%) and avalanche (-11%) led the losses this week.", MONDAY),
        ("BNB climbed 2.4% and TRX 1.9% in the past seven days.", WEEK_AGO),
        ("Litecoin dropped by 5%, Polkadot by 8.3% and Chainlink by nearly 10% on Monday.", MONDAY),
    ],
)
def test_each_member_takes_the_window_after_the_list(text: str, start: datetime) -> None:
    starts = _starts(text)
    assert len(starts) >= 2 and set(starts.values()) == {start}


def test_a_member_with_a_window_of_its_own_keeps_it() -> None:
    moves = find_claims("Bitcoin is down 2% in 24 hours and 8% over the week.", "price_change", asset="BTC")
    assert sorted(c.time.start for c in moves) == [WEEK_AGO, PUBLISHED - timedelta(hours=24)]


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin rose 2%, while ether fell 3% this week.",
        "Bitcoin rose 2%, and ether fell 3% this week.",
        "Bitcoin rose 2% as ether fell 3% this week.",
    ],
)
def test_a_move_told_with_its_own_verb_or_clause_keeps_the_24_hours(text: str) -> None:
    starts = _starts(text)
    assert starts["BTC"] == PUBLISHED - timedelta(hours=24)
    assert starts["ETH"] == MONDAY
