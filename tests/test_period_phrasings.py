"""Periods told in words real pages use, each read as its span instead of the 24 hours to
publication: 'since the year began', 'since the month started', 'since the end of June',
'the current week', and a wire-style 'By 10:15 ET' that pins the figures of its sentence."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extract_helpers import claims_of, find_claims
from factcheck import check

JULY_5 = datetime(2024, 7, 5, 8, tzinfo=UTC)  # a Friday


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Since the year began, Solana has gained 45%.", datetime(2024, 1, 1, tzinfo=UTC)),
        ("Dogecoin is down 18% since the year kicked off.", datetime(2024, 1, 1, tzinfo=UTC)),
        ("Bitcoin has gained 8% since the month started.", datetime(2024, 7, 1, tzinfo=UTC)),
        ("XRP has shed 6% since the week began.", datetime(2024, 7, 1, tzinfo=UTC)),
        ("Avalanche is up 12% since the end of June.", datetime(2024, 7, 1, tzinfo=UTC)),
        ("Ether is up 30% since the end of last year.", datetime(2024, 1, 1, tzinfo=UTC)),
        ("Litecoin has lost 9% since the end of Q1.", datetime(2024, 4, 1, tzinfo=UTC)),
        ("Polkadot has dropped 11% since the end of May 2024.", datetime(2024, 6, 1, tzinfo=UTC)),
        ("The current week has been harsh for ether, with its price falling by 12.7%.", datetime(2024, 7, 1, tzinfo=UTC)),
    ],
)
def test_a_period_so_far_runs_to_publication(text: str, start: datetime) -> None:
    (move,) = find_claims(text, "price_change", published=JULY_5)
    assert (move.time.start, move.time.end) == (start, JULY_5), move.time


def test_by_a_clock_time_pins_the_sentence() -> None:
    """'By 10:15 ET (14:15 GMT), ether had lost 2.8%': the usual 24 hours, ending then."""
    noon = datetime(2024, 7, 5, 16, tzinfo=UTC)
    text = "By 10:15 ET (14:15 GMT), ether had lost 2.8% and traded at $3,012."
    (move,) = find_claims(text, "price_change", published=noon)
    assert move.time.end == datetime(2024, 7, 5, 14, 15, tzinfo=UTC)
    (level,) = find_claims(text, "price_level", published=noon)
    assert level.time.start == datetime(2024, 7, 5, 14, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("Around 1530 GMT, ether was down 2.1% at $3,020.", datetime(2024, 7, 5, 15, 30, tzinfo=UTC)),
        ("At 0745 UTC ether changed hands at $3,020.", datetime(2024, 7, 5, 7, 45, tzinfo=UTC)),
        ("Ether was at $3,020 at 2210 GMT on Wednesday.", datetime(2024, 7, 3, 22, 10, tzinfo=UTC)),
        ("At 1930 GMT ether changed hands at $3,020.", datetime(2024, 7, 4, 19, 30, tzinfo=UTC)),  # not yet that time today
    ],
)
def test_a_wire_clock_in_four_digits_pins_the_sentence(text: str, moment: datetime) -> None:
    """The wires' '1530 GMT' is 15:30 that day, as '15:30 GMT' would be (published 16:00 UTC)."""
    (level,) = find_claims(text, "price_level", published=datetime(2024, 7, 5, 16, tzinfo=UTC))
    assert level.time.start == moment, level.time


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Ether is down 3% week-on-week.", datetime(2024, 6, 28, 8, tzinfo=UTC)),
        ("Ether volume rose 40% month-over-month.", datetime(2024, 6, 5, 8, tzinfo=UTC)),
        ("Solana gained 2% day on day.", datetime(2024, 7, 4, 8, tzinfo=UTC)),
        ("Ether fell 4% WoW as funds sold.", datetime(2024, 6, 28, 8, tzinfo=UTC)),
        ("Ether slid 1.5% since Wednesday's close.", datetime(2024, 7, 4, tzinfo=UTC)),  # the day's end
        ("Ether slid 1.5% since yesterday's close.", datetime(2024, 7, 5, tzinfo=UTC)),
        ("Ether slid 1.5% since Wednesday.", datetime(2024, 7, 3, tzinfo=UTC)),  # the day's start
    ],
)
def test_a_span_against_the_one_before_and_a_days_close(text: str, start: datetime) -> None:
    """'week-on-week' is the last seven days (it had been the usual 24 hours); 'since Wednesday's
    close' starts where Wednesday ended, 'since Wednesday' where it began."""
    (claim,) = [c for c in claims_of(text, JULY_5) if c.kind.value in {"price_change", "volume"}]
    assert (claim.time.start, claim.time.end) == (start, JULY_5), claim.time


def test_a_clock_without_a_zone_keeps_the_zone_just_named() -> None:
    """'At 10:00 a.m. ET ... By 2:30 p.m., ...': the second clock is Eastern time too (18:30 UTC in July),
    not the outlet's UTC; a clock far from any zoned one keeps the article's zone."""
    text = ("At 10:00 a.m. ET, ether traded at $3,020. By 2:30 p.m., it had slipped to $2,985. "
            "Traders blamed the dollar. Volumes were thin. Miners sold. Funds waited. "
            "At 3 p.m. it changed hands at $2,990.")
    first, second, third = find_claims(text, "price_level", published=datetime(2024, 7, 5, 21, tzinfo=UTC))
    assert first.time.start == datetime(2024, 7, 5, 14, tzinfo=UTC)
    assert second.time.start == datetime(2024, 7, 5, 18, 30, tzinfo=UTC)
    assert third.time.start == datetime(2024, 7, 5, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Bitcoin is down 13.3% since the end of June.", "supported"),
        ("Bitcoin is down 6.5% since the end of June.", "inaccurate"),
    ],
)
def test_since_the_end_of_a_month_on_real_prices(market_store, text: str, verdict: str) -> None:
    """BTC/USDT opened July 2024 at $62,772 (00:00 UTC, 1 July) and stood at $54,415 at 08:00 on
    5 July: -13.3% since the end of June; -6.5% over the 24 hours it had been read as."""
    report = check("period.txt", text=text, published=JULY_5.isoformat(), store=market_store, offline=True, sentiment=None)
    (checked,) = [c for c in report.claims if c.claim.kind.value == "price_change"]
    assert checked.verdict.value == verdict, checked.evidence.explanation


EVENING = datetime(2024, 7, 5, 19, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("Bitcoin rose to around $58,960 in the morning.", "price_level", datetime(2024, 7, 5, 6, tzinfo=UTC), datetime(2024, 7, 5, 12, tzinfo=UTC)),
        ("Ether tumbled to as low as $2,976 in the early afternoon.", "intraday_low", datetime(2024, 7, 5, 12, tzinfo=UTC), datetime(2024, 7, 5, 15, tzinfo=UTC)),
        ("Solana gained 3% during the evening.", "price_change", datetime(2024, 7, 5, 18, tzinfo=UTC), EVENING),
        ("XRP slipped 2% in late trading.", "price_change", datetime(2024, 7, 5, tzinfo=UTC), EVENING),
        ("Bitcoin dropped 3% late in the day.", "price_change", datetime(2024, 7, 5, tzinfo=UTC), EVENING),
    ],
)
def test_a_part_of_the_day_is_those_hours(text: str, kind: str, start: datetime, end: datetime) -> None:
    (claim,) = find_claims(text, kind, published=EVENING)
    assert (claim.time.start, claim.time.end) == (start, end), claim.time


def test_a_part_of_the_day_not_yet_begun_is_yesterdays() -> None:
    """An afternoon told in a piece stamped 08:00: the afternoon before."""
    (low,) = find_claims("Ether tumbled to as low as $2,976 in the afternoon.", "intraday_low", published=JULY_5)
    assert (low.time.start, low.time.end) == (datetime(2024, 7, 4, 12, tzinfo=UTC), datetime(2024, 7, 4, 18, tzinfo=UTC))


def test_a_part_of_the_day_in_a_half_hour_zone_takes_its_last_bar(market_store) -> None:
    """'ETH hit a low of $2,250 in the late evening, Indian time', stamped 01:00 IST on 1 February 2026:
    21:00-24:00 IST is 15:30-18:30 UTC, and the $2,250 low printed in the 18:00 UTC hourly bar."""
    text = "ETH hit a low of $2,250 on Binance in the late evening, Indian time, before a modest bounce."
    report = check("ist.txt", text=text, published="2026-02-01T01:00:00+05:30", store=market_store, offline=True, sentiment=None)
    (low,) = [c for c in report.claims if c.claim.kind.value == "intraday_low"]
    assert (low.claim.time.start, low.claim.time.end) == (datetime(2026, 1, 31, 15, 30, tzinfo=UTC), datetime(2026, 1, 31, 19, tzinfo=UTC))
    assert low.verdict.value == "supported", low.evidence.explanation


@pytest.mark.parametrize(
    ("text", "kind", "start"),
    [
        ("The token plunged below $50,000 in Thursday trading.", "price_level", datetime(2024, 7, 4, tzinfo=UTC)),
        ("Solana rose 4% in Wednesday's session.", "price_change", datetime(2024, 7, 3, tzinfo=UTC)),
        ("Ether, which had traded as high as $3,200 earlier in the day, dropped below $3,000.", "intraday_high", datetime(2024, 7, 5, tzinfo=UTC)),
    ],
)
def test_a_days_trading_is_that_day(text: str, kind: str, start: datetime) -> None:
    """'in Thursday trading': the weekday dates the figure (the trading is the day's own, not
    another noun the day belongs to); 'earlier in the day' is the publication's day."""
    (claim,) = find_claims(text, kind, published=JULY_5)
    assert claim.time.start == start and claim.time.kind == "day", claim.time


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("Bitcoin was traded at 85 million won as of 4 p.m. on July 3, up 5 percent.", datetime(2024, 7, 3, 16, tzinfo=UTC)),
        ("Bitcoin traded at $57,000 at 3 p.m. ET on Wednesday.", datetime(2024, 7, 3, 19, tzinfo=UTC)),
        ("Bitcoin traded at $57,000 at 3 p.m. ET.", datetime(2024, 7, 4, 19, tzinfo=UTC)),
    ],
)
def test_a_clock_time_takes_the_day_named_after_it(text: str, moment: datetime) -> None:
    (level,) = find_claims(text, "price_level", published=JULY_5)
    assert level.time.start == moment, level.time


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Bitcoin fell 6% in the first week of July.", datetime(2024, 7, 1, tzinfo=UTC), JULY_5),
        ("Solana rose 12% in the last week of June.", datetime(2024, 6, 24, tzinfo=UTC), datetime(2024, 7, 1, tzinfo=UTC)),
        ("Ether climbed 8% during the second week of March 2024.", datetime(2024, 3, 8, tzinfo=UTC), datetime(2024, 3, 15, tzinfo=UTC)),
        ("Ether fell 9% between Monday and Wednesday.", datetime(2024, 7, 1, tzinfo=UTC), datetime(2024, 7, 4, tzinfo=UTC)),
    ],
)
def test_weeks_of_a_month_and_days_between(text: str, start: datetime, end: datetime) -> None:
    """'the first week of July' is days 1-7 (it had been the 7 days to publication); 'between Monday
    and Wednesday' spans both days, as 'from Monday to Wednesday' (it had been Monday)."""
    (move,) = find_claims(text, "price_change", published=JULY_5)
    assert (move.time.start, move.time.end) == (start, end), move.time
