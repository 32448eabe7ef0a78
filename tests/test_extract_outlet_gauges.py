"""Indicator readings and forecasts in the wordings of outlets we have not fitted: CoinDesk and
Cointelegraph copy, FXStreet and NewsBTC technical notes, Bitcoinist, CryptoPotato, U.Today,
Coin Turk, AMBCrypto and the AI-forecast pages. Each row is one sentence written for this test
and every indicator / forecast claim a reader takes from it, no more and no fewer, following the
annotation conventions of corpus/README.md:

- indicator: (asset, comparator, value, metric, period, timeframe, zone) where `zone` carries the
  RSI zone, the MACD reference (`signal`, `zero`), the cross reference (`sma200`) or the band;
- forecast: (asset, comparator, value, value_high, unit) and its modality must be a forecast or
  a conditional (a claim about the future is never asserted as a fact).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, ClaimKind, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 6, 18, 9, 30, tzinfo=UTC)

INDICATORS = [
    # RSI readings with their chart and zone
    ("The RSI on the daily chart stands at 71.5, signalling overbought conditions for bitcoin.",
     [("BTC", "at", 71.5, "rsi", 14, "1d", "overbought")]),
    ("Ethereum's 4-hour RSI dipped to 28 during the Asian session.",
     [("ETH", "at", 28, "rsi", 14, "4h", None)]),
    ("Solana shows RSI values of 64.5 and 73.32 on the daily and weekly charts, respectively.",
     [("SOL", "at", 64.5, "rsi", 14, "1d", None), ("SOL", "at", 73.32, "rsi", 14, "1w", None)]),
    ("Bitcoin's monthly RSI sits above 80 for the first time since 2021.",
     [("BTC", "above", 80, "rsi", 14, "1M", None)]),
    ("XRP's relative strength index (RSI) reads 45.2 on the daily timeframe.",
     [("XRP", "at", 45.2, "rsi", 14, "1d", None)]),
    ("BTC's daily RSI hovers around 55, in neutral territory.",
     [("BTC", "at", 55, "rsi", 14, "1d", "neutral")]),
    ("The hourly RSI for Ether has climbed to 76, flashing overbought.",
     [("ETH", "at", 76, "rsi", 14, "1h", "overbought")]),
    ("The 14-day RSI on bitcoin dropped to 31.8 on Tuesday.",
     [("BTC", "at", 31.8, "rsi", 14, "1d", None)]),
    ("Bitcoin's RSI has eased to 62 from 78 a week earlier.",
     [("BTC", "at", 62, "rsi", 14, "1d", None), ("BTC", "at", 78, "rsi", 14, "1d", None)]),
    ("With an RSI of 24, SOL is deep in oversold territory.",
     [("SOL", "at", 24, "rsi", 14, "1d", "oversold")]),
    ("XRP's daily RSI broke above 70 on Monday.",
     [("XRP", "crossed_above", 70, "rsi", 14, "1d", None)]),
    ("Bitcoin's weekly RSI prints 68.4, its highest reading this year.",
     [("BTC", "at", 68.4, "rsi", 14, "1w", None)]),
    ("BTC's 4H RSI reading of 33 suggests sellers are tiring.",
     [("BTC", "at", 33, "rsi", 14, "4h", None)]),
    ("The hourly RSI for ETH/USD is now below the 50 level.",
     [("ETH", "below", 50, "rsi", 14, "1h", None)]),
    ("At press time, Ethereum's RSI was at 42.6.",
     [("ETH", "at", 42.6, "rsi", 14, "1d", None)]),
    ("The RSI indicator for Solana stands at 58 on the daily chart.",
     [("SOL", "at", 58, "rsi", 14, "1d", None)]),
    ("The RSI on XRP's weekly chart climbed to 81, its highest since 2017.",
     [("XRP", "at", 81, "rsi", 14, "1w", None)]),
    ("Bitcoin's daily RSI is at 66, while the weekly is at 58.",
     [("BTC", "at", 66, "rsi", 14, "1d", None), ("BTC", "at", 58, "rsi", 14, "1w", None)]),
    ("Ether's RSI has fallen from 78 to 54 over the past week.",
     [("ETH", "at", 54, "rsi", 14, "1d", None), ("ETH", "at", 78, "rsi", 14, "1d", None)]),
    # MACD
    ("The MACD for bitcoin is still in negative territory on the weekly chart.",
     [("BTC", "below", None, "macd", None, "1w", "zero")]),
    ("Ether's MACD histogram slipped into negative territory on the daily chart.",
     [("ETH", "crossed_below", None, "macd", None, "1d", "signal")]),
    ("On the daily chart, the MACD histogram for XRP flipped positive.",
     [("XRP", "crossed_above", None, "macd", None, "1d", "signal")]),
    ("Bitcoin printed a bullish MACD crossover on the 12-hour chart.",
     [("BTC", "crossed_above", None, "macd", None, "12h", "signal")]),
    ("The MACD line crossed below the signal line on XRP's weekly chart.",
     [("XRP", "crossed_below", None, "macd", None, "1w", "signal")]),
    ("Bitcoin's MACD line moved back above the zero line on the four-hour chart.",
     [("BTC", "crossed_above", None, "macd", None, "4h", "zero")]),
    ("Ether's MACD flashed a bearish crossover on the daily chart.",
     [("ETH", "crossed_below", None, "macd", None, "1d", "signal")]),
    ("Ether's MACD histogram turned green on the 4H chart.",
     [("ETH", "crossed_above", None, "macd", None, "4h", "signal")]),
    ("Solana's MACD histogram turned red on the daily chart.",
     [("SOL", "crossed_below", None, "macd", None, "1d", "signal")]),
    # moving averages: a position and a level are two claims
    ("BTC slipped below the 50-day EMA ($61,200) on Tuesday.",
     [("BTC", "crossed_below", None, "ema", 50, "1d", None), ("BTC", "at", 61200, "ema", 50, "1d", None)]),
    ("Bitcoin's 200-week moving average sits near $58,000.",
     [("BTC", "at", 58000, "sma", 200, "1w", None)]),
    ("Solana trades above its 100-day simple moving average at $142.",
     [("SOL", "above", None, "sma", 100, "1d", None), ("SOL", "at", 142, "sma", 100, "1d", None)]),
    ("Bitcoin reclaimed the 20-day EMA, which currently sits at $64,850.",
     [("BTC", "crossed_above", None, "ema", 20, "1d", None), ("BTC", "at", 64850, "ema", 20, "1d", None)]),
    ("Ether remains below the 200-day EMA at $3,050.",
     [("ETH", "below", None, "ema", 200, "1d", None), ("ETH", "at", 3050, "ema", 200, "1d", None)]),
    ("Bitcoin's 50-day SMA crossed above its 200-day SMA, forming a golden cross.",
     [("BTC", "crossed_above", None, "sma", 50, "1d", "sma200")]),
    ("BTC's 200-day SMA of $91,300 now caps the rebound.",
     [("BTC", "at", 91300, "sma", 200, "1d", None)]),
    ("Ethereum price dropped below the 100-hourly simple moving average.",
     [("ETH", "crossed_below", None, "sma", 100, "1h", None)]),
    ("Bitcoin is now trading above the 100 hourly Simple moving average.",
     [("BTC", "above", None, "sma", 100, "1h", None)]),
    ("Ether's 50-day EMA at $2,710 is acting as resistance.",
     [("ETH", "at", 2710, "ema", 50, "1d", None)]),
    # a line without its own unit is on the bars of the chart named; a bare period takes the kind listed next
    ("Bitcoin is holding above the 200 EMA on the 4-hour chart.",
     [("BTC", "above", None, "ema", 200, "4h", None)]),
    ("Bitcoin broke above the 20-period EMA on the 4-hour chart.",
     [("BTC", "crossed_above", None, "ema", 20, "4h", None)]),
    ("Ethereum is trading above the 50-day and 200-day EMAs.",
     [("ETH", "above", None, "ema", 50, "1d", None), ("ETH", "above", None, "ema", 200, "1d", None)]),
    ("Bitcoin trades above both its 50-day and 200-day moving averages.",
     [("BTC", "above", None, "sma", 50, "1d", None), ("BTC", "above", None, "sma", 200, "1d", None)]),
    # Bollinger Bands
    ("ETH tested the lower Bollinger band at $2,410 on the daily chart.",
     [("ETH", "at", 2410, "bollinger", 20, "1d", "lower")]),
    ("Bitcoin is trading above the upper Bollinger Band on the 4-hour chart.",
     [("BTC", "above", None, "bollinger", 20, "4h", "upper")]),
    # not indicator claims: no figure and no position, or an oscillator we do not check
    ("Bollinger Bands are tightening on the ether chart, hinting at a big move.", []),
    ("The Stochastic RSI for ether reads 12 on the daily chart.", []),
    ("Bitcoin's Stochastic RSI is oversold on the daily chart.", []),
]

FORECASTS = [
    ("Analysts at Standard Chartered see bitcoin at $150,000 by year-end.", [("BTC", "at", 150000, None, "USD")]),
    ("A measured move from the flag points to $74,000 for bitcoin.", [("BTC", "at", 74000, None, "USD")]),
    ("Bitcoin could revisit the $60,000 support if the selling persists.", [("BTC", "at", 60000, None, "USD")]),
    ("For Ethereum, the next target lies at $3,600.", [("ETH", "at", 3600, None, "USD")]),
    ("XRP bulls eye a breakout toward $2.50.", [("XRP", "at", 2.5, None, "USD")]),
    ("ChatGPT-4o predicts BTC will trade at $71,000 on June 30.", [("BTC", "at", 71000, None, "USD")]),
    ("The AI model forecasts a 3.04% drop to $64,200 for bitcoin by the end of the month.",
     [("BTC", "at", 64200, None, "USD")]),
    ("Grok forecasts a 4.1% gain for Solana by July 1.", [("SOL", "at", 4.1, None, "%")]),
    ("XRP price may slip to $0.50 in the coming sessions.", [("XRP", "at", 0.5, None, "USD")]),
    ("Solana has potential upside to $500 should the ETF be approved.", [("SOL", "at", 500, None, "USD")]),
    ("On-chain models put bitcoin's fair value at $82,000.", [("BTC", "at", 82000, None, "USD")]),
    ("Ethereum could rally to $4,000 by the end of the quarter, according to the analyst.",
     [("ETH", "at", 4000, None, "USD")]),
    ("Bitcoin price could drop toward $98,500 if the bears keep control.", [("BTC", "at", 98500, None, "USD")]),
    ("A close above $2,650 could send ether toward $2,800.", [("ETH", "at", 2800, None, "USD")]),
    ("If bulls clear $0.65, XRP could extend gains to $0.72.", [("XRP", "at", 0.72, None, "USD")]),
    ("Finbold's AI tool projects that Solana will trade at $168.40 on March 1.", [("SOL", "at", 168.4, None, "USD")]),
    ("The price of Ethereum is forecast to reach $5,000 by December, according to the algorithm.",
     [("ETH", "at", 5000, None, "USD")]),
    ("Bitcoin may drop to as low as $52,000 before bottoming, the trader warned.", [("BTC", "at", 52000, None, "USD")]),
    ("A break below $1.90 could open the door to $1.70 for XRP.", [("XRP", "at", 1.7, None, "USD")]),
    ("The model's target for Solana lies between $210 and $230 by the end of July.",
     [("SOL", "between", 210, 230, "USD")]),
    ("Bitcoin is expected to hold above $60,000 this week, the desk wrote.", [("BTC", "above", 60000, None, "USD")]),
    ("The analyst set an upside target of $3.20 for XRP.", [("XRP", "at", 3.2, None, "USD")]),
    ("BTC price eyes $69K retest as traders bet on rate cuts.", [("BTC", "at", 69000, None, "USD")]),
    pytest.param("The model puts XRP at $2.15 by Sunday.", [("XRP", "at", 2.15, None, "USD")]),
    ("The analyst sees ether at $5,000 by the end of the year.", [("ETH", "at", 5000, None, "USD")]),
    ("BTC is on track to hit $130,000 by year-end, the analyst said.", [("BTC", "at", 130000, None, "USD")]),
    ("Ether is on course to retest $2,000 as outflows mount.", [("ETH", "at", 2000, None, "USD")]),
    ("A daily close below $0.48 could drag XRP toward $0.42.", [("XRP", "at", 0.42, None, "USD")]),
    # not forecasts: a price given today, money flows, a move that happened, the condition's figure
    ("CoinGecko data puts bitcoin at $67,000.", []),
    ("CoinShares data points to $500 million of weekly outflows from bitcoin funds.", []),
    ("The rally sent bitcoin to $70,000 on Monday.", []),
    ("A weekly close under $95,000 could set up a deeper slide.", []),
    ("Bitcoin could see a 10% correction to $90,000.", [("BTC", "at", 90000, None, "USD")]),
    ("Potential upside to $5,000 remains on the table for ETH.", [("ETH", "at", 5000, None, "USD")]),
    ("Ethereum could test the $2,200 level before any meaningful recovery.", [("ETH", "at", 2200, None, "USD")]),
    ("Solana aims for $300 after the breakout, per the chart.", [("SOL", "at", 300, None, "USD")]),
    ("The next stop for bitcoin lies at $112,000, according to the trader.", [("BTC", "at", 112000, None, "USD")]),
    ("Analysts at the bank see ether reaching $7,500 by the end of 2025.", [("ETH", "at", 7500, None, "USD")]),
]


def _article(text: str) -> Article:
    return Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")


def _indicators(text: str) -> list[tuple]:
    rows = [(c.asset, c.comparator.value, c.value, c.metric, c.period, c.timeframe or "1d", c.zone)
            for c in extract(_article(text)) if c.kind is ClaimKind.indicator]
    return sorted(rows, key=repr)


@pytest.mark.parametrize(("sentence", "expected"), INDICATORS, ids=lambda v: v[:60] if isinstance(v, str) else "")
def test_indicator_wording(sentence: str, expected: list[tuple]) -> None:
    assert _indicators(sentence) == sorted(expected, key=repr)


@pytest.mark.parametrize(("sentence", "expected"), FORECASTS, ids=lambda v: v[:60] if isinstance(v, str) else "")
def test_forecast_wording(sentence: str, expected: list[tuple]) -> None:
    found = [c for c in extract(_article(sentence)) if c.kind is ClaimKind.forecast]
    rows = sorted((c.asset, c.comparator.value, c.value, c.value_high, c.unit) for c in found)
    assert rows == sorted(expected)
    assert all(c.modality in {Modality.forecast, Modality.conditional} for c in found)


def test_a_condition_makes_the_forecast_conditional() -> None:
    """'If bulls clear $0.65, XRP could extend gains to $0.72': the target hangs on the condition."""
    (claim,) = [c for c in extract(_article("If bulls clear $0.65, XRP could extend gains to $0.72.")) if c.kind is ClaimKind.forecast]
    assert claim.modality is Modality.conditional
