"""A bare figure after a pair quoted in dollars is a dollar price, as a quote screen shows it:
"BTC/USD last traded at 70,600", "ETH/USDT changed hands at 2,120". A pair quoted in another coin is
a ratio and gives no dollar price. Sentences written for these tests; prices from Binance's hourly
bars of 9 Feb 2026 (BTC/USDT closed the 17:00 bar at 70,612.29; ETH's perpetual at 2,126.62)."""

from __future__ import annotations

from datetime import UTC, datetime

from extract_helpers import claims_of

from factcheck.model import ClaimKind, Verdict
from factcheck.pipeline import check

EVENING = datetime(2026, 2, 9, 18, tzinfo=UTC)


def _levels(text: str):
    return [(c.asset, c.value, c.unit) for c in claims_of(text, EVENING) if c.kind is ClaimKind.price_level]


def _checked(text: str, store):
    report = check("report.txt", text="Quotes\n\n" + text + "\n", published="2026-02-09 18:00 UTC", store=store,
                   offline=True, sentiment=None)
    found = [c for c in report.claims if c.claim.kind is ClaimKind.price_level]
    assert len(found) == 1, [(c.claim.kind, c.claim.text) for c in report.claims]
    return found[0]


def test_a_pair_with_a_slash_sets_dollars() -> None:
    assert _levels("BTC/USD last traded at 70,600, according to Bitstamp.") == [("BTC", 70600.0, "USD")]


def test_a_tether_quoted_pair_sets_dollars() -> None:
    assert _levels("ETH/USDT changed hands at 2,120 on Binance.") == [("ETH", 2120.0, "USD")]


def test_a_pair_written_as_one_ticker() -> None:
    assert [(a, v, u) for a, v, u in _levels("BTCUSDT last printed 70,580 on the hourly chart.")] == [("BTC", 70580.0, "USD")]


def test_a_pair_quoted_in_a_coin_is_no_dollar_price() -> None:
    assert _levels("ETH/BTC traded at 0.0301, a multi-year low for the ratio.") == []


def test_without_a_pair_a_bare_figure_stays_unread() -> None:
    assert _levels("Bitcoin last traded at 70,600.") == []


def test_a_figure_written_as_a_year_is_not_read_as_the_pairs_price() -> None:
    assert _levels("BTC/USD last traded at 2025, a dealer said.") == []


def test_a_quote_with_its_cents_below_a_thousand() -> None:
    assert _levels("SOL/USD last traded at 84.13.") == [("SOL", 84.13, "USD")]


def test_figures_that_name_something_else_after_a_pair_are_no_quotes() -> None:
    assert _levels("On the BTC/USD 4-hour chart, the price is trading above the 200 EMA.") == []
    assert _levels("ETH/USD trades at 0.5 times its realized price.") == []
    assert _levels("BTC/USDT is testing 3 consecutive lower highs.") == []
    assert _levels("BTC/USD is trading above the 50 and 200-day moving averages.") == []


def test_a_quote_near_the_last_close_is_supported(market_store) -> None:
    c = _checked("BTC/USD last traded at 70,600, according to Bitstamp.", market_store)
    assert c.verdict is Verdict.supported, c.evidence.explanation


def test_an_ether_quote_is_checked_in_dollars(market_store) -> None:
    c = _checked("ETH/USDT changed hands at 2,120 on Binance.", market_store)
    assert c.verdict is Verdict.supported, c.evidence.explanation


def test_a_quote_far_from_the_market_is_inaccurate(market_store) -> None:
    c = _checked("BTC/USD last traded at 64,000.", market_store)
    assert c.verdict is Verdict.inaccurate, c.evidence.explanation
