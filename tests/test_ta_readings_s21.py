"""Technical readings as TA pages write them (session 21): the RSI called neutral, the RSI against its
midline named in words, a chart line's value after a bracketed aside, the price's side of a line told
by the line holding it up or capping it, and the ends of a gauge's scale, which are no reading."""

from __future__ import annotations

from datetime import UTC, datetime

from factcheck.model import Article, Claim, ClaimKind, Comparator, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 9, 9, 11, 0, tzinfo=UTC)


def claims(text: str) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return extract(article)


def indicators(text: str) -> set[tuple[object, ...]]:
    return {(c.asset, c.metric, c.period, c.timeframe or "1d", c.comparator, c.value, c.zone)  # no timeframe: daily bars
            for c in claims(text) if c.kind is ClaimKind.indicator}


# The RSI called neutral: the zone said of the gauge, with no figure.

def test_rsi_is_neutral_on_a_named_chart() -> None:
    found = indicators("Solana slipped to $141 overnight. On the daily chart, the RSI is neutral.")
    assert ("SOL", "rsi", 14, "1d", Comparator.at, None, "neutral") in found


def test_rsi_currently_reads_neutral_with_its_period() -> None:
    found = indicators("Ether holds $2,480 this morning, and its four-hour RSI (14) is currently reading neutral.")
    assert ("ETH", "rsi", 14, "4h", Comparator.at, None, "neutral") in found


def test_neutral_rsi_as_an_adjective_in_a_headline_list() -> None:
    found = indicators("Neutral RSI and a flat MACD leave bitcoin pinned near $58,200.")
    assert ("BTC", "rsi", 14, "1d", Comparator.at, None, "neutral") in found


def test_a_neutral_reading_with_its_value_is_one_claim() -> None:
    found = indicators("XRP's daily RSI is neutral at 47 after the pullback.")
    assert found == {("XRP", "rsi", 14, "1d", Comparator.at, 47, "neutral")}


def test_neutral_rsi_on_a_view_named_by_its_timeframe() -> None:
    found = indicators("Switching to our 4H view for ether, the RSI is still trading neutral.")
    assert ("ETH", "rsi", 14, "4h", Comparator.at, None, "neutral") in found


def test_neutral_said_of_funding_is_not_the_rsi() -> None:
    assert not any(z == "neutral" for *_, z in indicators("Bitcoin funding is neutral across venues while the RSI sits at 58."))


# The RSI against its midline, named in words.

def test_rsi_sitting_beneath_the_midline_is_below_50() -> None:
    found = indicators("Cardano keeps sliding. Its daily RSI continues to hover beneath the midline for a third week.")
    assert ("ADA", "rsi", 14, "1d", Comparator.below, 50, None) in found


def test_rsi_climbing_back_above_its_centreline_is_a_crossing() -> None:
    found = indicators("Bitcoin bounced to $61,400, and the 4-hour RSI climbed back above its centreline on Friday.")
    assert ("BTC", "rsi", 14, "4h", Comparator.crossed_above, 50, None) in found


def test_rsi_crossing_under_the_50_level_a_clause_later() -> None:
    found = indicators("For ether, the RSI has been in a steady decline since Monday, dropping under the 50 level on Tuesday.")
    assert ("ETH", "rsi", 14, "1d", Comparator.crossed_below, 50, None) in found


def test_a_midline_in_a_condition_is_no_reading() -> None:
    found = indicators("If the RSI slips below the midline, solana could revisit $120.")
    assert not any(v == 50 for *_, v, _ in found)
    found = indicators("For bears to stay in charge, Chainlink's RSI would need to hold under the 50 level.")
    assert not any(v == 50 for *_, v, _ in found)


def test_the_midline_of_the_bollinger_bands_is_not_the_rsi() -> None:
    found = indicators("Litecoin's RSI is at 44 while price trades under the midline of its Bollinger Bands.")
    assert not any(m == "rsi" and v == 50 for _, m, _, _, _, v, _ in found)
    found = indicators("Litecoin's RSI is at 44 and price trades under the midline of its Bollinger Bands.")
    assert not any(m == "rsi" and v == 50 for _, m, _, _, _, v, _ in found)


# A line's value written after a bracketed aside or a hedge.

def test_value_after_a_spelled_out_abbreviation() -> None:
    found = indicators("Avalanche bounced from the 100-day EMA (Exponential Moving Average) at $27.35 this week.")
    assert ("AVAX", "ema", 100, "1d", Comparator.at, 27.35, None) in found


def test_value_after_an_aside_naming_the_curve() -> None:
    found = indicators("For bitcoin, the 20-week SMA (the orange line on the chart) sits near $61,900.")
    assert ("BTC", "sma", 20, "1w", Comparator.at, 61900, None) in found


def test_value_after_approximately() -> None:
    found = indicators("Ether trades above its 50-day simple moving average, at approximately $2,705.")
    assert ("ETH", "sma", 50, "1d", Comparator.at, 2705, None) in found
    assert ("ETH", "sma", 50, "1d", Comparator.above, None, None) in found


def test_value_named_as_an_area() -> None:
    found = indicators("Dogecoin sits below the 200-day SMA, which is near the $0.1850 area.")
    assert ("DOGE", "sma", 200, "1d", Comparator.at, 0.185, None) in found


def test_an_aside_holding_a_figure_is_the_value_itself() -> None:
    found = indicators("The 50-day EMA (now $3,140) caps ether for the moment.")
    assert ("ETH", "ema", 50, "1d", Comparator.at, 3140, None) in found


# The price's side of a line told by the line holding it up or capping it.

def test_support_from_a_moving_average_puts_price_above_it() -> None:
    found = indicators("Bitcoin still draws support from the 200-day SMA after Tuesday's dip.")
    assert ("BTC", "sma", 200, "1d", Comparator.above, None, None) in found


def test_a_rally_capped_by_an_average_puts_price_below_it() -> None:
    found = indicators("Solana's rebound was capped by the 100 EMA on the four-hour chart.")
    assert ("SOL", "ema", 100, "4h", Comparator.below, None, None) in found


def test_an_average_acting_as_resistance_puts_price_below_it() -> None:
    found = indicators("The 50-day moving average is acting as stiff resistance for XRP.")
    assert ("XRP", "sma", 50, "1d", Comparator.below, None, None) in found


def test_an_average_serving_as_support_puts_price_above_it() -> None:
    found = indicators("For ether, the 20-day EMA now serves as dynamic support.")
    assert ("ETH", "ema", 20, "1d", Comparator.above, None, None) in found


def test_support_that_may_come_or_was_lost_gives_no_side() -> None:
    assert indicators("Bitcoin could find support at the 100-day SMA if sellers return.") == set()
    assert indicators("Ether lost support at the 50-day EMA on Monday.") == set()
    assert indicators("For solana, the 100-day EMA could act as support on a pullback.") == set()


# The ends of a gauge's scale.

def test_rsi_scale_from_zero_to_one_hundred_is_no_reading() -> None:
    found = indicators("The RSI, an oscillator, tracks the pace of price changes on a scale from 0 to 100. Ether's reads 63.")
    assert not any(v in {0, 100} for *_, v, _ in found)


def test_gauge_scale_written_as_a_range_is_no_reading() -> None:
    found = [c for c in claims("The Fear & Greed Index grades market mood on a 0–100 scale and stood at 31 on Tuesday.")
             if c.kind is ClaimKind.sentiment_index]
    assert [c.value for c in found] == [31]


def test_rsi_ranging_between_zero_and_one_hundred_is_no_reading() -> None:
    found = indicators("The Relative Strength Index ranges between zero and 100; bitcoin's daily RSI is 71.")
    assert all(v not in {0, 100} for *_, v, _ in found)
    assert ("BTC", "rsi", 14, "1d", Comparator.at, 71, "overbought") in found or ("BTC", "rsi", 14, "1d", Comparator.at, 71, None) in found


# A Bollinger band named as a line of the indicator.

def test_the_midline_of_the_bollinger_bands_is_the_middle_band() -> None:
    found = indicators("Polkadot slipped below the mid-line of the Bollinger Bands on Sunday.")
    assert ("DOT", "bollinger", 20, "1d", Comparator.crossed_below, None, "middle") in found


def test_the_upper_line_of_a_weekly_band_with_its_value() -> None:
    found = [c for c in claims("Bitcoin's next hurdle is the upper line of the weekly Bollinger Band at $71,300.")
             if c.kind is ClaimKind.indicator]
    assert [(c.metric, c.timeframe, c.zone, c.value) for c in found] == [("bollinger", "1w", "upper", 71300)]


def test_the_lower_boundary_of_its_bands_with_its_value() -> None:
    found = [c for c in claims("Ether trades near the lower boundary of its Bollinger bands, around $2,310.")
             if c.kind is ClaimKind.indicator and c.value is not None]
    assert [(c.asset, c.metric, c.zone, c.value) for c in found] == [("ETH", "bollinger", "lower", 2310)]


# RSI zones with the words outlets put around them.

def test_a_qualified_zone_labels_the_reading_after_it() -> None:
    found = indicators("Ether is in a significant technical oversold condition, with its RSI sliding to an extreme 14.2.")
    assert ("ETH", "rsi", 14, "1d", Comparator.at, 14.2, "oversold") in found


def test_an_extreme_overbought_state_labels_the_daily_reading() -> None:
    found = indicators("Litecoin sits in an extreme overbought state, the daily RSI at 83.")
    assert ("LTC", "rsi", 14, "1d", Comparator.at, 83, "overbought") in found


def test_reversing_from_an_overbought_territory_leaves_the_zone() -> None:
    found = indicators("For XRP, the RSI has started reversing to the downside from an overbought territory.")
    assert ("XRP", "rsi", 14, "1d", Comparator.crossed_below, None, "overbought") in found


def test_curling_up_from_an_oversold_region_leaves_the_zone() -> None:
    found = indicators("On the four-hour chart, Cardano's RSI is curling up from an oversold region.")
    assert ("ADA", "rsi", 14, "4h", Comparator.crossed_above, None, "oversold") in found


def test_easing_from_its_overbought_zone() -> None:
    found = indicators("Bitcoin's weekly RSI is easing back from its overbought zone.")
    assert ("BTC", "rsi", 14, "1w", Comparator.crossed_below, None, "overbought") in found


# A line's value written as a bare figure named as a level.

def test_a_bare_figure_named_as_an_area_is_the_lines_value() -> None:
    found = indicators("Bitcoin may retest the 100-day SMA, which is near the 58,910 area.")
    assert ("BTC", "sma", 100, "1d", Comparator.at, 58910, None) in found


def test_a_bare_figure_named_as_a_level_after_a_comma() -> None:
    found = indicators("Ether holds above the 50-day EMA, around the 2,450 level.")
    assert ("ETH", "ema", 50, "1d", Comparator.at, 2450, None) in found


def test_a_bare_zone_figure_and_a_year_like_label() -> None:
    assert ("ETH", "sma", 100, "1d", Comparator.at, 1985, None) in indicators(
        "Ether's 100-day SMA, near the 1,985 zone, caps the bounce.")
    assert not any(v == 2025 for *_, v, _ in indicators("Solana's 50-day EMA is the 2025 line to watch."))


def test_a_zone_the_coin_is_experiencing_labels_its_reading() -> None:
    found = indicators("Solana is experiencing a severe oversold condition, its daily RSI dropping to 19.6.")
    assert ("SOL", "rsi", 14, "1d", Comparator.at, 19.6, "oversold") in found


# A move told in livelier words to a price on a day already over is that day's extreme.

def test_shot_up_to_a_price_on_a_past_day_is_the_days_high() -> None:
    found = [(c.kind, c.asset, c.value) for c in claims("Bitcoin shot up to $88,120 on Sunday before sellers returned.")]
    assert (ClaimKind.intraday_high, "BTC", 88120) in found


def test_an_adjective_before_the_price_of_a_move_on_a_past_day() -> None:
    found = [(c.kind, c.asset, c.value) for c in claims("Ether rocketed to a stunning $3,910 on Saturday.")]
    assert (ClaimKind.intraday_high, "ETH", 3910) in found


def test_could_shoot_up_to_stays_a_forecast() -> None:
    found = [(c.kind, c.value) for c in claims("Analysts say ether could shoot up to $5,000 by December.")]
    assert (ClaimKind.forecast, 5000) in found
    assert not any(k is ClaimKind.intraday_high for k, _ in found)


# A peak short of the record named after it is no record.

def test_as_high_as_creeping_towards_its_record_is_the_days_high() -> None:
    found = [(c.kind, c.value) for c in claims("Ether traded as high as $4,730, creeping towards its record high.")]
    assert (ClaimKind.intraday_high, 4730) in found
    assert (ClaimKind.all_time_high, 4730) not in found


def test_peaked_just_shy_of_its_all_time_high() -> None:
    found = [(c.kind, c.value) for c in claims("Solana peaked at $251 on Friday, just shy of its all-time high.")]
    assert (ClaimKind.all_time_high, 251) not in found
    assert (ClaimKind.intraday_high, 251) in found


def test_a_peak_called_a_new_high_stays_the_record() -> None:
    found = [(c.kind, c.value) for c in claims("XRP rose as high as $3.64, a new all-time high.")]
    assert (ClaimKind.all_time_high, 3.64) in found


# Golden and death crosses that are not a crossing of the price's averages made.

def crosses(text: str) -> set[tuple[object, ...]]:
    return {(c.kind, c.asset, c.metric, c.comparator, c.zone) for c in claims(text)
            if c.kind is ClaimKind.indicator and (c.zone or "").startswith(("sma", "ema", "signal"))
            or c.kind is ClaimKind.forecast and c.zone in {"golden cross", "death cross"}}


def test_a_cross_of_another_series_is_no_moving_average_cross() -> None:
    assert crosses("Analysts point to the MVRV golden cross now forming for Cardano.") == set()
    assert crosses("A stochastic death cross appeared on Litecoin's daily chart.") == set()


def test_a_cross_traders_anticipate_is_a_forecast() -> None:
    assert crosses("Traders are anticipating a golden cross for Solana within weeks.") == {
        (ClaimKind.forecast, "SOL", "price", Comparator.at, "golden cross")}


def test_a_cross_that_could_result_is_a_forecast() -> None:
    found = crosses("Shiba Inu's 50-day SMA is curling up, which could result in a golden cross formation.")
    assert (ClaimKind.forecast, "SHIB", "price", Comparator.at, "golden cross") in found
    assert not any(k is ClaimKind.indicator and z == "sma200" for k, _, _, _, z in found)


def test_signs_of_a_death_cross_is_a_forecast() -> None:
    assert crosses("Bitcoin's chart shows early signs of a death cross.") == {
        (ClaimKind.forecast, "BTC", "price", Comparator.at, "death cross")}


def test_the_macds_golden_cross_is_its_signal_line_cross() -> None:
    assert crosses("Ether's MACD flashed a golden cross on the daily chart.") == {
        (ClaimKind.indicator, "ETH", "macd", Comparator.crossed_above, "signal")}


def test_a_cross_made_stays_a_reading() -> None:
    assert crosses("Bitcoin printed a death cross on Thursday as the 50-day SMA slid under the 200-day.") >= {
        (ClaimKind.indicator, "BTC", "sma", Comparator.crossed_below, "sma200")}


def test_a_cross_already_made_under_a_modal_is_no_forecast() -> None:
    found = crosses("Reclaiming $64,000 would neutralise the death cross that bitcoin printed last week.")
    assert not any(k is ClaimKind.forecast for k, *_ in found)
