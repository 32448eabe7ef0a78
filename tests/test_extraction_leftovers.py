"""Extraction leftovers found by blind-written articles, each a class of construction: a figure in a
trailing question or a heatmap's level is no metric reading; a quoted speaker's expected level is a
forecast; a MACD line crossing its signal line is a crossing; a position held below a level with a
verb that is no move is a position; 'the 100 hourly Simple moving average' is an MA; 'on CoinGecko'
names a source; a low that 'acts as support' is a support."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, ClaimKind
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 12, 3, 12, tzinfo=UTC)


def _claims(text: str) -> list:
    art = Article(text=text, source="test", published_at=PUBLISHED, published_zone="UTC")
    return [c for c in extract(art) if c.kind is not ClaimKind.opinion]


def _has(text: str, kind: str, **fields) -> bool:
    return any(c.kind.value == kind and all(
        (getattr(c, k).value if hasattr(getattr(c, k), "value") else getattr(c, k)) == v for k, v in fields.items())
        for c in _claims(text))


# 1. a figure in a trailing question, or a level a heatmap points to, is no metric reading

@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Ether open interest climbs as longs pile in - Is $3,600 next?", "open_interest", 3600),
    ("Solana volume doubles as traders return: is $180 next?", "volume", 180),
    ("Bitcoin liquidations swell as shorts get squeezed - is $99,000 next?", "liquidations", 99000),
    ("Liquidation heatmap points to $94K as bitcoin grinds higher.", "liquidations", 94000),
    ("The liquidation heatmap points to $3,400 for ether.", "liquidations", 3400),
])
def test_a_questioned_or_pointed_level_is_no_metric_reading(text: str, kind: str, value: float) -> None:
    assert not _has(text, kind, value=value)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Bitcoin open interest rose to $31 billion on the day.", "open_interest", 31e9),
    ("Bitcoin liquidations topped $400 million in 24 hours.", "liquidations", 400e6),
    ("Is the rally sustainable? Ether open interest rose to $19 billion.", "open_interest", 19e9),
])
def test_a_stated_metric_reading_stays(text: str, kind: str, value: float) -> None:
    assert _has(text, kind, value=value)


def test_a_heatmap_cluster_is_the_coins_positions_at_risk() -> None:
    text = ("Ether slid to $2,900 on Tuesday. CoinGlass' liquidation heatmap showed a cluster of about $800 million in long "
            "positions between $2,700 and $2,750.")
    assert _has(text, "liquidations", asset="ETH", value=800e6, meaning="liquidation_map")


# 2. a quoted speaker's expected level is a forecast

@pytest.mark.parametrize(("text", "value"), [
    ('"Lose it, and $2,700 comes fast," she said of ether.', 2700),
    ('"If that breaks, $1.80 comes quickly," a trader said of XRP.', 1.80),
    ("Ether fell to $3,000 on Monday. A desk head said $2,750 comes next if buyers step away.", 2750),
])
def test_a_level_that_comes_is_a_forecast(text: str, value: float) -> None:
    assert _has(text, "forecast", value=value)
    assert not _has(text, "price_level", value=value)


@pytest.mark.parametrize(("text", "value", "asset"), [
    ("Traders are bracing for further downside below the $2.00 level in XRP.", 2.0, "XRP"),
    ("Bitcoin slipped to $77,400 as traders braced for further losses below the $75,000 level.", 75000, "BTC"),
])
def test_braced_for_downside_below_a_level_is_a_forecast(text: str, value: float, asset: str) -> None:
    assert _has(text, "forecast", value=value, asset=asset, comparator="below")


def test_a_level_that_came_is_no_forecast() -> None:
    assert not _has("Bitcoin came within $300 of $100,000 on Monday.", "forecast")


# 3. a MACD line crossing its signal line is a crossing

@pytest.mark.parametrize(("text", "comparator"), [
    ("The daily MACD flipped bullish, with the MACD line crossing above the signal line for XRP.", "crossed_above"),
    ("Ether's MACD crossed below its signal line on Tuesday.", "crossed_below"),
    ("Bitcoin's MACD line is crossing above the signal line on the daily chart.", "crossed_above"),
    ("On the 4-hour chart, with the MACD line crossing below the signal line, ether looks heavy.", "crossed_below"),
])
def test_a_macd_signal_crossing_is_a_crossing(text: str, comparator: str) -> None:
    found = [c for c in _claims(text) if c.metric == "macd"]
    assert found and all(c.comparator.value == comparator for c in found)


def test_a_macd_standing_below_its_signal_line_is_a_position() -> None:
    assert _has("Bitcoin's MACD remains below its signal line.", "indicator", metric="macd", comparator="below")


# 4. a level with a verb that is no move is a position, not a crossing

@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Bitcoin is consolidating gains below the $66,500 resistance.", "resistance", 66500),
    ("Ether is holding gains above the $3,000 support.", "support", 3000),
    ("Solana is consolidating losses below the $150 resistance.", "resistance", 150),
])
def test_consolidating_gains_near_a_line_is_no_crossing(text: str, kind: str, value: float) -> None:
    assert _has(text, kind, value=value)
    assert not any(c.comparator.value.startswith("crossed") for c in _claims(text))


@pytest.mark.parametrize(("text", "comparator"), [
    ("Bitcoin fell below $90,000 on Tuesday.", "crossed_below"),
    ("Ether extended gains above $3,200 on Monday.", "crossed_above"),
    ("Bitcoin is trading below $92,000.", "below"),
])
def test_moves_through_a_level_and_plain_positions_stay(text: str, comparator: str) -> None:
    assert any(c.kind.value == "price_level" and c.comparator.value == comparator for c in _claims(text))


# 5. 'the 100 hourly Simple moving average': a 100-period MA on the hourly chart

@pytest.mark.parametrize(("text", "asset", "comparator", "period"), [
    ("Ether is trading above $3,050 and the 100 hourly Simple moving average.", "ETH", "above", 100),
    ("XRP is now trading below $2.10 and the 100 hourly simple moving average.", "XRP", "below", 100),
    ("Bitcoin is trading above the 100 hourly Simple moving average.", "BTC", "above", 100),
    ("Solana is now below $140 and the 50 hourly simple moving average.", "SOL", "below", 50),
])
def test_an_hourly_moving_average_beside_a_level_is_an_ma_position(text: str, asset: str, comparator: str, period: int) -> None:
    assert _has(text, "indicator", asset=asset, metric="sma", comparator=comparator, period=period, timeframe="1h")
    if "$" in text:
        assert _has(text, "price_level", asset=asset, comparator=comparator)


def test_a_daily_average_beside_a_level_stays_daily() -> None:
    assert _has("Bitcoin is trading above $91,000 and the 200-day moving average.", "indicator",
                metric="sma", period=200, timeframe="1d", comparator="above")


# 6. a figure clause ending 'on CoinGecko' / 'per CoinMarketCap data' is attributed to that source

@pytest.mark.parametrize(("text", "source"), [
    ("The total crypto market capitalization is down to $3.1 trillion on CoinGecko.", "CoinGecko"),
    ("Solana's market cap rose to $80 billion, per CoinMarketCap data.", "CoinMarketCap"),
    ("Ether changed hands at $3,020 on CoinMarketCap.", "CoinMarketCap"),
])
def test_a_data_site_at_the_clause_end_is_the_source(text: str, source: str) -> None:
    found = [c for c in _claims(text) if c.value is not None]
    assert found and all(c.modality.value == "attributed" and source in (c.attributed_to or "") for c in found)


@pytest.mark.parametrize("text", [
    "Ether slips below $2,900 as whales move coins\n\nEther fell 3% to $2,910, according to CoinGecko.",
    "Bitcoin tops $95,000 as shorts run\n\nBitcoin rose 2% to $95,300, CoinMarketCap data show.",
])
def test_a_headline_is_not_attributed_to_a_body_source(text: str) -> None:
    head = [c for c in _claims(text) if c.span[0] < text.index("\n")]
    assert head and all(c.modality.value == "asserted" for c in head)


def test_an_exchange_venue_is_no_source() -> None:
    assert _has("Bitcoin traded at $91,200 on Binance.", "price_level", modality="asserted")


# 7. a low or level that 'acts as support' is a support

@pytest.mark.parametrize(("text", "asset", "value"), [
    ("An analyst told the site that the $3,120 intraday low now acts as support for ether.", "ETH", 3120),
    ("Ether's intraday low of $2,950 now acts as support.", "ETH", 2950),
    ("The $88,000 level now acts as support for bitcoin.", "BTC", 88000),
    ("For bitcoin, Sunday's $86,400 low now serves as support.", "BTC", 86400),
])
def test_a_level_acting_as_support_is_a_support(text: str, asset: str, value: float) -> None:
    assert _has(text, "support", asset=asset, value=value)


def test_an_intraday_low_alone_stays_a_low() -> None:
    text = "Bitcoin set an intraday low of $86,200."
    assert _has(text, "intraday_low", value=86200) and not _has(text, "support")


@pytest.mark.parametrize("text", [
    "Ether drifts below $2,950 as ETF outflows weigh; traders see range",
    "Bitcoin slipped below $88,000 on Monday; analysts say the range holds.",
    "Ether drifts below $2,950 as Fed decision weighs; analysts see range\n\nEther began Thursday on the back foot, "
    "trading at $2,940, down 1.1% on the day.",
    "Solana slides below $140 as ETF outflows weigh; traders see chop\n\nSolana traded at $139 on Thursday, down 2% on the day.",
])
def test_a_clause_after_a_semicolon_neither_reports_nor_foresees_the_one_before(text: str) -> None:
    found = [c for c in _claims(text) if c.span[0] < text.split("\n")[0].index(";")]
    assert found and all(c.kind.value == "price_level" and c.modality.value == "asserted"
                         and c.comparator.value == "crossed_below" for c in found)


def test_a_semicolon_clause_that_sees_its_own_level_is_a_forecast() -> None:
    assert _has("Ether drifts below $2,950; traders see a slide to $2,700", "forecast", value=2700)


def test_the_low_that_acts_as_support_is_a_low_too() -> None:
    text = "A trader said the $3,120 intraday low now acts as support for ether."
    assert _has(text, "support", value=3120) and _has(text, "intraday_low", value=3120)
