"""Derivatives and chart constructions found by probing real outlets' pages (session 18), each
tested on sentences written for this file: liquidation sides listed as 'long positions around
N USD', a trailing ', totaling $N' that is one side's or both sides' sum, a time window between
a total and its figure, the coin a share of liquidations 'occurred in', venues listed
'respectively'; a funding sign that venues 'maintain', a funding print given to 'it' in the
next sentence; a change of open interest told by its noun ('a slight decline in open
interest'); a level the RSI 'would need to' reach; a zone said of the stochastic oscillator;
a moving average 'currently seen around' its level or named as a support; a role told in a
relative clause or hedged ('may act as a buffer')."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.extract_helpers import find_claims

PUBLISHED = datetime(2025, 12, 3, 12, tzinfo=UTC)


def _find(text: str, kind: str, **fields) -> list:
    return find_claims(text, kind, PUBLISHED, **fields)


# liquidations: sides, totals and coins as wraps of exchange data write them

def test_sides_listed_as_positions_around_an_amount_in_usd() -> None:
    text = ("Per exchange data, futures liquidations over the last day came to 433 million USD, with long positions "
            "around 58,400,000 USD and short positions around 374 million USD.")
    assert _find(text, "liquidations", side="total", value=433e6, comparator="at")
    assert _find(text, "liquidations", side="long", value=58.4e6)
    assert _find(text, "liquidations", side="short", value=374e6)


def test_a_trailing_total_is_the_side_the_clause_is_about() -> None:
    text = "Figures from Coinglass show long positions made up 64.2% of liquidations, totaling $131.7 million."
    found = _find(text, "liquidations", value=131.7e6)
    assert found and all(c.side == "long" for c in found)


def test_a_trailing_total_after_both_sides_is_their_sum() -> None:
    text = ("Over the last 12 hours the liquidation tally is put at $96 million for long positions and $57 million "
            "for short positions, totaling $153 million.")
    assert _find(text, "liquidations", side="long", value=96e6)
    assert _find(text, "liquidations", side="short", value=57e6)
    assert _find(text, "liquidations", side="total", value=153e6)


def test_the_coin_a_share_of_liquidations_occurred_in() -> None:
    text = "Of the day's wipeout, $37 million of the liquidation amount occurred in XRP."
    assert _find(text, "liquidations", asset="XRP", value=37e6)


def test_liquidating_an_amount_of_one_side() -> None:
    text = "Dogecoin has extended its slide by 6%, liquidating up to $4.7 million in long positions."
    assert _find(text, "liquidations", side="long", value=4.7e6, comparator="at")


def test_venues_listed_respectively_each_get_their_figure() -> None:
    text = ("Bybit topped the board with $88.1 million liquidated. Binance and OKX came next with $71.35 million "
            "and $29.90 million liquidated, respectively.")
    assert _find(text, "liquidations", venue="Binance", value=71.35e6)
    assert _find(text, "liquidations", venue="OKX", value=29.90e6)


def test_open_interest_of_venues_listed_respectively() -> None:
    text = "Solana open interest is spread out: OKX and Bitget hold $1.18 billion and $0.77 billion, respectively."
    assert _find(text, "open_interest", asset="SOL", venue="OKX", value=1.18e9)
    assert _find(text, "open_interest", asset="SOL", venue="Bitget", value=0.77e9)


def test_coins_listed_respectively_stay_with_the_coins() -> None:
    text = "Solana and XRP gained 6% and 4%, respectively."
    assert _find(text, "price_change", asset="SOL", value=6)
    assert _find(text, "price_change", asset="XRP", value=4)


# funding: a sign the venues keep, a print given to 'it'

def test_a_sign_the_venues_maintain_is_a_reading() -> None:
    text = "Ether slid 5% overnight. Across the board, most exchanges maintain a negative funding rate."
    assert _find(text, "funding_rate", asset="ETH", value=0, comparator="below")


def test_a_sign_said_in_general_is_no_reading() -> None:
    assert not _find("A negative funding rate into a rising market is a classic squeeze setup.", "funding_rate")


def test_a_funding_print_given_to_it_in_the_next_sentence() -> None:
    text = "Solana funding rates sat under neutral for most of the week. On Thursday, it was at 0.0046%."
    assert _find(text, "funding_rate", asset="SOL", value=0.0046, comparator="at")


def test_it_after_a_funding_sentence_that_moved_by_percent_is_no_funding() -> None:
    text = "The Solana funding rate slipped on Monday. It dropped 7% on Tuesday."
    assert not _find(text, "funding_rate", value=-7)
    assert not _find(text, "funding_rate", value=7)


# open interest told by the noun of its change, or a verb of decrease

def test_a_decline_in_open_interest_with_an_article_is_a_reading() -> None:
    text = "XRP lost 3%. Liquidations stayed heavy despite a modest decline in open interest."
    assert _find(text, "open_interest", asset="XRP", comparator="down", value=None)


def test_a_rise_in_a_coins_open_interest() -> None:
    assert _find("Traders noted a sharp rise in Solana open interest after the listing.", "open_interest",
                 asset="SOL", comparator="up", value=None)


def test_changes_in_open_interest_said_in_general_are_no_reading() -> None:
    assert not _find("Declines in open interest often precede relief rallies.", "open_interest")


def test_open_interest_has_decreased() -> None:
    assert _find("Cardano futures open interest has decreased since Friday, and ether open interest has decreased too.",
                 "open_interest", asset="ETH", comparator="down")


# indicators

def test_a_level_the_rsi_would_need_to_reach_is_no_reading() -> None:
    assert not _find("Solana's RSI would need to slide below 30 to be considered oversold.", "indicator")
    assert _find("Solana's RSI slid below 30 on Wednesday.", "indicator", asset="SOL", value=30, comparator="crossed_below")


def test_a_zone_of_the_stochastic_named_last_is_not_the_rsi() -> None:
    text = "For XRP the stochastic oscillator has entered oversold readings, although unlike the RSI, it tends to linger in oversold readings."
    assert not _find(text, "indicator", zone="oversold")


def test_an_rsi_zone_after_the_stochastic_was_set_aside_stays() -> None:
    text = "Unlike the Stoch RSI, the Solana RSI is in oversold territory."
    assert _find(text, "indicator", asset="SOL", metric="rsi", zone="oversold")


def test_a_moving_average_currently_seen_around_a_level() -> None:
    text = "Solana may slip toward the 200-day SMA, currently seen around $151.40."
    assert _find(text, "indicator", asset="SOL", metric="sma", period=200, value=151.40, comparator="at")


def test_a_moving_average_named_as_a_support_gives_its_level_and_the_support() -> None:
    text = "Buyers defended the 100-day EMA support at $0.2150 for Dogecoin."
    assert _find(text, "indicator", metric="ema", period=100, value=0.2150)
    assert _find(text, "support", value=0.2150)


# supports and resistances told after the level

@pytest.mark.parametrize(("text", "kind", "value"), [
    ("A deeper pullback in ether could run all the way to $2,150, which is a major support level.", "support", 2150),
    ("Solana is stuck under $205, which remains a key resistance zone.", "resistance", 205),
])
def test_a_role_told_in_a_relative_clause(text: str, kind: str, value: float) -> None:
    assert _find(text, kind, value=value, comparator="at")


def test_a_hedged_role_is_the_line_not_a_target() -> None:
    text = "Lower down, the psychological $2,000 level could act as a temporary cushion for ether."
    assert _find(text, "support", asset="ETH", value=2000)
    assert not _find(text, "forecast", value=2000)


# data-feed tallies, level lists and labels (a second probe, read before these fixes)

def test_liquidations_tallied_coin_by_coin_with_sides_in_brackets() -> None:
    text = ("Forced liquidations of perpetual futures over the last 24 hours: SOL: $31.40 million (long $22.05 million, "
            "short $9.35 million) liquidation ratio: long 70.2% XRP: $12.70 million (long $4.10 million, short $8.60 million)")
    assert _find(text, "liquidations", asset="SOL", side="total", value=31.40e6)
    assert _find(text, "liquidations", asset="SOL", side="long", value=22.05e6)
    assert _find(text, "liquidations", asset="XRP", side="short", value=8.60e6)
    assert not _find(text, "liquidation_imbalance")


def test_a_coin_and_a_price_after_a_liquidation_word_is_no_tally() -> None:
    assert not _find("Bitcoin liquidations hit $90 million as BTC $91,000 gave way.", "liquidations", value=91000)


@pytest.mark.parametrize(("text", "kind", "values"), [
    ("Key Support Levels: $141, $132, $120.", "support", [141, 132, 120]),
    ("Further resistance points for Solana are at $160, $172, and $181.", "resistance", [160, 172, 181]),
    ("If Solana slips, initial support sits near $149 and major support zones at $141 and $132.", "support", [149, 141, 132]),
])
def test_levels_listed_after_their_role(text: str, kind: str, values: list[float]) -> None:
    for value in values:
        assert _find(text, kind, value=value, comparator="at"), value
    assert not _find(text, "price_level")


def test_a_level_list_carried_on_in_the_next_sentence() -> None:
    text = "For Solana, the first resistance lies at $160. This is followed by $172 (20-day MA), $190, and $205."
    for value in (160, 172, 190, 205):
        assert _find(text, "resistance", asset="SOL", value=value), value


def test_a_zone_in_a_level_list_stays_one_zone() -> None:
    text = "Support for Solana sits at $120-$124."
    assert not _find(text, "support", value=124, comparator="at")
    assert _find(text, "support", asset="SOL", value=120, value_high=124, comparator="between")


def test_a_moving_average_named_in_brackets_labels_the_level_before_it() -> None:
    text = "Resistance for Solana lies at $172 (20-day MA), $181 (50-day MA) and $190."
    assert _find(text, "indicator", metric="sma", period=20, value=172)
    assert _find(text, "indicator", metric="sma", period=50, value=181)
    assert not _find(text, "indicator", period=20, value=181)
    assert not _find(text, "indicator", period=50, value=190)


def test_coin_units_do_not_make_the_article_about_that_coin() -> None:
    text = ("Ether Slips Back Under $2,400. Ether fell 4% today. The bulls could not clear resistance at $2,520 yesterday. "
            "Against BTC, the pair holds 0.0312 BTC, with support at 0.0305 BTC and 0.0298 BTC and resistance at 0.0320 BTC.")
    assert _find(text, "resistance", asset="ETH", value=2520)


def test_the_baseline_rate_is_a_reference_not_a_reading() -> None:
    text = "For XRP perpetuals, the standard baseline funding rate is around 0.01%. XRP funding rates slipped below 0.004% this week."
    assert not _find(text, "funding_rate", value=0.01)
    assert _find(text, "funding_rate", asset="XRP", value=0.004, comparator="below")


def test_a_default_rate_named_with_a_venue_is_a_reference_too() -> None:
    text = "The Bybit default funding rate of 0.01% was unchanged, while Solana funding rates printed 0.003%."
    assert not _find(text, "funding_rate", value=0.01)
    assert _find(text, "funding_rate", asset="SOL", value=0.003)


def test_a_short_to_long_liquidation_ratio_is_an_imbalance() -> None:
    assert _find("Solana bears took a beating, with a rare 512% short-to-long liquidation ratio.", "liquidation_imbalance",
                 asset="SOL", value=512, unit="%")


def test_wipeouts_are_liquidations() -> None:
    assert _find("Meanwhile, long positions saw a modest $21.4 million in wipeouts.", "liquidations", side="long", value=21.4e6)
