"""Funding, open interest, volume, market cap / dominance and Fear & Greed readings in the
wordings of outlets the rules were not fitted to: CoinDesk, Cointelegraph, Decrypt, The Block,
CoinGlass / Glassnode / Kaiko / Santiment commentary as outlets quote it, NewsBTC, U.Today,
Bitcoinist, BeInCrypto, Finbold, CoinGape, AMBCrypto, Benzinga, the wires, and Korean, Turkish
and Indian sites in English. Every sentence is written for this test; each row lists every claim
of these five kinds a reader takes from it, no more and no fewer, as corpus/README.md annotates
them: (kind, asset, comparator, value), changes signed, funding in percent per period as written.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, Claim, ClaimKind, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 6, 18, 9, 30, tzinfo=UTC)
KINDS = {ClaimKind.funding_rate, ClaimKind.open_interest, ClaimKind.volume, ClaimKind.market_cap, ClaimKind.sentiment_index}

FU, OI, VO, MC, FG = "funding_rate", "open_interest", "volume", "market_cap", "sentiment_index"


def metric_claims(text: str) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED,
                      published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if c.kind in KINDS]


def found(text: str) -> set[tuple[str, str | None, str, float | None]]:
    return {(c.kind.value, c.asset, c.comparator.value, None if c.value is None else round(c.value, 6))
            for c in metric_claims(text)}


FUNDING = [
    (("Bitcoin funding rates flipped negative on several offshore exchanges on Tuesday, suggesting traders were "
      "paying to hold bearish bets."), {(FU, "BTC", "crossed_below", 0)}),
    ("The OI-weighted funding rate for BTC fell to -0.012%, according to CoinGlass.", {(FU, "BTC", "at", -0.012)}),
    ("Ether perpetual funding turned negative for the first time since October, data from Velo show.",
     {(FU, "ETH", "crossed_below", 0)}),
    ("Perpetual funding for bitcoin stood at 0.01%, neutral, across the largest venues.", {(FU, "BTC", "at", 0.01)}),
    ("Annualized funding of 12% on bitcoin perpetuals shows leverage creeping back in.", {(FU, "BTC", "at", 12)}),
    ("Funding across major exchanges averaged 0.008% for bitcoin over the past week.", {(FU, "BTC", "at", 0.008)}),
    ("On Bybit, bitcoin longs are paying shorts 0.015% every eight hours.", {(FU, "BTC", "at", 0.015)}),
    ("With bitcoin funding rates hovering around 0.005%, the derivatives market looks calm.", {(FU, "BTC", "at", 0.005)}),
    ("Solana's funding rate has dropped to -0.03%, its lowest level in two months.", {(FU, "SOL", "at", -0.03)}),
    ("Funding rates for XRP remain positive at 0.02%, data from Coinglass shows.", {(FU, "XRP", "at", 0.02)}),
    ("Santiment noted that bitcoin's funding rate dipped into negative territory on Sunday.",
     {(FU, "BTC", "crossed_below", 0)}),
    ("ETH's funding rate climbed to 0.025% as longs piled in.", {(FU, "ETH", "at", 0.025)}),
    ("Binance's BTC funding rate sits at 0.0100% per eight hours.", {(FU, "BTC", "at", 0.01)}),
    ("Funding on bitcoin perpetual swaps has been negative for most of the week, meaning shorts are paying longs.",
     {(FU, "BTC", "below", 0)}),
    ("The funding rate of Bitcoin perpetual futures on Binance recorded -0.006%, according to CoinGlass.",
     {(FU, "BTC", "at", -0.006)}),
    ("Bitcoin's funding rate slipped below zero on Thursday.", {(FU, "BTC", "crossed_below", 0)}),
    ("Ethereum funding rates have turned positive again after a week in the red.", {(FU, "ETH", "crossed_above", 0)}),
    ("Funding rates on ether perpetual contracts rose to an annualised 15%, the highest in three months, Kaiko data showed.",
     {(FU, "ETH", "at", 15)}),
    ("Bitcoin funding is close to neutral at 0.003%.", {(FU, "BTC", "at", 0.003)}),
    ("Bitcoin's funding rate is 0.0074%, while Ethereum's stands at 0.0061%.",
     {(FU, "BTC", "at", 0.0074), (FU, "ETH", "at", 0.0061)}),
    ("Bitcoin shorts are now paying longs to keep their positions open.", {(FU, "BTC", "below", 0)}),
    ("Perpetual funding rates on BTC have dropped to 0.002%, down from 0.011% a week ago.",
     {(FU, "BTC", "at", 0.002), (FU, "BTC", "at", 0.011)}),
    ("Bitcoin has recorded its first negative funding rate of 2025, according to CoinGlass.",
     {(FU, "BTC", "crossed_below", 0)}),
    ("Negative funding rates on ether suggest shorts are crowding the trade.", {(FU, "ETH", "below", 0)}),
    ("Bitcoin's funding rate dropped from 0.015% to 0.005% over the weekend.", {(FU, "BTC", "at", 0.005)}),
    ("Bitcoin's OI-weighted funding rate dropped to -0.008%, while ETH's fell to -0.015%.",
     {(FU, "BTC", "at", -0.008), (FU, "ETH", "at", -0.015)}),
    ("The funding rate for XRP perpetuals dipped to a negative 0.01%.", {(FU, "XRP", "at", -0.01)}),
    ("Bitcoin's funding rate flipped from positive to negative overnight.", {(FU, "BTC", "crossed_below", 0)}),
    ("Bitcoin's funding rate stood at 0.0098% per 8 hours at press time.", {(FU, "BTC", "at", 0.0098)}),
    # not funding
    ("Negative funding into rising prices is one of the more reliable squeeze setups.", set()),
    ("Bitcoin funding turned negative, meaning shorts are paying longs.", {(FU, "BTC", "crossed_below", 0)}),
    ("The exchange charges a 0.1% trading fee on bitcoin spot orders.", set()),
    ("The Federal Reserve held interest rates steady at 5.5% as bitcoin traded sideways.", set()),
]

OPEN_INTEREST = [
    ("Bitcoin open interest dropped by $2 billion in 24 hours as leveraged longs were flushed out.",
     {(OI, "BTC", "down", -2e9)}),
    ("Bitcoin futures OI hit a record $94 billion on Monday, CoinGlass data shows.", {(OI, "BTC", "at", 94e9)}),
    ("Aggregate open interest in ether futures climbed to $19.8 billion.", {(OI, "ETH", "at", 19.8e9)}),
    ("Bitcoin futures OI rose 8% to 580,000 BTC over the week.", {(OI, "BTC", "up", 8), (OI, "BTC", "at", 580000)}),
    ("Bitcoin's OI-to-market-cap ratio rose to 2.1%, a sign of heavy leverage.", set()),
    ("Open interest in Solana futures has fallen 12% since Friday to $4.1 billion.",
     {(OI, "SOL", "down", -12), (OI, "SOL", "at", 4.1e9)}),
    ("XRP open interest surged by 25% in a day, according to CoinGlass.", {(OI, "XRP", "up", 25)}),
    ("Ethereum's open interest is now at $17 billion, down from $21 billion last week.",
     {(OI, "ETH", "at", 17e9), (OI, "ETH", "at", 21e9)}),
    ("Open interest across all exchanges stands at $61.2 billion for bitcoin.", {(OI, "BTC", "at", 61.2e9)}),
    ("Bitcoin futures open interest on CME declined 5.4% to $10.2 billion.",
     {(OI, "BTC", "down", -5.4), (OI, "BTC", "at", 10.2e9)}),
    ("ETH OI has jumped $1.5 billion over the past two days.", {(OI, "ETH", "up", 1.5e9)}),
    ("Open interest in bitcoin futures, the value of outstanding contracts, slipped to $28 billion.",
     {(OI, "BTC", "at", 28e9)}),
    ("Bitcoin's open interest reached an all-time high of $45.3 billion.", {(OI, "BTC", "at", 45.3e9)}),
    ("Ether open interest has fallen roughly 15% from its peak.", {(OI, "ETH", "down", -15)}),
    ("The open interest of Bitcoin futures recorded $31.4 billion, up 3.2% from the previous day.",
     {(OI, "BTC", "at", 31.4e9), (OI, "BTC", "up", 3.2)}),
    ("Open interest across all ETH derivatives fell 7.5% over the past day, CoinGlass data showed.",
     {(OI, "ETH", "down", -7.5)}),
    ("According to Glassnode, bitcoin futures open interest has shed nearly $3 billion since the weekend.",
     {(OI, "BTC", "down", -3e9)}),
    (("Open interest (OI) in bitcoin futures across exchanges rose to 660,000 BTC, worth about $62 billion, according "
      "to CoinGlass."), {(OI, "BTC", "at", 660000), (OI, "BTC", "at", 62e9)}),
    ("BTC futures open interest has dropped from $39 billion to $34 billion since Monday.",
     {(OI, "BTC", "at", 34e9)}),  # read where it arrived (test_extract_phrasing)
    ("The OI for SOL rose to $5.5 billion, an increase of 15% in a week.", {(OI, "SOL", "at", 5.5e9), (OI, "SOL", "up", 15)}),
    ("Bitcoin open interest has increased to 585.3K BTC.", {(OI, "BTC", "at", 585300)}),
    ("Bitcoin futures OI stands at $36 billion, while ether's sits at $14 billion.",
     {(OI, "BTC", "at", 36e9), (OI, "ETH", "at", 14e9)}),
]

VOLUME = [
    ("Bitcoin's 24-hour trading volume jumped 40% to $48 billion.", {(VO, "BTC", "up", 40), (VO, "BTC", "at", 48e9)}),
    ("Spot volumes for bitcoin fell to $6.2 billion on Sunday, the lowest since September.", {(VO, "BTC", "at", 6.2e9)}),
    ("Bitcoin's trading volume over the last 24 hours is down 18% at $32.5 billion, per CoinMarketCap.",
     {(VO, "BTC", "down", -18), (VO, "BTC", "at", 32.5e9)}),
    ("Ethereum's daily trading volume surged past $30 billion.", {(VO, "ETH", "above", 30e9)}),
    ("XRP's 24-hour volume rose 65% to $5.8 billion.", {(VO, "XRP", "up", 65), (VO, "XRP", "at", 5.8e9)}),
    ("Bitcoin spot volume on Binance hit $9 billion on Wednesday, the most in a month.", {(VO, "BTC", "at", 9e9)}),
    ("Trading volumes in bitcoin have more than doubled this week.", {(VO, "BTC", "up", 100)}),
    ("Bitcoin changed hands at $97,200, with $41 billion traded over 24 hours.", {(VO, "BTC", "at", 41e9)}),
    ("Bitcoin's trading volume jumped 35 per cent in the past day.", {(VO, "BTC", "up", 35)}),
    ("Solana's 24-hour trading volume slipped 9% to $3.4 billion, CoinGecko data show.",
     {(VO, "SOL", "down", -9), (VO, "SOL", "at", 3.4e9)}),
    ("Aggregate bitcoin volume reached about $50 billion on Wednesday, and Binance alone handled about 89,900 BTC that day.",
     {(VO, "BTC", "at", 50e9), (VO, "BTC", "at", 89900)}),
    ("Bitcoin's trading volume rose to $40 billion, while ether's climbed to $18 billion.",
     {(VO, "BTC", "at", 40e9), (VO, "ETH", "at", 18e9)}),
    ("Roughly $2.3 billion worth of ether changed hands on Monday.", {(VO, "ETH", "at", 2.3e9)}),
    ("Bitcoin traded at $97,200 on Monday.", set()),
    # ETF share turnover is no crypto volume (corpus 038)
    ("Trading volume in the spot bitcoin ETFs reached $3.5 billion on Thursday.", set()),
    ("The U.S. spot bitcoin ETFs traded $4.2 billion worth of shares on Thursday.", set()),
]

MARKET_CAP = [
    ("Bitcoin's market capitalization of $2.1 trillion now exceeds that of silver.", {(MC, "BTC", "at", 2.1e12)}),
    ("Bitcoin dominance held at 58.3% on Tuesday.", {(MC, "BTC", "at", 58.3)}),
    ("The total crypto market cap fell 4% to $3.2 trillion in the past 24 hours.",
     {(MC, None, "down", -4), (MC, None, "at", 3.2e12)}),
    ("Ether's market value slid to $290 billion.", {(MC, "ETH", "at", 290e9)}),
    ("The global cryptocurrency market capitalization rose 2.3% to $2.45 trillion.",
     {(MC, None, "up", 2.3), (MC, None, "at", 2.45e12)}),
    ("Bitcoin's market dominance dropped below 55% for the first time since March.", {(MC, "BTC", "below", 55)}),
    ("With a market cap of over $1.9 trillion, Bitcoin remains the largest cryptocurrency.", {(MC, "BTC", "above", 1.9e12)}),
    ("Solana's market capitalization now stands at $78 billion.", {(MC, "SOL", "at", 78e9)}),
    ("Bitcoin dominance, the share of bitcoin in the total market capitalization, rose to 62.1% from 61.4%.",
     {(MC, "BTC", "at", 62.1), (MC, "BTC", "at", 61.4)}),
    ("BTC dominance is at 59.6%, per TradingView.", {(MC, "BTC", "at", 59.6)}),
    ("BTC.D stood at 60.2% on Sunday.", {(MC, "BTC", "at", 60.2)}),
    ("Bitcoin's share of the crypto market has risen to 63%.", {(MC, "BTC", "at", 63)}),
    ("Bitcoin's dominance slipped 1.2% to 58.9% over the week.", {(MC, "BTC", "at", 58.9)}),
    ("Bitcoin's rise lifted the rest of the market, which is up about 4% on the day.",
     {(MC, None, "up", 4)}),
    ("The global cryptocurrency market fell 3.2% in the past 24 hours.", {(MC, None, "down", -3.2)}),
    ("The crypto market is down 5% this week as bitcoin slid to $60,000.", {(MC, None, "down", -5)}),
    # another market, or a coin leading it
    ("The stock market fell 2% on Tuesday while bitcoin rose 3%.", set()),
    ("Bitcoin led the market higher, rising 4% to $70,000.", set()),
    ("Tether's USDT supply crossed $150 billion as bitcoin held steady.", set()),
]

FEAR_GREED = [
    ("The Crypto Fear & Greed Index plunged to 10, extreme fear, on Monday.", {(FG, None, "at", 10)}),
    ("Alternative.me's sentiment gauge sat at 74, greed, on Friday.", {(FG, None, "at", 74)}),
    ("The Fear and Greed Index currently reads 25, which signals extreme fear among investors.", {(FG, None, "at", 25)}),
    ("Market sentiment, as measured by the Fear & Greed Index, improved to 55 from 38 a week ago.",
     {(FG, None, "at", 55), (FG, None, "at", 38)}),
    ("The Crypto Fear & Greed Index shows a score of 72, indicating Greed.", {(FG, None, "at", 72)}),
    (("The Fear and Greed Index, which gauges investor sentiment, recorded 51 points (Neutral), up 3 points from "
      "the previous day."), {(FG, None, "at", 51), (FG, None, "up", 3)}),  # the move in points is checked too
    ("The fear and greed index fell into the extreme fear zone at 18 points.", {(FG, None, "at", 18)}),
    ("Sentiment has flipped to extreme greed, with the Fear & Greed Index at 80.", {(FG, None, "at", 80)}),
    ("The crypto market sentiment index dropped to 21 this morning, deep in extreme fear.", {(FG, None, "at", 21)}),
    ("The fear and greed index reading of 84 points to extreme greed.", {(FG, None, "at", 84)}),
    ("The Fear & Greed index slid 9 points to 44.", {(FG, None, "at", 44), (FG, None, "down", -9)}),
    ("The Fear & Greed Index plunged from 70 to 38 in a week.", {(FG, None, "at", 38), (FG, None, "at", 70)}),
]


def _ids(rows: list) -> list[str]:
    return [text[:60] for text, _ in rows]


@pytest.mark.parametrize(("text", "expected"), FUNDING, ids=_ids(FUNDING))
def test_funding_in_outlet_wordings(text: str, expected: set) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), OPEN_INTEREST, ids=_ids(OPEN_INTEREST))
def test_open_interest_in_outlet_wordings(text: str, expected: set) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), VOLUME, ids=_ids(VOLUME))
def test_volume_in_outlet_wordings(text: str, expected: set) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), MARKET_CAP, ids=_ids(MARKET_CAP))
def test_market_cap_and_dominance_in_outlet_wordings(text: str, expected: set) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), FEAR_GREED, ids=_ids(FEAR_GREED))
def test_fear_and_greed_in_outlet_wordings(text: str, expected: set) -> None:
    assert found(text) == expected


def test_dominance_is_its_own_metric() -> None:
    (claim,) = metric_claims("Bitcoin dominance held at 58.3% on Tuesday.")
    assert claim.metric == "dominance" and claim.unit == "%"


def test_an_annualised_rate_is_told_apart_from_a_rate_per_period() -> None:
    (claim,) = metric_claims("Annualized funding of 12% on bitcoin perpetuals shows leverage creeping back in.")
    assert claim.metric == "funding_rate_annualized"


# --- modality: a forecast that rests on a condition is conditional --------------------------


@pytest.mark.parametrize(("text", "modality"), [
    ("Bitcoin open interest could top $60 billion if ETF inflows keep up.", Modality.conditional),
    ("Should inflows continue, bitcoin's market cap may reach $3 trillion.", Modality.conditional),
    ("As long as the rally holds, bitcoin dominance is likely to climb to 65%.", Modality.conditional),
    ("Bitcoin dominance could reach 65% by year-end.", Modality.forecast),
    ("Analysts expect ether's open interest to hit $25 billion this quarter.", Modality.forecast),
])
def test_a_metric_forecast_resting_on_a_condition_is_conditional(text: str, modality: Modality) -> None:
    claims = metric_claims(text)
    assert claims and all(c.modality is modality for c in claims)


def test_an_earlier_gauge_reading_after_a_bracketed_zone_is_the_previous_print() -> None:
    """'fell to 29 ("fear") from 44': the zone in brackets does not hide the earlier reading."""
    article = Article(text='The Fear & Greed Index fell to 29 ("fear") from 44.', source="test",
                      published_at=datetime(2024, 7, 5, 14, 20, tzinfo=UTC), published_precision=Precision.minute, published_zone="UTC")
    earlier = [c for c in extract(article) if c.kind is ClaimKind.sentiment_index and c.value == 44]
    assert [(c.time.start, c.time.end) for c in earlier] == [(datetime(2024, 7, 4, tzinfo=UTC), datetime(2024, 7, 5, tzinfo=UTC))]
