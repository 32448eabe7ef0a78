"""Extraction of price-level, move and forecast claims from sentences."""

from __future__ import annotations

from datetime import UTC, datetime, timezone

import pytest

from factcheck.model import Article, ClaimKind, Comparator, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2026, 2, 9, 1, 17, tzinfo=UTC)


def claims_in(text: str, **article: object):
    fields = dict(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    fields.update(article)
    return extract(Article(**fields))


def one(text: str):
    """The one checkable claim of `text` (an opinion the sentence also holds is left aside)."""
    found = [c for c in claims_in(text) if c.kind is not ClaimKind.opinion]
    assert len(found) == 1, [c.text for c in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "kind", "value", "comparator"),
    [
        ("Bitcoin successfully reclaimed the $71,000 level.", ClaimKind.price_level, 71_000, Comparator.crossed_above),
        ("BTC is trading at $68.7K this morning.", ClaimKind.price_level, 68_700, Comparator.at),
        ("Bitcoin fell below $60,000 on Thursday.", ClaimKind.price_level, 60_000, Comparator.crossed_below),
        ("Bitcoin is holding above $70K despite the selling.", ClaimKind.price_level, 70_000, Comparator.above),
        ("Ether slipped to $2,100 overnight.", ClaimKind.price_level, 2_100, Comparator.at),
        ("Bitcoin dipped to $60,000 in the first hour.", ClaimKind.intraday_low, 60_000, Comparator.at),
        ("Ether sank as low as $3,435 during the cascade.", ClaimKind.intraday_low, 3_435, Comparator.at),
        ("It briefly touched $69,000 before sliding.", ClaimKind.intraday_high, 69_000, Comparator.at),
        ("Bitcoin fell hard, touching $49,000 on Binance.", ClaimKind.intraday_low, 49_000, Comparator.at),
        ("Bitcoin rose as far as US$104,088.", ClaimKind.intraday_high, 104_088, Comparator.at),
        ("BTC: $78,038", ClaimKind.price_level, 78_038, Comparator.at),
        ("ETH ‑3.1% in 24 hours", ClaimKind.price_change, -3.1, Comparator.down),
        ("The token sits 12% lower than a week ago.", ClaimKind.price_change, -12, Comparator.down),
        ("Bitcoin set an intraday high of $61,172.", ClaimKind.intraday_high, 61_172, Comparator.at),
        ("BTC is down 4% in 24 hours.", ClaimKind.price_change, -4, Comparator.down),
        ("Bitcoin recovered 15% from its intraday lows.", ClaimKind.price_change, 15, Comparator.up),
        ("Ether suffered a 15 percent drop.", ClaimKind.price_change, -15, Comparator.down),
        ("Bitcoin has surged nearly 16% over the past three days.", ClaimKind.price_change, 16, Comparator.up),
    ],
)
def test_finds_the_claim(sentence: str, kind: ClaimKind, value: float, comparator: Comparator) -> None:
    claim = one(sentence)
    assert (claim.kind, claim.value, claim.comparator) == (kind, value, comparator)
    assert claim.text in sentence
    assert claim.sentence == sentence


def test_between_is_one_claim_with_both_ends() -> None:
    claim = one("Bitcoin has traded between $68,000 and $69,500 since Friday.")
    assert (claim.value, claim.value_high, claim.comparator) == (68_000, 69_500, Comparator.between)


def test_asset_comes_from_the_sentence_or_the_one_before() -> None:
    claims = claims_in("Ether lagged behind. It fell below $2,000 late on Sunday. Bitcoin rose 3% in 24 hours.")
    assert [(c.asset, c.kind) for c in claims] == [("ETH", ClaimKind.price_level), ("BTC", ClaimKind.price_change)]


def test_window_is_resolved_against_publication() -> None:
    claim = one("BTC is down 4% in 24 hours.")
    assert claim.time.start == datetime(2026, 2, 8, 1, 17, tzinfo=UTC)
    assert claim.time.end == PUBLISHED
    assert claim.time.text == "in 24 hours"


def test_move_without_window_defaults_to_24_hours_and_says_nothing_was_written() -> None:
    claim = one("Bitcoin slipped 2% as traders took profit.")
    assert claim.time.text is None
    assert claim.time.end - claim.time.start == PUBLISHED - datetime(2026, 2, 8, 1, 17, tzinfo=UTC)


def test_conditional_forecast_is_a_forecast_with_direction() -> None:
    found = claims_in("If Bitcoin clears the zone, it could push past the near-term resistance at $75,000.")
    (claim,) = [c for c in found if c.kind is ClaimKind.forecast]
    assert claim.modality is Modality.conditional  # the target rests on the break (the seed's gold)
    assert claim.comparator is Comparator.above
    assert claim.value == 75_000
    # the line it must pass is a resistance the sentence presupposes, a claim of its own
    assert [(c.kind, c.value, c.modality) for c in found if c is not claim] == [
        (ClaimKind.resistance, 75_000, Modality.conditional)]


def test_attribution_keeps_the_source_name() -> None:
    claim = one("According to CoinGlass, Bitcoin fell below $60,000 on Thursday.")
    assert claim.modality is Modality.attributed
    assert claim.attributed_to == "CoinGlass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Liquidations hit $500 million in 24 hours.",
        "The liquidation map showed an imbalance of $7,132 between shorts and longs.",
        "Open interest rose 5% to $26.7 billion.",
        "Spot bitcoin ETFs saw inflows of $1.2 billion on Monday.",
        "Bitcoin's market cap is $1.4 trillion.",
        "The RSI rose to 55 from 28.",
        "Funding rates climbed to 0.01% per eight hours.",
        "Trading volume jumped 40% over the week.",
        "On 2026/02/09 at 10:17 the market opened.",
    ],
)
def test_other_metrics_make_no_price_claim(sentence: str) -> None:
    price_kinds = {ClaimKind.price_level, ClaimKind.price_change, ClaimKind.intraday_high, ClaimKind.intraday_low, ClaimKind.forecast}
    assert [c.text for c in claims_in(sentence) if c.kind in price_kinds] == []


@pytest.mark.parametrize(
    ("sentence", "kind", "metric", "value", "comparator"),
    [
        ("Liquidations hit $500 million in 24 hours.", ClaimKind.liquidations, "liquidations", 500e6, Comparator.at),
        ("Over $277 million in long liquidations were recorded.", ClaimKind.liquidations, "liquidations", 277e6, Comparator.above),
        ("The liquidation map showed an imbalance of $7,132 between shorts and longs.", ClaimKind.liquidation_imbalance, "liquidation_imbalance", 7132, Comparator.at),
        ("Open interest rose 5% on the day.", ClaimKind.open_interest, "open_interest_change", 5, Comparator.up),
        ("Open interest climbed to $26.72 billion.", ClaimKind.open_interest, "open_interest", 26.72e9, Comparator.at),
        ("Bitcoin's market cap is $1.4 trillion.", ClaimKind.market_cap, "market_cap", 1.4e12, Comparator.at),
        ("Bitcoin dominance stands at 61.2%.", ClaimKind.market_cap, "dominance", 61.2, Comparator.at),
        ("The RSI stands at 28.4 on the daily chart.", ClaimKind.indicator, "rsi", 28.4, Comparator.at),
        ("Funding rates climbed to 0.01% per eight hours.", ClaimKind.funding_rate, "funding_rate", 0.01, Comparator.at),
        ("Trading volume jumped 40% over the week.", ClaimKind.volume, "volume_change", 40, Comparator.up),
        ("The Crypto Fear & Greed Index fell to 14.", ClaimKind.sentiment_index, "fear_greed", 14, Comparator.at),
    ],
)
def test_metric_claims(sentence: str, kind: ClaimKind, metric: str, value: float, comparator: Comparator) -> None:
    (claim,) = [c for c in claims_in(sentence) if c.kind is kind]
    assert (claim.metric, claim.comparator) == (metric, comparator)
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "kind", "fields"),
    [
        ("The RSI has exited oversold territory.", ClaimKind.indicator, {"metric": "rsi", "zone": "oversold", "comparator": Comparator.crossed_above}),
        ("BTC climbed into overbought territory on the 4-hour chart.", ClaimKind.indicator, {"zone": "overbought", "comparator": Comparator.crossed_above}),
        ("Bitcoin reclaimed the 200-day moving average.", ClaimKind.indicator, {"metric": "sma", "period": 200, "comparator": Comparator.crossed_above}),
        ("Ether is trading below its 50-day EMA.", ClaimKind.indicator, {"metric": "ema", "period": 50, "comparator": Comparator.below}),
        ("Bitcoin has broken out of a 10-month downtrend channel.", ClaimKind.trend, {"zone": "down", "duration_days": pytest.approx(304.4)}),
        ("Bitcoin is on track for a third weekly loss.", ClaimKind.forecast, {"value": None, "zone": "third weekly loss"}),
        ("Bitcoin posted a third weekly loss.", ClaimKind.trend, {"count": 3, "timeframe": "1w", "zone": "down"}),
        ("Bitcoin set a new all-time high of $126,200.", ClaimKind.all_time_high, {"value": 126_200}),
        ("Sentiment sits in extreme fear.", ClaimKind.sentiment_index, {"zone": "extreme fear"}),
    ],
)
def test_state_claims(sentence: str, kind: ClaimKind, fields: dict) -> None:
    (claim,) = [c for c in claims_in(sentence) if c.kind is kind]
    for name, want in fields.items():
        assert getattr(claim, name) == want, name


def test_seed_article_claims(seed_article: Article) -> None:
    found = extract(seed_article)
    opinions = [c for c in found if c.kind is ClaimKind.opinion]
    assert any(c.text.startswith("Whales appear to have completed") for c in opinions)
    assert not any("Disclaimer" in c.text or "informational purposes" in c.text for c in opinions)
    claims = [c for c in found if c.kind is not ClaimKind.opinion]
    assert [(c.kind, c.asset, c.value, c.comparator) for c in claims] == [
        (ClaimKind.liquidation_imbalance, "BTC", 7_132, Comparator.at),
        (ClaimKind.trend, "BTC", None, Comparator.at),
        (ClaimKind.price_level, "BTC", 71_000, Comparator.crossed_above),
        (ClaimKind.indicator, "BTC", None, Comparator.crossed_above),
        (ClaimKind.forecast, "BTC", 75_000, Comparator.above),
        (ClaimKind.resistance, "BTC", 75_000, Comparator.at),  # "the short-term resistance at $75,000"
        (ClaimKind.forecast, "BTC", None, Comparator.at),  # the seed's rally back to previous highs
        (ClaimKind.sentiment_index, None, None, Comparator.up),  # the index is market-wide
        (ClaimKind.open_interest, "BTC", None, Comparator.up),
    ]
    trend = claims[1]
    assert (trend.zone, round(trend.duration_days or 0)) == ("down", 304)
    rsi = claims[3]
    assert (rsi.metric, rsi.zone) == ("rsi", "oversold")
    assert claims[6].zone == "previous highs" and claims[7].zone == "extreme fear"
    text = seed_article.text
    for c in claims:
        assert text[c.span[0] : c.span[1]] == c.text


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Bitcoin has gained about US$4,750 since 8am Singapore time.", datetime(2026, 2, 9, 0, 0, tzinfo=UTC)),
        ("Bitcoin has gained 1,800 dollars since 6 p.m. ET.", datetime(2026, 2, 8, 23, 0, tzinfo=UTC)),
        ("Ether has given back 5.6% since midnight UTC.", datetime(2026, 2, 9, 0, 0, tzinfo=UTC)),
        ("Bitcoin is down 7% on the day.", datetime(2026, 2, 9, 0, 0, tzinfo=UTC)),
        ("Ether has added roughly 4% since Thursday.", datetime(2026, 2, 5, 0, 0, tzinfo=UTC)),
    ],
)
def test_clock_day_and_named_windows(sentence: str, start: datetime) -> None:
    claim = one(sentence)  # published Monday 2026-02-09 01:17 UTC
    assert claim.time.start == start
    assert claim.time.end == PUBLISHED


def test_a_crossing_on_a_named_day_is_an_event_on_that_day() -> None:
    claim = one("The largest cryptocurrency slipped under $100,000 earlier on Sunday, before buyers returned.")
    assert claim.comparator is Comparator.crossed_below
    assert (claim.time.kind, claim.time.start) == ("day", datetime(2026, 2, 8, tzinfo=UTC))


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Bitcoin could reach $80,000 by March.", datetime(2026, 4, 1, tzinfo=UTC)),
        ("Bitcoin could hit $90,000 in the next 10 days.", datetime(2026, 2, 19, 1, 17, tzinfo=UTC)),
        ("Traders expect a push to $75,000 within weeks.", datetime(2026, 3, 2, 1, 17, tzinfo=UTC)),
        ("Bitcoin could surpass $75,000.", datetime(2026, 3, 11, 1, 17, tzinfo=UTC)),  # 30 days assumed
    ],
)
def test_forecast_horizons(sentence: str, due: datetime) -> None:
    claim = one(sentence)
    assert claim.kind is ClaimKind.forecast
    assert (claim.time.start, claim.time.end) == (PUBLISHED, due)
