"""Volume and funding readings in wordings the rules were not fitted to, and look-alikes.

Every sentence is written for this test, in the styles of wires, exchange recaps, Korean and
Indian sites in English and X threads. Each row lists every `volume` and `funding_rate` claim a
reader takes from it, as corpus/README.md annotates them: (kind, asset, comparator, value),
changes signed, coins and local currency in their own unit, funding in percent per period as
written (an annualised rate as its annual percent). The look-alikes (ETF share turnover, DEX
TVL, a volume forecast, volume-profile levels, funding rounds) give none.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, Claim, ClaimKind, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 8, 20, 10, 15, tzinfo=UTC)
KINDS = {ClaimKind.funding_rate, ClaimKind.volume}
FU, VO = "funding_rate", "volume"


def claims(text: str) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED,
                      published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if c.kind in KINDS]


def found(text: str) -> set[tuple[str, str | None, str, float | None]]:
    return {(c.kind.value, c.asset, c.comparator.value, None if c.value is None else round(c.value, 6))
            for c in claims(text)}


VOLUME = [
    ("Spot volumes on centralised exchanges rose 22% week on week to $410 billion, CCData said.",
     {(VO, None, "up", 22), (VO, None, "at", 410e9)}),
    ("Bitcoin's volume of 312,000 BTC on Binance was the heaviest since March.", {(VO, "BTC", "at", 312000)}),
    ("Turnover in bitcoin reached $38 billion over the past 24 hours.", {(VO, "BTC", "at", 38e9)}),
    ("Bitcoin trading activity picked up, with 24-hour volume climbing 27% to $61 billion.",
     {(VO, "BTC", "up", 27), (VO, "BTC", "at", 61e9)}),
    ("On Upbit, bitcoin's daily trading volume topped 1.2 trillion won.", {(VO, "BTC", "above", 1.2e12)}),
    ("Bitcoin's trading volume on CoinDCX rose 15% to ₹420 crore.", {(VO, "BTC", "up", 15), (VO, "BTC", "at", 4.2e9)}),
    ("$BTC 24h volume: $44.2B (+18%)", {(VO, "BTC", "at", 44.2e9), (VO, "BTC", "up", 18)}),
    ("For ether, volume is up 52% day over day at $29.7 billion.", {(VO, "ETH", "up", 52), (VO, "ETH", "at", 29.7e9)}),
    ("Bitcoin saw $27.4 billion in trading volume on Saturday, CoinMarketCap data showed.", {(VO, "BTC", "at", 27.4e9)}),
    ("Daily spot turnover for ether fell 31% to $11 billion.", {(VO, "ETH", "down", -31), (VO, "ETH", "at", 11e9)}),
    ("Trading volume for bitcoin dropped to its lowest in a month at $19.8 billion.", {(VO, "BTC", "at", 19.8e9)}),
    ("Bitcoin's 24-hour volume stands at approximately $33 billion, a 14% decline from the previous day.",
     {(VO, "BTC", "at", 33e9), (VO, "BTC", "down", -14)}),
    ("Upbit's total trading volume across all coins hit 9 trillion won on Monday.", {(VO, None, "at", 9e12)}),
    ("BTC/USDT volume on Binance reached 145,000 BTC yesterday.", {(VO, "BTC", "at", 145000)}),
    ("Ether's trading volume doubled to $36 billion.", {(VO, "ETH", "up", 100), (VO, "ETH", "at", 36e9)}),
    ("Bitcoin volumes slumped 40 per cent to US$21 billion over the weekend.",
     {(VO, "BTC", "down", -40), (VO, "BTC", "at", 21e9)}),
    ("Volume across spot and derivatives markets for bitcoin reached $142 billion.", {(VO, "BTC", "at", 142e9)}),
    ("Trading activity in XRP surged, with volume rising 80% in 24 hours.", {(VO, "XRP", "up", 80)}),
    ("The amount of bitcoin traded over the past 24 hours rose to $53 billion.", {(VO, "BTC", "at", 53e9)}),
    ("Bitcoin recorded trading volumes of $47.5 billion in the last 24 hours, a 31% increase.",
     {(VO, "BTC", "at", 47.5e9), (VO, "BTC", "up", 31)}),
    ("Bitcoin's trading volume on Bithumb was 640 billion won.", {(VO, "BTC", "at", 640e9)}),
    ("Bitcoin's 24h trading volume is now $39.1B, according to CoinGecko.", {(VO, "BTC", "at", 39.1e9)}),
    ("Spot BTC volume: $18.3B, down 12% d/d.", {(VO, "BTC", "at", 18.3e9), (VO, "BTC", "down", -12)}),
    ("Ether's trading volume fell below $10 billion on Sunday.", {(VO, "ETH", "below", 10e9)}),
    ("Roughly 410,000 BTC changed hands on spot exchanges on Wednesday.", {(VO, "BTC", "at", 410000)}),
    ("The value of ether that changed hands on Monday reached $14 billion.", {(VO, "ETH", "at", 14e9)}),
]

FUNDING = [
    ("Bitcoin funding flipped positive on Binance after three days below zero.", {(FU, "BTC", "crossed_above", 0)}),
    ("Bitcoin's annualised funding rate climbed to 11%.", {(FU, "BTC", "at", 11)}),
    ("Funding rates across major venues averaged 0.012% for bitcoin.", {(FU, "BTC", "at", 0.012)}),
    ("Perpetual funding on ether printed 0.018% at the latest settlement.", {(FU, "ETH", "at", 0.018)}),
    ("BTC funding: 0.0061% (Binance), 0.0045% (Bybit)", {(FU, "BTC", "at", 0.0061), (FU, "BTC", "at", 0.0045)}),
    ("Bitcoin's eight-hour funding rate on Bybit climbed to 0.03%.", {(FU, "BTC", "at", 0.03)}),
    ("BTC perp funding dipped to -0.004% on OKX.", {(FU, "BTC", "at", -0.004)}),
    ("Funding for bitcoin perpetuals stayed slightly positive at around 0.006%.", {(FU, "BTC", "at", 0.006)}),
    ("Ether funding was 0.02% per 8 hours, double the neutral rate.", {(FU, "ETH", "at", 0.02)}),
    ("Funding on BTC swaps went negative overnight.", {(FU, "BTC", "crossed_below", 0)}),
    ("Perp funding for SOL has climbed to 0.05%, the highest since July.", {(FU, "SOL", "at", 0.05)}),
    ("Bitcoin funding sits near 0.01%, neutral, on the major exchanges.", {(FU, "BTC", "at", 0.01)}),
    ("Funding rates remained elevated at 0.035% for ether on Binance.", {(FU, "ETH", "at", 0.035)}),
    ("XRP's funding rate is hovering at -0.02%, showing shorts in control.", {(FU, "XRP", "at", -0.02)}),
    ("Bitcoin perpetual futures funding rose above 0.02% on Binance.", {(FU, "BTC", "above", 0.02)}),
    ("The average funding rate for bitcoin fell below zero on Sunday.", {(FU, "BTC", "crossed_below", 0)}),
    ("Bitcoin's annualized funding rate has compressed to about 4%.", {(FU, "BTC", "at", 4)}),
    ("Funding on ether perps has stayed positive at 0.01% for a week.", {(FU, "ETH", "at", 0.01)}),
    ("Hourly funding on Hyperliquid for BTC stood at 0.0013%.", {(FU, "BTC", "at", 0.0013)}),
    ("Funding turned positive for bitcoin on Tuesday as longs returned.", {(FU, "BTC", "crossed_above", 0)}),
    ("ETH funding rates across exchanges: 0.009%, per Coinglass.", {(FU, "ETH", "at", 0.009)}),
    ("BTC 펀딩비 (funding rate) on Binance reads 0.0075%.", {(FU, "BTC", "at", 0.0075)}),
]

LOOK_ALIKES = [
    ("Spot bitcoin ETFs drew $523 million in net inflows on Tuesday.", set()),
    ("Total value locked on Solana DEXs rose to $9.4 billion.", set()),
    ("Analysts expect bitcoin trading volume to exceed $100 billion if the breakout holds.", set()),
    ("The volume profile shows a high-volume node at $104,500.", set()),
    ("The point of control on bitcoin's volume profile sits at $98,200.", set()),
    ("The funding round valued the exchange at $1.2 billion.", set()),
    ("The startup raised $40 million in Series B funding led by Paradigm.", set()),
    ("Volume in the U.S. spot bitcoin ETFs topped $5 billion on Monday.", set()),
    ("The 0.01% baseline is the default funding rate on most exchanges.", set()),
    ("Bitcoin's realised volatility fell to 28% this month.", set()),
    ("Stablecoin supply grew 3% to $260 billion in July.", set()),
    ("The amount of liquidity on bitcoin order books fell to $500 million.", set()),
    ("Only 12 BTC changed hands in the block trade, at $97,000 apiece.", set()),
]


def _ids(rows: list) -> list[str]:
    return [text[:60] for text, _ in rows]


@pytest.mark.parametrize(("text", "expected"), VOLUME, ids=_ids(VOLUME))
def test_volume_in_new_wordings(text: str, expected: set) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), FUNDING, ids=_ids(FUNDING))
def test_funding_in_new_wordings(text: str, expected: set) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), LOOK_ALIKES, ids=_ids(LOOK_ALIKES))
def test_look_alikes_are_no_volume_or_funding(text: str, expected: set) -> None:
    """A volume forecast may be kept as a forecast (modality forecast or conditional, as for open
    interest), but nothing here is told as a volume or a funding rate the market has now."""
    told = {c for c in claims(text) if c.modality in {Modality.asserted, Modality.attributed}}
    assert {(c.kind.value, c.asset, c.comparator.value, c.value) for c in told} == expected


def test_an_annualised_funding_rate_is_told_apart() -> None:
    (claim,) = claims("Bitcoin's annualised funding rate climbed to 11%.")
    assert claim.metric == "funding_rate_annualized"


def test_coin_volume_keeps_its_unit_and_venue() -> None:
    (claim,) = claims("BTC/USDT volume on Binance reached 145,000 BTC yesterday.")
    assert claim.unit == "BTC" and claim.venue == "Binance"


def test_local_currency_volume_keeps_its_unit() -> None:
    (claim,) = claims("Bitcoin's trading volume on Bithumb was 640 billion won.")
    assert claim.unit == "KRW"


def test_venues_in_brackets_go_with_their_rates() -> None:
    rates = claims("BTC funding: 0.0061% (Binance), 0.0045% (Bybit)")
    assert {(c.value, c.venue) for c in rates} == {(0.0061, "Binance"), (0.0045, "Bybit")}


def test_a_signed_change_in_brackets_is_the_volume_change() -> None:
    changes = [c for c in claims("$BTC 24h volume: $44.2B (+18%)") if c.unit == "%"]
    assert [(c.comparator.value, c.value) for c in changes] == [("up", 18)]


@pytest.mark.parametrize("text", [
    "The rally came on low volume at Bitstamp, where $31 million changed hands.",
    "Ether bounced on high volume on Kraken, with $840 million traded.",
    "Solana slid on low volume, and $1.9 billion changed hands in 24 hours.",
])
def test_high_or_low_volume_before_any_word_is_read(text: str) -> None:
    """'on low volume at ...': 'low'/'high' before 'volume' with a word after it had crashed the
    extraction (a list joined to a set) when that word was no volume-profile word."""
    assert all(c.kind is ClaimKind.volume for c in claims(text))
