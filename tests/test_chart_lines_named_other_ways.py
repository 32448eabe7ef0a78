"""Chart lines that technical-analysis pages name in ways other than 'support at $X': a crossing
named as a noun inside a scenario ('a daily close above $X would ...'), a pivot level ('R1',
'S2', 'above the pivot at $X'), a figure said to hold ('if $X holds, ...'), and a list of prices
before its role ('the $X and $Y resistance levels'). Also two readings that are not the coin's
dollar market: a move of a coin-quoted pair and the stock market's Fear & Greed index.
All sentences are written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import claims_of, find_claims


def _lines(text: str) -> list[tuple[str, str, float, str]]:
    return sorted((c.kind.value, c.asset, c.value, c.modality.value) for c in claims_of(text)
                  if c.kind.value in {"support", "resistance"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If a breakout above $145 happens, SOL could climb to $160.", [("resistance", "SOL", 145, "conditional")]),
        ("A daily close above $0.62 would confirm the breakout for XRP.", [("resistance", "XRP", 0.62, "conditional")]),
        ("For ether, a close below $2,400 could open the door to $2,250.", [("support", "ETH", 2400, "conditional")]),
        ("If bitcoin prints a weekly close below $58,000, a slide to $54,000 becomes likely.",
         [("support", "BTC", 58000, "conditional")]),
        ("A breakdown under $1.10 would leave ADA exposed to $0.95.", [("support", "ADA", 1.10, "conditional")]),
    ],
)
def test_a_crossing_in_a_scenario_names_the_line_it_passes(text: str, expected: list) -> None:
    assert _lines(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The weekly close above $0.60 on Sunday was XRP's first in a month.",  # a close told, not a condition
        "Traders are watching for a breakout above $0.70 in XRP this week.",  # a target, not a line assumed
    ],
)
def test_a_crossing_outside_a_scenario_is_no_conditional_line(text: str) -> None:
    assert [c for c in _lines(text) if c[3] == "conditional"] == []


def test_the_scenario_target_stays_a_forecast() -> None:
    (target,) = find_claims("If a breakout above $145 happens, SOL could climb to $160.", "forecast")
    assert (target.value, target.modality.value) == (160, "conditional")


def test_a_figure_said_to_hold_in_a_condition_is_a_floor() -> None:
    assert _lines("If $2.05 holds, the XRP rebound stays intact.") == [("support", "XRP", 2.05, "conditional")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For ether, R1 sits at $3,640 and S1 $3,480.", [("resistance", "ETH", 3640, "asserted"), ("support", "ETH", 3480, "asserted")]),
        ("BNB pivots: S2 = $580, R2 - $655.", [("resistance", "BNB", 655, "asserted"), ("support", "BNB", 580, "asserted")]),
        ("Watch the $71,900 R1 level on bitcoin.", [("resistance", "BTC", 71900, "asserted")]),
        ("Bitcoin is trading above the daily pivot point at $68,250.", [("support", "BTC", 68250, "asserted")]),
        ("Solana remains below the weekly pivot at $152.", [("resistance", "SOL", 152, "asserted")]),
    ],
)
def test_pivot_levels_are_lines_of_their_side(text: str, expected: list) -> None:
    assert _lines(text) == sorted(expected)


def test_a_pivot_point_named_with_no_side_is_left_unread() -> None:
    """A pivot point is a floor or a ceiling by where the price is; named alone it says neither."""
    assert _lines("AVAX shows R1 at $41.20, the pivot point at $38.90 and S1 $36.70.") == [
        ("resistance", "AVAX", 41.20, "asserted"), ("support", "AVAX", 36.70, "asserted")]


def test_a_list_before_its_role_gives_every_price_that_role() -> None:
    assert _lines("LINK now faces the $14.20, $14.80 and $15.50 resistance levels.") == [
        ("resistance", "LINK", 14.20, "asserted"), ("resistance", "LINK", 14.80, "asserted"), ("resistance", "LINK", 15.50, "asserted")]


@pytest.mark.parametrize("text", ["Sellers pushed DOT below the $4.50 and $4.20 support levels.",
                                  "Sellers drove DOT below the $4.50 and $4.20 support levels."])
def test_floors_a_list_says_were_broken_are_no_standing_lines(text: str) -> None:
    assert not find_claims(text, "support", value=4.5)


def test_ceilings_a_scenario_would_cross_are_listed_lines() -> None:
    assert [c[:3] for c in _lines("A push above the $4.50 and $4.80 resistance levels could lift DOT toward $5.20.")] == [
        ("resistance", "DOT", 4.5), ("resistance", "DOT", 4.8)]


def test_ceilings_the_price_sits_under_are_listed_lines() -> None:
    assert _lines("DOT trades below the $4.50 and $4.80 resistance levels.") == [
        ("resistance", "DOT", 4.5, "asserted"), ("resistance", "DOT", 4.8, "asserted")]


def test_a_move_of_a_coin_quoted_pair_is_no_dollar_move() -> None:
    text = "The ADA/BTC pair now stands at 0.0000061 BTC, a 17% drop since February."
    assert [c for c in claims_of(text) if c.kind.value == "price_change"] == []


def test_a_coin_amount_is_still_no_pair() -> None:
    (move,) = find_claims("Miners sold 2,500 BTC as bitcoin slid 4% on Tuesday.", "price_change")
    assert (move.asset, move.value) == ("BTC", -4)


@pytest.mark.parametrize(
    "text",
    [
        "CNN's Fear & Greed Index, which gauges US equities, dropped to 22.",
        "On Wall Street, the Fear and Greed Index for US stocks slipped to 31 as the Nasdaq fell.",
    ],
)
def test_the_stock_market_fear_and_greed_index_is_no_crypto_reading(text: str) -> None:
    assert find_claims(text, "sentiment_index") == []


def test_a_crypto_reading_beside_the_stock_index_stays() -> None:
    text = "The Crypto Fear & Greed Index fell to 19, while CNN's Fear & Greed Index held at 48."
    assert [c.value for c in find_claims(text, "sentiment_index")] == [19]
