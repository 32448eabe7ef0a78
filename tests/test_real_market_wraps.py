"""Everyday market wraps as wires, Asian business sites, newsletters and altcoin roundups write
them: a move said once for a list of coins, the market cap and its change in dollars, the whole
market's volume, streaks and their prospects, the distance from a record, the Fear & Greed
gauge and a currency-headed price table. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 6, 3, 12, tzinfo=UTC)


def claims_in(text: str, kind: ClaimKind | None = None) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute,
                      published_zone="UTC")
    return [c for c in extract(article) if c.kind is not ClaimKind.opinion and (kind is None or c.kind is kind)]


def moves(text: str) -> set[tuple[str | None, float | None]]:
    return {(c.asset, c.value) for c in claims_in(text, ClaimKind.price_change)}


# -- a move said once for a list of coins -------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Cardano is off 4.1%, Polkadot 3.2% and Chainlink nearly 6%.", {("ADA", -4.1), ("DOT", -3.2), ("LINK", -6.0)}),
    ("Ether fell 3.1%, Solana 5.2% and XRP 2.4%.", {("ETH", -3.1), ("SOL", -5.2), ("XRP", -2.4)}),
    ("Over the week BNB gained 6.5%, Dogecoin 9% and Cardano about 4%.", {("BNB", 6.5), ("DOGE", 9.0), ("ADA", 4.0)}),
])
def test_a_verb_said_once_gives_each_listed_coin_its_own_move(text: str, expected: set) -> None:
    assert moves(text) == expected


def test_the_gapped_coins_keep_the_first_coins_window() -> None:
    found = claims_in("Over the past seven days, Solana has dropped 8.3%, Avalanche (AVAX) 11% and Polkadot 7.7%.",
                      ClaimKind.price_change)
    assert {c.asset for c in found} == {"SOL", "AVAX", "DOT"}
    assert {(c.time.end - c.time.start).days for c in found} == {7}


def test_a_figure_after_a_coin_that_is_no_move_stays_out() -> None:
    # the 40% is a share of supply, joined by 'and' but with no coin before it
    assert moves("Ether rose 2% on Monday, and 40% of its supply is staked.") == {("ETH", 2.0)}


# -- market cap: its change in dollars and in percent --------------------------------------------

@pytest.mark.parametrize("text", [
    "Friday's rout erased $410 billion of market value from the wider crypto market.",
    "Total crypto market capitalisation has had over $410 billion wiped since Monday.",
])
def test_an_amount_taken_from_the_market_cap_is_its_fall(text: str) -> None:
    (claim,) = claims_in(text, ClaimKind.market_cap)
    assert (claim.asset, claim.comparator, claim.value, claim.unit) == (None, Comparator.down, -410e9, "USD")


def test_a_coin_losing_market_value_is_that_coins_change() -> None:
    (claim,) = claims_in("Ether lost $35 billion in market value over the weekend.", ClaimKind.market_cap)
    assert (claim.asset, claim.comparator, claim.value) == ("ETH", Comparator.down, -35e9)


def test_the_market_cap_shedding_a_percentage_is_its_fall() -> None:
    (claim,) = claims_in("Total crypto market capitalisation was shedding 3.2 percent on the day.", ClaimKind.market_cap)
    assert (claim.asset, claim.comparator, claim.value) == (None, Comparator.down, -3.2)


def test_the_level_a_change_went_on_to_reach() -> None:
    found = claims_in("Total crypto market capitalisation slipped 3.2 percent, to reach $2.41 trillion.", ClaimKind.market_cap)
    assert {(c.asset, c.comparator, c.value) for c in found} == {(None, Comparator.down, -3.2), (None, Comparator.at, 2.41e12)}


def test_a_change_by_about_a_percentage_is_a_move_not_a_level() -> None:
    (claim,) = claims_in("The total market capitalization of crypto assets fell by around 4% over the weekend.",
                         ClaimKind.market_cap)
    assert (claim.comparator, claim.value) == (Comparator.down, -4.0)
    (level,) = claims_in("Bitcoin dominance stood at around 57%.", ClaimKind.market_cap)
    assert (level.comparator, level.value, level.metric) == (Comparator.at, 57.0, "dominance")


def test_the_crypto_economy_is_the_whole_markets_value() -> None:
    (claim,) = claims_in("Bitcoin rose. The whole crypto economy is now valued at about $3.2 trillion.", ClaimKind.market_cap)
    assert (claim.asset, claim.value) == (None, 3.2e12)


def test_a_coins_record_after_the_market_cap_is_no_reading_of_the_cap() -> None:
    found = claims_in("The overall crypto market cap has fallen by 12% to $3.1 trillion since Ether set a record high "
                      "of $4,870 in August.")
    assert {(c.kind, c.value) for c in found if c.kind is ClaimKind.market_cap} == {
        (ClaimKind.market_cap, -12.0), (ClaimKind.market_cap, 3.1e12)}
    assert any(c.kind is ClaimKind.all_time_high and c.value == 4870 for c in found)


# -- volume: the whole market's, a sector's, a coin's --------------------------------------------

@pytest.mark.parametrize("text", [
    "Bitcoin fell 2%. Total crypto trading volume jumped 21.5% to $88.1 billion.",
    "Bitcoin fell 2%. Global crypto market capitalisation was $2.3 trillion on Tuesday, while volume reached $88.1 billion.",
    "Bitcoin fell 2%. Trading volume across DeFi came to $88.1 billion.",
])
def test_the_whole_markets_volume_is_no_coins(text: str) -> None:
    found = claims_in(text, ClaimKind.volume)
    assert found and {c.asset for c in found} == {None}
    assert 88.1e9 in {c.value for c in found}


def test_a_coins_own_volume_stays_the_coins() -> None:
    found = claims_in("Bitcoin fell 2%. Bitcoin's trading volume rose 10% to $30 billion.", ClaimKind.volume)
    assert {c.asset for c in found} == {"BTC"}


# -- streaks and their prospects ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "direction", "count", "timeframe"), [
    ("Ether is on a five-day losing streak.", "down", 5, "1d"),
    ("Solana extended its three-week winning streak.", "up", 3, "1w"),
    ("Measured on a weekly basis, ether has now posted four consecutive losses.", "down", 4, "1w"),
])
def test_a_streak_is_counted_in_candles(text: str, direction: str, count: int, timeframe: str) -> None:
    (claim,) = claims_in(text, ClaimKind.trend)
    assert (claim.metric, claim.zone, claim.count, claim.timeframe) == ("streak", direction, count, timeframe)


def test_a_slide_of_some_days_stays_a_trend_of_that_length() -> None:
    (claim,) = claims_in("Bitcoin extended its four-day slide.", ClaimKind.trend)
    assert (claim.metric, claim.duration_days) == ("trend", 4.0)


def test_consecutive_declines_with_no_candle_named_are_no_streak() -> None:
    assert claims_in("Ether has suffered three consecutive declines.", ClaimKind.trend) == []


def test_the_markets_streak_is_no_coins() -> None:
    (claim,) = claims_in("Bitcoin slipped. The broader crypto market snapped a two-day winning streak on Friday.",
                         ClaimKind.trend)
    assert (claim.asset, claim.count) == (None, 2)


@pytest.mark.parametrize("text", [
    "Ether is on course to post its third consecutive monthly decline.",
    "Solana is heading towards a fourth straight day of losses.",
    "Solana is on track to log a sixth straight weekly gain.",
])
def test_a_streak_still_to_come_is_a_forecast(text: str) -> None:
    found = claims_in(text)
    assert [c.kind for c in found] == [ClaimKind.forecast]
    assert found[0].modality is Modality.forecast


def test_a_streak_already_posted_is_a_trend() -> None:
    (claim,) = claims_in("Ether posted its third consecutive monthly decline.")
    assert (claim.kind, claim.count, claim.timeframe) == (ClaimKind.trend, 3, "1M")


# -- distance from a record, and a high that is no record ----------------------------------------

def test_a_decline_from_an_all_time_high_is_the_distance_below_it() -> None:
    found = claims_in("Ether has now declined by more than 40% from an all-time high of $4,950.")
    assert {(c.kind, c.comparator, c.value) for c in found} == {
        (ClaimKind.all_time_high, Comparator.below, 40.0), (ClaimKind.all_time_high, Comparator.at, 4950.0)}


def test_the_loss_told_after_the_record_that_opens_its_clause() -> None:
    found = claims_in("Ether is off 12% this month, and from its all-time high it has shed 41.3%.")
    assert {(c.kind, c.value) for c in found} == {(ClaimKind.price_change, -12.0), (ClaimKind.all_time_high, 41.3)}


def test_the_years_high_is_no_record() -> None:
    found = claims_in("Solana now sits 38.5% below the year's high of $260.")
    assert not any(c.kind is ClaimKind.all_time_high for c in found)
    assert any(c.kind is ClaimKind.price_change and c.value == -38.5 for c in found)


# -- past extremes ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("Late on Wednesday, Ether dumped to $2,400.", ClaimKind.intraday_low),
    ("Ether had jumped to $2,900 last weekend.", ClaimKind.intraday_high),
])
def test_a_move_to_a_price_in_a_session_already_over_is_its_extreme(text: str, kind: ClaimKind) -> None:
    (claim,) = claims_in(text)
    assert claim.kind is kind


def test_a_move_to_a_price_last_month_stays_a_level() -> None:
    (claim,) = claims_in("Ether rose to $2,900 last month.")
    assert claim.kind is ClaimKind.price_level


def test_a_change_noun_of_slip_is_a_fall() -> None:
    assert moves("That marks a slip of 1.3% in the last 30 days and a leap of 4.2% over the week.") == {(None, -1.3), (None, 4.2)}


# -- the Fear & Greed gauge ---------------------------------------------------------------------

def test_a_reading_written_over_its_scale() -> None:
    (claim,) = claims_in("The Crypto Fear and Greed Index reads 31/100, in fear territory.", ClaimKind.sentiment_index)
    assert (claim.value, claim.zone) == (31.0, "fear")


@pytest.mark.parametrize("text", [
    "The Fear and Greed Index now shows a neutral reading.",
    "The Fear and Greed Index now sits in neutral territory.",
])
def test_a_neutral_state_said_of_the_gauge_is_the_gauges(text: str) -> None:
    (claim,) = claims_in(text)
    assert (claim.kind, claim.metric, claim.zone, claim.asset) == (ClaimKind.sentiment_index, "fear_greed", "neutral", None)


def test_a_neutral_rsi_stays_the_rsis() -> None:
    (claim,) = claims_in("Ether's daily RSI shows a neutral reading.")
    assert (claim.kind, claim.zone) == (ClaimKind.indicator, "neutral")


# -- bulls losing momentum lose no money --------------------------------------------------------

def test_bulls_losing_momentum_is_no_liquidation() -> None:
    found = claims_in("Should bulls lose steam, ether could slide to $2,300, a trader said.")
    assert [c.kind for c in found] == [ClaimKind.forecast]
    assert found[0].modality is Modality.conditional


def test_shorts_losing_a_sum_are_still_liquidated() -> None:
    (claim,) = claims_in("Ether shorts alone lost $190 million.", ClaimKind.liquidations)
    assert (claim.side, claim.value) == ("short", 190e6)


# -- a price table with its currency in the header ----------------------------------------------

def test_a_currency_headed_table_gives_each_row_its_price_and_change() -> None:
    found = claims_in("Major coins slipped on Tuesday. NAME PRICE (INR) 24H % Bitcoin 84,10,250 -1.85% "
                      "Ethereum 2,61,340.5 -3.02% Solana 12,450.7 1.4% Cardano 52.31 -0.6%")
    levels = {(c.asset, c.value, c.unit) for c in found if c.kind is ClaimKind.price_level}
    assert levels == {("BTC", 8410250.0, "INR"), ("ETH", 261340.5, "INR"), ("SOL", 12450.7, "INR"), ("ADA", 52.31, "INR")}
    changes = {(c.asset, c.value) for c in found if c.kind is ClaimKind.price_change}
    assert changes == {("BTC", -1.85), ("ETH", -3.02), ("SOL", 1.4), ("ADA", -0.6)}


def test_a_coin_and_a_number_in_prose_is_no_table_row() -> None:
    assert claims_in("Bitcoin 45,000 rose while Ether 3,000 fell.", ClaimKind.price_level) == []


# -- 'Both ...' after two coins, and a coin's name that is also a word ---------------------------

def test_both_after_two_coins_shares_the_move_and_pairs_the_levels() -> None:
    found = claims_in("Bitcoin slipped 1%. Cardano and Avalanche fared worst. Both lost over 12% this week, ending at $0.58 "
                      "and $19, respectively.")
    assert {(c.asset, c.value) for c in found if c.kind is ClaimKind.price_change} == {("BTC", -1.0), ("ADA", -12.0), ("AVAX", -12.0)}
    assert {(c.asset, c.value) for c in found if c.kind is ClaimKind.price_level} == {("ADA", 0.58), ("AVAX", 19.0)}


def test_both_with_one_level_gives_it_to_each_coin() -> None:
    found = claims_in("Bitcoin slipped 1%. Ether and Solana lagged. Both are down 6% on the week.", ClaimKind.price_change)
    assert {(c.asset, c.value) for c in found} == {("BTC", -1.0), ("ETH", -6.0), ("SOL", -6.0)}


def test_a_word_that_is_a_coin_name_stays_a_word_outside_a_list() -> None:
    found = claims_in("An avalanche of sell orders hit the market, and bitcoin fell 3%.", ClaimKind.price_change)
    assert {c.asset for c in found} == {"BTC"}


# -- levels as wraps write them ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "comparator", "value", "unit"), [
    ("Cardano still struggles below $0.60.", Comparator.below, 0.6, "USD"),
    ("Ether recorded 4.6 million won on Bithumb at noon.", Comparator.at, 4.6e6, "KRW"),
    ("Ether closed the week at $3,010, its first time below $3,100 since August.", Comparator.crossed_below, 3100.0, "USD"),
    ("Bitcoin traded at $99,500, its first time above $99,000 since May.", Comparator.crossed_above, 99000.0, "USD"),
])
def test_a_level_as_wraps_write_it(text: str, comparator: Comparator, value: float, unit: str) -> None:
    found = claims_in(text, ClaimKind.price_level)
    assert (comparator, value, unit) in {(c.comparator, c.value, c.unit) for c in found}


def test_funds_recording_inflows_give_no_price() -> None:
    assert claims_in("Spot bitcoin ETFs recorded $500 million of net inflows.", ClaimKind.price_level) == []


# -- a paragraph about one coin ------------------------------------------------------------------

def test_a_figure_in_a_paragraph_about_one_coin_is_that_coins() -> None:
    text = ("Bitcoin\nBitcoin lost 1.1% to $61,480. Trading volume came to $29.5 billion.\n"
            "Dogecoin\nDogecoin slid 2.9% to $0.12. Trading volume came to $1.4 billion.")
    found = claims_in(text, ClaimKind.volume)
    assert {(c.asset, round(c.value / 1e8)) for c in found} == {("BTC", 295), ("DOGE", 14)}


# -- new records as a target ---------------------------------------------------------------------

def test_new_highs_expected_are_a_forecast_and_new_highs_hit_are_not() -> None:
    (claim,) = claims_in("A strategist thinks Solana could climb to new highs before December.")
    assert (claim.kind, claim.asset, claim.value, claim.modality) == (ClaimKind.forecast, "SOL", None, Modality.forecast)
    assert claims_in("Solana hit new highs on Monday.", ClaimKind.forecast) == []


def test_a_record_passed_with_its_level_stays_the_record() -> None:
    (claim,) = claims_in("Ether rallied beyond its all-time high of $4,950 on Monday.")
    assert (claim.kind, claim.value) == (ClaimKind.all_time_high, 4950.0)


def test_the_round_line_a_totals_level_passed_is_a_reading_of_the_total() -> None:
    found = claims_in("Total crypto market cap slid 3.8% to $2.94 trillion, slipping under $3 trillion.", ClaimKind.market_cap)
    assert {(c.comparator, c.value) for c in found} == {
        (Comparator.down, -3.8), (Comparator.at, 2.94e12), (Comparator.below, 3e12)}


@pytest.mark.parametrize(("text", "kind", "comparator", "value", "day"), [
    ("Ether touched a two-week high on Monday at just above $2,950.", ClaimKind.intraday_high, Comparator.above, 2950.0, 2),
    ("Ether sank to a two-week low on Sunday at $2,310.", ClaimKind.intraday_low, Comparator.at, 2310.0, 1),
])
def test_an_extreme_with_its_day_named_before_its_level(text: str, kind: ClaimKind, comparator: Comparator, value: float,
                                                          day: int) -> None:
    (claim,) = claims_in(text)
    assert (claim.kind, claim.comparator, claim.value, claim.time.start.day) == (kind, comparator, value, day)
