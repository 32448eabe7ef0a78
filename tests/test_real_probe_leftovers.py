"""Derivatives and chart constructions left over from probing real outlets' pages (session 18),
each tested on sentences written for this file: a short side's figure set against a long total
('compared to just $N in shorts'), a side's share 'of that coming from longs', a coin set off by
commas before its verb with its liquidations in brackets; a support foreseen ('will be at $N')
with the ladder that follows it, moving averages listed in brackets after a level; a 50/200
cross told as one average exceeding the other; a MACD crossing that is only about to happen."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.extract_helpers import find_claims

PUBLISHED = datetime(2025, 12, 3, 12, tzinfo=UTC)


def _find(text: str, kind: str, **fields) -> list:
    return find_claims(text, kind, PUBLISHED, **fields)


def test_short_side_set_against_a_long_total():
    text = ("In the last 24 hours, SOL traders saw long liquidations totaling $212 million - compared to just "
            "$17.4 million in shorts - as the coin slid.")
    assert _find(text, "liquidations", asset="SOL", value=212e6, side="long")
    assert _find(text, "liquidations", asset="SOL", value=17.4e6, side="short", comparator="at")


def test_side_share_of_that_coming_from_longs():
    text = "On the 4-hour chart, some $610 million were liquidated, with more than $520 million of that coming from longs alone."
    assert _find(text, "liquidations", value=610e6, side="total")
    assert _find(text, "liquidations", value=520e6, side="long", comparator="above")


def test_coin_set_off_by_commas_owns_bracketed_liquidations():
    text = "Looking at single coins, Ether, unsurprisingly, accounts for more than a third of all liquidated long positions ($64.2 million)."
    assert _find(text, "liquidations", asset="ETH", value=64.2e6, side="long")


def test_coin_aside_needs_the_comma_frame():
    # no coin opens the clause: the figure stays market-wide
    text = "Across exchanges, unsurprisingly, traders lost more than a third of all liquidated long positions ($64.2 million)."
    assert not _find(text, "liquidations", asset="ETH")


def test_support_foreseen_then_its_ladder():
    text = ("If sellers push SOL under $140, the first support will be at $133 (the April swing low). "
            "This is followed by 128 USD, 121 USD and 115 USD.")
    first = _find(text, "support", asset="SOL", value=133.0)
    assert first and first[0].modality.value == "conditional"
    assert not _find(text, "forecast", value=133.0)  # a line that stands now, not a target
    for level in (128.0, 121.0, 115.0):
        listed = _find(text, "support", asset="SOL", value=level)
        assert listed and listed[0].modality.value == "conditional"  # the ladder shares its lead's condition


def test_ladder_after_a_plain_line_stays_asserted():
    text = "The first support is at $133 for SOL. This is followed by 128 USD, 121 USD and 115 USD."
    listed = _find(text, "support", asset="SOL", value=121.0)
    assert listed and listed[0].modality.value == "asserted"


def test_resistance_foreseen_without_condition_is_asserted():
    found = _find("For XRP, the next resistance will be at $0.62.", "resistance", asset="XRP", value=0.62)
    assert found and found[0].modality.value == "asserted"


def test_two_averages_in_brackets_label_one_level():
    text = "On the upside, ADA's first resistance is at $1.05. This is followed by $1.10, $1.16, and $1.22 (50-day and 100-day MA)."
    assert _find(text, "resistance", value=1.22)
    assert _find(text, "indicator", metric="sma", period=50, value=1.22, comparator="at")
    assert _find(text, "indicator", metric="sma", period=100, value=1.22, comparator="at")


def test_one_average_in_brackets_keeps_its_own_level():
    text = "Support sits at $2,600 (.786 Fib & 200-day MA) and $2,450 (100-day MA) for ETH."
    assert _find(text, "indicator", metric="sma", period=200, value=2600.0)
    assert _find(text, "indicator", metric="sma", period=100, value=2450.0)
    assert not _find(text, "indicator", metric="sma", period=100, value=2600.0)


def test_fifty_day_exceeding_two_hundred_day_is_a_golden_cross():
    text = "On the daily chart of ADA, the 50-day simple moving average (SMA) exceeded the 200-day SMA last week."
    crossed = _find(text, "indicator", asset="ADA", metric="sma", period=50, comparator="crossed_above")
    assert crossed and crossed[0].zone == "sma200"
    assert not _find(text, "indicator", period=200, comparator="crossed_above")


def test_macd_about_to_cross_is_a_forecast():
    text = "For ADA, the MACD line is about to cross below its signal line."
    assert _find(text, "forecast", asset="ADA", metric="macd", value=None)
    assert not _find(text, "indicator", metric="macd", comparator="crossed_below")


def test_macd_that_crossed_stays_a_reading():
    text = "For ADA, the MACD line crossed below its signal line on Monday."
    assert _find(text, "indicator", asset="ADA", metric="macd", comparator="crossed_below")
    assert not _find(text, "forecast", metric="macd")


def test_gerund_crossing_before_a_modal_is_a_scenario():
    text = "Traders think that breaking above the 200-day SMA could mark a reversal for AVAX."
    assert not _find(text, "indicator", period=200, comparator="crossed_above")
    made = "AVAX broke above its 200-day SMA on Tuesday."
    assert _find(made, "indicator", asset="AVAX", period=200, comparator="crossed_above")


def test_side_of_averages_spelled_out_after_a_dash():
    text = ("Avalanche trades under pressure as its price remains below key moving averages—the 50-day simple "
            "moving average (SMA) at $31 and the 200-day SMA at $34.50.")
    assert _find(text, "indicator", asset="AVAX", metric="sma", period=50, comparator="below", value=None)
    assert _find(text, "indicator", asset="AVAX", metric="sma", period=200, comparator="below", value=None)
    assert _find(text, "indicator", asset="AVAX", period=50, value=31.0)


def test_averages_spelled_out_after_a_move_get_no_held_side():
    text = "AVAX slipped below key moving averages: the 50-day SMA at $31 and the 200-day SMA at $34.50."
    assert not _find(text, "indicator", period=50, comparator="below")
