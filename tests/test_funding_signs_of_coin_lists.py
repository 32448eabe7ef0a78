"""Funding told by its sign alone, for one coin or a list of coins written before the funding words
("a negative BTC and ETH funding rate", "BTC and ETH funding rates are negative"): each coin gets
the sign claim; BTC's is checked on Binance's daily means, ETH's is unverifiable (no ETH funding is
held), never supported. Sentences written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

from extract_helpers import claims_of

from factcheck.model import ClaimKind, Comparator, Verdict
from factcheck.pipeline import check

EVENING = datetime(2026, 2, 9, 18, tzinfo=UTC)


def _funding(text: str, published: datetime = EVENING):
    return sorted(((c.asset, c.comparator, c.value) for c in claims_of(text, published) if c.kind is ClaimKind.funding_rate),
                  key=str)


def _checked(text: str, published: str, store):
    report = check("report.txt", text="Derivatives\n\n" + text + "\n", published=published, store=store, offline=True,
                   sentiment=None)
    return {c.claim.asset: c for c in report.claims if c.claim.kind is ClaimKind.funding_rate}


def test_a_sign_written_before_a_list_of_coins_is_each_coins() -> None:
    assert _funding("Derivatives data show a negative BTC and ETH funding rate, with shorts paying longs.") == [
        ("BTC", Comparator.below, 0.0), ("ETH", Comparator.below, 0.0)]


def test_a_sign_written_before_one_coin() -> None:
    assert _funding("Traders now face a negative BTC funding rate.") == [("BTC", Comparator.below, 0.0)]


def test_coins_before_the_funding_words_share_the_sign_after_them() -> None:
    assert _funding("BTC and ETH funding rates are negative.") == [
        ("BTC", Comparator.below, 0.0), ("ETH", Comparator.below, 0.0)]


def test_turned_negative_on_a_venue_is_a_crossing() -> None:
    assert _funding("Bitcoin slid, and funding turned negative on Binance.") == [("BTC", Comparator.crossed_below, 0.0)]


def test_the_general_rule_is_no_reading() -> None:
    assert _funding("A negative funding rate means shorts pay longs to keep their positions.") == []


def test_a_rule_of_thumb_about_a_coins_funding_is_no_reading() -> None:
    assert _funding("A negative BTC funding rate typically signals bearish sentiment.") == []
    assert _funding("Negative BTC and ETH funding rates have historically preceded short squeezes.") == []


def test_btc_is_checked_and_eth_is_unverifiable(market_store) -> None:
    """2026-02-09: Binance BTCUSDT funding averaged -0.0018% per 8 hours; no ETH funding is held."""
    found = _checked("Derivatives data show a negative BTC and ETH funding rate.", "2026-02-09 18:00 UTC", market_store)
    assert found["BTC"].verdict is Verdict.supported, found["BTC"].evidence.explanation
    assert found["ETH"].verdict is Verdict.unverifiable
    assert "ETH" in found["ETH"].evidence.explanation


def test_a_negative_rate_on_a_positive_day_is_inaccurate(market_store) -> None:
    """12 Nov 2024: the three prints averaged +0.0439% per 8 hours, and none was negative."""
    found = _checked("Traders now face a negative BTC funding rate.", "2024-11-12 17:00 UTC", market_store)
    assert found["BTC"].verdict is Verdict.inaccurate, found["BTC"].evidence.explanation


def test_a_fresh_turn_below_zero_on_binance_is_supported(market_store) -> None:
    """2 May 2025: -0.0101% after +0.0004% on 1 May."""
    found = _checked("Bitcoin slid, and funding turned negative on Binance.", "2025-05-02 17:30 UTC", market_store)
    assert found["BTC"].verdict is Verdict.supported, found["BTC"].evidence.explanation
