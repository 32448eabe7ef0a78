"""Price figures in the wordings of many outlets: what the coin trades at now, how far it moved,
the session's extremes, support and resistance, and the many dollar figures in market news that
are none of these: other assets' prices, conversions, prices quoted as history, averages and
cost bases, option strikes, fund and share prices, supply counts.

Every sentence is written for these tests (CoinDesk, Cointelegraph, Decrypt, The Block,
FXStreet, NewsBTC, U.Today, Bitcoinist, BeInCrypto, Finbold, CoinGape, AMBCrypto, Benzinga,
the wires, Korean, Turkish and Indian sites in English). Each row lists every price claim a
reader takes from it, following corpus/README.md: a conversion in brackets repeats a price,
a cost basis or a strike is no price of the coin, a day's range gives that day's low and high.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, Claim, ClaimKind, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)
PRICE_KINDS = {ClaimKind.price_level, ClaimKind.price_change, ClaimKind.intraday_high, ClaimKind.intraday_low,
               ClaimKind.support, ClaimKind.resistance}


def claims_in(text: str) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return extract(article)


def price_rows(text: str) -> list[tuple]:
    return sorted(((c.kind.value, c.asset, c.comparator.value, _round(c.value), _round(c.value_high))
                   for c in claims_in(text) if c.kind in PRICE_KINDS), key=repr)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def _ids(value: object) -> str:
    return value[:60] if isinstance(value, str) else ""


# The coin's own price and move, as outlets write them: these must stay found.
STATED = [
    ("Bitcoin was trading at $67,250 at press time, according to CoinGecko.", [("price_level", "BTC", "at", 67250, None)]),
    ("BTC changes hands at $94,120, down 1.8% in the past 24 hours.",
     [("price_level", "BTC", "at", 94120, None), ("price_change", "BTC", "down", -1.8, None)]),
    ("Ethereum (ETH) is currently priced at $3,412.55, up 2.4% on the day.",
     [("price_level", "ETH", "at", 3412.55, None), ("price_change", "ETH", "up", 2.4, None)]),
    ("At the time of writing, XRP was exchanging hands at $0.5231, a 3.1% decline over the past day.",
     [("price_level", "XRP", "at", 0.5231, None), ("price_change", "XRP", "down", -3.1, None)]),
    ("Bitcoin fell 4% to $58,900.", [("price_change", "BTC", "down", -4, None), ("price_level", "BTC", "at", 58900, None)]),
    ("Bitcoin rose 2% to $95,100, while ether added 3% to $3,150.",
     [("price_change", "BTC", "up", 2, None), ("price_level", "BTC", "at", 95100, None),
      ("price_change", "ETH", "up", 3, None), ("price_level", "ETH", "at", 3150, None)]),
    ("Bitcoin (BTC) price today is $91,250 with a 24-hour trading volume of $48 billion.", [("price_level", "BTC", "at", 91250, None)]),
    ("Ethereum price slid 5.2% to $2,480 in the past 24 hours.",
     [("price_change", "ETH", "down", -5.2, None), ("price_level", "ETH", "at", 2480, None)]),
    ("As of 9 a.m., bitcoin was trading at 135.2 million won on Upbit, up 1.2% from the previous day.",
     [("price_level", "BTC", "at", 135200000, None), ("price_change", "BTC", "up", 1.2, None)]),
    ("For bitcoin, immediate support lies at $92,500, followed by $90,000.", [("support", "BTC", "at", 92500, None), ("support", "BTC", "at", 90000, None)]),
    ("For ETH, the first resistance is at $3,350 on the upside.", [("resistance", "ETH", "at", 3350, None)]),
    # heading toward a level is not being at it: below it on the way up, above it on the way down
    ("Bitcoin Bulls Push Toward $100K as ETF Demand Returns", [("price_level", "BTC", "below", 100000, None)]),
    ("Solana slid towards $150 in early Asian trade.", [("price_level", "SOL", "above", 150, None)]),
]

# A conversion in brackets repeats the price in another currency; it is not a second price.
CONVERSIONS = [
    ("Bitcoin traded at 142.5 million won ($97,300) on Bithumb as of 2 p.m.", [("price_level", "BTC", "at", 142500000, None)]),
    ("Bitcoin was trading at ₹80.5 lakh ($94,300) on WazirX on Thursday morning.", [("price_level", "BTC", "at", 8050000, None)]),
    ("On Upbit, ether slid to 4.1 million won (about $2,800), down 3% from a day earlier.",
     [("price_level", "ETH", "at", 4100000, None), ("price_change", "ETH", "down", -3, None)]),
]

# Figures of other assets, funds and series in a sentence about the coin.
OTHER_ASSETS = [
    ("Gold climbed to $2,650 an ounce while bitcoin slipped 1.2%.", [("price_change", "BTC", "down", -1.2, None)]),
    ("Shares of Coinbase rose 6% to $245 in New York trading, while bitcoin held near $91,000.",
     [("price_level", "BTC", "at", 91000, None)]),
    ("MicroStrategy (MSTR) stock fell 9% to $310 as bitcoin slid.", []),
    ("BlackRock's iShares Bitcoin Trust (IBIT) closed at $51.20, up 3%.", []),
    ("The Nasdaq 100 lost 1.5% and the S&P 500 slipped 0.8%, while ether fell 3%.", [("price_change", "ETH", "down", -3, None)]),
    ("Coinbase shares jumped 8% after the earnings report, and bitcoin gained 2%.", [("price_change", "BTC", "up", 2, None)]),
    ("Brent crude fell to $71 a barrel, and the dollar index slid 0.6% as bitcoin held steady.", []),
    ("The global crypto market cap rose 3% to $3.2 trillion over the past day.", []),
    ("Bitcoin's hashrate climbed 4% this week, according to Blockchain.com.", []),
    ("Spot bitcoin ETF inflows rose 35% week over week to $1.2 billion.", []),
    ("Bitcoin dominance rose to 57.2% as altcoins bled.", []),
    ("The Turkish lira fell 1.2% against the dollar while BTC rose 3%.", [("price_change", "BTC", "up", 3, None)]),
]

# Averages, cost bases, models, strikes and supply: dollar figures that are not the price now.
NOT_THE_PRICE = [
    ("The average cost basis of short-term holders sits at $88,400, according to Glassnode.", []),
    ("Strategy bought its bitcoin at an average price of $66,384 per coin.", []),
    ("Bitcoin's realized price stands at $45,200, well below the market.", []),
    ("The true market mean price is around $81,000, CryptoQuant data show.", []),
    ("The average cost to mine one bitcoin rose to $72,000, according to MacroMicro.", []),
    ("The largest open interest on Deribit sits at the $100,000 call strike.", []),
    ("Max pain for Friday's bitcoin options expiry is at $90,000.", []),
    ("Nearly 19.9 million BTC have been mined out of the 21 million cap.", []),
    ("Whales moved 12,000 BTC worth about $1.1 billion to exchanges.", []),
    ("Standard Chartered reiterated its $200,000 year-end target for bitcoin.", []),
    ("Analysts at Bernstein set a price target of $150,000 for BTC.", []),
]

# Prices quoted as history: a year or an era ago, not now.
HISTORY = [
    ("Bitcoin, which traded at about $16,500 in late 2022, has since risen sixfold.", []),
    ("Two years ago, BTC was changing hands at $37,000.", []),
    ("Ether first hit $4,000 back in May 2021.", []),
    # a low of last year is a named window's extreme, as 'its March high of $4,094' is in the corpus
    ("Bitcoin is up 140% from its 2024 low of $38,500.", [("price_change", "BTC", "up", 140, None), ("intraday_low", "BTC", "at", 38500, None)]),
    ("In 2017, bitcoin surged to nearly $20,000 before crashing.", []),
]

# Extremes: a touch read by what follows it, and a day's range as its low and high.
EXTREMES = [
    ("Ether touched $4,100 before giving back its gains.", [("intraday_high", "ETH", "at", 4100, None)]),
    ("Bitcoin hit $99,800 before trimming gains to trade at $98,200.",
     [("intraday_high", "BTC", "at", 99800, None), ("price_level", "BTC", "at", 98200, None)]),
    ("BTC tagged $61,200 and then erased its losses.", [("intraday_low", "BTC", "at", 61200, None)]),
    ("Over the last 24 hours, ETH has traded in a range of $2,310 to $2,455.",
     [("intraday_low", "ETH", "at", 2310, None), ("intraday_high", "ETH", "at", 2455, None)]),
    ("Bitcoin's intraday range spanned $101,200 to $104,900.",
     [("intraday_low", "BTC", "at", 101200, None), ("intraday_high", "BTC", "at", 104900, None)]),
    ("Solana's daily range was $182 to $191, per CoinMarketCap.",
     [("intraday_low", "SOL", "at", 182, None), ("intraday_high", "SOL", "at", 191, None)]),
    ("Bitcoin, which dropped to $89,300 in the morning hours, is currently at $90,150.",
     [("intraday_low", "BTC", "at", 89300, None), ("price_level", "BTC", "at", 90150, None)]),
    # a band over weeks stays a price band
    ("Bitcoin has traded between $60,000 and $72,000 over the past three weeks.", [("price_level", "BTC", "between", 60000, 72000)]),
]


@pytest.mark.parametrize(("sentence", "expected"), STATED + CONVERSIONS + OTHER_ASSETS + NOT_THE_PRICE + HISTORY + EXTREMES, ids=_ids)
def test_price_claims(sentence: str, expected: list[tuple]) -> None:
    assert price_rows(sentence) == sorted(expected, key=repr)


def _forecasts(text: str) -> list[tuple]:
    return [(c.asset, c.zone, c.modality) for c in claims_in(text) if c.kind is ClaimKind.forecast]


def test_a_record_expected_on_a_condition_is_conditional() -> None:
    assert _forecasts("If ETH clears $3,200, it could set a new all-time high.") == [("ETH", "all-time high", Modality.conditional)]
    assert _forecasts("As long as bitcoin holds $95,000, it may print a new all-time high before Christmas.") == [
        ("BTC", "all-time high", Modality.conditional)]


def test_a_record_the_price_would_have_to_set_is_no_forecast() -> None:
    assert _forecasts("Bitcoin would have to rally another 30% to set a new all-time high.") == []
    assert _forecasts("Ether would need to climb 45% to reach a new all-time high.") == []


def test_a_record_expected_without_condition_stays_a_forecast() -> None:
    assert _forecasts("Analysts say bitcoin could hit a new all-time high this quarter.") == [("BTC", "all-time high", Modality.forecast)]


def test_a_line_crossing_expected_on_a_condition_is_conditional() -> None:
    lines = [(c.metric, c.comparator.value, c.modality) for c in claims_in(
        "If ether reclaims $3,000, it could climb back above its 200-day moving average.") if c.kind is ClaimKind.indicator]
    assert lines == [("sma", "crossed_above", Modality.conditional)]


@pytest.mark.parametrize(("text", "expected"), [
    ("A Monday push stalled at $116,400.", [("intraday_high", 116400.0)]),  # where the push ended, not a $116,400 move
    ("The slide halted near $3,050 on Tuesday.", [("intraday_low", 3050.0)]),
    ("Bitcoin traded near $88,000 after briefly climbing to $90,406.",
     [("price_level", 88000.0), ("intraday_high", 90406.0)]),
    ("Ether briefly dipped to $2,950 before recovering.", [("intraday_low", 2950.0)]),
])
def test_a_level_stood_at_or_briefly_touched(text: str, expected: list) -> None:
    article = Article(text=text, source="test", published_at=datetime(2025, 10, 28, 9, tzinfo=UTC),
                      published_precision=Precision.minute, published_zone="UTC")
    found = [(c.kind.value, c.value) for c in extract(article) if c.kind.value in {"price_level", "price_change", "intraday_high", "intraday_low"}]
    assert found == expected
