"""A record named with its date is checked on that date: "the previous all-time high,
set in November 2021 around $69,000" is right in April 2024 although a higher record
stood by then, and a record put in the wrong month is caught. Sentences written for
these tests; prices from ../shared/market."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
import pytest
from conftest import MARKET

from factcheck.model import Article, Claim, ClaimKind, Precision
from factcheck.nlp.extract import extract
from factcheck.pipeline import check

NOW = datetime(2026, 11, 25, tzinfo=UTC)


def records_in(text: str, published: datetime) -> list[Claim]:
    article = Article(text=text, source="test", published_at=published, published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if c.kind is ClaimKind.all_time_high]


def test_the_date_beside_a_record_becomes_its_record_time() -> None:
    found = records_in(
        "BTC hit a record $109,000 today, well above the November 2021 record of $69,000.",
        datetime(2025, 1, 20, 18, 0, tzinfo=UTC),
    )
    by_value = {c.value: c.record_time for c in found}
    assert by_value[109_000] is None  # today's record: checked against the record at publication
    dated = by_value[69_000]
    assert dated is not None and (dated.start, dated.end) == (
        datetime(2021, 11, 1, tzinfo=UTC), datetime(2021, 12, 1, tzinfo=UTC))


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Ether now sits 40% below its August record.", datetime(2024, 8, 1), datetime(2024, 9, 1)),
        ("Bitcoin trades under its record of $111,980, set on May 22, 2024.", datetime(2024, 5, 22), datetime(2024, 5, 23)),
        ("Traders still talk about the 14 January ATH of $4,100.", datetime(2025, 1, 14), datetime(2025, 1, 15)),
    ],
)
def test_months_and_days_without_a_year_are_the_latest_before_publication(sentence: str, start: datetime, end: datetime) -> None:
    (claim,) = records_in(sentence, datetime(2025, 3, 4, 8, 0, tzinfo=UTC))
    assert claim.record_time is not None
    assert (claim.record_time.start, claim.record_time.end) == (start.replace(tzinfo=UTC), end.replace(tzinfo=UTC))


def test_a_date_after_publication_or_far_from_the_record_dates_nothing() -> None:
    published = datetime(2025, 3, 4, 8, 0, tzinfo=UTC)
    (far,) = records_in("Bitcoin set a record of $109,588 on a day of wild trading that ended, analysts said, "
                        "with a 3% drop and a quiet weekend before the March 2025 jobs data.", published)
    assert far.record_time is None


def _check(text: str, market_store) -> dict[float, tuple[str, str]]:
    report = check("records.txt", text=text, store=market_store, offline=True, now=NOW, sentiment=None)
    return {c.claim.value: (c.verdict.value, c.evidence.explanation) for c in report.claims if c.claim.kind is ClaimKind.all_time_high}


def test_a_previous_record_is_checked_in_its_own_month(market_store) -> None:
    text = ("Published: 2024-04-05 17:49 UTC\n\n"
            "Bitcoin's prior all-time high was set back in November 2021 close to the $69,000 mark. "
            "In March it reached a new all-time high of $73,777.\n")
    found = _check(text, market_store)
    verdict, why = found[69_000]
    assert verdict == "supported" and "$68,790" in why and "a record" in why
    assert found[73_777][0] == "supported"


def test_without_its_date_the_old_record_is_no_longer_the_record(market_store) -> None:
    text = "Published: 2024-04-05 17:49 UTC\n\nBitcoin's record high of $69,000 still stands.\n"
    verdict, why = _check(text, market_store)[69_000]
    assert verdict == "inaccurate" and "$73,777" in why


def test_a_record_put_in_the_wrong_month_is_caught(market_store) -> None:
    text = "Published: 2024-02-01 10:00 UTC\n\nBitcoin's record of $48,000, set in March 2022, still stands.\n"
    verdict, why = _check(text, market_store)[48_000]
    assert verdict == "inaccurate" and "not a record" in why


def test_a_weekday_beside_a_record_is_the_latest_such_day() -> None:
    (record,) = [c for c in records_in("The previous peak of $125,708 was set on Sunday.", datetime(2025, 10, 6, 9, 0, tzinfo=UTC))
                 if c.value == 125_708]
    assert record.record_time is not None
    assert (record.record_time.start, record.record_time.end) == (datetime(2025, 10, 5, tzinfo=UTC), datetime(2025, 10, 6, tzinfo=UTC))


def test_a_day_named_in_another_zone_still_finds_its_record(market_store) -> None:
    """A Sydney paper on Tuesday 17 Dec 2024: 'the record it set on Monday, US time' is the US
    Monday (16 Dec), most of which is Tuesday in Sydney; the day is read in any zone."""
    bars = pd.read_csv(MARKET / "BTC-USDT_1h_binance-spot.csv", parse_dates=["timestamp"], index_col="timestamp")
    us_monday = bars[(bars.index >= pd.Timestamp("2024-12-16 05:00", tz="UTC")) & (bars.index < pd.Timestamp("2024-12-17 05:00", tz="UTC"))]
    peak = float(us_monday["high"].max())
    text = ("Published: 2024-12-17 10:30 AEDT\n\n"
            f"Bitcoin eased to US$104,000, below the record of US${peak:,.0f} it set on Monday, US time.\n")
    verdict, why = _check(text, market_store)[round(peak)]
    assert verdict == "supported", why
