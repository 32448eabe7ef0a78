"""Time references read the way a fact-checker reads them, resolved against the
publication time and zone: dates and parts of months, the calendar week, the year
so far, stated clock times, "overnight", weekdays. Every sentence is written for
these tests; each asserts the window's start and end in UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from factcheck.model import Article, Claim, ClaimKind, Precision
from factcheck.nlp.extract import extract

UTC = UTC


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def claims(text: str, published: datetime, *, zone: str = "UTC", day_only: bool = False) -> list[Claim]:
    article = Article(text=text, source="test", published_at=published, published_zone=zone,
                      published_precision=Precision.day if day_only else Precision.minute)
    return [c for c in extract(article) if c.kind is not ClaimKind.opinion]


def one(text: str, published: datetime, kind: ClaimKind, **kw: object) -> Claim:
    found = [c for c in claims(text, published, **kw) if c.kind is kind]  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


def window(claim: Claim) -> tuple[datetime | None, datetime | None]:
    return claim.time.start, claim.time.end


# --- dates and parts of a month -------------------------------------------------------

def test_a_date_is_that_whole_day_in_the_latest_year_up_to_publication() -> None:
    claim = one("Solana has slipped since reaching a high of $212 on March 3.", at(2025, 4, 10, 9, 0), ClaimKind.intraday_high)
    assert window(claim) == (at(2025, 3, 3), at(2025, 3, 4))
    assert claim.time.kind == "day"


def test_a_date_after_the_publication_day_is_last_year() -> None:
    claim = one("Ether printed a high of $4,100 on December 16.", at(2025, 2, 1, 9, 0), ClaimKind.intraday_high)
    assert window(claim) == (at(2024, 12, 16), at(2024, 12, 17))


def test_a_date_is_a_day_of_the_article_zone() -> None:
    claim = one("Bitcoin set a high of $97,000 on Jan. 20.", at(2025, 1, 28, 3, 0), ClaimKind.intraday_high, zone="Asia/Seoul")
    assert window(claim) == (at(2025, 1, 19, 15), at(2025, 1, 20, 15))  # 00:00 KST is 15:00 UTC the day before


def test_early_mid_and_late_are_thirds_of_the_month() -> None:
    text = ("The coin hit $3.10 in mid-January before a slump to $2.05 in early March "
            "and a rebound to $2.60 in late March.")
    found = {c.value: window(c) for c in claims(text, at(2025, 4, 2, 8, 0))}
    assert found[2.05] == (at(2025, 3, 1), at(2025, 3, 11))
    assert found[2.6] == (at(2025, 3, 21), at(2025, 4, 1))


def test_the_first_half_of_a_month_is_half_its_days() -> None:
    claim = one("Ether is up 14% in the first half of April.", at(2025, 4, 20, 12, 0), ClaimKind.price_change)
    assert window(claim) == (at(2025, 4, 1), at(2025, 4, 16))  # 30 days: the 1st to the 15th


def test_a_part_of_the_month_still_running_ends_at_publication() -> None:
    published = at(2025, 4, 7, 12, 0)
    claim = one("Ether is up 4% in early April.", published, ClaimKind.price_change)
    assert window(claim) == (at(2025, 4, 1), published)


def test_since_a_date_runs_to_publication() -> None:
    published = at(2025, 3, 18, 10, 0)
    claim = one("Solana's market cap has seen a 40% drop since January 19, 2025.", published, ClaimKind.market_cap)
    assert window(claim) == (at(2025, 1, 19), published)


def test_a_range_held_since_mid_month_starts_on_the_eleventh() -> None:
    published = at(2025, 2, 5, 10, 0)
    claim = one("Ether has held between $2,600 and $2,900 since mid-January.", published, ClaimKind.price_level)
    assert window(claim) == (at(2025, 1, 11), published)


def test_lowest_since_a_date_is_a_comparison_not_the_claims_time() -> None:
    published = at(2025, 3, 10, 10, 0)
    claim = one("The Fear & Greed Index read 15, its lowest reading since December 2.", published, ClaimKind.sentiment_index)
    assert claim.time.start == claim.time.end == published


# --- since a low, the year so far, the calendar week -----------------------------------

def test_since_a_dip_in_early_month_is_a_rebound_from_that_low() -> None:
    published = at(2024, 10, 2, 9, 0)
    claim = one("Since the early September dip, Solana has risen by 25%.", published, ClaimKind.price_change)
    assert claim.metric == "rebound_from_low"
    assert window(claim) == (at(2024, 9, 1), published)


def test_since_the_start_of_a_named_year() -> None:
    published = at(2025, 1, 9, 14, 0)
    claim = one("Ether has climbed about 5.5% since the start of 2025.", published, ClaimKind.price_change)
    assert window(claim) == (at(2025, 1, 1), published)


def test_year_to_date_in_a_date_only_article_runs_from_january_first() -> None:
    claim = one("XRP has gained 22% year-to-date (YTD).", at(2025, 2, 3), ClaimKind.price_change, day_only=True)
    assert window(claim) == (at(2025, 1, 1), at(2025, 2, 4))


def test_this_week_so_far_starts_monday_midnight_in_the_article_zone() -> None:
    published = at(2025, 5, 16, 9, 30)  # Friday 18:30 in Seoul
    claim = one("Bitcoin has lost 4% this week so far.", published, ClaimKind.price_change, zone="Asia/Seoul")
    assert window(claim) == (at(2025, 5, 11, 15), published)  # Monday 12 May 00:00 KST


def test_earlier_this_week_is_the_weeks_days_before_the_publication_day() -> None:
    claim = one("Bitcoin eclipsed $104,000 earlier this week.", at(2025, 5, 15), ClaimKind.price_level, day_only=True)
    assert window(claim) == (at(2025, 5, 12), at(2025, 5, 15))  # Monday to Thursday 00:00


# --- weekdays -------------------------------------------------------------------------

def test_a_weekday_is_the_publication_day_when_it_is_that_weekday() -> None:
    published = at(2025, 6, 3, 15, 0)  # a Tuesday
    claim = one("Ether was up 2.1% on Tuesday.", published, ClaimKind.price_change)
    assert window(claim) == (at(2025, 6, 3), published)


def test_a_weekday_otherwise_is_the_latest_before_publication() -> None:
    claim = one("Ether was up 2.1% on Tuesday.", at(2025, 6, 5, 15, 0), ClaimKind.price_change)
    assert window(claim) == (at(2025, 6, 3), at(2025, 6, 4))


def test_the_next_weekday_after_a_late_evening_stamp_is_the_writers_today() -> None:
    published = at(2025, 6, 2, 22, 40)  # Monday 22:40: Tuesday has begun east of UTC+1
    claim = one("Bitcoin trades near $105,000, up 0.8% on Tuesday.", published, ClaimKind.price_change)
    assert window(claim) == (at(2025, 6, 2), published)
    morning = one("Bitcoin trades near $105,000, up 0.8% on Tuesday.", at(2025, 6, 2, 9, 0), ClaimKind.price_change)
    assert window(morning) == (at(2025, 5, 27), at(2025, 5, 28))  # a morning stamp: last Tuesday


def test_a_record_later_on_a_weekday_is_about_that_day() -> None:
    claim = one("Ether hit a new ATH above $4,900 later on Sunday.", at(2025, 8, 26), ClaimKind.all_time_high, day_only=True)
    assert window(claim) == (at(2025, 8, 24), at(2025, 8, 25))


# --- clock times ----------------------------------------------------------------------

def test_a_clock_time_pins_its_sentence_in_the_article_zone() -> None:
    published = at(2025, 3, 6, 8, 30)  # 17:30 in Seoul
    found = claims("Bitcoin was traded at $88,100 at 2:15 p.m., up 3% over 24 hours.", published, zone="Asia/Seoul")
    level = next(c for c in found if c.kind is ClaimKind.price_level)
    move = next(c for c in found if c.kind is ClaimKind.price_change)
    assert window(level) == (at(2025, 3, 6, 5, 15), at(2025, 3, 6, 5, 15))
    assert window(move) == (at(2025, 3, 5, 5, 15), at(2025, 3, 6, 5, 15))


def test_an_as_of_time_in_a_date_only_article_is_the_hour_it_was_written() -> None:
    text = ("Bitcoin traded around $82,400 as of 4:45 p.m. UTC. "
            "Ether declined 2.5% to $1,890, while Solana traded at $125.")
    found = claims(text, at(2025, 4, 2), day_only=True)
    moment = at(2025, 4, 2, 16, 45)
    levels = {c.value: window(c) for c in found if c.kind is ClaimKind.price_level}
    assert levels[82400] == levels[125] == (moment, moment)  # traded at: the price then
    assert levels[1890] == (moment - timedelta(hours=24), moment)  # declined to: reached in the day to then
    move = next(c for c in found if c.kind is ClaimKind.price_change)
    assert window(move) == (moment - timedelta(hours=24), moment)


def test_a_clock_time_in_a_named_city() -> None:
    claim = one("Ether sank to $2,380 as of 11:20 a.m. in New York.", at(2025, 6, 13), ClaimKind.intraday_low, day_only=True)
    assert window(claim) == (at(2025, 6, 13, 15, 20), at(2025, 6, 13, 15, 20))  # EDT is UTC-4


# --- overnight ------------------------------------------------------------------------

def test_overnight_in_a_morning_article_runs_from_the_evening_before() -> None:
    published = at(2025, 7, 8, 7, 45)
    claim = one("Ether climbed 6% overnight.", published, ClaimKind.price_change)
    assert window(claim) == (at(2025, 7, 7, 18), published)


def test_overnight_in_an_afternoon_article_ends_in_the_morning() -> None:
    claim = one("Ether climbed 6% overnight.", at(2025, 7, 8, 15, 0), ClaimKind.price_change, zone="Asia/Singapore")
    assert window(claim) == (at(2025, 7, 7, 10), at(2025, 7, 8, 1))  # 18:00 to 09:00 Singapore time


def test_overnight_on_a_date_in_a_date_only_article() -> None:
    claim = one("Overnight on July 8, Solana slumped 9%.", at(2025, 7, 8), ClaimKind.price_change, day_only=True)
    assert window(claim) == (at(2025, 7, 7, 18), at(2025, 7, 9))
    assert claim.time.kind == "day"  # its end is some hour of that day


# --- spans counted in -----------------------------------------------------------------

def test_candles_counted_in_the_last_ten_days() -> None:
    published = at(2025, 9, 15, 12, 0)
    claim = one("Eight green candles over the last ten days.", published, ClaimKind.trend)
    assert (claim.count, claim.duration_days) == (8, 10)
    assert window(claim) == (published - timedelta(days=10), published)


@pytest.mark.parametrize("sentence", ["Ether rose 3% in the last ten days.", "Ether rose 3% over the past 10 days."])
def test_a_written_number_of_days_is_the_window(sentence: str) -> None:
    published = at(2025, 9, 15, 12, 0)
    claim = one(sentence, published, ClaimKind.price_change)
    assert window(claim) == (published - timedelta(days=10), published)


def test_named_starts_are_anchored_and_stated_lengths_are_not() -> None:
    """A verifier slides a stated length over a date-only day, but keeps a named start."""
    from datetime import datetime, timezone

    from factcheck.model import Article, Precision
    from factcheck.nlp.extract import extract

    dated = Article(
        text="Bitcoin has gained 52% since the start of 2025. Ether rose 8% this week. "
        "Solana fell 6% over the past seven days.",
        source="test", published_at=datetime(2025, 6, 4, tzinfo=timezone.utc), published_precision=Precision.day,
        published_zone="UTC",
    )
    anchored = {c.asset: c.time.anchored for c in extract(dated) if c.kind.value == "price_change"}
    assert anchored == {"BTC": True, "ETH": True, "SOL": False}


@pytest.mark.parametrize(("text", "at_"), [
    ("Bitcoin is down about 2% for the year, having started 2025 near $93,600.", at(2025, 1, 1)),
    ("Ether began the year at $3,350 and has lost a quarter since.", at(2025, 1, 1)),
    ("Solana kicked off 2025 at $190.", at(2025, 1, 1)),
    ("Ether ended 2024 at $3,330.", at(2025, 1, 1)),  # the close of 31 December's daily candle
    ("Bitcoin closed out last year near $93,400.", at(2025, 1, 1)),
])
def test_a_price_a_year_started_or_ended_at_is_of_that_candle(text: str, at_: datetime) -> None:
    level = one(text, at(2025, 11, 18, 15, 30), ClaimKind.price_level)
    assert window(level) == (at_, at_)


def test_a_years_start_is_not_lent_to_the_price_now() -> None:
    found = claims("Bitcoin began the year at $42,300 and now trades at $61,000.", at(2025, 11, 18, 15, 30))
    now = next(c for c in found if c.kind is ClaimKind.price_level and c.value == 61000)
    assert window(now) == (at(2025, 11, 18, 15, 30), at(2025, 11, 18, 15, 30))


@pytest.mark.parametrize(("text", "due"), [
    ("The model puts XRP at $2.15 by Sunday.", at(2025, 11, 24)),  # Wednesday 19 Nov: the end of Sunday 23 Nov
    ("Bitcoin could reach $100,000 by Friday, the analyst said.", at(2025, 11, 22)),
    ("Ether is expected to test $4,000 before next Monday.", at(2025, 11, 25)),
])
def test_a_weekday_deadline_is_the_end_of_the_next_such_day(text: str, due: datetime) -> None:
    forecast = one(text, at(2025, 11, 19, 15, 30), ClaimKind.forecast)
    assert window(forecast) == (at(2025, 11, 19, 15, 30), due)


@pytest.mark.parametrize(("text", "days"), [
    ("Bitcoin could rally 20% by Friday, the analyst said.", None),  # the end of Friday 21 Nov
    ("Analysts expect a 5% drop in the next two weeks.", 14),
    ("Solana could jump 15% from here.", 30),  # no horizon written: the default
])
def test_a_forecast_move_keeps_its_written_horizon(text: str, days: int | None) -> None:
    published = at(2025, 11, 19, 15, 30)
    forecast = one(text, published, ClaimKind.forecast)
    assert forecast.unit == "%"
    assert window(forecast) == (published, at(2025, 11, 22) if days is None else published + timedelta(days=days))


def test_a_date_as_recently_as_is_that_day() -> None:
    low = one("Bitcoin has swung hard, with a low just under $90,000 as recently as January 13.",
              at(2025, 1, 20), ClaimKind.intraday_low, day_only=True)
    assert window(low) == (at(2025, 1, 13), at(2025, 1, 14))
