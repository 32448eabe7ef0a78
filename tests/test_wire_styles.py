"""Constructions of mainstream and wire outlets covering crypto (markets blogs, contributor
columns, FX-site forecasts, explainers with stock-market context, short news with a "what's
next" part), on sentences written for this test:

- a target that rests on a scenario named as the subject ("a recovery above $X would target $Y",
  "A close above $X opens the way to $Y", a bullet dash before it) is conditional, and the
  scenario's own level is no forecast;
- a record "set two weeks ago" is dated that many days back;
- "Gold, the metal bitcoin fans like to mock, has risen 12%" is gold's move, not bitcoin's;
- a price labelled in an apposition ("$58,000, the next support", "$2,310, Tuesday's low") is
  a support or a day's low as well; a support already labelled stays one claim;
- a second Fear & Greed reading after an aside on the first is still read;
- "the 200-day moving average, around $98,400, which the price sits well below" is a position;
- "extreme greed rarely lasts long" is no reading of the index.
"""

from __future__ import annotations

from datetime import UTC, datetime

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 10, 16, 14, 30, tzinfo=UTC)  # a Thursday


def claims(text: str) -> list[Claim]:
    article = Article(text=text, source="-", published_at=PUBLISHED, published_precision=Precision.minute,
                      published_zone="UTC")
    return extract(article)


def of_kind(found: list[Claim], kind: ClaimKind) -> list[Claim]:
    return [c for c in found if c.kind is kind]


def test_scenario_subject_after_a_bullet_dash_makes_the_target_conditional() -> None:
    found = claims("Ethereum hovers near $2,000.\n- A daily close below $1,900 would open the door to $1,750.")
    forecasts = of_kind(found, ClaimKind.forecast)
    assert [(c.asset, c.value, c.modality) for c in forecasts] == [("ETH", 1750, Modality.conditional)]


def test_recovery_above_a_level_is_the_scenario_not_a_target() -> None:
    forecasts = of_kind(claims("A recovery above $64,000 would target $68,000 for bitcoin."), ClaimKind.forecast)
    assert [(c.asset, c.value, c.modality) for c in forecasts] == [("BTC", 68000, Modality.conditional)]


def test_close_above_in_the_bare_present_is_a_scenario() -> None:
    forecasts = of_kind(claims("A close above $2,050 opens the way back to $2,200 for ETH."), ClaimKind.forecast)
    assert [(c.value, c.modality) for c in forecasts] == [(2200, Modality.conditional)]


def test_plain_target_stays_a_forecast() -> None:
    forecasts = of_kind(claims("Bitcoin could reach $80,000 by the end of March."), ClaimKind.forecast)
    assert [(c.value, c.modality) for c in forecasts] == [(80000, Modality.forecast)]


def test_record_set_weeks_ago_is_dated_back_from_publication() -> None:
    records = [c for c in claims("Bitcoin trades at $101,000, about 10% below its record of $112,000, set two weeks ago.")
               if c.kind is ClaimKind.all_time_high and c.value == 112000]
    assert len(records) == 1 and records[0].record_time is not None
    assert records[0].record_time.start <= datetime(2025, 10, 2, tzinfo=UTC) < records[0].record_time.end


def test_record_set_days_ago_is_that_day() -> None:
    records = [c for c in claims("Ether is 5% below the peak of $4,900 it hit three days ago.")
               if c.kind is ClaimKind.all_time_high and c.value == 4900]
    assert records and records[0].record_time is not None
    assert records[0].record_time.start == datetime(2025, 10, 13, tzinfo=UTC)


def test_gold_with_an_aside_naming_bitcoin_is_no_bitcoin_move() -> None:
    found = claims("Gold, the metal bitcoin fans like to mock, has risen 12% this year to above $4,000 an ounce.")
    assert not [c for c in found if c.kind in {ClaimKind.price_change, ClaimKind.price_level}]


def test_coin_with_an_aside_naming_another_coin_keeps_its_move() -> None:
    changes = of_kind(claims("Ether, which lagged bitcoin all year, jumped 9% to $3,200."), ClaimKind.price_change)
    assert [(c.asset, c.value) for c in changes] == [("ETH", 9)]


def test_apposition_names_a_support_beside_a_target() -> None:
    found = claims("Bitcoin could slide to $58,000, the next support.")
    assert [(c.asset, c.value, c.modality) for c in of_kind(found, ClaimKind.support)] == [("BTC", 58000, Modality.asserted)]
    assert [c.value for c in of_kind(found, ClaimKind.forecast)] == [58000]


def test_apposition_names_the_low_of_a_weekday() -> None:
    lows = of_kind(claims("Ether trades at $2,400 after bouncing off $2,310, Tuesday's low."), ClaimKind.intraday_low)
    assert [(c.asset, c.value) for c in lows] == [("ETH", 2310)]
    assert lows[0].time.start == datetime(2025, 10, 14, tzinfo=UTC) and lows[0].time.end == datetime(2025, 10, 15, tzinfo=UTC)


def test_labelled_support_stays_one_claim() -> None:
    found = claims("BTC has a floor at $89,500, Tuesday's low.")
    assert [c.value for c in of_kind(found, ClaimKind.support)] == [89500]
    assert not of_kind(found, ClaimKind.intraday_low)


def test_second_gauge_reading_after_an_aside() -> None:
    found = claims("The Crypto Fear & Greed Index fell to 8 on Sunday, its lowest reading in more than two years, "
                   "and stood at 15 on Tuesday.")
    assert sorted(c.value for c in of_kind(found, ClaimKind.sentiment_index)) == [8, 15]


def test_position_told_in_a_clause_ending_on_its_preposition() -> None:
    found = claims("Analysts also watch bitcoin's 200-day moving average, around $98,400, which the price sits well below.")
    lines = of_kind(found, ClaimKind.indicator)
    assert sorted((c.comparator.value, c.value, c.period) for c in lines if c.comparator is not Comparator.at) == [("below", None, 200)]
    assert [(c.value, c.period) for c in lines if c.comparator is Comparator.at] == [(98400, 200)]


def test_habit_of_a_sentiment_zone_is_no_reading() -> None:
    assert not of_kind(claims("Extreme greed rarely lasts long."), ClaimKind.sentiment_index)
    assert not of_kind(claims("Bitcoin bounced, but extreme fear can persist for a month."), ClaimKind.sentiment_index)


def test_zone_the_gauge_is_in_is_a_reading() -> None:
    zones = of_kind(claims("The Fear & Greed gauge has been in extreme fear for nine days."), ClaimKind.sentiment_index)
    assert [c.zone for c in zones] == ["extreme fear"]


def test_extreme_listed_after_a_resistance_is_a_further_resistance() -> None:
    found = claims("On the upside, ETH faces resistance at $2,650, followed by the March high near $2,900.")
    assert sorted(c.value for c in of_kind(found, ClaimKind.resistance)) == [2650, 2900]
    assert not of_kind(found, ClaimKind.intraday_high)


def test_a_session_high_after_a_resistance_stays_a_high() -> None:
    found = claims("Bitcoin hit resistance at $71,000 and later set a session high of $72,400.")
    assert [c.value for c in of_kind(found, ClaimKind.intraday_high)] == [72400]


def opinions(text: str) -> list[str]:
    return [c.text for c in of_kind(claims(text), ClaimKind.opinion)]


def test_writers_clock_is_no_cause() -> None:
    assert not [o for o in opinions("As I write, ether is trading around $2,450, up 3% on the day.") if "write" in o.lower()]


def test_what_bulls_like_to_call_gold_is_no_reading() -> None:
    assert not [o for o in opinions("Gold, the asset bitcoin bulls like to call a relic, rose 2% to $4,100 an ounce on Tuesday.")
                if "call" in o]


def test_pointing_to_a_claimed_reading_is_no_opinion() -> None:
    found = claims("Chart watchers point to ether's 14-day relative strength index at 31, just above oversold.")
    assert [c.value for c in of_kind(found, ClaimKind.indicator)] == [31]
    assert not [c for c in of_kind(found, ClaimKind.opinion) if "point" in c.text]


def test_funding_definition_and_its_meaning_are_no_opinion() -> None:
    text = ("Funding on bitcoin perpetuals, the fee that long holders pay to keep their bets open, slipped to -0.004% "
            "per eight hours, which means shorts are now the ones paying.")
    assert not opinions(text)


def test_a_cause_given_by_a_source_is_still_an_opinion() -> None:
    assert opinions("Bitcoin fell 4% to $61,000 as traders bet that the Fed would keep rates higher for longer.")


def test_after_bouncing_off_a_level_is_the_low_not_a_change() -> None:
    found = claims("Bitcoin trades at $61,800 after bouncing off $59,400 on Wednesday.")
    assert [(c.asset, c.value) for c in of_kind(found, ClaimKind.intraday_low)] == [("BTC", 59400)]
    assert not [c for c in of_kind(found, ClaimKind.price_change) if c.value == 59400]


def test_support_named_where_a_bullet_target_is_restated() -> None:
    text = ("- Ethereum hovers near $2,000.\n- A daily close below $1,900 would open the door to $1,750.\n\n"
            "Below $1,900, the price would open the door to $1,750, the next support.")
    found = claims(text)
    # the bullet's condition presupposes a floor at $1,900 (corpus/README, modality): a conditional support
    assert [(c.asset, c.value) for c in of_kind(found, ClaimKind.support)] == [("ETH", 1900), ("ETH", 1750)]
    assert [c.modality.value for c in of_kind(found, ClaimKind.support)][0] == "conditional"
    assert [c.value for c in of_kind(found, ClaimKind.forecast)] == [1750]


def test_mid_sentence_data_credit_covers_its_own_clause() -> None:
    found = claims("Ether open interest on Binance rose to about $6.1 billion, exchange data showed, "
                   "while funding rates held near 0.01% per eight hours.")
    modality = {c.kind: (c.modality, c.attributed_to) for c in found}
    assert modality[ClaimKind.open_interest] == (Modality.attributed, "exchange data")
    assert modality[ClaimKind.funding_rate] == (Modality.asserted, None)


def test_closing_data_credit_covers_the_whole_sentence() -> None:
    found = claims("Bitcoin fell 3% to $61,000 while ether dropped 5% to $2,400, CoinGlass data showed.")
    assert {c.modality for c in found if c.kind is ClaimKind.price_change} == {Modality.attributed}
