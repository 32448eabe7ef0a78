"""Known extraction misses, each a class of construction: figures listed 'respectively', data
lines that separate a high from a low with a slash or a bar, sources whose reporting verb the
tagger reads as a noun, forecasts about a metric other than price, and coin names that are
ordinary words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, ClaimKind
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 12, 3, 12, tzinfo=UTC)


def _claims(text: str) -> list:
    art = Article(text=text, source="test", published_at=PUBLISHED, published_zone="UTC")
    return [c for c in extract(art) if c.kind is not ClaimKind.opinion]


def _by_asset(text: str, kind: ClaimKind) -> dict[str | None, float | None]:
    return {c.asset: c.value for c in _claims(text) if c.kind is kind}


# 1. 'respectively': each figure is the coin's in the same place of its list

@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("BTC and ETH traded at $91,000 and $3,050, respectively.", ClaimKind.price_level, {"BTC": 91000, "ETH": 3050}),
    ("Ether and XRP were last at $3,120 and $2.05, respectively.", ClaimKind.price_level, {"ETH": 3120, "XRP": 2.05}),
    ("BTC, ETH and SOL changed hands at $88,400, $2,950 and $131, respectively.", ClaimKind.price_level,
     {"BTC": 88400, "ETH": 2950, "SOL": 131}),
    ("Bitcoin and ether rose 3% and 5%, respectively, over the past 24 hours.", ClaimKind.price_change, {"BTC": 3, "ETH": 5}),
    ("Bitcoin and Solana fell 2.1% and 6.4% respectively on the day.", ClaimKind.price_change, {"BTC": -2.1, "SOL": -6.4}),
    ("Solana and bitcoin slid 4% and 1.5%, respectively.", ClaimKind.price_change, {"SOL": -4, "BTC": -1.5}),
    ("Bitcoin, ether and XRP gained 1.2%, 2.4% and 7.5%, respectively, this week.", ClaimKind.price_change,
     {"BTC": 1.2, "ETH": 2.4, "XRP": 7.5}),
    ("Ether and bitcoin hit $3,200 and $92,500, respectively, before easing.", ClaimKind.intraday_high,
     {"ETH": 3200, "BTC": 92500}),
    ("BTC and ETH funding rates were 0.01% and 0.02%, respectively.", ClaimKind.funding_rate, {"BTC": 0.01, "ETH": 0.02}),
    ("Bitcoin and ether traded at $91,000 and $3,050.", ClaimKind.price_level, {"BTC": 91000, "ETH": 3050}),
])
def test_respectively_binds_each_figure_to_its_coin_in_order(text: str, kind: ClaimKind, expected: dict) -> None:
    assert _by_asset(text, kind) == expected


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("Bitcoin and ether both rose 3% on the day.", ClaimKind.price_change, {"BTC": 3, "ETH": 3}),
    ("Ether and solana fell 5% as bitcoin held at $91,000.", ClaimKind.price_change, {"ETH": -5, "SOL": -5}),
])
def test_a_shared_figure_without_respectively_stays_shared(text: str, kind: ClaimKind, expected: dict) -> None:
    assert _by_asset(text, kind) == expected


def test_a_list_of_windows_respectively_stays_on_its_one_coin() -> None:
    found = [c for c in _claims("Bitcoin rose 2% and 6% over the day and the week, respectively.") if c.kind is ClaimKind.price_change]
    assert found and {c.asset for c in found} == {"BTC"}


def test_a_price_far_off_its_coins_scale_is_not_that_coins() -> None:
    found = _claims("Ether traded at $3,050 on Tuesday. Bitcoin held near $91,000. Ether at $91,000 was the talk of the desk.")
    assert all(c.value != 91000 for c in found if c.asset == "ETH")


# 2. data lines: a separator ends one figure's label, the next label is the next figure's

@pytest.mark.parametrize(("text", "high", "low"), [
    ("Bitcoin price action: High $88,210 / Low $85,930", 88210, 85930),
    ("Ether • High $3,210 • Low $3,040", 3210, 3040),
    ("BTC | High $92,480 | Low $89,120", 92480, 89120),
    ("BTC 24h high: $92,480 | 24h low: $89,120", 92480, 89120),
    ("Bitcoin day range: Low $86,100 / High $89,400", 89400, 86100),
    ("Bitcoin hit a high of $93,200 and a low of $90,800 on the day.", 93200, 90800),
])
def test_high_and_low_on_one_data_line(text: str, high: float, low: float) -> None:
    found = _claims(text)
    assert [c.value for c in found if c.kind is ClaimKind.intraday_high] == [high]
    assert [c.value for c in found if c.kind is ClaimKind.intraday_low] == [low]


def test_open_and_close_figures_are_not_a_high_or_a_low() -> None:
    found = _claims("Bitcoin — Open $90,150 / Close $91,870")
    assert not [c for c in found if c.kind in (ClaimKind.intraday_high, ClaimKind.intraday_low)]


def test_an_ohlc_line_gives_the_high_and_the_low_their_own_figures() -> None:
    found = _claims("BTC: Open $90,150 | High $92,480 | Low $89,120 | Close $91,870")
    assert [(c.kind, c.value) for c in found if c.kind in (ClaimKind.intraday_high, ClaimKind.intraday_low)] == [
        (ClaimKind.intraday_high, 92480), (ClaimKind.intraday_low, 89120)]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Support at $86,000 / resistance at $90,500.", ClaimKind.resistance, 90500),
    ("High inflation weighed on bitcoin, which traded at $88,000.", ClaimKind.price_level, 88000),
])
def test_a_capitalised_word_or_a_slash_in_prose_keeps_its_reading(text: str, kind: ClaimKind, value: float) -> None:
    assert value in [c.value for c in _claims(text) if c.kind is kind]
    assert not [c for c in _claims(text) if c.kind is ClaimKind.intraday_high]


# 3. a source whose verb the tagger reads as a noun keeps its name

@pytest.mark.parametrize(("text", "source", "value"), [
    ("ChatGPT predicts BTC will reach $150,000 by the end of 2026.", "ChatGPT", 150000),
    ("Gemini forecasts bitcoin will hit $140,000 next year.", "Gemini", 140000),
    ("Grok predicts bitcoin will hit $130,000 next year.", "Grok", 130000),
    ("Citi projects bitcoin at $135,000 by year-end.", "Citi", 135000),
    ("Standard Chartered forecasts BTC at $200,000 by the end of 2026.", "Standard Chartered", 200000),
    ("Bernstein sees bitcoin reaching $150,000 next year.", "Bernstein", 150000),
    ("Analyst Jane Doe projects ether will climb to $5,000.", "Analyst Jane Doe", 5000),
    ("Polymarket traders bet bitcoin will top $120,000 by March.", "Polymarket", 120000),
    ("Claude predicts ether will fall to $2,600 next month.", "Claude", 2600),
    ("In its latest note, Bernstein predicts bitcoin will reach $200,000 in 2026.", "Bernstein", 200000),
    ("Perplexity forecasts ether at $4,500 by March.", "Perplexity", 4500),
    ("DeepSeek predicts XRP will reach $5 by 2026.", "DeepSeek", 5),
    ("Kalshi bettors wager bitcoin will end the year above $100,000.", "Kalshi", 100000),
    ("Crypto analyst Ali Martinez sees bitcoin at $150,000 next year.", "Ali Martinez", 150000),
])
def test_the_forecasts_source_is_named(text: str, source: str, value: float) -> None:
    forecast = next(c for c in _claims(text) if c.kind is ClaimKind.forecast)
    assert forecast.value == value and forecast.modality.value == "forecast"
    assert forecast.attributed_to is not None and source in forecast.attributed_to


@pytest.mark.parametrize("text", [
    "Bitcoin will reach $150,000 by the end of 2026.",
    "Mining forecasts suggest bitcoin could reach $100,000.",
])
def test_a_forecast_without_a_source_names_none(text: str) -> None:
    forecast = next(c for c in _claims(text) if c.kind is ClaimKind.forecast)
    assert forecast.attributed_to is None and forecast.modality.value == "forecast"


# 4. a forecast about another metric is no price forecast

@pytest.mark.parametrize("text", [
    "Mining difficulty is expected to rise 5% at the next adjustment.",
    "Network difficulty is forecast to climb 4% on Friday.",
    "Bitcoin's hashrate could climb 10% by the end of the month.",
    "ETF inflows are expected to grow 20% next quarter.",
    "Staking yield on Ethereum could fall to 2.5% next year.",
    "Transaction fees are projected to rise 30% after the upgrade.",
    "Daily active users are expected to jump 15% this year.",
    "Bitcoin's circulating supply will grow 0.8% next year.",
    "Adoption is expected to double, rising 100% by 2027.",
    "The number of bitcoin ETF holders is expected to double, up 100% by 2027.",
    "Bitcoin's network difficulty will likely rise another 3% on Saturday.",
    "Ethereum's staking ratio could climb to 30% next year.",
    "Fees on Solana are expected to fall 50% after the upgrade.",
])
def test_a_forecast_of_another_metric_is_not_a_price_forecast(text: str) -> None:
    assert not [c for c in _claims(text) if c.kind in (ClaimKind.forecast, ClaimKind.price_change, ClaimKind.price_level)]


@pytest.mark.parametrize(("text", "asset", "value"), [
    ("Bitcoin is expected to rise 5% this week, analysts said.", "BTC", 5),
    ("Ether could fall 10% by the end of the month.", "ETH", -10),
    ("Despite rising difficulty, bitcoin is expected to climb 8% this month.", "BTC", 8),
    ("Bitcoin rose 5% and is expected to climb another 3% this week.", "BTC", 3),
])
def test_a_price_forecast_beside_such_words_stays(text: str, asset: str, value: float) -> None:
    forecast = next(c for c in _claims(text) if c.kind is ClaimKind.forecast)
    assert (forecast.asset, forecast.value) == (asset, value)


# 5. a coin name that is an ordinary word needs its ticker's case or a crypto context

def test_a_record_of_another_metric_is_not_the_coins_record() -> None:
    found = _claims("Bitcoin rose 3% as mining difficulty hit a record.")
    assert [c.kind for c in found] == [ClaimKind.price_change]


@pytest.mark.parametrize("text", [
    "Bitcoin led. Sol, a Madrid trader, said prices rose 2% to $92,000.",
    "Bitcoin led the market. Ada is a trader in Lagos; she said prices rose 2% to $92,000.",
    "Bitcoin led the market. In a sui generis session, prices rose 2% to $92,000.",
    "Bitcoin led the market. Bajo el sol, traders said prices rose 2% to $92,000.",
    "Bitcoin led. Ada, a trader in Lagos, said prices rose 2% to $92,000.",
    "Bitcoin led the market. An avalanche of sell orders pushed prices down 6% to $85,000.",
    "Bitcoin led the market. A ripple of selling took prices down 3% to $88,000.",
    "Bitcoin led the market. Pepe the frog memes spread as prices rose 3% to $92,000.",
    "Bitcoin led the market. A ton of bids lifted prices 3% to $92,000.",
])
def test_an_ordinary_word_is_not_a_coin(text: str) -> None:
    assert {c.asset for c in _claims(text)} == {"BTC"}


def test_a_name_introduced_with_its_ticker_is_not_the_common_word() -> None:
    text = ("Bitcoin rose 2% to $92,000 as BTC led and bitcoin dominance climbed. Flow (FLOW) added 5% to $0.52. "
            "Money will flow in, analysts said, and prices could rise another 4% this week.")
    found = _claims(text)
    assert {c.value for c in found if c.asset == "FLOW"} == {5, 0.52}
    assert next(c for c in found if c.kind is ClaimKind.forecast).asset == "BTC"


@pytest.mark.parametrize(("text", "asset"), [
    ("SUI rose 8% to $3.10 on the day.", "SUI"),
    ("$SUI jumped 12% to $3.40.", "SUI"),
    ("Sui rose 7% to $3.20.", "SUI"),
    ("The sui token rose 7% to $3.20.", "SUI"),
    ("SOL rose 6% to $140.", "SOL"),
    ("ADA slid 4% to $0.41.", "ADA"),
    ("Cardano slid 4% to $0.41.", "ADA"),
    ("Avalanche gained 5% to $14.20.", "AVAX"),
    ("Tron is trading at $0.29 after a 4% gain.", "TRX"),
    ("Sui was up 6% at $3.30.", "SUI"),
    ("XRP, the token of Ripple, rose 3% to $2.10.", "XRP"),
    ("Ripple's XRP rose 3% to $2.10.", "XRP"),
    ("Pepe rallied 9% to $0.0000071.", "PEPE"),
    ("Solana rose 6% to $140. Sol later slipped 2% to $137.", "SOL"),
])
def test_a_coin_written_as_a_coin_is_that_coin(text: str, asset: str) -> None:
    assert {c.asset for c in _claims(text)} == {asset}
