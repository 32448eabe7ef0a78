"""The level a scenario's condition rests on is a conditional support or resistance (corpus/README,
modality row): what the writer presupposes about the chart is checked, the outcome is a forecast."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extract_helpers import find_claims
from factcheck import check


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("If BTC loses $84,000, a slide to $80,000 becomes likely.", "support", 84000.0),
    ("Should bitcoin break below $80,000, the next stop is the March low.", "support", 80000.0),
    ("For bitcoin, a break below $80,000 could open the way to $76,000.", "support", 80000.0),
    ("If BTC falls below $83,000, liquidations could cascade.", "support", 83000.0),
    ("If bitcoin holds above $95,000, solana could follow it higher.", "support", 95000.0),
    ("If bitcoin bulls defend $86,200, another leg up is possible.", "support", 86200.0),
    ("If BTC clears $89,000, buyers could chase it into the nineties.", "resistance", 89000.0),
    ("If bitcoin breaks above $95,000, the record comes back into view.", "resistance", 95000.0),
    ("Reclaiming $91,000 would turn bitcoin's daily structure bullish again.", "resistance", 91000.0),
    ("If BTC breaks through $92,500, shorts could be forced to cover.", "resistance", 92500.0),
])
def test_a_scenarios_level_is_a_conditional_line(text: str, kind: str, value: float) -> None:
    (line,) = find_claims(text, kind, value=value)
    assert (line.asset, line.comparator.value, line.modality.value) == ("BTC", "at", "conditional")


def test_a_level_the_scenario_fails_to_reclaim_is_a_ceiling() -> None:
    text = "If ETH fails to reclaim $3,000 this week, sellers could return."
    assert find_claims(text, "resistance", asset="ETH", value=3000.0, modality="conditional")
    assert not find_claims(text, "support", value=3000.0)


@pytest.mark.parametrize("text", [
    "If bitcoin rises to $95,000, miners could sell into strength.",
    "If bitcoin falls to $80,000, the weakest miners will switch off.",
])
def test_where_a_scenario_goes_is_no_line(text: str) -> None:
    assert not [c for c in find_claims(text, "support") + find_claims(text, "resistance")]


def test_a_crossing_told_as_done_stays_a_crossing() -> None:
    text = "Bitcoin broke above $90,000 on Monday."
    assert find_claims(text, "price_level", comparator="crossed_above", value=90000.0)
    assert not find_claims(text, "resistance", value=90000.0)


JULY_5_NOON = datetime(2024, 7, 5, 12, tzinfo=UTC)


@pytest.mark.parametrize(("text", "verdict"), [
    ("If BTC loses $54,000, a slide toward $50,000 is likely.", "supported"),
    ("If BTC loses $57,000, a slide toward $50,000 is likely.", "inaccurate"),
])
def test_a_scenarios_support_is_checked_on_real_prices(market_store, text: str, verdict: str) -> None:
    """BTC/USDT at noon UTC on 5 July 2024 opened at $55,487 after a low of $53,485 that morning:
    $54,000 was a floor the market had just tested, $57,000 a level already lost by 3.5%."""
    report = check("scenario.txt", text=text, published=JULY_5_NOON.isoformat(), store=market_store, offline=True,
                   sentiment=None)
    (checked,) = [c for c in report.claims if c.claim.kind.value == "support"]
    assert checked.claim.modality.value == "conditional"
    assert checked.verdict.value == verdict, checked.evidence.explanation


@pytest.mark.parametrize(("text", "kind"), [
    ("If bitcoin's $87,000 line breaks, a move toward $84,000 is likely.", "support"),
    ("If bitcoin's $98,000 line breaks, a squeeze toward $100,000 follows.", "resistance"),
    ("If $98,000 breaks, bitcoin shorts will have to rush for the exits and the price will rally.", "resistance"),
])
def test_a_line_said_to_break_takes_the_side_the_scenario_goes(text: str, kind: str) -> None:
    value = 87000.0 if "87,000" in text else 98000.0
    (line,) = find_claims(text, kind, value=value)
    assert (line.asset, line.modality.value) == ("BTC", "conditional")


def test_a_level_that_fails_is_a_floor() -> None:
    text = "If bitcoin's $53,500 fails, the next support is $50,000."
    assert find_claims(text, "support", asset="BTC", value=53500.0, modality="conditional")
    assert find_claims(text, "support", asset="BTC", value=50000.0, modality="asserted")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Should price be above $92K and spot buying rises, bitcoin may explode to above $100,000.", "support"),
        ("If bitcoin is above $92,000 on Friday, bulls will be happy.", "support"),
        ("If bitcoin stays below $90,000, sellers remain in control.", "resistance"),
    ],
)
def test_a_condition_that_the_price_be_on_a_side_keeps_it_there(text: str, kind: str) -> None:
    # 'be above' is a state, like 'stay above': the floor the price rests on, not a ceiling to clear
    assert find_claims(text, kind, modality="conditional")
