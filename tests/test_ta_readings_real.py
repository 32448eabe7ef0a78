"""Technical-analysis readings in the forms real chart desks write them: levels without a
currency sign on FX-style pages, moving averages listed by bare periods with their values in
brackets or 'respectively', and the MACD's sign joined to its signal-line reading."""

from __future__ import annotations

from extract_helpers import claims_of, find_claims


# A bare figure at the page's price scale is a price (bare_levels.py)


def test_bare_level_before_its_role_is_read_on_a_template_page():
    text = "For ether, 3410 is support and 3475 is resistance on the hourly chart."
    assert find_claims(text, "support", asset="ETH", value=3410, comparator="at")
    assert find_claims(text, "resistance", asset="ETH", value=3475, comparator="at")


def test_bare_levels_after_their_roles_with_thousands_separators():
    text = "Bitcoin meets resistance at 104,250 and finds support at 101,900 after a choppy week."
    assert find_claims(text, "resistance", asset="BTC", value=104250)
    assert find_claims(text, "support", asset="BTC", value=101900)


def test_bare_level_beside_dollar_prices_of_the_same_scale():
    text = "Bitcoin changed hands at $62,180 on Friday. Resistance at 63,900 capped the bounce."
    assert find_claims(text, "resistance", asset="BTC", value=63900)


def test_stock_index_levels_on_a_coin_page_are_no_coin_levels():
    text = "Bitcoin traded near $96,400. The S&P 500 found support at 5,020 and resistance at 5,180."
    assert not [c for c in claims_of(text) if c.kind.value in {"support", "resistance"} and c.value in {5020, 5180}]


def test_years_and_gauge_values_are_not_bare_prices():
    text = "Bitcoin tested resistance at 2021 and again in 2024. The RSI found support at 40 and resistance at 60."
    assert not [c for c in claims_of(text) if c.kind.value in {"support", "resistance"}]


# Moving averages listed by bare periods, their values without a sign


def test_bare_periods_listed_before_a_named_average_are_averages_too():
    text = "Ether holds above its 20 and 100 period moving average (respectively at 3318 and 3254)."
    assert find_claims(text, "indicator", asset="ETH", comparator="above", metric="sma", period=20)
    assert find_claims(text, "indicator", asset="ETH", comparator="above", metric="sma", period=100)
    assert find_claims(text, "indicator", asset="ETH", comparator="at", metric="sma", period=20, value=3318)
    assert find_claims(text, "indicator", asset="ETH", comparator="at", metric="sma", period=100, value=3254)


def test_three_bare_periods_with_respective_values():
    text = "Bitcoin trades below its 10, 20 and 50 period EMA, respectively at 97,410, 98,020 and 99,350."
    for period, value in ((10, 97410), (20, 98020), (50, 99350)):
        assert find_claims(text, "indicator", asset="BTC", comparator="below", metric="ema", period=period)
        assert find_claims(text, "indicator", asset="BTC", comparator="at", metric="ema", period=period, value=value)


def test_a_band_level_in_brackets_without_its_sign():
    text = "Bitcoin's price at 71,050 now sits above its upper Bollinger band (standing at 70,880)."
    assert find_claims(text, "indicator", asset="BTC", metric="bollinger", comparator="at", value=70880)


def test_a_year_in_brackets_after_an_average_is_no_level():
    text = "Bitcoin closed above its 50-day moving average (the first time since 2023), near $64,200."
    assert not find_claims(text, "indicator", value=2023)


# The MACD's sign written with its signal-line reading


def test_macd_sign_joined_to_its_signal_line_reading_is_its_side_of_zero():
    below = find_claims("Bitcoin's MACD holds below its signal line and negative.", "indicator", asset="BTC", metric="macd", comparator="below")
    assert {c.zone for c in below} == {"signal", "zero"}
    above = find_claims("For ether, the MACD sits above the signal line and positive.", "indicator", asset="ETH", metric="macd", comparator="above")
    assert {c.zone for c in above} == {"signal", "zero"}


def test_macd_sign_word_before_another_noun_is_no_reading():
    text = "Bitcoin's MACD is rising and positive momentum is building."
    assert not find_claims(text, "indicator", metric="macd", zone="zero")


# 'the index' named again paragraphs after the Fear & Greed index was


def test_the_index_as_subject_later_is_the_sentiment_index_named_before():
    text = ("The Crypto Fear & Greed Index stands at 51 this morning. That reading follows a volatile week. "
            "The gauge blends volatility, trading volume and social media. Some desks still expect chop. "
            "On Tuesday, the index slid to 37.")
    assert find_claims(text, "sentiment_index", value=37)


def test_the_index_after_a_clause_about_the_market():
    text = ("Sentiment, as measured by the Fear and Greed Index, was 22 on Friday. Bitcoin steadied over the weekend. "
            "After the crypto market shed $90 billion in value on Monday, the index fell to a low of 11.")
    assert find_claims(text, "sentiment_index", value=11)


def test_the_index_after_another_index_or_an_oscillator_is_not_the_sentiment_index():
    text = ("The Crypto Fear & Greed Index read 44 on Monday. Stocks slid as the dollar index climbed. "
            "Traders stayed cautious. The index rose to 104.2 by the close.")
    assert not find_claims(text, "sentiment_index", value=104.2)
    text = "Bitcoin's relative strength index is 62. Traders are calm. Volume is thin. The index dropped to 55 by Friday."
    assert not find_claims(text, "sentiment_index", value=55)


# The RSI as template desks write it


def test_the_n_level_of_the_rsi_is_its_reading_and_the_period_is_no_reading():
    for text, coin, value in (("Ether has risen to the 58 level of the Relative Strength Index for the period 14.", "ETH", 58),
                              ("Solana has fallen to the 38 level of the Relative Strength Index for period 14.", "SOL", 38),
                              ("Bitcoin is at level 44 of the Relative Strength Index for period 14.", "BTC", 44)):
        claims = claims_of(text)
        assert find_claims(text, "indicator", asset=coin, metric="rsi", period=14, value=value)
        assert not [c for c in claims if c.value == 14 or c.kind.value == "price_level"]


def test_neither_overbought_nor_oversold_is_the_neutral_zone():
    assert find_claims("Ether's RSI sits at 49.2 today, which is neither overbought nor oversold.",
                       "indicator", asset="ETH", value=49.2, zone="neutral")
    assert find_claims("Bitcoin's daily RSI reads 47, neither oversold nor overbought, after the pullback.",
                       "indicator", asset="BTC", value=47, zone="neutral")
    assert find_claims("Ether's RSI is 74, overbought.", "indicator", asset="ETH", value=74, zone="overbought")


def test_the_ends_of_the_sentiment_scale_are_no_reading_but_a_swing_between_them_is():
    for text in ("The Fear and Greed Index sits at 45. It has five categories ranging from extreme fear to extreme greed.",
                 'The Fear & Greed Index reads 61. The gauge runs on a scale from "Extreme Fear" to "Extreme Greed".'):
        assert [c.value for c in claims_of(text) if c.kind.value == "sentiment_index"] == [find_claims(text, "sentiment_index")[0].value]
        assert not find_claims(text, "sentiment_index", value=None)
    assert find_claims("The Fear & Greed Index swung from extreme fear to extreme greed in two months.", "sentiment_index",
                       comparator="up", zone="extreme fear")


# Moving averages written the chart's way


def test_period_and_bar_letter_in_one_word():
    text = "Bitcoin ended Monday under its 100D SMA, and the 100D SMA at $88,400 is now the line bulls watch."
    assert find_claims(text, "indicator", asset="BTC", metric="sma", period=100, comparator="below")
    assert find_claims(text, "indicator", asset="BTC", metric="sma", period=100, value=88400)
    assert find_claims("Ether holds above the 200W MA, which sits at $1,640.", "indicator", asset="ETH", metric="sma",
                       period=200, timeframe="1w", value=1640)
    assert find_claims("Solana reclaimed its 20D EMA near $148.", "indicator", asset="SOL", metric="ema", period=20,
                       comparator="crossed_above")


def test_simple_and_exponential_averages_of_listed_periods_are_four_lines():
    text = "Solana changes hands above 20-day and 100-day simple and exponential moving averages."
    for metric in ("sma", "ema"):
        for period in (20, 100):
            assert find_claims(text, "indicator", asset="SOL", comparator="above", metric=metric, period=period)
    text = "Ether holds below its 100-day simple and exponential moving averages."
    assert {c.metric for c in find_claims(text, "indicator", asset="ETH", comparator="below", period=100)} == {"sma", "ema"}


# The RSI said to be out of its extremes


def test_rsi_not_in_an_extreme_zone_is_in_its_neutral_zone():
    assert find_claims("Bitcoin's weekly RSI is still not oversold after the slide.", "indicator", asset="BTC", metric="rsi",
                       zone="neutral", timeframe="1w", value=None)
    assert find_claims("Ether's daily RSI has not yet entered the oversold zone.", "indicator", asset="ETH",
                       metric="rsi", zone="neutral")
    assert not find_claims("Ether's daily RSI has not yet entered the oversold zone.", "indicator", zone="oversold")
    assert find_claims("Solana's daily RSI isn't overbought despite the rally.", "indicator", asset="SOL", metric="rsi", zone="neutral")


def test_a_denied_zone_with_a_reading_or_in_a_condition_adds_no_zone_claim():
    assert not find_claims("Bitcoin's RSI at 38 is not oversold.", "indicator", zone="neutral", value=None)
    assert not find_claims("If bitcoin's RSI is not oversold by Friday, buyers may wait.", "indicator", zone="neutral")


def test_a_run_length_given_roughly_is_still_a_trend_duration():
    for text, coin, days, direction in (("Bitcoin has been in a correction for about 40 days.", "BTC", 40, "down"),
                                        ("Ether has been in a downtrend for about 12 weeks.", "ETH", 84, "down"),
                                        ("Solana has rallied for nearly 20 days.", "SOL", 20, "up")):
        found = find_claims(text, "trend", asset=coin, metric="trend", zone=direction)
        assert found and abs(found[0].duration_days - days) <= 0.1 * days


def test_the_most_oversold_or_overbought_since_is_the_zone():
    assert find_claims("Bitcoin's daily RSI is now the most oversold since late August.", "indicator", asset="BTC",
                       metric="rsi", zone="oversold")
    assert find_claims("Ether's weekly RSI is the most overbought since March 2024.", "indicator", asset="ETH", metric="rsi",
                       zone="overbought", timeframe="1w")
    assert not find_claims("Bitcoin is the most traded asset and the overbought signal is weak.", "indicator", metric="rsi")


def test_an_inability_to_get_back_over_a_line_leaves_the_price_below_it():
    assert find_claims("Bitcoin's inability to return over its 100-day SMA this week keeps sellers in charge.",
                       "indicator", asset="BTC", metric="sma", period=100, comparator="below")
    assert find_claims("Ether's failure to climb back above the 200-day SMA worries bulls.", "indicator", asset="ETH",
                       metric="sma", period=200, comparator="below")
    assert not find_claims("Solana's inability to hold the 20-day EMA is a warning.", "indicator", comparator="above")


def test_the_side_an_until_clause_waits_for_is_not_held():
    assert not find_claims("Until ether closes above its 20D EMA, expect a range between 3.1K and 3.4K.", "indicator",
                           comparator="above")
    assert not find_claims("Ether will stay weak until it reclaims the 200-day SMA.", "indicator", comparator="crossed_above")
    assert find_claims("Bitcoin holds above the 50-day SMA and traders expect gains until Friday.", "indicator",
                       asset="BTC", comparator="above", period=50)
