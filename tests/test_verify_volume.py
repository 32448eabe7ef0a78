"""Volume figures: how far off a dollar figure is, and changes of the rolling 24 hours."""

from __future__ import annotations

from datetime import timedelta

import pytest
from verify_helpers import article, check, claim, utc

from factcheck.model import ClaimKind, Comparator, Precision, Verdict

DAY = timedelta(days=1)


def test_a_volume_is_off_by_a_share_of_what_was_traded(market_store) -> None:
    """A claimed daily average of $35 billion across the last month, 20 Jan 2025: the 30 days
    averaged about $49.8B (Yahoo BTC-USD), so $35B is 30% short of it: imprecise, not judged
    by how far $49.8B is above $35B (42%)."""
    end = utc(2025, 1, 21)
    month = claim(ClaimKind.volume, "BTC", 3.5e10, unit="USD", metric="volume", start=end - 30 * DAY, end=end, when="window")
    result = check(article(utc(2025, 1, 20), Precision.day), month, market_store)
    assert result.verdict is Verdict.imprecise, result.evidence.explanation
    assert result.evidence.figure == pytest.approx(4.98e10, rel=0.01)


def test_a_24_hour_volume_surge_in_an_article_dated_by_day(market_store) -> None:
    """5 Dec 2024, the day BTC first passed $100,000: 24-hour trading volume said to be up
    70%. Yahoo's days: 4 Dec $77.2B, 5 Dec $149.2B; the rolling 24 hours rose from
    about +17% at 01:00 to over +100% by the afternoon, so 70% fits the morning. A 300%
    surge fits no hour."""
    window = dict(start=utc(2024, 12, 5), end=utc(2024, 12, 6), when="window", time_text="24-hour")
    surge = claim(ClaimKind.volume, "BTC", 70, unit="%", metric="volume", comparator=Comparator.up, **window)
    result = check(article(utc(2024, 12, 5), Precision.day), surge, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation
    assert "ranged" in result.evidence.explanation
    wild = claim(ClaimKind.volume, "BTC", 300, unit="%", metric="volume", comparator=Comparator.up, **window)
    assert check(article(utc(2024, 12, 5), Precision.day), wild, market_store).verdict is Verdict.inaccurate


def test_a_24_hour_change_at_a_minute_uses_no_later_day(market_store) -> None:
    """5 Dec 2024 02:00: the spike had barely begun (the 24 hours to 02:00 were about +17% on
    the 24 hours before); the day's final total (+93% on 4 Dec) is not known yet."""
    published = utc(2024, 12, 5, 2)
    c = claim(ClaimKind.volume, "BTC", 93, unit="%", metric="volume", comparator=Comparator.up,
              start=published - DAY, end=published, when="window", time_text="24-hour")
    result = check(article(published), c, market_store)
    assert result.verdict is Verdict.inaccurate, result.evidence.explanation
    assert result.evidence.figure == pytest.approx(16.5, abs=2)


def test_a_named_day_against_the_day_before(market_store) -> None:
    """Yahoo BTC-USD: 9 Jul 2025 $57.9B against 8 Jul $44.3B, +30.8%."""
    c = claim(ClaimKind.volume, "BTC", 30, unit="%", metric="volume", comparator=Comparator.up, when="day",
              time_text="on Wednesday", start=utc(2025, 7, 9), end=utc(2025, 7, 10))
    result = check(article(utc(2025, 7, 10, 8)), c, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation
    assert result.evidence.figure == pytest.approx(30.8, abs=0.3)
