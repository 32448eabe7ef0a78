"""The Fear & Greed index told against its own past: an average over some days, a move in points,
an earlier day's print. Sentences written for these tests; figures from alternative.me's daily
values in ../shared/market (Feb 2026: 02-02 14, 02-03 17, 02-04 14, 02-05 12, 02-06 9, 02-07 6,
02-08 7, 02-09 14, 02-10 9; one day, 2024-10-26, is missing from the series)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from extract_helpers import claims_of

from factcheck.model import FEAR_GREED_AVERAGE, FEAR_GREED_CHANGE, ClaimKind, Verdict
from factcheck.pipeline import check

MONDAY = datetime(2026, 2, 9, 12, tzinfo=UTC)


def _gauge(text: str, published: datetime = MONDAY):
    return [c for c in claims_of(text, published) if c.kind is ClaimKind.sentiment_index]


def _checked(text: str, published: str, store, metric: str):
    report = check("report.txt", text="Market sentiment\n\n" + text + "\n", published=published, store=store,
                   offline=True, sentiment=None)
    found = [c for c in report.claims if c.claim.kind is ClaimKind.sentiment_index and c.claim.metric == metric]
    assert len(found) == 1, [(c.claim.metric, c.claim.value, c.claim.text) for c in report.claims]
    return found[0]


# extraction


def test_an_average_is_its_own_claim_over_the_days_named_not_the_days_reading() -> None:
    found = _gauge("The Crypto Fear & Greed Index fell to 14 on Monday, and the index's 7-day average stands at 31.")
    assert sorted((c.metric, c.value) for c in found) == [("fear_greed", 14.0), (FEAR_GREED_AVERAGE, 31.0)]
    average = next(c for c in found if c.metric == FEAR_GREED_AVERAGE)
    assert average.period == 7 and (average.time.end - average.time.start).days == 7


def test_a_thirty_day_average_is_no_moving_average_of_a_coin() -> None:
    claims = claims_of("The Fear & Greed Index sits at 14, well under its 30-day average of 45.", MONDAY)
    assert not [c for c in claims if c.kind is ClaimKind.indicator]
    average = [c for c in claims if c.metric == FEAR_GREED_AVERAGE]
    assert [(c.value, c.period) for c in average] == [(45.0, 30)]


def test_an_average_told_with_a_verb_and_its_span() -> None:
    found = _gauge("The Fear & Greed Index has averaged about 26 over the last 30 days.")
    assert [(c.metric, c.value, c.period) for c in found] == [(FEAR_GREED_AVERAGE, 26.0, 30)]


def test_a_move_in_points_runs_from_the_day_named() -> None:
    found = _gauge("The Crypto Fear & Greed Index reads 14, down three points from yesterday.")
    move = next(c for c in found if c.metric == FEAR_GREED_CHANGE)
    assert (move.value, move.comparator.value, move.unit) == (-3.0, "down", "points")
    assert move.time.start == datetime(2026, 2, 8, tzinfo=UTC)
    assert any(c.metric == "fear_greed" and c.value == 14 for c in found)  # the day's reading stays


def test_a_move_in_points_with_no_day_runs_from_the_print_before() -> None:
    move = [c for c in _gauge("The Fear & Greed Index jumped 7 points to 14.") if c.metric == FEAR_GREED_CHANGE]
    assert [(c.value, c.time.start, c.time.text) for c in move] == [(7.0, datetime(2026, 2, 8, tzinfo=UTC), None)]


def test_a_rebound_from_a_weekday_runs_from_that_day() -> None:
    move = [c for c in _gauge("The Fear & Greed Index is at 14, a 9-point rebound from Saturday's reading.")
            if c.metric == FEAR_GREED_CHANGE]
    assert [(c.value, c.time.start) for c in move] == [(9.0, datetime(2026, 2, 7, tzinfo=UTC))]


def test_the_previous_days_score_is_a_reading_of_that_day() -> None:
    found = _gauge("The Fear & Greed Index rose to 14, above the previous day's score of 42.")
    earlier = [c for c in found if c.value == 42]
    assert len(earlier) == 1 and earlier[0].time.kind == "day"
    assert earlier[0].time.start == datetime(2026, 2, 8, tzinfo=UTC)


def test_last_week_is_the_print_seven_days_before_as_the_index_shows_it() -> None:
    found = _gauge("The Fear & Greed Index sits at 9, down from 17 last week.", datetime(2026, 2, 10, 9, tzinfo=UTC))
    earlier = [c for c in found if c.value == 17]
    assert [(c.time.start, c.time.kind) for c in earlier] == [(datetime(2026, 2, 3, tzinfo=UTC), "day")]


def test_a_daily_digest_with_the_day_before_and_last_weeks_average() -> None:
    found = _gauge("According to Alternative, the Crypto Fear & Greed Index reads 14 today (versus 7 yesterday), "
                   "and last week's average stood at 11.")
    assert sorted((c.metric, c.value, c.time.start) for c in found if c.metric != FEAR_GREED_AVERAGE) == [
        ("fear_greed", 7.0, datetime(2026, 2, 8, tzinfo=UTC)), ("fear_greed", 14.0, datetime(2026, 2, 9, tzinfo=UTC))]
    assert [(c.value, c.period) for c in found if c.metric == FEAR_GREED_AVERAGE] == [(11.0, 7)]


def test_the_average_named_before_the_gauge_is_no_reading_of_the_day() -> None:
    found = _gauge("The average reading of the Fear and Greed Index over the past week was just 11.")
    assert [(c.metric, c.value, c.period) for c in found] == [(FEAR_GREED_AVERAGE, 11.0, 7)]


def test_the_day_before_in_brackets_leaves_the_days_reading_its_own_time() -> None:
    found = {c.value: c for c in _gauge("Today the Crypto Fear and Greed Index is 14 (yesterday it was 7).")}
    assert found[7.0].time.start == datetime(2026, 2, 8, tzinfo=UTC)
    assert found[14.0].time.start is not None and found[14.0].time.start >= datetime(2026, 2, 9, tzinfo=UTC)


def test_points_said_of_a_coin_are_no_move_of_the_index() -> None:
    claims = claims_of("Bitcoin's dominance is up 3 points from last week.", MONDAY)
    assert not [c for c in claims if c.metric == FEAR_GREED_CHANGE]


def test_points_of_a_stock_index_beside_the_gauge_are_not_the_gauges() -> None:
    assert not [c for c in _gauge("The Fear & Greed Index reads 40 while the Dow is up 300 points.") if c.metric == FEAR_GREED_CHANGE]
    assert not [c for c in _gauge("The Fear & Greed Index reads 40. The S&P 500 is up 30 points from yesterday.")
                if c.metric == FEAR_GREED_CHANGE]


def test_the_next_sentence_about_the_gauge_keeps_it() -> None:
    moves = [c for c in _gauge("The Fear & Greed Index reads 40. It is up 3 points from yesterday.") if c.metric == FEAR_GREED_CHANGE]
    assert [(c.value, c.time.start) for c in moves] == [(3.0, datetime(2026, 2, 8, tzinfo=UTC))]


# verdicts


def test_a_weekly_average_near_the_mean_of_seven_prints_is_supported(market_store) -> None:
    """02-03..02-09: 17, 14, 12, 9, 6, 7, 14 -> 79 / 7 = 11.3 (02-02..02-08 gives the same)."""
    c = _checked("The Crypto Fear & Greed Index printed 14, while the index's 7-day average stands at 11.",
                 "2026-02-09 12:00 UTC", market_store, FEAR_GREED_AVERAGE)
    assert c.verdict is Verdict.supported, c.evidence.explanation
    assert c.evidence.figure == 11.29


def test_a_thirty_day_average_far_off_is_inaccurate(market_store) -> None:
    """30 days to 02-09 average 26.0 (26.4 to 02-08): nowhere near 45."""
    c = _checked("The Fear & Greed Index sits at 14, well under its 30-day average of 45.", "2026-02-09 12:00 UTC",
                 market_store, FEAR_GREED_AVERAGE)
    assert c.verdict is Verdict.inaccurate, c.evidence.explanation
    assert "26.4" in c.evidence.explanation and "26.0" in c.evidence.explanation


def test_an_average_over_a_missing_day_is_unverifiable(market_store) -> None:
    """The series has no value for 2024-10-26, inside both 30-day windows to 2024-11-05."""
    c = _checked("The Fear & Greed Index's 30-day average is 60.", "2024-11-05 12:00 UTC", market_store, FEAR_GREED_AVERAGE)
    assert c.verdict is Verdict.unverifiable, c.evidence.explanation
    assert "29 of the 30" in c.evidence.explanation


def test_a_move_in_points_that_matches_the_two_prints_is_supported(market_store) -> None:
    """02-08 7 -> 02-09 14: +7."""
    c = _checked("The Crypto Fear & Greed Index climbed to 14, up 7 points from yesterday.", "2026-02-09 12:00 UTC",
                 market_store, FEAR_GREED_CHANGE)
    assert c.verdict is Verdict.supported, c.evidence.explanation
    assert c.evidence.figure == 7


def test_a_move_in_points_the_wrong_way_is_inaccurate(market_store) -> None:
    c = _checked("The Crypto Fear & Greed Index reads 14, down 3 points from yesterday.", "2026-02-09 12:00 UTC",
                 market_store, FEAR_GREED_CHANGE)
    assert c.verdict is Verdict.inaccurate, c.evidence.explanation


def test_a_move_from_a_named_weekday_within_a_point_is_supported(market_store) -> None:
    """Saturday 02-07 read 6, Monday 02-09 14: +8, the article's 9 is one point off."""
    c = _checked("The Fear & Greed Index is at 14, a 9-point rebound from Saturday's reading.", "2026-02-09 12:00 UTC",
                 market_store, FEAR_GREED_CHANGE)
    assert c.verdict is Verdict.supported, c.evidence.explanation
    assert c.evidence.figure == 8


def test_the_previous_days_score_is_checked_on_that_day(market_store) -> None:
    report = check("report.txt", text="Sentiment\n\nThe Fear & Greed Index rose to 14, above the previous day's score of 42.\n",
                   published="2026-02-09 12:00 UTC", store=market_store, offline=True, sentiment=None)
    earlier = [c for c in report.claims if c.claim.kind is ClaimKind.sentiment_index and c.claim.value == 42]
    assert len(earlier) == 1
    assert earlier[0].verdict is Verdict.inaccurate and "was 7" in earlier[0].evidence.explanation


def test_last_weeks_print_is_checked_seven_days_back(market_store) -> None:
    report = check("report.txt", text="Sentiment\n\nThe Fear & Greed Index sits at 9, down from 17 last week.\n",
                   published="2026-02-10 09:00 UTC", store=market_store, offline=True, sentiment=None)
    earlier = [c for c in report.claims if c.claim.kind is ClaimKind.sentiment_index and c.claim.value == 17]
    assert len(earlier) == 1
    assert earlier[0].verdict is Verdict.supported, earlier[0].evidence.explanation


def test_an_earlier_reading_of_a_span_told_is_the_print_that_long_before() -> None:
    from extract_helpers import PUBLISHED, find_claims

    (earlier,) = find_claims("The Fear & Greed Index dropped from 82 to 14.5 within a month.", "sentiment_index", value=82.0)
    assert earlier.time.start <= PUBLISHED - timedelta(days=30) <= earlier.time.end
    (now,) = find_claims("The Fear & Greed Index dropped from 82 to 14.5 within a month.", "sentiment_index", value=14.5)
    assert now.time.end == PUBLISHED
