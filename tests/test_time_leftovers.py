"""Time constructions blind-written articles showed the reader missing: live-blog entries
stamped with their own clock time, a period noun a move belongs to ('a volatile week that
took it down 10%'), a weekday's possessive on a level ('Sunday's swing low'), the UTC day a
US outlet's weekday names, a day not lent across 'while', 'last week's candle', seasons as
forecast horizons. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, Claim, ClaimKind, Precision
from factcheck.nlp.extract import extract

THU = datetime(2026, 1, 29, 20, 20, tzinfo=UTC)  # a Thursday, 3:20 p.m. in New York
NOON = datetime(2026, 1, 29, 17, 0, tzinfo=UTC)  # the same Thursday, noon in New York


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def claims(text: str, published: datetime = NOON, zone: str = "America/New_York") -> list[Claim]:
    article = Article(text=text, source="test", published_at=published, published_zone=zone,
                      published_precision=Precision.minute)
    return [c for c in extract(article) if c.kind is not ClaimKind.opinion]


def by_value(text: str, value: float, published: datetime = NOON, zone: str = "America/New_York") -> Claim:
    found = [c for c in claims(text, published, zone) if c.value == value]
    assert found, claims(text, published, zone)
    return found[0]


def window(claim: Claim) -> tuple[datetime | None, datetime | None]:
    return claim.time.start, claim.time.end


# --- 1. live-blog entries -------------------------------------------------------------

LIVE = """Markets live: crypto slips as chip stocks fade

By A. Writer
Updated January 29, 2026, 3:20 PM EST

3:05 p.m. ET: Sellers return

Solana was down 6.1% on the day at $118.40.

1:15 p.m. ET: Ether leads the drop

Ether traded at $2,810, off 4.2% on the day.

Spot volumes stayed thin.

9:45 a.m. ET

Bitcoin opened the New York session lower, falling 1.9% to $86,200.
"""


@pytest.mark.parametrize("value, end", [
    (-6.1, at(2026, 1, 29, 20, 5)),
    (-4.2, at(2026, 1, 29, 18, 15)),
    (2810, at(2026, 1, 29, 18, 15)),
    (-1.9, at(2026, 1, 29, 14, 45)),
    (86200, at(2026, 1, 29, 14, 45)),
])
def test_a_figure_under_a_live_blog_entry_is_of_that_entrys_time(value: float, end: datetime) -> None:
    claim = by_value(LIVE, value, THU)
    assert claim.time.end == end


def test_a_day_move_under_an_entry_runs_from_the_utc_midnight_to_the_entry() -> None:
    claim = by_value(LIVE, -4.2, THU)
    assert window(claim) == (at(2026, 1, 29), at(2026, 1, 29, 18, 15))


def test_a_clock_time_inside_a_sentence_is_no_entry_stamp() -> None:
    text = "Bitcoin rose 2.1% in 24 hours. The token peaked at 11:30 a.m. ET, and it was at $88,400 late in the day."
    claim = by_value(text, 2.1, THU)
    assert claim.time.end == THU


# --- 2. a period noun the move belongs to ---------------------------------------------

@pytest.mark.parametrize("text, value, days", [
    ("Bitcoin closed out a volatile week that took it down nearly 10%.", -10, 7),
    ("Ether capped a brutal month that saw it shed 22%.", -22, 31),  # a calendar month back: Dec 29 to Jan 29
    ("It was a choppy session in which solana fell 3.4%.", -3.4, 1),
    ("Bitcoin ended a rough week in which it lost 8.5%.", -8.5, 7),
    ("Bitcoin shed 4.6% over a brutal week.", -4.6, 7),
    ("Ether gained 12% during a strong month for altcoins.", 12, 31),
])
def test_a_period_noun_the_move_belongs_to_sets_the_window(text: str, value: float, days: int) -> None:
    claim = by_value(text, value, zone="UTC")
    assert claim.time.start is not None and claim.time.end == NOON
    assert (claim.time.end - claim.time.start).days == days


def test_a_period_noun_of_another_clause_does_not_time_the_move() -> None:
    claim = by_value("After a quiet week, bitcoin dropped 3.1% in 24 hours.", -3.1, zone="UTC")
    assert (claim.time.end - claim.time.start).days == 1


# --- 3. a weekday's possessive on an extreme or a level -------------------------------

@pytest.mark.parametrize("text, value, kind, day", [
    ("Ether has bounced off Friday's low of $3,435.", 3435, ClaimKind.intraday_low, 23),
    ("Sunday's swing low at $80,100 came on thin weekend volume.", 80100, ClaimKind.intraday_low, 25),
    ("Monday's high of $91,950 now caps the price.", 91950, ClaimKind.intraday_high, 26),
    ("Bitcoin retested Tuesday's peak of $90,300 before fading.", 90300, ClaimKind.intraday_high, 27),
    ("Traders eye Sunday's low near $80,100.", 80100, ClaimKind.intraday_low, 25),
])
def test_a_weekday_possessive_dates_the_extreme(text: str, value: float, kind: ClaimKind, day: int) -> None:
    claim = by_value(text, value, zone="UTC")
    assert claim.kind is kind
    assert window(claim) == (at(2026, 1, day), at(2026, 1, day + 1))


# --- 4. a US outlet's weekday is the UTC day -----------------------------------------

@pytest.mark.parametrize("text, value, day", [
    ("Last Friday bitcoin touched $82,000.", 82000, 23),
    ("Bitcoin fell to $83,900 on Tuesday.", 83900, 27),
    ("Ether hit a low of $2,700 on Monday.", 2700, 26),
    ("Ether tested Friday's low of $2,650.", 2650, 23),
])
def test_a_us_outlets_weekday_is_the_utc_day(text: str, value: float, day: int) -> None:
    claim = by_value(text, value)
    assert window(claim) == (at(2026, 1, day), at(2026, 1, day + 1))


def test_an_asian_outlets_weekday_stays_its_local_day() -> None:
    claim = by_value("Bitcoin fell to $83,900 on Tuesday.", 83900, published=at(2026, 1, 29, 3, 0), zone="Asia/Seoul")
    assert window(claim) == (at(2026, 1, 26, 15), at(2026, 1, 27, 15))


def test_a_part_of_a_us_day_stays_local_hours() -> None:
    claim = by_value("Bitcoin slipped to $84,500 on Tuesday afternoon.", 84500)
    assert window(claim) == (at(2026, 1, 27, 17), at(2026, 1, 27, 23))


def test_a_us_outlets_date_is_the_utc_day() -> None:
    claim = by_value("Bitcoin bottomed at $80,600 on Nov. 21.", 80600)
    assert window(claim) == (at(2025, 11, 21), at(2025, 11, 22))


# --- 5. a day is not carried across 'while' -----------------------------------------

@pytest.mark.parametrize("text, carried, own", [
    ("The Fear & Greed Index fell to 20 on Wednesday, while it stands at 24 now.", 20, 24),
    ("The Crypto Fear & Greed Index dropped to 18 on Wednesday, and it stands at 23 now.", 18, 23),
])
def test_a_day_named_before_while_stays_in_its_clause(text: str, carried: float, own: float) -> None:
    first, second = by_value(text, carried, zone="UTC"), by_value(text, own, zone="UTC")
    assert window(first) == (at(2026, 1, 28), at(2026, 1, 29))
    assert second.time.start is None or second.time.start >= at(2026, 1, 29)


# --- 6. the period in a possessive goes to the figure --------------------------------

@pytest.mark.parametrize("text, value, start, end", [
    ("Last week's candle gained 5.4%.", 5.4, at(2026, 1, 19), at(2026, 1, 26)),
    ("Last month's candle closed down 11%.", -11, at(2025, 12, 1), at(2026, 1, 1)),
    ("Bitcoin's last week candle added 3.2%.", 3.2, at(2026, 1, 19), at(2026, 1, 26)),
])
def test_the_period_of_a_candle_goes_to_its_figure(text: str, value: float, start: datetime, end: datetime) -> None:
    claim = by_value(f"Bitcoin: {text}" if not text.startswith("Bitcoin") else text, value, zone="UTC")
    assert window(claim) == (start, end)


# --- 7. seasons as forecast horizons -------------------------------------------------

@pytest.mark.parametrize("text, value, end", [
    ("Analysts expect bitcoin to reach $150,000 by the summer.", 150000, at(2026, 9, 1)),
    ("Solana could hit $300 by spring 2026.", 300, at(2026, 6, 1)),
    ("Ether may climb to $5,000 by the autumn.", 5000, at(2026, 12, 1)),
    ("Bitcoin could trade at $120,000 by next summer.", 120000, at(2026, 9, 1)),
    ("XRP might reach $5 by the end of summer.", 5, at(2026, 9, 1)),
    ("Bitcoin could reclaim $100,000 by the fall.", 100000, at(2026, 12, 1)),
])
def test_a_season_is_a_forecast_deadline_at_its_end(text: str, value: float, end: datetime) -> None:
    claim = by_value(text, value, zone="UTC")
    assert claim.kind is ClaimKind.forecast
    assert window(claim) == (NOON, end)


def test_in_the_summer_starts_with_the_season() -> None:
    claim = by_value("Bitcoin could reach $140,000 in the summer.", 140000, zone="UTC")
    assert window(claim) == (at(2026, 6, 1), at(2026, 9, 1))


def test_a_24_hour_entry_stamp_with_its_zone_opens_an_entry() -> None:
    text = ("Crypto live: the Asia session\n\n16:40 UTC: Ether steadies\n\nEther was up 1.2% on the day.\n\n"
            "09:10 UTC — Bitcoin dips\n\nBitcoin traded at $86,900, down 0.8% on the day.\n")
    late, early = by_value(text, 1.2, published=at(2026, 1, 29, 17, 0), zone="UTC"), by_value(text, -0.8, published=at(2026, 1, 29, 17, 0), zone="UTC")
    assert window(late) == (at(2026, 1, 29), at(2026, 1, 29, 16, 40))
    assert window(early) == (at(2026, 1, 29), at(2026, 1, 29, 9, 10))


def test_a_dateline_with_a_clock_is_no_entry() -> None:
    text = "10:30 AM EST, January 29, 2026\n\nBitcoin was up 1.5% on the day at $88,000.\n"
    claim = by_value(text, 1.5)
    assert claim.time.end == NOON


def test_a_late_us_stamp_counts_days_back_from_the_utc_date() -> None:
    # 11 p.m. Monday in New York is already Tuesday in UTC: "on Tuesday" is that UTC day so far
    late = at(2026, 1, 27, 4, 0)
    tuesday = by_value("Bitcoin slipped to $87,100 on Tuesday.", 87100, published=late)
    monday = by_value("Bitcoin climbed to $88,900 on Monday.", 88900, published=late)
    assert window(tuesday) == (at(2026, 1, 27), late)
    assert window(monday) == (at(2026, 1, 26), at(2026, 1, 27))


def test_a_record_set_on_a_named_day_keeps_its_date_in_a_european_outlet() -> None:
    text = "Tuesday's surge eclipsed the previous peak of about $96,400, set only on Monday."
    claim = by_value(text, 96400, published=at(2026, 1, 27, 9, 30), zone="+01:00")
    assert claim.kind is ClaimKind.all_time_high
    assert claim.record_time is not None
    assert (claim.record_time.start, claim.record_time.end) == (at(2026, 1, 26), at(2026, 1, 27))
