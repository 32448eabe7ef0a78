"""Market metrics as outlets write them: funding, open interest, volume, liquidations,
RSI, the Fear & Greed index, session highs, records and streaks. Every sentence is
written for these tests, in the many ways a desk note, a wire or a blog phrases them."""

from __future__ import annotations

from datetime import UTC, datetime, timezone

import pytest

from factcheck.model import Article, Claim, ClaimKind, Comparator, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 2, 27, 12, 30, tzinfo=UTC)


def claims_in(text: str, kind: ClaimKind | None = None) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED,
                      published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if kind is None or c.kind is kind]


def one(text: str, kind: ClaimKind) -> Claim:
    found = claims_in(text, kind)
    assert len(found) == 1, [(c.comparator, c.value, c.text) for c in found]
    return found[0]


def readings(text: str, kind: ClaimKind) -> list[tuple[str, float | None]]:
    return sorted((c.comparator.value, c.value) for c in claims_in(text, kind))


# --- funding -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "comparator"), [
    ("Perpetual funding flipped negative on Bybit as shorts piled in.", Comparator.crossed_below),
    ("Funding across major venues turned positive again after a week in the red.", Comparator.crossed_above),
    ("Perp funding stayed negative on Binance for a third day.", Comparator.below),
    ("Funding on Binance's ETH perpetual has stayed negative for most of the week.", Comparator.below),
    ("SOL funding on the big venues is hovering near zero.", Comparator.at),
])
def test_funding_written_as_its_sign_is_a_rate_against_zero(text: str, comparator: Comparator) -> None:
    claim = one(text, ClaimKind.funding_rate)
    assert (claim.comparator, claim.value) == (comparator, 0)


def test_a_rate_told_after_the_sign_is_the_claim() -> None:
    claim = one("Funding on the ETHUSDT perpetual turned negative, averaging about -0.012% per eight hours.",
                ClaimKind.funding_rate)
    assert (claim.comparator, claim.value, claim.unit) == (Comparator.at, -0.012, "%")
    assert claim.text.startswith("averaging")


def test_a_rate_far_from_the_word_funding_is_found_by_its_lead() -> None:
    claim = one("Funding rates on bitcoin perpetuals, a gauge of leveraged demand, have cooled to almost "
                "nothing, with the Binance contract averaging 0.0031% per eight hours on Tuesday.", ClaimKind.funding_rate)
    assert claim.value == 0.0031


def test_funding_that_merely_moved_is_no_claim() -> None:
    assert claims_in("Funding rates have cooled since Friday.", ClaimKind.funding_rate) == []


def test_a_percentage_of_another_metric_is_not_the_funding_rate() -> None:
    assert claims_in("Funding rates climbed, while open interest rose 4% to $30 billion.", ClaimKind.funding_rate) == []


# --- open interest and volume --------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("Spot volume on Kraken more than doubled on Tuesday.", 100),
    ("Ether trading volume tripled over the weekend.", 200),
    ("Futures volume halved from last week's levels.", -50),
    ("Open interest in ether futures nearly doubled this quarter.", 100),
])
def test_a_multiple_is_a_change_in_percent(text: str, value: float) -> None:
    kind = ClaimKind.open_interest if "interest" in text else ClaimKind.volume
    claim = one(text, kind)
    assert (claim.value, claim.unit) == (value, "%")
    assert claim.comparator is (Comparator.up if value > 0 else Comparator.down)


def test_a_multiple_and_the_level_it_reached_are_two_claims() -> None:
    assert readings("Spot volume doubled to $42B on Monday.", ClaimKind.volume) == [("at", 42e9), ("up", 100)]


def test_the_day_of_a_multiple_is_its_window() -> None:
    claim = one("Spot volume on Kraken more than doubled on Tuesday.", ClaimKind.volume)
    assert (claim.time.start, claim.time.end) == (datetime(2025, 2, 25, tzinfo=UTC), datetime(2025, 2, 26, tzinfo=UTC))


@pytest.mark.parametrize("text", [
    "Spot volume across exchanges was about $52 billion on Wednesday, per aggregator data, up from $41 billion on Tuesday.",
    "Aggregate OI stands at $52 billion, down from $41 billion a week ago.",
    "Bitcoin's 24-hour trading volume rose to $52 billion, compared with $41 billion a day earlier.",
])
def test_the_level_a_total_moved_from_is_a_second_reading(text: str) -> None:
    kind = ClaimKind.open_interest if "OI" in text else ClaimKind.volume
    assert readings(text, kind) == [("at", 41e9), ("at", 52e9)]


def test_a_change_after_a_figure_written_before_its_metric() -> None:
    found = readings("Bybit's BTCUSD perpetual carried $3.4 billion of open interest at the midnight snapshot, "
                     "up 2.6% from a day earlier.", ClaimKind.open_interest)
    assert found == [("at", 3.4e9), ("up", 2.6)]


def test_the_level_after_a_change_noun_and_its_metric() -> None:
    found = readings("The rebound came with a 55% jump in 24-hour trading volume to $88.1 billion.", ClaimKind.volume)
    assert found == [("at", 88.1e9), ("up", 55)]


def test_a_change_measured_from_an_average_belongs_to_the_volume() -> None:
    claim = one("Turnover spiked, a 35% increase from the average daily volume.", ClaimKind.volume)
    assert (claim.comparator, claim.value) == (Comparator.up, 35)


def test_a_flat_total_is_a_change_of_zero() -> None:
    claim = one("Open interest has been flat since the weekend.", ClaimKind.open_interest)
    assert (claim.comparator, claim.value, claim.unit) == (Comparator.at, 0, "%")


def test_a_trend_of_the_total_is_its_direction() -> None:
    found = readings("Ether open interest has hit $9.4 billion, on an uptrend since October.", ClaimKind.open_interest)
    assert found == [("at", 9.4e9), ("up", None)]
    assert readings("Open interest rose while the price stayed in a downtrend.", ClaimKind.open_interest) == [("up", None)]


# --- liquidations --------------------------------------------------------------------------


def test_a_passive_with_got_keeps_the_figure() -> None:
    claim = one("Over $250 million worth of ether longs got liquidated on Monday.", ClaimKind.liquidations)
    assert (claim.asset, claim.side, claim.comparator, claim.value) == ("ETH", "long", Comparator.above, 250e6)


def test_a_side_that_accounted_for_a_figure_is_that_sides_liquidations() -> None:
    found = claims_in("Long liquidations totaled $320 million, while shorts accounted for $95 million.", ClaimKind.liquidations)
    assert sorted((c.side, c.value) for c in found) == [("long", 320e6), ("short", 95e6)]
    short = next(c for c in found if c.side == "short")
    assert short.text.startswith("shorts")


def test_a_side_far_along_the_sentence_is_still_found() -> None:
    found = claims_in("Roughly $410 million was liquidated across crypto in 24 hours, and long positions "
                      "accounted for $330 million.", ClaimKind.liquidations)
    assert sorted((c.side, c.value) for c in found) == [("long", 330e6), ("total", 410e6)]


def test_a_side_in_the_next_sentence_after_a_total() -> None:
    found = claims_in("More than $900 million of positions were liquidated over the day. "
                      "Short positions accounted for $610 million of that.", ClaimKind.liquidations)
    assert sorted((c.side, c.value) for c in found) == [("short", 610e6), ("total", 900e6)]


def test_a_side_with_no_liquidations_before_is_no_claim() -> None:
    assert claims_in("Bitcoin rose 3% on Monday. Longs were at $5 million.", ClaimKind.liquidations) == []


def test_the_cause_of_liquidations_is_not_their_coin() -> None:
    claim = one("Ether ETF hopes lead to $180M in short liquidations", ClaimKind.liquidations)
    assert (claim.asset, claim.side) == (None, "short")
    moved = one("Solana's rally triggered $90 million in short liquidations.", ClaimKind.liquidations)
    assert moved.asset == "SOL"


def test_coinglass_longs_wiped_out() -> None:
    claim = one("CoinGlass data show $412 million in longs wiped out over 24 hours.", ClaimKind.liquidations)
    assert (claim.side, claim.value) == ("long", 412e6)


# --- RSI and the Fear & Greed index --------------------------------------------------------


def test_the_timeframe_right_before_the_gauge_is_its_own() -> None:
    found = claims_in("- Daily RSI 31.2 (oversold); 4H RSI bounced to 35.5 from the low 20s", ClaimKind.indicator)
    assert sorted((c.value, c.timeframe) for c in found) == [(31.2, "1d"), (35.5, "4h")]


def test_a_day_between_the_gauge_and_its_reading_is_its_time() -> None:
    claim = one("Ether's daily RSI closed Tuesday at 27, oversold.", ClaimKind.indicator)
    assert (claim.value, claim.timeframe, claim.zone) == (27, "1d", "oversold")
    assert claim.time.start == datetime(2025, 2, 25, tzinfo=UTC)


@pytest.mark.parametrize(("text", "value"), [
    ("The daily RSI printed 71.", 71),
    ("The 14-day relative strength index for ether sits at 31.", 31),
    ("Ether's weekly RSI is 55.", 55),
])
def test_rsi_readings(text: str, value: float) -> None:
    assert one(text, ClaimKind.indicator).value == value


def test_a_gauge_written_as_a_percentage_is_its_reading() -> None:
    claim = one("The fear and greed index jumped to 81%, a reading of extreme greed.", ClaimKind.sentiment_index)
    assert (claim.value, claim.unit, claim.zone) == (81, None, "extreme greed")


def test_the_zone_a_reading_is_said_to_indicate() -> None:
    claim = one("The Crypto Fear & Greed Index sits at 64, indicating greed.", ClaimKind.sentiment_index)
    assert (claim.value, claim.zone) == (64, "greed")


def test_a_reading_a_day_earlier_is_of_that_day() -> None:
    found = claims_in("The Fear & Greed Index read 44 on Thursday and stood at 33 a day earlier.", ClaimKind.sentiment_index)
    earlier = next(c for c in found if c.value == 33)
    assert earlier.time.kind == "day"
    # the index prints once a UTC day: the day before Thursday is Wednesday's print, midnight to midnight
    assert (earlier.time.start, earlier.time.end) == (datetime(2025, 2, 26, tzinfo=UTC), datetime(2025, 2, 27, tzinfo=UTC))



def test_the_earlier_value_of_a_daily_gauge_is_yesterdays_print() -> None:
    earlier = next(c for c in claims_in("The Crypto Fear & Greed Index climbed to 61, greed, from 48.",
                                        ClaimKind.sentiment_index) if c.value == 48)
    assert (earlier.time.start, earlier.time.end) == (datetime(2025, 2, 26, tzinfo=UTC), datetime(2025, 2, 27, tzinfo=UTC))


# --- session highs -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("Bitcoin hit a session peak of $3,412.", 3412),
    ("The day's high was $64,150 on Bitstamp.", 64150),
    ("Bitcoin's session high stood at $101,900.", 101900),
    ("BTC set a local top at $66,800.", 66800),
])
def test_session_highs(text: str, value: float) -> None:
    assert one(text, ClaimKind.intraday_high).value == value


def test_a_past_peak_stated_with_was_is_not_a_session_high() -> None:
    assert claims_in("The 2021 peak was $69,000.", ClaimKind.intraday_high) == []


# --- streaks -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "count", "direction", "timeframe"), [
    ("Bitcoin finished higher on five straight days.", 5, "up", "1d"),
    ("Solana rose for a second day on Tuesday.", 2, "up", "1d"),
    ("Bitcoin has now logged six straight weekly advances.", 6, "up", "1w"),
    ("Ether fell for a third straight session.", 3, "down", "1d"),
    ("XRP gained for the fourth consecutive week.", 4, "up", "1w"),
    ("Ether ended lower for a second week, its longest losing run since March.", 2, "down", "1w"),
])
def test_streaks_written_many_ways(text: str, count: int, direction: str, timeframe: str) -> None:
    claim = one(text, ClaimKind.trend)
    assert (claim.count, claim.zone, claim.timeframe) == (count, direction, timeframe)


def test_a_run_of_fund_flows_is_not_a_price_streak() -> None:
    assert claims_in("ETF inflows rose for a fifth straight day.", ClaimKind.trend) == []


def test_a_headline_streak_keeps_its_timeframe_when_the_parser_splits_it() -> None:
    text = "THE WEEKLY\n16 Feb 2026\n\nFour red weeks, a record-low fear reading and a first bullish MACD cross since December\n"
    claim = one(text, ClaimKind.trend)
    assert (claim.count, claim.timeframe) == (4, "1w")


# --- more liquidation and record phrasings ---------------------------------------------------


def test_a_side_said_of_its_holders_loses_its_liquidations() -> None:
    claim = one("Short sellers were hit hardest, losing $230 million as prices spiked.", ClaimKind.liquidations)
    assert (claim.side, claim.value) == ("short", 230e6)
    assert claims_in("Short-term traders lost $5 million.", ClaimKind.liquidations) == []


def test_money_lost_to_liquidations() -> None:
    claim = one("Traders lost more than $500 million to liquidations overnight.", ClaimKind.liquidations)
    assert (claim.comparator, claim.value, claim.side) == (Comparator.above, 500e6, "total")
    assert claims_in("Bitcoin fell to $60,000 as liquidations mounted.", ClaimKind.liquidations) == []


def test_a_lifetime_high_is_a_record() -> None:
    claim = one("Bitcoin climbed to a fresh lifetime high of $112,000.", ClaimKind.all_time_high)
    assert (claim.comparator, claim.value) == (Comparator.at, 112000)


def test_shy_of_the_peak_is_a_distance_below_it() -> None:
    claim = one("Solana remains 20% shy of its peak.", ClaimKind.all_time_high)
    assert (claim.comparator, claim.value, claim.unit) == (Comparator.below, 20, "%")


def test_a_rough_record_headline_gives_way_to_the_exact_level() -> None:
    found = claims_in("Bitcoin sets record above $109,000\n\nBitcoin hit a record high of $109,588 on Monday.",
                      ClaimKind.all_time_high)
    assert [(c.comparator, c.value) for c in found] == [(Comparator.at, 109588)]
    kept = claims_in("Bitcoin sets record above $100,000\n\nBitcoin hit a record high of $109,588 on Monday.",
                     ClaimKind.all_time_high)
    assert len(kept) == 2  # a bound far below the level is a claim of its own


def test_a_past_run_after_a_date_runs_from_that_date() -> None:
    (claim,) = claims_in("Ether has been falling since it reached a high of $3,400 on January 12. The decline continued for 11 days.",
                         ClaimKind.trend)
    assert (claim.zone, claim.duration_days) == ("down", 11)
    assert (claim.time.start, claim.time.end) == (datetime(2025, 1, 12, tzinfo=UTC), datetime(2025, 1, 23, tzinfo=UTC))
    (ongoing,) = claims_in("Bitcoin has fallen for the past 11 days.", ClaimKind.trend)
    assert ongoing.time.end == PUBLISHED  # a run up to now is measured to publication


def test_a_figure_split_by_the_parser_still_belongs_to_its_metric() -> None:
    claim = one("The average funding rate fell to -0.005%, the lowest since March.", ClaimKind.funding_rate)
    assert (claim.value, claim.unit) == (-0.005, "%")


def test_a_gauges_change_in_points_is_not_a_reading() -> None:
    found = claims_in("The Fear & Greed Index, a gauge of investor mood, plunged 20 points to 25.", ClaimKind.sentiment_index)
    assert [c.value for c in found if c.metric == "fear_greed"] == [25]  # the reading; the 20 is no reading of 20
    assert [(c.metric, c.value) for c in found if c.metric != "fear_greed"] == [("fear_greed_change", -20)]


def test_an_it_conceded_before_the_gauge_is_the_gauge() -> None:
    claim = one("Even though it remains above 50, the RSI is sliding.", ClaimKind.indicator)
    assert (claim.comparator, claim.value, claim.metric) == (Comparator.above, 50, "rsi")
    assert claims_in("Even though it is above $60,000, Bitcoin is falling.", ClaimKind.indicator) == []


def test_a_timeframe_after_the_reading_is_not_its_time() -> None:
    claim = one("Although it sits below 30, the daily RSI has started to turn up.", ClaimKind.indicator)
    assert (claim.value, claim.timeframe, claim.time.kind) == (30, "1d", "instant")


def test_a_gauge_named_again_keeps_its_timeframe() -> None:
    found = claims_in("The weekly RSI for solana is turning lower. Even though it remains above 50, the RSI is sliding.",
                      ClaimKind.indicator)
    assert [(c.value, c.timeframe) for c in found] == [(50, "1w")]
    (alone,) = claims_in("Bitcoin rallied on Monday. The RSI printed 62.", ClaimKind.indicator)
    assert alone.timeframe is None  # daily by convention when nothing says otherwise


def test_each_coins_share_of_the_liquidations() -> None:
    found = claims_in("Bitcoin accounted for $190 million of the liquidations, while ether made up $110 million.",
                      ClaimKind.liquidations)
    assert sorted((c.asset, c.value) for c in found) == [("BTC", 190e6), ("ETH", 110e6)]
    assert next(c for c in found if c.asset == "ETH").text == "ether made up $110 million"


def test_sides_listed_after_a_total() -> None:
    found = claims_in("$520M liquidated in 24h: longs $400M, and the rest shorts.", ClaimKind.liquidations)
    assert sorted((c.side, c.value) for c in found) == [("long", 400e6), ("total", 520e6)]


def test_past_a_figure_is_above_it() -> None:
    claim = one("Crypto liquidations surged past $1 billion as bitcoin tumbled.", ClaimKind.liquidations)
    assert (claim.comparator, claim.value) == (Comparator.above, 1e9)


def test_a_total_announced_as_such_may_stand_further_from_its_metric() -> None:
    """'with a total amount reaching $X': the figure is the liquidations' total even a clause away."""
    from datetime import datetime, timezone

    from factcheck.model import Article, Precision
    from factcheck.nlp.extract import extract

    def liquidations(text: str) -> list[tuple[str | None, float | None]]:
        article = Article(text=text, source="t", published_at=datetime(2025, 4, 7, 12, tzinfo=UTC),
                          published_precision=Precision.minute, published_zone="UTC")
        return [(c.side, c.value) for c in extract(article) if c.kind.value == "liquidations"]

    assert liquidations("More than 310,000 traders were liquidated over the past day, with a total amount "
                        "reaching $940 million.") == [("total", 940_000_000)]
    # without the word 'total' the same distance is too far: the figure may be something else
    assert liquidations("More than 310,000 traders were liquidated over the past day, as the slide dragged "
                        "ether to $1,520.") == []
