"""Technical-analysis constructions of real outlets, on sentences written for these tests: a chart
named once for a section, RSI zones defined rather than read, a gauge nearing or plunging through
a line."""

from __future__ import annotations

import pytest

from tests.extract_helpers import claims_of, find_claims


# A section names its chart once; the readings in the paragraphs after it are on that chart.
@pytest.mark.parametrize("text, metric, value, timeframe", [
    (("Solana's 4-hour chart shows a tight range under the recent highs.\n"
      "The 21-SMA at $142.60 keeps a lid on the bounce for now.\n"), "sma", 142.6, "4h"),
    (("Looking at the 12-hour chart, ether is still stuck in its range.\n"
      "Sellers lean on every rally.\n"
      "Meanwhile the RSI holds at 44, and buyers have yet to show up.\n"), "rsi", 44, "12h"),
    (("On the weekly chart, BTC printed a long lower wick.\n"
      "The 50-period EMA, now near $58,900, was tested twice and held.\n"), "ema", 58900, "1w"),
])
def test_chart_named_for_the_section(text, metric, value, timeframe):
    assert find_claims(text, "indicator", metric=metric, value=value, timeframe=timeframe)


def test_a_sentence_naming_other_bars_ends_the_section():
    text = ("XRP's 4-hour chart shows a series of higher lows.\n"
            "On a daily scale, the trend is still down.\n"
            "The RSI sits at 41.\n")
    found = find_claims(text, "indicator", metric="rsi", value=41)
    assert found and all((c.timeframe or "1d") == "1d" for c in found)


def test_a_heading_ends_the_section():
    text = ("The 1-hour chart of litecoin shows a quick rebound.\n"
            "Momentum indicators\n"
            "The RSI is at 58 on a rising slope.\n")
    found = find_claims(text, "indicator", metric="rsi", value=58)
    assert found and all((c.timeframe or "1d") == "1d" for c in found)


def test_own_bars_are_kept():
    text = ("Bitcoin's 4-hour chart shows a range.\n"
            "The 200-day SMA at $61,250 sits well below.\n")
    assert find_claims(text, "indicator", metric="sma", period=200, value=61250, timeframe="1d")


# A zone defined by a threshold said of any reading is no reading of the coin.
@pytest.mark.parametrize("text", [
    "Dogecoin's momentum gauge reads 48. Any dip under 30 on the RSI reflects an oversold market.",
    "Ether trades at $2,410. By contrast, an RSI print over 70 signals an overbought market.",
    "Cardano is flat on the day. An RSI score above 70 is generally considered to indicate that conditions are overbought.",
    "Bitcoin slipped 2%. Typically, a move under 30 is seen as a sign that the market is oversold.",
])
def test_zone_defined_is_no_reading(text):
    assert not [c for c in claims_of(text) if c.kind.value == "indicator" and c.zone in {"oversold", "overbought"}]


@pytest.mark.parametrize("text, comparator, zone", [
    ("Solana's RSI fell below 30 on Monday, which signals oversold conditions.", "crossed_below", "oversold"),
    ("Ether's daily RSI stands at 76, signalling overbought conditions.", "at", "overbought"),
])
def test_the_coins_own_zone_is_kept(text, comparator, zone):
    found = [c for c in claims_of(text) if c.kind.value == "indicator" and c.metric == "rsi"]
    assert found and found[0].comparator.value == comparator and found[0].zone == zone


# 'nears' is below (corpus README); a gauge nearing a line is on its side of the midline.
@pytest.mark.parametrize("text, value, comparator", [
    ("Polkadot has rallied all week, and its RSI has approached the 70 mark.", 70, "below"),
    ("Ether's relative strength index is nearing 80 after the breakout.", 80, "below"),
    ("After the sell-off the RSI of BNB is approaching 30.", 30, "above"),
])
def test_gauge_nearing_a_line(text, value, comparator):
    assert find_claims(text, "indicator", metric="rsi", value=value, comparator=comparator)


@pytest.mark.parametrize("text, value, comparator", [
    ("Avalanche's RSI tanked beneath the key threshold of 30 overnight.", 30, "crossed_below"),
    ("The RSI of XRP has dived below the 30 level.", 30, "crossed_below"),
    ("Bitcoin's daily RSI soared past the key threshold of 70 on Friday.", 70, "crossed_above"),
])
def test_gauge_moving_through_a_named_line(text, value, comparator):
    assert find_claims(text, "indicator", metric="rsi", value=value, comparator=comparator)


def test_chart_named_with_its_pair():
    text = ("The 4-hour LTC/USD chart shows a steady climb since Monday.\n"
            "Momentum: RSI at 68.3 points to strong buyers.\n")
    assert find_claims(text, "indicator", metric="rsi", value=68.3, timeframe="4h")


def test_a_paragraph_naming_its_own_chart_later_keeps_it():
    text = ("Cardano rises over its moving averages on the 4-hour chart.\n"
            "The RSI stays at 57. The MACD turned up too, on that same daily chart.\n")
    found = find_claims(text, "indicator", metric="rsi", value=57)
    assert found and all((c.timeframe or "1d") == "1d" for c in found)


# Another line's 'N-week' in the sentence is that line's period, not the bars of the RSI.
@pytest.mark.parametrize("text, timeframe", [
    ("Charts show Solana below the 200-week EMA, RSI near 24 (deeply oversold).", "1d"),
    ("Ether trades above its 50-week SMA, with the RSI at 58.", "1d"),
    ("The 14-week RSI of bitcoin sits at 45.", "1w"),
])
def test_rsi_bars_not_taken_from_another_line(text, timeframe):
    found = [c for c in claims_of(text) if c.kind.value == "indicator" and c.metric == "rsi"]
    assert found and all((c.timeframe or "1d") == timeframe for c in found)


# A counted run whose count words say no direction takes it from its clause or its sentence.
@pytest.mark.parametrize("text, asset, count, direction", [
    ("Ethereum price continues its sell-off for the fourth consecutive day.", "ETH", 4, "down"),
    ("Cardano was under pressure for a second consecutive day.", "ADA", 2, "down"),
    ("For the third consecutive session, XRP stayed in the red as sellers pressed.", "XRP", 3, "down"),
    ("Solana extended its climb for a fifth straight day on Tuesday.", "SOL", 5, "up"),
])
def test_streak_direction_from_its_clause(text, asset, count, direction):
    assert find_claims(text, "trend", asset=asset, metric="streak", count=count, zone=direction)


# 'breached' or 'crossed' says no side: the move of its clause, or 'from above', does.
@pytest.mark.parametrize("text, comparator", [
    ("Price has lost roughly 30% from its high and breached the 200-week EMA.", "crossed_below"),
    ("Ether slid overnight and crossed the 50-day moving average.", "crossed_below"),
    ("Bitcoin rallied 9% this week and breached the 200-day SMA.", "crossed_above"),
])
def test_sideless_crossing_of_an_average(text, comparator):
    found = [c for c in claims_of(text) if c.kind.value == "indicator" and c.metric in {"sma", "ema"}]
    assert found and found[0].comparator.value == comparator


def test_line_crossed_from_above():
    text = "On Thursday the 20-SMA of Polkadot breached the 50-SMA from above."
    found = [c for c in claims_of(text) if c.kind.value == "indicator" and c.metric == "sma"]
    assert found and all(c.comparator.value == "crossed_below" for c in found)


# A named oscillator of another kind is no RSI carried from the sentence before.
@pytest.mark.parametrize("text", [
    "Ether's RSI, standing at 71.3, signals overbought conditions. Meanwhile, the Stochastic oscillator at 91.2 remains neutral.",
    "The RSI of Solana is 64. The awesome oscillator at 2.4 stays positive.",
])
def test_named_oscillator_is_not_the_rsi(text):
    values = [c.value for c in claims_of(text) if c.kind.value == "indicator"]
    assert 91.2 not in values and 2.4 not in values


def test_the_gauge_named_again_is_carried():
    text = "The RSI of Solana dropped to 35 on Monday. The oscillator has since recovered to 41."
    assert find_claims(text, "indicator", asset="SOL", metric="rsi", value=41)


@pytest.mark.parametrize("text", [
    "An oversold RSI merely indicates that a token has dropped quickly.",
    "Bitcoin held $61,000, and being overbought means the price rose quickly.",
])
def test_state_as_a_subject_is_a_definition(text):
    assert not [c for c in claims_of(text) if c.kind.value == "indicator" and c.zone in {"oversold", "overbought"}]


# Zone words the state patterns read, with a time word before the zone or 'outside of' for leaving it.
@pytest.mark.parametrize("text, asset, comparator, zone", [
    ("Per the closely watched 14-day RSI, bitcoin is currently oversold.", "BTC", "at", "oversold"),
    ("Solana is already overbought on the daily RSI.", "SOL", "at", "overbought"),
    ("The RSI of Ether has moved outside of its oversold territory.", "ETH", "crossed_above", "oversold"),
    ("Cardano's RSI has now moved outside of the overbought zone.", "ADA", "crossed_below", "overbought"),
])
def test_zone_states(text, asset, comparator, zone):
    assert find_claims(text, "indicator", asset=asset, metric="rsi", comparator=comparator, zone=zone)


# Near a zone from outside it: under the overbought line, over the oversold one.
@pytest.mark.parametrize("text, asset, comparator, zone, timeframe", [
    ("The weekly RSI of bitcoin sits just below the overbought zone.", "BTC", "below", "overbought", "1w"),
    ("Ether's RSI hovers just above the oversold territory after the rebound.", "ETH", "above", "oversold", "1d"),
    ("Solana's daily RSI is still under the overbought level.", "SOL", "below", "overbought", "1d"),
])
def test_near_a_zone_from_outside(text, asset, comparator, zone, timeframe):
    found = find_claims(text, "indicator", asset=asset, metric="rsi", comparator=comparator, zone=zone)
    assert found and all((c.timeframe or "1d") == timeframe for c in found)


def test_named_threshold_with_its_figure():
    text = "The RSI of Litecoin is still below the “overbought” threshold of 70."
    assert find_claims(text, "indicator", asset="LTC", metric="rsi", comparator="below", value=70)


def test_section_reading_its_bars_without_the_word_chart():
    text = ("Bitcoin's current green weekly candle holds promise, but the $67,000 area still caps it.\n\n"
            "The RSI wants to rebound from just below the overbought zone.\n")
    found = find_claims(text, "indicator", metric="rsi", comparator="below", zone="overbought")
    assert found and all(c.timeframe == "1w" for c in found)


@pytest.mark.parametrize("text", [
    ("Polkadot slipped 5% at the beginning of the week before steadying.\n"
     "The Relative Strength Index of DOT is currently at 47."),
    ("THE WEEKLY CRYPTO WRAP\n"
     "Polkadot's RSI is currently at 47 after a quiet session."),
])
def test_a_span_of_time_or_a_title_names_no_bars(text):
    found = find_claims(text, "indicator", metric="rsi", value=47)
    assert found and all((c.timeframe or "1d") == "1d" for c in found)
