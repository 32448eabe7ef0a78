"""An article that gives only its date was written at some hour of it: a claim about
"now" holds if it holds at one of the day's closed hours, and the range is said."""

from __future__ import annotations

from datetime import timedelta

import pytest
from verify_helpers import article, check, claim, published_end, utc

from factcheck.model import ClaimKind, Comparator, Precision, Verdict
from factcheck.verify.moments import moments

DAY = timedelta(days=1)


def test_a_date_only_article_is_checked_at_each_closed_hour_of_its_day() -> None:
    dated = article(utc(2024, 5, 21), Precision.day)
    c = claim(ClaimKind.price_change, "ETH", 22, start=published_end(dated) - DAY, end=published_end(dated), when="window")
    hours = moments(dated, c)
    assert (hours[0], hours[-1], len(hours)) == (utc(2024, 5, 21, 1), utc(2024, 5, 22), 24)
    timed = article(utc(2024, 5, 21, 6, 17))
    assert moments(timed, c.model_copy(update={"time": c.time.model_copy(update={"end": utc(2024, 5, 21, 6, 17)})})) == [utc(2024, 5, 21, 6, 17)]


def test_a_24h_move_in_a_dated_article_holds_at_the_hour_it_fits(market_store) -> None:
    """ETH on 21 May 2024: the 24h change ran from about +3% to +23% across the day's hours
    (+22.1% at the 11:00 close); at the end of the day it was +3.5%."""
    dated = article(utc(2024, 5, 21), Precision.day)
    end = published_end(dated)
    c = claim(ClaimKind.price_change, "ETH", 22, unit="%", metric="return", start=end - DAY, end=end,
              when="window", time_text="over the past 24 hours")
    result = check(dated, c, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation
    assert result.evidence.figure == pytest.approx(22, abs=0.5)
    assert "Only the date is known" in result.evidence.explanation
    at_midnight = check(article(end), c, market_store)  # the same words, stamped at the day's end
    assert at_midnight.verdict is Verdict.inaccurate
    assert at_midnight.evidence.figure == pytest.approx(3.5, abs=0.1)


def test_on_the_day_is_measured_from_the_open_to_each_hour(market_store) -> None:
    """BTC on 15 Apr 2025 opened at 84,591.58; the 08:00 candle closed at 85,850 (+1.49%)."""
    dated = article(utc(2025, 4, 15), Precision.day)
    end = published_end(dated)
    c = claim(ClaimKind.price_change, "BTC", 1.48, unit="%", metric="return", decimals=2,
              start=end - DAY, end=end, when="day", time_text="on the day")
    result = check(dated, c, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation
    assert result.evidence.figures["from"] == pytest.approx(84591.58)


def test_distance_below_the_record_on_a_dated_article(market_store) -> None:
    """19 Sep 2025: BTC's hourly closes put it 5.8%-7.6% below the 124,5xx record."""
    dated = article(utc(2025, 9, 19), Precision.day)
    end = published_end(dated)
    c = claim(ClaimKind.all_time_high, "BTC", 6.1, unit="%", comparator=Comparator.below, decimals=1,
              start=end - DAY, end=end, when="day")
    result = check(dated, c, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation
    assert result.evidence.figure == pytest.approx(6.1, abs=0.5)


def test_market_cap_threshold_met_at_one_hour_of_the_day(market_store) -> None:
    """7 Apr 2025: at the 07:00 close (75,126) BTC's cap was about $1.49 trillion, under
    $1.5 trillion; by the day's end it was back near $1.58 trillion."""
    dated = article(utc(2025, 4, 7), Precision.day)
    end = published_end(dated)
    c = claim(ClaimKind.market_cap, "BTC", 1.5e12, unit="USD", metric="market_cap", comparator=Comparator.below,
              start=end - DAY, end=end, when="day")
    result = check(dated, c, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation
    assert result.evidence.figure < 1.5e12
