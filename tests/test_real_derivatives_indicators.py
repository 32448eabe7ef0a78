"""Derivatives, indicator and intraday constructions as real outlets write them (session 19 probe of
liquidation wraps, derivatives stories, TA pieces and daily wraps). Every sentence here is written
for the test; none is taken from an outlet."""

from __future__ import annotations

from extract_helpers import claims_of

from factcheck.model import Claim, ClaimKind, Comparator, Verdict
from factcheck.verify.series_claims import check_funding_rate


def _of(claims: list[Claim], kind: ClaimKind) -> list[Claim]:
    return [c for c in claims if c.kind is kind]


# --- money written "US dollars", as translated flash news write it ---------------------------------

def test_an_amount_in_us_dollars_is_a_liquidation_in_dollars() -> None:
    claims = _of(claims_of("Long positions worth 240 million US dollars were liquidated on Tuesday."), ClaimKind.liquidations)
    assert [(c.value, c.unit, c.side) for c in claims] == [(240e6, "USD", "long")]


def test_the_open_interest_of_the_whole_market_is_no_coins() -> None:
    claims = _of(claims_of("Ether slipped overnight. The open interest of the whole market fell by about 2 billion US dollars."),
                 ClaimKind.open_interest)
    assert [(c.asset, c.value, c.comparator, c.unit) for c in claims] == [(None, -2e9, Comparator.down, "USD")]


# --- open interest told as a change, a record, a chain of levels -----------------------------------

def test_a_change_by_just_under_an_amount_is_a_change_not_a_ceiling() -> None:
    claims = _of(claims_of("Total open interest for ether fell by just under $800 million across major venues."), ClaimKind.open_interest)
    assert [(c.asset, c.value, c.comparator) for c in claims] == [("ETH", -8e8, Comparator.down)]


def test_falling_under_an_amount_is_still_a_level() -> None:
    claims = _of(claims_of("Ether open interest fell under $20 billion on Monday."), ClaimKind.open_interest)
    assert [(c.value, c.comparator) for c in claims] == [(2e10, Comparator.below)]


def test_a_headline_verb_in_capitals_gives_the_change_its_sign() -> None:
    claims = claims_of("Cardano Derivatives Cool: Open Interest Sinks 9% as Funding Rates Turn Negative")
    assert [(c.asset, c.value, c.comparator) for c in _of(claims, ClaimKind.open_interest)] == [("ADA", -9, Comparator.down)]
    assert [(c.value, c.comparator) for c in _of(claims, ClaimKind.funding_rate)] == [(0, Comparator.crossed_below)]


def test_open_interest_at_a_record_is_read_past_its_abbreviation() -> None:
    claims = _of(claims_of("Data shows Cardano open interest (OI) at a fresh all-time high of $1.42 billion, up from $1.18 billion on Friday."),
                 ClaimKind.open_interest)
    assert sorted(c.value for c in claims) == [1.18e9, 1.42e9]
    assert all(c.asset == "ADA" and c.comparator is Comparator.at for c in claims)


def test_a_second_verb_of_the_same_total_carries_it_to_its_next_level() -> None:
    claims = claims_of("Dogecoin open interest slid to $2.1 billion, and nearly fell back to $1.95 billion, "
                       "a 12% decline from its March 3 peak of $2.4 billion.")
    readings = {(c.value, c.comparator) for c in _of(claims, ClaimKind.open_interest)}
    assert {(2.1e9, Comparator.at), (1.95e9, Comparator.at), (-12, Comparator.down)} <= readings
    assert not _of(claims, ClaimKind.all_time_high)  # the peak is the open interest's, not the price's
    assert not _of(claims, ClaimKind.price_change)


def test_a_relative_clause_gives_the_level_the_change_left_the_total_at() -> None:
    claims = _of(claims_of("There was a 3% decline in open interest across the crypto market, which now sits at $71.2 billion."),
                 ClaimKind.open_interest)
    assert sorted((c.value, c.comparator.value) for c in claims) == [(-3, "down"), (71.2e9, "at")]
    assert all(c.asset is None for c in claims)


# --- funding: a change of the rate is no rate ---------------------------------------------------------

def test_a_large_percentage_said_of_funding_is_its_change() -> None:
    claims = claims_of("Aggregated funding for Cardano now stands at 0.006% — a 70% drop over the past week.")
    funding = _of(claims, ClaimKind.funding_rate)
    assert [(c.value, c.comparator, c.metric) for c in funding] == [
        (0.006, Comparator.at, "funding_rate"), (-70, Comparator.down, "funding_rate_change")]
    assert not _of(claims, ClaimKind.price_change)


def test_funding_that_soared_hundreds_of_percent_is_a_change_the_data_cannot_decide() -> None:
    [claim] = _of(claims_of("Dogecoin funding rates jumped more than 250% on Tuesday."), ClaimKind.funding_rate)
    assert (claim.value, claim.comparator, claim.metric) == (250, Comparator.up, "funding_rate_change")
    assert check_funding_rate(claim, None).verdict is Verdict.unverifiable  # type: ignore[arg-type]


def test_a_rate_below_one_percent_stays_a_rate() -> None:
    [claim] = _of(claims_of("Bitcoin funding rose to 0.012%."), ClaimKind.funding_rate)
    assert (claim.value, claim.comparator, claim.metric) == (0.012, Comparator.at, "funding_rate")


# --- liquidations: the coin they were recorded in, the sides and shares around a total --------------

def test_liquidations_recorded_in_a_coin_are_that_coins() -> None:
    [claim] = _of(claims_of("$205 million in liquidations were recorded in Solana alone."), ClaimKind.liquidations)
    assert (claim.asset, claim.value) == ("SOL", 205e6)


# --- moving averages: a move that failed, a list of periods, a named cross -------------------------

def test_failing_to_close_above_an_average_leaves_the_price_below_it() -> None:
    [claim] = _of(claims_of("Ether failed to close above the 100-day moving average on Friday."), ClaimKind.indicator)
    assert (claim.metric, claim.period, claim.comparator) == ("sma", 100, Comparator.below)


def test_a_side_that_could_not_be_held_was_crossed_back() -> None:
    [claim] = _of(claims_of("Bitcoin was unable to hold above the 200-day SMA."), ClaimKind.indicator)
    assert (claim.period, claim.comparator) == (200, Comparator.crossed_below)


def test_a_failure_in_another_clause_does_not_turn_the_move() -> None:
    [claim] = _of(claims_of("XRP climbed above its 50-day moving average after failing to rally last week."), ClaimKind.indicator)
    assert claim.comparator is Comparator.crossed_above


def test_periods_listed_after_a_named_average_are_that_average_with_their_levels() -> None:
    claims = _of(claims_of("XRP trades above several moving averages on the 4-hour chart, including the 200-period EMA at $2.41, "
                           "the 100-period at $2.37 and the 50-period at $2.35."), ClaimKind.indicator)
    levels = sorted((c.period, c.value) for c in claims if c.comparator is Comparator.at)
    assert levels == [(50, 2.35), (100, 2.37), (200, 2.41)]
    sides = sorted(c.period for c in claims if c.comparator is Comparator.above)
    assert sides == [50, 100, 200]
    assert all(c.metric == "ema" and c.timeframe == "4h" and c.asset == "XRP" for c in claims)


def test_a_golden_cross_of_named_averages_is_the_faster_over_the_slower() -> None:
    [claim] = _of(claims_of("Ether's 20-day and 100-day Exponential Moving Average (EMA) display a Golden Cross on the daily chart."),
                  ClaimKind.indicator)
    assert (claim.metric, claim.period, claim.zone, claim.comparator) == ("ema", 20, "ema100", Comparator.crossed_above)


def test_a_death_cross_without_its_averages_is_the_50_day_under_the_200_day() -> None:
    [claim] = _of(claims_of("Bitcoin flashed a Death Cross last week."), ClaimKind.indicator)
    assert (claim.metric, claim.period, claim.zone, claim.comparator) == ("sma", 50, "sma200", Comparator.crossed_below)


# --- intraday extremes ---------------------------------------------------------------------------

def test_a_rise_that_then_reversed_was_the_sessions_high() -> None:
    claims = claims_of("Ether climbed to around $3,480 in the morning, but then slid to as low as $3,310 in the afternoon.")
    assert [c.value for c in _of(claims, ClaimKind.intraday_high)] == [3480]
    assert [c.value for c in _of(claims, ClaimKind.intraday_low)] == [3310]


def test_a_list_of_levels_joined_by_then_is_no_reversal() -> None:
    claims = claims_of("Solana rose to $152 and then to $155.")
    assert not _of(claims, ClaimKind.intraday_high)


def test_where_a_fall_below_the_record_ended_is_a_low_not_the_record() -> None:
    claims = claims_of("Ether reversed in a slide that at one point took it 11% below the record to $4,210.50.")
    assert [(c.value, c.comparator, c.unit) for c in _of(claims, ClaimKind.all_time_high)] == [(11, Comparator.below, "%")]
    assert [c.value for c in _of(claims, ClaimKind.intraday_low)] == [4210.5]


def test_a_record_reached_is_no_low_after_a_falling_sentence() -> None:
    claims = claims_of("Ether slid 6% on Friday. Ether hit a record of $4,950 on Sunday.")
    assert not [c for c in _of(claims, ClaimKind.intraday_low) if c.value == 4950]
    assert [c.value for c in _of(claims, ClaimKind.all_time_high)] == [4950]


def test_a_coin_that_led_liquidations_owns_its_total_and_its_sides() -> None:
    claims = _of(claims_of("Bitcoin led the way in terms of liquidations, with a total of $48.2 million — "
                           "$30.1 million of which were long and $18.1 million were short."), ClaimKind.liquidations)
    assert [(c.asset, c.value, c.side) for c in claims] == [("BTC", 48.2e6, "total"), ("BTC", 30.1e6, "long"), ("BTC", 18.1e6, "short")]


def test_a_cause_that_led_to_liquidations_is_not_their_coin() -> None:
    [claim] = _of(claims_of("Ether ETF hopes led to $260 million in short liquidations."), ClaimKind.liquidations)
    assert claim.asset is None


def test_the_first_side_listed_before_the_liquidation_words_is_read() -> None:
    claims = _of(claims_of("Traders holding $212 million in short positions and $645 million in long positions were liquidated "
                           "across all venues."), ClaimKind.liquidations)
    assert sorted((c.value, c.side) for c in claims) == [(212e6, "short"), (645e6, "long")]


def test_the_week_a_gauge_fell_over_is_not_its_chart() -> None:
    claims = _of(claims_of("The coin's RSI has been falling over the past week — ADA's RSI was 71 on Jan. 2.",
                           ), ClaimKind.indicator)
    assert [(c.value, c.timeframe or "1d") for c in claims] == [(71, "1d")]


def test_a_buy_signal_flashed_by_the_macd_is_a_cross_above_its_signal_line() -> None:
    [claim] = _of(claims_of("Ether's MACD flashed a buy signal on the daily chart."), ClaimKind.indicator)
    assert (claim.metric, claim.comparator, claim.zone) == ("macd", Comparator.crossed_above, "signal")


def test_a_sell_signal_the_macd_keeps_is_where_it_stands() -> None:
    [claim] = _of(claims_of("Ether's MACD has reaffirmed a sell signal on the four-hour chart."), ClaimKind.indicator)
    assert (claim.comparator, claim.zone, claim.timeframe) == (Comparator.below, "signal", "4h")


def test_green_histogram_bars_put_the_macd_above_its_signal_line() -> None:
    [claim] = _of(claims_of("Solana's MACD histogram shows growing green bars."), ClaimKind.indicator)
    assert (claim.asset, claim.comparator, claim.zone) == ("SOL", Comparator.above, "signal")


def test_a_buy_signal_without_the_macd_is_no_macd_reading() -> None:
    assert not _of(claims_of("Ether's RSI gave a buy signal on Monday."), ClaimKind.indicator)


def test_gate_is_a_venue_with_its_own_funding() -> None:
    claims = _of(claims_of("Ether funding differs by venue: OKX is 0.0031%, and Gate is -0.0009%."), ClaimKind.funding_rate)
    assert [(c.venue, c.value) for c in claims] == [("OKX", 0.0031), ("Gate", -0.0009)]


def test_funding_in_basis_points_is_read_in_percent() -> None:
    [claim] = _of(claims_of("Ether funding stayed positive at +0.8bp per eight hours."), ClaimKind.funding_rate)
    assert (claim.value, claim.unit, claim.comparator) == (0.008, "%", Comparator.at)
    [rose] = _of(claims_of("Solana funding rose to 5 bps on Friday."), ClaimKind.funding_rate)
    assert (rose.value, rose.unit, rose.metric) == (0.05, "%", "funding_rate")  # a rate, not a change of one


def test_a_share_of_liquidations_before_its_dollars_is_the_imbalance() -> None:
    claims = claims_of("The slide led to liquidations worth $300 million. Of these, about 72% of liquidations, "
                       "equivalent to $216 million, were long positions.")
    assert [(c.value, c.unit) for c in _of(claims, ClaimKind.liquidation_imbalance)] == [(72, "%")]
    assert sorted((c.value, c.side) for c in _of(claims, ClaimKind.liquidations)) == [(216e6, "long"), (300e6, "total")]


def test_a_headline_macd_flashing_a_sell_signal_crossed_below() -> None:
    claims = _of(claims_of("Solana Price Forecast: SOL Slides as MACD Flashes Sell Signal"), ClaimKind.indicator)
    assert [(c.metric, c.comparator, c.zone) for c in claims] == [("macd", Comparator.crossed_below, "signal")]


def test_total_losses_after_a_liquidation_sentence_are_its_total_not_yet_reached() -> None:
    claims = _of(claims_of("According to CoinGlass, 120,000 traders were liquidated in the last day. Total losses approached $640 million."),
                 ClaimKind.liquidations)
    assert [(c.value, c.comparator, c.side) for c in claims] == [(640e6, Comparator.below, "total")]
