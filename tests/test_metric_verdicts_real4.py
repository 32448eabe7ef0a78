"""Verdicts on market-metric claims as real crypto news write them (session 26, H48): CoinMarketCap's
own Fear & Greed index, a fall or rise of the index told without a zone, an index that "hits a low",
and a reading qualified by the record it set. Every sentence is written for the test; the index
values are alternative.me's in ../shared/market/fear-greed_1d_alternative-me.csv."""

from __future__ import annotations

from datetime import datetime

import pytest
from extract_helpers import article_of, claims_of
from verify_helpers import NOW, utc

from factcheck.market.data import MarketData
from factcheck.model import CheckedClaim, ClaimKind, Comparator, Verdict
from factcheck.nlp.extract import extract
from factcheck.verify import verify
from factcheck.verify.context import Context


def _gauge_checks(text: str, published: datetime, store) -> list[CheckedClaim]:
    """The checked Fear & Greed claims of `text` read as an article published at `published`."""
    art = article_of(text, published)
    claims = [c for c in extract(art) if c.kind is ClaimKind.sentiment_index]
    ctx = Context(article=art, market=MarketData(store, offline=True, now=lambda: NOW), now=NOW)
    try:
        return verify(claims, ctx)
    finally:
        ctx.close()


NEW_YEARS_EVE = utc(2025, 12, 31, 12)  # alternative.me's index: 21; CoinMarketCap's read in the low 30s


# --- CoinMarketCap's index is another index under the same name ------------------------------------

@pytest.mark.parametrize("text", [
    "Sentiment improved a little: the CMC Fear and Greed Index stood at 33 on Wednesday.",
    "Market mood remains cautious (Fear and Greed CMC: 33/100).",
    "CoinMarketCap's Fear & Greed Index climbed to 33, still in fear territory.",
])
def test_a_reading_of_coinmarketcaps_index_is_not_held_against_alternative_me(text, market_store) -> None:
    checked = _gauge_checks(text, NEW_YEARS_EVE, market_store)
    assert [(c.claim.value, c.claim.venue) for c in checked] == [(33, "CoinMarketCap")]
    assert checked[0].verdict is Verdict.unverifiable
    assert "alternative.me" in checked[0].evidence.explanation


def test_an_article_on_cmcs_index_gives_it_the_readings_that_do_not_name_it(market_store) -> None:
    text = ("The CMC Fear and Greed Index printed 33 on Wednesday. "
            "The gauge gained four points in a day, from 29 to 33.")
    checked = _gauge_checks(text, NEW_YEARS_EVE, market_store)
    assert checked and all(c.claim.venue == "CoinMarketCap" and c.verdict is Verdict.unverifiable for c in checked)


def test_an_article_naming_both_indexes_checks_alternative_mes(market_store) -> None:
    text = ("Alternative.me's Crypto Fear & Greed Index sat at 21 on Wednesday. "
            "The CMC Fear and Greed Index, built differently, printed 33.")
    by_value = {c.claim.value: c for c in _gauge_checks(text, NEW_YEARS_EVE, market_store)}
    assert by_value[21].claim.venue is None and by_value[21].verdict is Verdict.supported
    assert by_value[33].claim.venue == "CoinMarketCap" and by_value[33].verdict is Verdict.unverifiable


def test_the_plain_crypto_fear_and_greed_index_is_still_checked(market_store) -> None:
    checked = _gauge_checks("The Crypto Fear & Greed Index dropped to 33 on Wednesday.", NEW_YEARS_EVE, market_store)
    assert [(c.claim.venue, c.verdict) for c in checked] == [(None, Verdict.inaccurate)]  # 21 that day


# --- a fall or a rise of the index with no zone named ----------------------------------------------

@pytest.mark.parametrize("text, published, verdict", [
    # 2025-11-04: 21, after 51 on 10-29
    ("The Crypto Fear & Greed Index fell sharply on Tuesday as bitcoin lost $106,000.", utc(2025, 11, 4, 12), Verdict.supported),
    # 2026-01-15: 61, the week before ranged 25-48: it rose, it did not fall
    ("The Crypto Fear & Greed Index rose sharply on Thursday as bitcoin neared $97,000.", utc(2026, 1, 15, 12), Verdict.supported),
    ("The Crypto Fear & Greed Index fell on Thursday while bitcoin neared $97,000.", utc(2026, 1, 15, 12), Verdict.inaccurate),
])
def test_a_move_of_the_index_without_a_zone_is_checked_against_the_week(text, published, verdict, market_store) -> None:
    checked = [c for c in _gauge_checks(text, published, market_store) if c.claim.value is None]
    assert [c.verdict for c in checked] == [verdict], [c.evidence.explanation for c in checked]


def test_an_index_that_hits_a_low_has_fallen() -> None:
    claims = [c for c in claims_of("Fear & Greed Index Hits Seven-Month Low as Bitcoin Slides") if c.kind is ClaimKind.sentiment_index]
    assert [(c.value, c.comparator) for c in claims] == [(None, Comparator.down)]


def test_an_index_that_hits_a_low_is_supported_when_it_fell(market_store) -> None:
    checked = _gauge_checks("Fear & Greed Index Hits Seven-Month Low as Bitcoin Slides", utc(2025, 11, 4, 12), market_store)
    assert [(c.claim.comparator, c.verdict) for c in checked] == [(Comparator.down, Verdict.supported)]


# --- a reading qualified by the record it set --------------------------------------------------------

def test_a_reading_called_the_lowest_since_an_undated_event_is_still_the_days_reading(market_store) -> None:
    text = "Fear & Greed Index Sinks to 20, Its Lowest Since the FTX Collapse"
    checked = [c for c in _gauge_checks(text, utc(2026, 1, 26, 12), market_store) if c.claim.value == 20]
    assert checked and all(c.verdict is Verdict.supported for c in checked)  # 20 on 2026-01-26


# --- the percent set beside a liquidation total is the liquidations' growth ---------------------------

@pytest.mark.parametrize("text", [
    "Exchanges reported $512 million in liquidations over the past day, a 260% surge, most of it longs.",
    "Liquidations reached $310 million on Friday, a sharp 150% jump, as bitcoin fell 4%.",
])
def test_a_percent_beside_a_liquidation_total_is_no_price_move(text) -> None:
    claims = claims_of(text)
    assert not [c for c in claims if c.kind is ClaimKind.price_change and c.value in {260, 150}], claims
    assert [c for c in claims if c.kind is ClaimKind.liquidations]


def test_a_price_move_beside_a_liquidation_total_stays() -> None:
    claims = claims_of("Bitcoin slid to $88,000, a 3% drop on the day, and $200 million of longs were liquidated.")
    assert [(c.value, c.comparator) for c in claims if c.kind is ClaimKind.price_change] == [(-3, Comparator.down)]
