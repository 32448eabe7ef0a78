"""Records and forecasts the way outlets write them, on sentences written for this test (none is
taken from an article): a date inside a relative clause about the record, a fall 'since it hit'
the record, a distance from 'that mark' after a record named just before, a record's level told
in a 'when' clause, scenario cases, a bar's period that is no forecast horizon, a new record that
does not take the old record's date, and records neared or aimed at.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, Claim, ClaimKind, Comparator, Precision, Verdict
from factcheck.nlp.extract import extract
from factcheck.verify.tolerance import near_record_grade

PUBLISHED = datetime(2025, 6, 3, 12, tzinfo=UTC)


def _claims(text: str) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if c.kind is not ClaimKind.opinion]


def _of(claims: list[Claim], kind: ClaimKind) -> list[Claim]:
    return [c for c in claims if c.kind is kind]


# 1. A day named inside a relative clause dates the record, not the main clause's figures


def test_relative_clause_date_stays_with_the_record() -> None:
    claims = _claims("Ether, which set a record high of $4,950 on Aug. 24, was last down 2.1% at $3,020.")
    record = next(c for c in claims if c.kind is ClaimKind.all_time_high and c.value == 4950)
    assert record.record_time is not None and record.record_time.start.date().isoformat() == "2024-08-24"
    change = next(c for c in claims if c.kind is ClaimKind.price_change)
    assert change.value == -2.1 and change.time.end == PUBLISHED
    level = next(c for c in claims if c.kind is ClaimKind.price_level and c.value == 3020)
    assert level.time.end == PUBLISHED


# 2. 'has lost 60% since it hit an all-time high': the distance below the record, not a move


@pytest.mark.parametrize(("text", "asset", "distance"), [
    ("Cardano is off 60% since it set an all-time high of $3.10 in 2021.", "ADA", 60),
    ("Ether has given back 18% since it set its record in August.", "ETH", 18),
])
def test_fall_since_it_hit_the_record_is_a_distance(text: str, asset: str, distance: float) -> None:
    claims = _claims(text)
    assert any(c.kind is ClaimKind.all_time_high and c.comparator is Comparator.below and c.value == distance
               and c.asset == asset for c in claims)
    assert not any(c.kind is ClaimKind.price_change for c in claims)


# 3. '30% below that level' after a record named just before; not after any other level


def test_distance_below_that_mark_after_a_record() -> None:
    claims = _claims("BNB's record was logged in June at $790. The token now changes hands 30% under that level.")
    assert any(c.kind is ClaimKind.all_time_high and c.comparator is Comparator.below and c.value == 30 for c in claims)
    assert any(c.kind is ClaimKind.all_time_high and c.comparator is Comparator.at and c.value == 790 for c in claims)


def test_distance_below_that_mark_without_a_record_is_no_record() -> None:
    claims = _claims("Traders watched $100,000 closely all week. Bitcoin is now 5% below that mark.")
    assert not _of(claims, ClaimKind.all_time_high)


# 4. 'The record came on Aug. 24, when it touched $4,950': the level is the record, dated


@pytest.mark.parametrize(("text", "value", "day"), [
    ("Cardano's all-time high came on Sept. 2, when it touched $3.10.", 3.1, "2024-09-02"),
    ("The record for BNB was set on Dec. 4, when BNB traded as high as $790.", 790, "2024-12-04"),
])
def test_level_in_the_when_clause_of_a_dated_record(text: str, value: float, day: str) -> None:
    claims = _claims(text)
    record = next(c for c in claims if c.kind is ClaimKind.all_time_high)
    assert record.comparator is Comparator.at and record.value == value
    assert record.record_time is not None and record.record_time.start.date().isoformat() == day
    assert not _of(claims, ClaimKind.price_level) and not _of(claims, ClaimKind.intraday_high)


def test_when_clause_without_a_record_stays_a_level() -> None:
    claims = _claims("The rally began on Monday, when ether reached $3,000.")
    assert not _of(claims, ClaimKind.all_time_high)


# 5. Scenario cases name the level each scenario ends at


def test_bear_and_bull_cases_are_forecasts() -> None:
    claims = _claims("For bitcoin, the bank's bear case is $70,000, while its bull case is $180,000.")
    assert sorted(c.value for c in _of(claims, ClaimKind.forecast)) == [70000, 180000]


def test_a_bullish_scenario_of_a_level() -> None:
    claims = _claims("Analysts sketched a bullish scenario of $9,000 for ether by the end of the year.")
    forecast = next(c for c in _of(claims, ClaimKind.forecast))
    assert forecast.asset == "ETH" and forecast.value == 9000


# 6. 'A daily close above ...': the bar's period is the condition's, not the call's horizon


@pytest.mark.parametrize("text", [
    "A daily close above $2.40 could lift XRP to $2.90.",
    "A weekly close above $70,000 could send bitcoin to $80,000.",
])
def test_bar_period_is_no_forecast_horizon(text: str) -> None:
    forecast = next(c for c in _claims(text) if c.kind is ClaimKind.forecast)
    assert forecast.time.end is not None and forecast.time.end > PUBLISHED


# 7. A new record does not take the date of the old record it beat


def test_new_record_does_not_take_the_old_records_date() -> None:
    claims = _claims("Ether climbed to a new all-time high above $5,000, beating its previous record of $4,950 set in August 2024.")
    new = next(c for c in claims if c.kind is ClaimKind.all_time_high and c.comparator is Comparator.crossed_above)
    assert new.value == 5000 and new.time.end == PUBLISHED
    old = next(c for c in claims if c.kind is ClaimKind.all_time_high and c.value == 4950)
    assert old.record_time is not None and old.record_time.start.date().isoformat() == "2024-08-01"


# 8. A record neared is still above the price; a record aimed at is a forecast


@pytest.mark.parametrize("text", ["Dogecoin Nears Record High as Memecoins Rally", "Cardano is approaching its all-time high again."])
def test_nearing_the_record(text: str) -> None:
    record = next(c for c in _claims(text) if c.kind is ClaimKind.all_time_high)
    assert record.comparator is Comparator.below and record.value is None and record.bound == "at_most"


@pytest.mark.parametrize("text", ["XRP Eyes New All-Time High After ETF Filing", "Solana is eyeing a fresh record high."])
def test_aiming_at_a_record_is_a_forecast(text: str) -> None:
    claims = _claims(text)
    assert [c.value for c in _of(claims, ClaimKind.forecast)] == [None]
    assert not _of(claims, ClaimKind.all_time_high)


def test_open_interest_nearing_its_record_is_no_price_record() -> None:
    assert not _of(_claims("Open interest in ether futures is nearing its record high."), ClaimKind.all_time_high)


@pytest.mark.parametrize(("gap", "expected"), [
    (3.0, Verdict.supported), (9.5, Verdict.supported), (15.0, Verdict.imprecise), (0.0, Verdict.imprecise), (35.0, Verdict.inaccurate),
])
def test_near_record_grade(gap: float, expected: Verdict) -> None:
    assert near_record_grade(gap) is expected


# 9. A target named in words keeps the horizon written after it


@pytest.mark.parametrize(("text", "end"), [
    ("Traders expect solana to set a new all-time high this month.", datetime(2025, 7, 1, tzinfo=UTC)),
    ("A break of $3,000 could let XRP retest its previous high by year-end.", datetime(2026, 1, 1, tzinfo=UTC)),
])
def test_worded_target_keeps_its_horizon(text: str, end: datetime) -> None:
    forecast = next(c for c in _claims(text) if c.kind is ClaimKind.forecast)
    assert forecast.value is None and forecast.time.end == end


# 10. A fall told after a fronted 'From its record ...,' is the distance below the record


def test_fall_after_a_fronted_record_is_a_distance() -> None:
    claims = _claims("From its record of $3.10 in September 2021, cardano has since shed 77.5%.")
    assert any(c.kind is ClaimKind.all_time_high and c.comparator is Comparator.below and c.value == 77.5 for c in claims)
    assert not _of(claims, ClaimKind.price_change)


def test_fall_after_a_fronted_weekday_high_stays_a_move() -> None:
    claims = _claims("From Monday's high, ether has dropped 5%.")
    assert not _of(claims, ClaimKind.all_time_high) and _of(claims, ClaimKind.price_change)


# 11. A superseded 'initial forecast' is history; an 'initial target' is a trade's first target


def test_initial_forecast_is_superseded() -> None:
    assert not _of(_claims("The note replaces the desk's initial forecast of $7,000 for ether."), ClaimKind.forecast)


def test_initial_target_is_a_forecast() -> None:
    assert [c.value for c in _of(_claims("For ether, the initial target is $3,200."), ClaimKind.forecast)] == [3200]


# 12. The line a scenario's condition crosses is a line, not a target


@pytest.mark.parametrize(("text", "kind", "level", "target"), [
    ("A push through the $1.10 resistance could lift cardano to $1.40.", ClaimKind.resistance, 1.1, 1.4),
    ("Failure to hold support at $140 could send solana down to $120.", ClaimKind.support, 140, 120),
])
def test_line_in_the_condition_is_no_target(text: str, kind: ClaimKind, level: float, target: float) -> None:
    claims = _claims(text)
    assert [c.value for c in _of(claims, ClaimKind.forecast)] == [target]
    line = next(c for c in _of(claims, kind))
    assert line.value == level


def test_a_level_that_could_be_the_key_is_no_target() -> None:
    assert not _of(_claims("A base around $0.41 could be the key to any rebound in cardano."), ClaimKind.forecast)


# 13. Prediction-market bets on a record are no forecast


def test_bets_on_a_new_record_are_no_forecast() -> None:
    claims = _claims("Punters on Kalshi are wagering that ether sets a new all-time high by June.")
    assert not _of(claims, ClaimKind.forecast)


# 14. Hedged carrying and a run at a named level are targets


@pytest.mark.parametrize(("text", "comparator", "value"), [
    ("Fresh inflows may help cardano, possibly lifting its price beyond the $2 mark.", Comparator.above, 2),
    ("The upgrade may lift demand, possibly sending ether toward $4,000.", Comparator.at, 4000),
    ("Cardano looks set to make a run at the 61.8% Fibonacci level at $1.25.", Comparator.at, 1.25),
])
def test_hedged_targets(text: str, comparator: Comparator, value: float) -> None:
    forecast = next(c for c in _claims(text) if c.kind is ClaimKind.forecast)
    assert forecast.comparator is comparator and forecast.value == value


def test_a_push_toward_an_average_has_no_200_day_horizon() -> None:
    forecast = next(c for c in _claims("Bulls may attempt a push toward the 200-day line near $98,000.") if c.kind is ClaimKind.forecast)
    assert forecast.value == 98000 and forecast.time.text is not None and "200" not in forecast.time.text


def test_reported_carrying_stays_a_level() -> None:
    assert not _of(_claims("Bitcoin rallied on Monday, pushing its price past $70,000."), ClaimKind.forecast)


# 15. A call to retest the coin's own record: the record and the call


def test_retest_of_its_own_record_is_record_and_forecast() -> None:
    claims = _claims("A push through $1.10 could allow cardano to retest its ATH at $3.10.")
    assert [c.value for c in _of(claims, ClaimKind.forecast)] == [3.1]
    assert [c.value for c in _of(claims, ClaimKind.all_time_high)] == [3.1]


# 16. A record reached before a hedged clause is told, not expected


def test_record_reached_before_a_hedge_is_no_forecast() -> None:
    claims = _claims("Solana could be losing steam after setting a record high in January.")
    assert not _of(claims, ClaimKind.forecast)
    record = next(c for c in _of(claims, ClaimKind.all_time_high))
    # a record dated months before publication is that record, at its date (record_past.py), not a crossing now
    assert record.comparator is Comparator.at and record.record_time is not None


def test_best_and_worst_cases_around_a_level() -> None:
    claims = _claims("For XRP we see a best case above $3 if demand returns, and a worst case near $1.80.")
    assert sorted((c.comparator.value, c.value) for c in _of(claims, ClaimKind.forecast)) == [("above", 3), ("at", 1.8)]


def test_a_series_nearing_its_record_in_a_participle_is_no_price_record() -> None:
    text = "Cardano futures OI swelled to $900 million, adding 9% in a week and nearing its all-time high."
    assert not _of(_claims(text), ClaimKind.all_time_high)
    price = "Cardano rose to $2.60, adding 9% in a week and nearing its all-time high."
    assert [c.comparator for c in _of(_claims(price), ClaimKind.all_time_high)] == [Comparator.below]


# 17. The coin's own record as a subject is the record held, its level bounded by 'over'


def test_owned_record_of_over_a_level_is_the_record_held() -> None:
    record = next(c for c in _claims("Cardano's record high of above $3 was logged in September 2021.")
                  if c.kind is ClaimKind.all_time_high)
    assert record.comparator is Comparator.at and record.value == 3


def test_new_record_of_over_a_level_passes_it() -> None:
    record = next(c for c in _claims("Bitcoin set a new all-time high of over $112,000 on Thursday.") if c.kind is ClaimKind.all_time_high)
    assert record.comparator is Comparator.crossed_above and record.value == 112000


# 18. The distance still to go before reaching the record


@pytest.mark.parametrize(("text", "distance"), [
    ("BNB is barely 4% away from setting a fresh record.", 4),
    ("Ether sits 8% short of hitting its all-time high.", 8),
])
def test_distance_before_reaching_the_record(text: str, distance: float) -> None:
    claims = _claims(text)
    assert [(c.comparator, c.value) for c in _of(claims, ClaimKind.all_time_high)] == [(Comparator.below, distance)]


# 19. A call to revisit the record, its level named: the record, and the call


def test_call_to_retest_its_record_of_a_level() -> None:
    claims = _claims("Analysts think BNB could retest its all-time high of $790 this month.")
    assert [(c.comparator, c.value) for c in _of(claims, ClaimKind.forecast)] == [(Comparator.at, 790)]
    assert [(c.comparator, c.value) for c in _of(claims, ClaimKind.all_time_high)] == [(Comparator.at, 790)]


# 20. A call placed in time by its news is no forecast of that news


def test_move_the_call_came_with_is_no_forecast() -> None:
    claims = _claims("The projection follows a week in which solana topped $250.")
    assert not _of(claims, ClaimKind.forecast)
    assert [(c.comparator, c.value) for c in _of(claims, ClaimKind.price_level)] == [(Comparator.crossed_above, 250)]


# 21. An expected indicator reading is a forecast, never checked as today's reading nor scored as a price


def test_expected_rsi_reading_is_a_forecast() -> None:
    claims = _claims("Ether's daily RSI could slide to 30 if selling continues.")
    assert not _of(claims, ClaimKind.indicator)
    forecast = next(c for c in _of(claims, ClaimKind.forecast))
    assert forecast.metric == "rsi" and forecast.value == 30 and forecast.unit is None


def test_current_rsi_reading_stays_an_indicator() -> None:
    claims = _claims("Ether's RSI is at 45, and the price could bounce from here.")
    assert [c.value for c in _of(claims, ClaimKind.indicator)] == [45]


def test_forecast_of_a_reading_is_not_scored_as_a_price() -> None:
    from factcheck.verify.forecast import check_forecast

    forecast = next(c for c in _claims("Ether's daily RSI could slide to 30 if selling continues.") if c.kind is ClaimKind.forecast)
    checked = check_forecast(forecast, None)  # type: ignore[arg-type]  # decided before any data is read
    assert checked.verdict is Verdict.unverifiable


def test_would_bring_it_back_toward_its_record_is_a_call() -> None:
    claims = _claims("Another leg up might carry BNB back toward its all-time high of $790.")
    assert [c.value for c in _of(claims, ClaimKind.forecast)] == [790]
    assert [c.value for c in _of(claims, ClaimKind.all_time_high)] == [790]
