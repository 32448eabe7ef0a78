"""Derivatives figures the store cannot speak for: another exchange's funding rate, and open
interest counted in coins. Checked against Binance's series they would pass or fail by chance."""

from __future__ import annotations

from verify_helpers import article, check, claim, utc

from factcheck.model import ClaimKind, Comparator, Verdict

PUBLISHED = utc(2024, 11, 12, 17)  # Binance's BTCUSDT funding averaged +0.0439% per 8 hours that day
DAY = dict(start=utc(2024, 11, 12), end=PUBLISHED, when="day", time_text="on Tuesday")


def _funding(value: float, **fields):
    return claim(ClaimKind.funding_rate, "BTC", value, unit="%", decimals=4, **{"metric": "funding_rate", **fields}, **DAY)


def test_another_venues_funding_is_unverifiable_even_when_binances_agrees(market_store) -> None:
    ours = check(article(PUBLISHED), _funding(0.0439), market_store)
    assert ours.verdict is Verdict.supported, ours.evidence.explanation
    bybit = check(article(PUBLISHED), _funding(0.0439, venue="Bybit"), market_store)
    assert bybit.verdict is Verdict.unverifiable, bybit.evidence.explanation
    assert "Bybit's funding" in bybit.evidence.explanation


def test_an_hourly_rate_is_eight_to_a_print(market_store) -> None:
    hourly = check(article(PUBLISHED), _funding(0.0055, metric="funding_rate_hourly"), market_store)
    assert hourly.verdict is Verdict.supported, hourly.evidence.explanation  # 0.0055 x 8 = 0.044
    assert "+0.0440% per 8 hours" in hourly.evidence.explanation
    as_print = check(article(PUBLISHED), _funding(0.0055), market_store)
    assert as_print.verdict is not Verdict.supported


def test_open_interest_counted_in_coins_is_not_read_from_dollars(market_store) -> None:
    """25 Nov to 2 Dec 2025: Binance's BTC open interest in dollars fell; in coins nobody here knows."""
    window = dict(start=utc(2025, 11, 25), end=utc(2025, 12, 2, 6), when="window", time_text="over the week")
    dollars = claim(ClaimKind.open_interest, "BTC", None, metric="open_interest", comparator=Comparator.down, **window)
    assert check(article(utc(2025, 12, 2, 6)), dollars, market_store).verdict is Verdict.supported
    coins = claim(ClaimKind.open_interest, "BTC", None, unit="BTC", metric="open_interest", comparator=Comparator.down, **window)
    checked = check(article(utc(2025, 12, 2, 6)), coins, market_store)
    assert checked.verdict is Verdict.unverifiable, checked.evidence.explanation
    assert "in BTC" in checked.evidence.explanation
