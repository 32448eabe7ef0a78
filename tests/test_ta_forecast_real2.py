"""Technical-analysis and forecast constructions of real price-analysis pages (session 23), on
sentences written for these tests: a progressive 'is moving above' as a standing, a failing verb
kept to its own clause, a moving average as where an expected move ends, a Fear & Greed zone told
again apart from its reading, and the ends of the gauge's scale defined."""

from __future__ import annotations

from extract_helpers import claims_of, find_claims

# -- 'is moving above/below the line': where the line runs now, not a crossing ------------------


def test_progressive_moving_below_two_averages_is_a_standing() -> None:
    text = "Bitcoin trades at $61,200. BTC/USD is currently moving below the 9-day and 21-day moving averages."
    for period in (9, 21):
        assert find_claims(text, "indicator", asset="BTC", metric="sma", period=period, comparator="below")
        assert not find_claims(text, "indicator", period=period, comparator="crossed_below")


def test_progressive_moving_above_an_ema_is_a_standing() -> None:
    text = "Solana changes hands at $142. The coin is moving above the 50-day EMA as buyers return."
    assert find_claims(text, "indicator", asset="SOL", metric="ema", period=50, comparator="above")
    assert not find_claims(text, "indicator", comparator="crossed_above")


def test_rsi_line_moving_above_a_level_is_a_standing() -> None:
    text = "Ether sits near $3,410, and its daily RSI is currently moving below 45."
    assert find_claims(text, "indicator", asset="ETH", metric="rsi", value=45.0, comparator="below")
    assert not find_claims(text, "indicator", metric="rsi", comparator="crossed_below")
    assert find_claims("Dogecoin's RSI (14) is moving above 60 today.", "indicator", metric="rsi", value=60.0, comparator="above")


def test_past_or_returning_moves_stay_crossings() -> None:
    assert find_claims("XRP moved above its 100-day SMA on Tuesday.", "indicator", asset="XRP", period=100, comparator="crossed_above")
    assert find_claims("Cardano is moving back above its 20-day EMA after a week below it.", "indicator", period=20,
                       comparator="crossed_above")
    assert find_claims("The daily RSI is moving back above 50 for BTC.", "indicator", metric="rsi", value=50.0,
                       comparator="crossed_above")


# -- a failing verb of another clause does not deny the side --------------------------------------


def test_failing_main_clause_does_not_flip_a_break_in_an_as_clause() -> None:
    text = "Bitcoin is struggling to keep its grip on the $64,000 floor as it breaks above the 21-day line SMA."
    assert find_claims(text, "indicator", asset="BTC", period=21, comparator="crossed_above")
    assert not find_claims(text, "indicator", period=21, comparator="below")


def test_failing_verb_of_the_same_clause_still_denies_the_side() -> None:
    assert find_claims("Ether failed to break above its 50-day SMA this week.", "indicator", asset="ETH", period=50, comparator="below")
    assert find_claims("BNB could not climb over its 200-day EMA on Friday.", "indicator", period=200, comparator="below")


# -- a moving average as an expected move's target ------------------------------------------------


def test_descent_to_an_average_is_a_forecast_without_a_figure() -> None:
    text = "Ether trades at $2,480. If support gives way, the pair could then slide to the 100-day EMA."
    calls = find_claims(text, "forecast", asset="ETH", value=None, comparator="at")
    assert calls and "100-day EMA" in calls[0].text
    assert calls[0].modality.value in {"forecast", "conditional"}


def test_decline_toward_an_average_with_its_level_takes_the_level() -> None:
    text = "Should sellers stay in control, Solana may extend the drop towards the 200-day SMA at $131."
    assert find_claims(text, "forecast", asset="SOL", value=131.0, comparator="at")
    assert find_claims(text, "indicator", metric="sma", period=200, value=131.0)  # the line's level is read too


def test_retest_of_an_average_written_in_brackets() -> None:
    text = "Our view: bitcoin will retest the 50 SMA level (now near $58.4k) before any leg higher."
    assert find_claims(text, "forecast", asset="BTC", value=58400.0)


def test_a_move_to_an_average_told_as_done_is_no_forecast() -> None:
    text = "Bitcoin dropped to the 200-day SMA on Monday before buyers stepped in."
    assert not find_claims(text, "forecast")


# -- a Fear & Greed zone told again apart from its reading ----------------------------------------


def test_headline_zone_restating_the_reading_is_one_claim() -> None:
    text = ("Crypto mood sinks into extreme fear\n\n"
            "The Crypto Fear & Greed Index stands at 14 today, its lowest reading in two months.")
    readings = [c for c in claims_of(text) if c.kind.value == "sentiment_index"]
    assert [c.value for c in readings] == [14.0]


def test_zone_in_a_later_sentence_restating_the_reading_is_dropped() -> None:
    text = ("The Fear and Greed Index reads 81 this morning. Traders have rarely been this euphoric, "
            "and sentiment is firmly in extreme greed.")
    readings = [c for c in claims_of(text) if c.kind.value == "sentiment_index"]
    assert [c.value for c in readings] == [81.0]


def test_zone_the_reading_does_not_fall_in_stays_a_claim() -> None:
    text = ("The Fear & Greed Index reads 50 on Wednesday, neutral. "
            "A week earlier, sentiment had been stuck in extreme fear.")
    assert find_claims(text, "sentiment_index", value=50.0)
    assert find_claims(text, "sentiment_index", value=None, zone="extreme fear")


# -- the ends of the gauge's scale, defined --------------------------------------------------------


def test_scale_from_one_to_hundred_is_no_reading() -> None:
    text = "The Crypto Fear & Greed Index, shown as a number from 1 to 100, sits at 33 on Friday."
    assert [c.value for c in claims_of(text) if c.kind.value == "sentiment_index"] == [33.0]


def test_ends_defined_by_what_they_signal_are_no_readings() -> None:
    text = ("The index scores the market every day. Here, 0 means extreme fear and 100 signals extreme greed. "
            "On Monday it printed 62.")
    readings = [c for c in claims_of(text) if c.kind.value == "sentiment_index"]
    assert [c.value for c in readings] == [62.0]


# -- a support or resistance named in a hedged sentence, with no move sent there --------------------


def test_hedged_support_with_no_move_to_it_is_the_line() -> None:
    text = "Ether trades at $3,180. Should the slide deepen, first support could come from the 3,050 support level."
    assert find_claims(text, "support", asset="ETH", value=3050.0)
    assert not find_claims(text, "forecast", value=3050.0)


def test_resistance_the_coin_will_likely_meet_is_the_line() -> None:
    text = "Litecoin is quoted at $84.20, and the coin will likely meet initial resistance at $ 88.40 this week."
    assert find_claims(text, "resistance", value=88.4)
    assert not find_claims(text, "forecast", value=88.4)


def test_decline_seen_with_support_near_a_level_is_the_line() -> None:
    text = "If XRP fails to clear $2.41, it could see another decline with initial support near $2.28."
    assert find_claims(text, "support", asset="XRP", value=2.28)
    assert not find_claims(text, "forecast", value=2.28)


def test_a_move_sent_to_the_line_stays_a_call() -> None:
    text = "Bitcoin is at $91,300. A weak close could drag BTC back toward its $88,400 support."
    assert find_claims(text, "forecast", asset="BTC", value=88400.0)
    text = "Sellers may push the price to the nearest resistance at $3,420 for ether."
    assert find_claims(text, "forecast", value=3420.0)


def test_a_move_to_an_average_a_scenario_assumes_is_no_forecast() -> None:
    assert not find_claims("If bitcoin drops to the 50-day SMA, buyers could step in.", "forecast")
    assert not find_claims("Should ether slide toward its 200-day EMA, a bounce is likely.", "forecast")


def test_an_average_with_its_level_after_an_aside_is_one_call() -> None:
    text = "Bulls could then drive SOL toward the 100-week EMA (orange) near $210 by summer."
    assert [c.value for c in find_claims(text, "forecast")] == [210.0]


def test_buyers_pushing_to_defend_a_support_name_the_line() -> None:
    text = "Cardano trades at $0.71. On this outlook, buyers are pushing to defend the $0.68 support level."
    assert find_claims(text, "support", value=0.68)
    assert not find_claims(text, "forecast", value=0.68)
