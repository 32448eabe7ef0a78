"""A day's extreme printed on another venue is checked against ours but never called
wrong: a crash's wicks differ from venue to venue. Sentences written for these tests;
prices from ../shared/market (ETH fell to $2,125 on Binance on 3 February 2025)."""

from __future__ import annotations

from datetime import UTC, datetime

from factcheck.pipeline import check

NOW = datetime(2026, 11, 25, tzinfo=UTC)


def _lows(text: str, market_store) -> list[tuple[str, str]]:
    report = check("wicks.txt", text=text, store=market_store, offline=True, now=NOW, sentiment=None)
    lows = [c for c in report.claims if c.claim.kind.value == "intraday_low"]
    assert all(c.claim.venue == ("Deribit" if "Deribit" in text else "Kraken" if "Kraken" in text else None) for c in lows)
    return [(c.verdict.value, c.evidence.explanation) for c in lows]


def test_a_deeper_wick_on_another_venue_is_unverifiable_not_wrong(market_store) -> None:
    text = "Published: 2025-02-03 12:00 UTC\n\nEther plunged to as low as $2,010 on Deribit as the selloff hit thin books.\n"
    ((verdict, why),) = _lows(text, market_store)
    assert verdict == "unverifiable" and "Deribit" in why and "$2,125" in why  # ours, shown


def test_another_venues_low_that_ours_matches_stands(market_store) -> None:
    text = "Published: 2025-02-03 12:00 UTC\n\nKraken: ether dropped to as low as $2,127 before buyers stepped in.\n"
    ((verdict, why),) = _lows(text, market_store)
    assert verdict == "supported" and "Kraken's" in why


def test_without_a_venue_the_same_wick_is_wrong(market_store) -> None:
    text = "Published: 2025-02-03 12:00 UTC\n\nEther plunged to as low as $2,010 as the selloff hit thin books.\n"
    ((verdict, _),) = _lows(text, market_store)
    assert verdict in {"inaccurate", "imprecise"}
