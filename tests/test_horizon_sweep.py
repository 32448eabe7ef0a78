"""A sweep of the time words crypto outlets put on forecasts and on reported moves, on
sentences written for this test (none is taken from an article), each with the window a
reader takes from it for a given publication time.

A forecast's window runs from publication (or from the start of the period it names, "in
2026", "next month") to its deadline; calendar periods end at 00:00 UTC after their last
day. Vague horizons follow the conventions in factcheck/nlp/timeref.py: "this cycle" and
"before the halving" run to the next halving, "the coming months" to six months, "within
weeks" to three weeks, "eventually" has no deadline and stays pending. A reported move's
window is the calendar period it names, up to publication while that period runs.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from verify_helpers import check

from factcheck.model import Article, Claim, ClaimKind, Modality, Precision, Verdict
from factcheck.nlp.extract import extract


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


MON = at(2025, 3, 10, 14, 0)  # a Monday afternoon, UTC
WED = at(2025, 3, 12, 14, 0)  # a Wednesday
NOV = at(2025, 11, 20, 9, 30)  # a Thursday in the fourth quarter
AUG = at(2025, 8, 16, 12, 0)  # a Saturday in the second half
JAN24 = at(2024, 1, 15, 10, 0)  # before the April 2024 halving
NEXT_HALVING = at(2028, 4, 20)
F, A = Modality.forecast, Modality.asserted


def months_after(moment: datetime, months: int) -> datetime:
    month = moment.month - 1 + months
    return moment.replace(year=moment.year + month // 12, month=month % 12 + 1)


# (sentence, published, zone, expected start, expected end)
FORECASTS = [
    ("Standard Chartered sees bitcoin at $150,000 this year.", MON, "UTC", MON, at(2026, 1, 1)),
    ("Bitcoin to hit $150K this year, says Standard Chartered", MON, "UTC", MON, at(2026, 1, 1)),
    ("Bitcoin could hit $200,000 next year, Bernstein says.", MON, "UTC", at(2026, 1, 1), at(2027, 1, 1)),
    ("Analysts expect ether to reach $6,000 by year-end.", MON, "UTC", MON, at(2026, 1, 1)),
    ("The bank forecasts BTC at $180,000 by the end of 2025.", MON, "UTC", MON, at(2026, 1, 1)),
    ("Analysts see ether at $5,000 by the end of next year.", MON, "UTC", MON, at(2027, 1, 1)),
    ("Bitcoin could reach $150,000 later this year, the analyst said.", MON, "UTC", MON, at(2026, 1, 1)),
    ("Solana could trade at $500 in 2026, the fund's report says.", MON, "UTC", at(2026, 1, 1), at(2027, 1, 1)),
    ("Bitcoin could climb to $250,000 by early 2026, according to the analyst.", MON, "UTC", MON, at(2026, 5, 1)),
    ("Ether may reach $8,000 by mid-2026.", MON, "UTC", MON, at(2026, 9, 1)),
    ("XRP could hit $5 by late 2026, the trader said.", MON, "UTC", MON, at(2027, 1, 1)),
    ("Bitcoin could hit $100,000 by mid-year.", MON, "UTC", MON, at(2025, 9, 1)),
    ("Bitcoin is expected to reach $120,000 by Q2.", MON, "UTC", MON, at(2025, 7, 1)),
    ("Bitcoin could hit $100,000 by Q2, the desk said.", NOV, "UTC", NOV, at(2026, 7, 1)),
    ("The desk expects BTC to trade near $110,000 in the second quarter.", MON, "UTC", at(2025, 4, 1), at(2025, 7, 1)),
    ("The analyst sees BTC at $125,000 in Q4.", MON, "UTC", at(2025, 10, 1), at(2026, 1, 1)),
    ("Ether could rally to $4,500 in the third quarter.", MON, "UTC", at(2025, 7, 1), at(2025, 10, 1)),
    ("Bitcoin could hit $130,000 by the end of Q3.", MON, "UTC", MON, at(2025, 10, 1)),
    ("Bitcoin could hit $130,000 by the end of the third quarter.", MON, "UTC", MON, at(2025, 10, 1)),
    ("Ether could retest $3,000 by the end of the month.", MON, "UTC", MON, at(2025, 4, 1)),
    ("Bitcoin could reclaim $100,000 by the end of the quarter.", MON, "UTC", MON, at(2025, 4, 1)),
    ("Bitcoin could reclaim $100,000 by month-end.", MON, "UTC", MON, at(2025, 4, 1)),
    ("Bitcoin could climb to $110,000 by the end of the week.", MON, "UTC", MON, at(2025, 3, 17)),
    ("Bitcoin could test $90,000 this week.", MON, "UTC", MON, at(2025, 3, 17)),
    ("Ether could climb to $4,000 next month.", MON, "UTC", at(2025, 4, 1), at(2025, 5, 1)),
    ("Bitcoin could test $100,000 next week, traders say.", MON, "UTC", at(2025, 3, 17), at(2025, 3, 24)),
    ("Bitcoin could reach $100,000 this month.", MON, "UTC", MON, at(2025, 4, 1)),
    ("Bitcoin could hit $100,000 before the end of March.", MON, "UTC", MON, at(2025, 4, 1)),
    ("Analysts expect bitcoin at $150,000 by March.", NOV, "UTC", NOV, at(2026, 4, 1)),
    ("Analysts expect bitcoin to hit $60,000 before the halving.", JAN24, "UTC", JAN24, at(2024, 4, 20)),
    ("Bitcoin could rally to $150,000 before the next halving.", MON, "UTC", MON, NEXT_HALVING),
    ("Bitcoin could top $200,000 this cycle, the fund manager said.", MON, "UTC", MON, NEXT_HALVING),
    ("Ether could reach $10,000 by the end of this cycle.", MON, "UTC", MON, NEXT_HALVING),
    ("Traders expect a push to $100,000 within weeks.", MON, "UTC", MON, MON + timedelta(weeks=3)),
    ("Ether may slide to $1,800 in the coming weeks.", MON, "UTC", MON, MON + timedelta(weeks=3)),
    ("Bitcoin could reach $95,000 in the next few days.", MON, "UTC", MON, MON + timedelta(days=3)),
    ("Solana could rally to $250 in the coming months.", MON, "UTC", MON, months_after(MON, 6)),
    ("Bitcoin could rally to $140,000 in the months ahead.", MON, "UTC", MON, months_after(MON, 6)),
    ("Bitcoin could climb to $120,000 over the next few months.", MON, "UTC", MON, months_after(MON, 3)),
    ("Bitcoin could reach $110,000 by Christmas.", NOV, "UTC", NOV, at(2025, 12, 25)),
    ("Bitcoin could be back above $100,000 before Christmas.", MON, "UTC", MON, at(2025, 12, 25)),
    ("The fund sees bitcoin at $250,000 over the next 12-18 months.", MON, "UTC", MON, months_after(MON, 18)),
    ("Bitcoin could reach $200,000 within the next 18 months.", MON, "UTC", MON, months_after(MON, 18)),
    ("Ether could reclaim $4,000 within six months.", MON, "UTC", MON, months_after(MON, 6)),
    ("Bitcoin will hit $1 million by 2030, the CEO said.", MON, "UTC", MON, at(2031, 1, 1)),
    ("XRP could climb to $4 in the first half of 2026.", MON, "UTC", at(2026, 1, 1), at(2026, 7, 1)),
    ("Bitcoin will eventually reach $1 million, the CEO said.", MON, "UTC", MON, None),
    ("Ether could reach $20,000 in the long run, the founder argued.", MON, "UTC", MON, None),
    ("Bitcoin could reach $110,000 by Christmas.", at(2025, 12, 28, 10), "UTC", at(2025, 12, 28, 10), at(2026, 12, 25)),
    ("Analysts expect BTC at $130,000 next quarter.", MON, "UTC", at(2025, 4, 1), at(2025, 7, 1)),
    ("Bitcoin could rally to $150,000 in the second half.", MON, "UTC", at(2025, 7, 1), at(2026, 1, 1)),
    ("The bank sees bitcoin at $120,000 in H1 2026.", MON, "UTC", at(2026, 1, 1), at(2026, 7, 1)),
    # a call on the year's close is about its last day
    ("DeepSeek forecasts that bitcoin will close 2025 near $130,000.", MON, "UTC", at(2025, 12, 31), at(2026, 1, 1)),
    ("Analysts expect bitcoin to end the year above $100,000.", MON, "UTC", at(2025, 12, 31), at(2026, 1, 1)),
    ("Our model expects ETH to end 2026 near $4,500.", MON, "UTC", at(2026, 12, 31), at(2027, 1, 1)),
    # a Korean site: calendar deadlines are UTC's, a week ends at the outlet's Monday
    ("Bitcoin could reach $100,000 by year-end, a Seoul analyst said.", MON, "Asia/Seoul", MON, at(2026, 1, 1)),
    ("Bitcoin could test $90,000 by the end of the week.", MON, "Asia/Seoul", MON, at(2025, 3, 16, 15)),
    ("Bitcoin could reach $100,000 by year-end.", at(2025, 12, 31, 20), "Asia/Seoul", at(2025, 12, 31, 20), at(2026, 1, 1)),
]


@pytest.mark.parametrize(("text", "published", "zone", "start", "end"), FORECASTS)
def test_a_forecast_is_due_at_the_deadline_its_words_give(text: str, published: datetime, zone: str,
                                                          start: datetime, end: datetime | None) -> None:
    forecast = _one(text, published, zone, ClaimKind.forecast)
    assert forecast.modality is F
    assert (forecast.time.start, forecast.time.end) == (start, end)


# (sentence, published, zone, kind, expected start, expected end)
MOVES = [
    ("Bitcoin fell 8% last week.", WED, "UTC", ClaimKind.price_change, at(2025, 3, 3), at(2025, 3, 10)),
    ("Bitcoin fell 8% last week.", MON, "Asia/Seoul", ClaimKind.price_change, at(2025, 3, 2, 15), at(2025, 3, 9, 15)),
    ("Ether has gained 6% since Monday.", WED, "UTC", ClaimKind.price_change, at(2025, 3, 10), WED),
    ("Bitcoin dropped 5% over the weekend.", WED, "UTC", ClaimKind.price_change, at(2025, 3, 8), at(2025, 3, 10)),
    ("Bitcoin dropped 5% over the weekend.", MON, "Asia/Seoul", ClaimKind.price_change, at(2025, 3, 7, 15), at(2025, 3, 9, 15)),
    ("Bitcoin has slipped 3% over the weekend.", AUG, "UTC", ClaimKind.price_change, at(2025, 8, 16), AUG),
    ("Bitcoin rose 12% in Q3.", NOV, "UTC", ClaimKind.price_change, at(2025, 7, 1), at(2025, 10, 1)),
    ("Bitcoin fell 10% in the third quarter.", NOV, "UTC", ClaimKind.price_change, at(2025, 7, 1), at(2025, 10, 1)),
    ("Bitcoin dropped 12% in the fourth quarter of 2024.", WED, "UTC", ClaimKind.price_change, at(2024, 10, 1), at(2025, 1, 1)),
    ("Ether is down 40% year-to-date.", WED, "UTC", ClaimKind.price_change, at(2025, 1, 1), WED),
    ("Bitcoin has gained 10% so far this year.", WED, "UTC", ClaimKind.price_change, at(2025, 1, 1), WED),
    ("Solana has dropped 30% since the start of the year.", WED, "UTC", ClaimKind.price_change, at(2025, 1, 1), WED),
    ("Ether is up 20% this year.", WED, "UTC", ClaimKind.price_change, at(2025, 1, 1), WED),
    ("Bitcoin is up 9% month-to-date.", WED, "UTC", ClaimKind.price_change, at(2025, 3, 1), WED),
    ("Bitcoin has climbed 7% this month.", WED, "UTC", ClaimKind.price_change, at(2025, 3, 1), WED),
    ("Bitcoin has risen 5% since the start of the month.", WED, "UTC", ClaimKind.price_change, at(2025, 3, 1), WED),
    ("Bitcoin is up 8% this quarter.", WED, "UTC", ClaimKind.price_change, at(2025, 1, 1), WED),
    ("Bitcoin has climbed 14% since the start of the quarter.", WED, "UTC", ClaimKind.price_change, at(2025, 1, 1), WED),
    ("Bitcoin is up 3% quarter-to-date.", WED, "UTC", ClaimKind.price_change, at(2025, 1, 1), WED),
    ("Bitcoin gained 15% in the first half.", AUG, "UTC", ClaimKind.price_change, at(2025, 1, 1), at(2025, 7, 1)),
    ("Ether rallied 25% in the first half of 2024.", WED, "UTC", ClaimKind.price_change, at(2024, 1, 1), at(2024, 7, 1)),
    ("Bitcoin fell 17% last month.", WED, "UTC", ClaimKind.price_change, at(2025, 2, 1), at(2025, 3, 1)),
    ("Bitcoin rose 9% last month.", at(2025, 3, 1, 2), "Asia/Seoul", ClaimKind.price_change, at(2025, 1, 31, 15), at(2025, 2, 28, 15)),
    ("Bitcoin fell 11% last quarter.", WED, "UTC", ClaimKind.price_change, at(2024, 10, 1), at(2025, 1, 1)),
    ("Bitcoin rose 5% in December.", at(2025, 1, 10, 8), "UTC", ClaimKind.price_change, at(2024, 12, 1), at(2025, 1, 1)),
    ("Ether is up 14% so far this month.", WED, "UTC", ClaimKind.price_change, at(2025, 3, 1), WED),
    ("Bitcoin gained 120% last year.", WED, "UTC", ClaimKind.price_change, at(2024, 1, 1), at(2025, 1, 1)),
    ("Bitcoin gained 120% in 2024.", WED, "UTC", ClaimKind.price_change, at(2024, 1, 1), at(2025, 1, 1)),
    ("XRP rose 35% in February.", WED, "UTC", ClaimKind.price_change, at(2025, 2, 1), at(2025, 3, 1)),
    ("Bitcoin gained 9% in October.", NOV, "UTC", ClaimKind.price_change, at(2025, 10, 1), at(2025, 11, 1)),
    ("Bitcoin touched a high of $95,000 last week.", WED, "UTC", ClaimKind.intraday_high, at(2025, 3, 3), at(2025, 3, 10)),
    ("Ether hit a low of $1,750 over the weekend.", WED, "UTC", ClaimKind.intraday_low, at(2025, 3, 8), at(2025, 3, 10)),
    # controls the current reading already gets right
    ("Bitcoin has gained 4% this week.", WED, "UTC", ClaimKind.price_change, at(2025, 3, 10), WED),
    ("Bitcoin is down 3% in the past 24 hours.", WED, "UTC", ClaimKind.price_change, WED - timedelta(hours=24), WED),
    ("Ether fell 6% yesterday.", WED, "UTC", ClaimKind.price_change, at(2025, 3, 11), at(2025, 3, 12)),
    ("Bitcoin fell 4% on Tuesday.", WED, "UTC", ClaimKind.price_change, at(2025, 3, 11), at(2025, 3, 12)),
    ("Bitcoin rose 6% in early March.", WED, "UTC", ClaimKind.price_change, at(2025, 3, 1), at(2025, 3, 11)),
]


@pytest.mark.parametrize(("text", "published", "zone", "kind", "start", "end"), MOVES)
def test_a_reported_figure_covers_the_period_its_words_name(text: str, published: datetime, zone: str, kind: ClaimKind,
                                                             start: datetime, end: datetime) -> None:
    claim = _one(text, published, zone, kind)
    assert claim.modality is A
    assert (claim.time.start, claim.time.end) == (start, end)


@pytest.mark.parametrize("text", [
    "The coin fell 1.2% over 24 hours to $62,835 by mid-afternoon in London.",  # a time of day, not mid-year
    "Bitcoin traded at $62,835 in May, down from its March record.",  # 'in May': past, told
])
def test_a_past_time_word_makes_no_forecast(text: str) -> None:
    article = Article(text=text, source="test", published_at=WED, published_zone="UTC", published_precision=Precision.minute)
    assert not [c for c in extract(article) if c.kind is ClaimKind.forecast]


@pytest.mark.parametrize("text", [
    "Ether could reach $5,000 by the end of Q1 2024.",
    "Bitcoin could hit $100,000 by Christmas 2024.",
    "Bitcoin could top $100,000 in 2024, the analyst said.",
    "Bitcoin could fall back to $60,000, where it traded in the third quarter of 2024.",
])
def test_a_period_already_over_is_no_deadline_before_publication(text: str) -> None:
    forecast = _one(text, WED, "UTC", ClaimKind.forecast)
    assert forecast.time.start == WED and forecast.time.end is not None and forecast.time.end > WED


def test_a_forecast_of_a_later_period_is_scored_from_its_start(market_store) -> None:
    text = "Bitcoin could trade at $100,000 in the first quarter."
    published = at(2024, 11, 20, 9)
    art = Article(text=text, source="test", published_at=published, published_zone="UTC", published_precision=Precision.minute)
    checked = check(art, _one(text, published, "UTC", ClaimKind.forecast), market_store)
    assert "at the horizon's start" in checked.evidence.explanation
    assert "2025-01-01 00:00 UTC → 2025-04-01 00:00 UTC" in checked.evidence.explanation


def _one(text: str, published: datetime, zone: str, kind: ClaimKind) -> Claim:
    article = Article(text=text, source="test", published_at=published, published_zone=zone, published_precision=Precision.minute)
    found = [c for c in extract(article) if c.kind is kind]
    assert len(found) == 1, found
    return found[0]


# End to end: the horizon read decides when a forecast is scored (the market store of
# ../shared/market, clock at verify_helpers.NOW = 2026-11-25).
SCORED = [
    # BTC first traded above $100,000 on 2024-12-05, inside the year named
    ("Bitcoin could hit $100,000 by the end of 2024.", at(2024, 3, 5, 12), Verdict.realized),
    # the first quarter of 2025 named in November 2024: scored from January 1, when BTC was near $93,400
    ("Bitcoin could trade at $100,000 in the first quarter.", at(2024, 11, 20, 9), Verdict.realized),
    # BTC's high of 2025 was about $126,000 (October): a call for this year, due 2026-01-01, failed
    ("Bitcoin could top $150,000 this year, the analyst said.", MON, Verdict.unrealized),
    # $120,000 was crossed in July 2025, before the end of the year's middle third
    ("Bitcoin could climb to $120,000 by mid-2025.", at(2024, 11, 20, 9), Verdict.realized),
    # next year is 2026, not over at the clock: pending, whatever the price did
    ("Bitcoin could hit $200,000 next year, Bernstein says.", MON, Verdict.pending),
    # BTC passed $120,000 in July 2025, but "this cycle" runs to the 2028 halving: not scored early
    ("Bitcoin could top $120,000 this cycle, the fund manager said.", MON, Verdict.pending),
    # no deadline: never scored
    ("Bitcoin will eventually reach $1 million, the CEO said.", MON, Verdict.pending),
]


@pytest.mark.parametrize(("text", "published", "expected"), SCORED)
def test_a_forecast_is_scored_only_once_its_deadline_has_passed(market_store, text: str, published: datetime,
                                                                 expected: Verdict) -> None:
    art = Article(text=text, source="test", published_at=published, published_zone="UTC", published_precision=Precision.minute)
    forecast = _one(text, published, "UTC", ClaimKind.forecast)
    checked = check(art, forecast, market_store)
    assert checked.verdict is expected, checked.evidence.explanation
