"""Records, intraday extremes and indicator readings in the wordings of many outlets: CoinDesk,
Cointelegraph, Decrypt, The Block, FXStreet, NewsBTC, U.Today, Bitcoinist, BeInCrypto, Finbold,
CoinGape, AMBCrypto, Benzinga, the wires, and Korean, Turkish and Indian sites in English.

Every sentence is written for these tests, and each row lists every claim of the tested kind a
reader takes from it, no more and no fewer, following corpus/README.md:
- a record is its level (`at`, the previous peak's level for 'topped its previous high of $X'),
  the distance below it in % (`below`), or a new record whose level is not said (`crossed_above`);
- a high or low the price reached in a window ('as high as', 'dipped to $X overnight',
  'the 24-hour range') is an intraday extreme;
- an indicator claim: (asset, comparator, value, metric, period, timeframe, zone) where `zone`
  carries the RSI zone, the MACD reference (`signal`, `zero`), the cross reference (`sma200`)
  or the Bollinger band.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, ClaimKind, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)

RECORDS = [
    ("Bitcoin hit a fresh record of $126,200 on Monday, CoinDesk data show.", [("BTC", "at", 126200, "USD")]),
    ("Ether notched an all-time high above $4,950 in early Asian trading.", [("ETH", "crossed_above", 4950, "USD")]),
    ("BTC remains about 9% below its prior peak of $109,000 set in January.",
     [("BTC", "below", 9, "%"), ("BTC", "at", 109000, "USD")]),
    ("Bitcoin is now trading 24% below its record.", [("BTC", "below", 24, "%")]),
    ("Ethereum is still 30% away from the ATH at $4,870.", [("ETH", "below", 30, "%"), ("ETH", "at", 4870, "USD")]),
    ("Solana climbed to a new lifetime high on Tuesday.", [("SOL", "crossed_above", None, None)]),
    ("Bitcoin hit a record high in won terms on Upbit on Friday.", [("BTC", "crossed_above", None, None)]),
    ("BTC topped its previous all-time high of $69,000 on Wednesday.", [("BTC", "at", 69000, "USD")]),
    ("Bitcoin's all-time high stands at $126,080, reached on October 6.", [("BTC", "at", 126080, "USD")]),
    ("Bitcoin, the world's largest cryptocurrency, is down 27% from its October peak.", [("BTC", "below", 27, "%")]),
    ("ETH trades roughly 40% under its 2021 all-time high.", [("ETH", "below", 40, "%")]),
    ("Bitcoin printed a new ATH of $124,500 during the U.S. session.", [("BTC", "at", 124500, "USD")]),
    ("BTC is now within 3% of its all-time high.", [("BTC", "below", 3, "%")]),
    ("Bitcoin's record peak of $126,000, set in early October, now looks distant.", [("BTC", "at", 126000, "USD")]),
    ("Bitcoin climbed as much as 4.1% to a record $73,798.", [("BTC", "at", 73798, "USD")]),
    ("Bitcoin scaled a fresh lifetime high of $111,800 on Thursday.", [("BTC", "at", 111800, "USD")]),
    ("Ethereum reached its highest price ever at $4,955 in August.", [("ETH", "at", 4955, "USD")]),
    ("Bitcoin has dropped 35% since hitting its all-time high in October.", [("BTC", "below", 35, "%")]),
    ("Bitcoin pared gains after touching a record $93,450 earlier in the day.", [("BTC", "at", 93450, "USD")]),
    ("BTC price is 18% off its all-time highs.", [("BTC", "below", 18, "%")]),
    ("Ether set a new all-time high on Sunday, surpassing its 2021 peak of $4,878.", [("ETH", "at", 4878, "USD")]),
    # longer wire and site sentences, the asset named in the sentence before
    ("Bitcoin extended its rally on Monday. The world's largest cryptocurrency hit an all-time high of $125,689 in Asian hours.",
     [("BTC", "at", 125689, "USD")]),
    ("BTC Price Hits New ATH Above $126K as ETF Inflows Surge", [("BTC", "crossed_above", 126000, "USD")]),
    ("Bitcoin slipped on Tuesday. The flagship asset is trading about 20% beneath its all-time high of $126,000 recorded in early October.",
     [("BTC", "below", 20, "%"), ("BTC", "at", 126000, "USD")]),
    ("Ethereum's previous record of $4,891 was set in November 2021.", [("ETH", "at", 4891, "USD")]),
    ("BTC broke its previous ATH of $73,800 to reach a fresh peak.", [("BTC", "at", 73800, "USD")]),
    ("Bitcoin set a new all-time high of 163 million won on Bithumb.", [("BTC", "at", 163000000, "KRW")]),
    ("Bitcoin has corrected nearly 25% from its record peak.", [("BTC", "below", 25, "%")]),
    ("Bitcoin soared to all-time highs over $111,000 on Thursday.", [("BTC", "crossed_above", 111000, "USD")]),
    ("XRP remains 35% shy of its July record of $3.65.", [("XRP", "below", 35, "%"), ("XRP", "at", 3.65, "USD")]),
    ("Bitcoin is down roughly 30% from its ATH.", [("BTC", "below", 30, "%")]),
    ("Bitcoin touched a new all-time high on Tuesday morning, eclipsing $123,000.", [("BTC", "crossed_above", 123000, "USD")]),
    ("Ether is trading some 45% below its peak from August.", [("ETH", "below", 45, "%")]),
    # the record named after its figure, hyphenated, in headlines, or as a drawdown
    ("Bitcoin is trading 15% below the $126K ATH.", [("BTC", "below", 15, "%"), ("BTC", "at", 126000, "USD")]),
    ("Bitcoin retreated from its $109,000 record on Tuesday.", [("BTC", "at", 109000, "USD")]),
    ("Bitcoin Price Sets New All-Time-High At $124,000", [("BTC", "at", 124000, "USD")]),
    ("Bitcoin's drawdown from the all-time high now stands at 32%.", [("BTC", "below", 32, "%")]),
    ("Bitcoin briefly topped $126,000, a new record, before easing.", [("BTC", "crossed_above", 126000, "USD")]),
    ("Ether's peak of $4,956 in August remains the all-time high.", [("ETH", "at", 4956, "USD")]),
    ("Bitcoin is 8% away from a new all-time high.", [("BTC", "below", 8, "%")]),
    ("Bitcoin hit record highs above $100,000 in December.", [("BTC", "crossed_above", 100000, "USD")]),
    # records of other series, or of another market: no price record
    ("Bitcoin liquidations hit a record $19 billion on October 10.", []),
    ("Spot bitcoin ETFs drew record inflows of $1.4 billion on Thursday.", []),
    ("Bitcoin trading volume on Upbit reached a record high last week.", []),
    ("Bitcoin futures open interest climbed to an all-time high of $94 billion.", []),
    ("The S&P 500 closed at a record high on Tuesday, while bitcoin slipped.", []),
]

EXTREMES = [
    ("Bitcoin touched $98,400 earlier in the session before paring gains.", [("intraday_high", "BTC", "at", 98400)]),
    ("Ether climbed as high as $3,540 on Coinbase.", [("intraday_high", "ETH", "at", 3540)]),
    ("BTC peaked at $71,250 on Coinbase before sellers stepped in.", [("intraday_high", "BTC", "at", 71250)]),
    ("Bitcoin set an intraday high of $64,980 on Wednesday.", [("intraday_high", "BTC", "at", 64980)]),
    ("Solana hit a session low of $131.20 during Asian hours.", [("intraday_low", "SOL", "at", 131.2)]),
    ("Bitcoin dipped to $57,800 overnight before recovering.", [("intraday_low", "BTC", "at", 57800)]),
    ("Bitcoin's 24-hour range was $66,100 to $68,900, per CoinGecko.",
     [("intraday_low", "BTC", "at", 66100), ("intraday_high", "BTC", "at", 68900)]),
    ("Ether's intraday high came in at $2,712, while the low was $2,604.",
     [("intraday_high", "ETH", "at", 2712), ("intraday_low", "ETH", "at", 2604)]),
    ("Bitcoin rallied to $104,300 on Binance late Tuesday, its highest level since January.",
     [("intraday_high", "BTC", "at", 104300)]),
    ("BTC briefly spiked to $72,000 before slipping back below $70,000.", [("intraday_high", "BTC", "at", 72000)]),
    ("XRP reached a high of $0.62 on Saturday.", [("intraday_high", "XRP", "at", 0.62)]),
    ("Bitcoin slid as low as $80,250 on Bitstamp.", [("intraday_low", "BTC", "at", 80250)]),
    ("ETH hit a 24-hour low of $3,012.", [("intraday_low", "ETH", "at", 3012)]),
    ("Bitcoin's daily high sits at $91,400.", [("intraday_high", "BTC", "at", 91400)]),
    ("Bitcoin surged to an intraday peak of $97,950 on Tuesday.", [("intraday_high", "BTC", "at", 97950)]),
    ("Bitcoin's price bottomed near $61,800 on Sunday before buyers returned.", [("intraday_low", "BTC", "at", 61800)]),
    ("BTC jumped to a two-week high of $95,200.", [("intraday_high", "BTC", "at", 95200)]),
    ("Ethereum topped out at $3,980 on Monday.", [("intraday_high", "ETH", "at", 3980)]),
    ("On Upbit, bitcoin rose as high as 140 million won.", [("intraday_high", "BTC", "at", 140000000)]),
    ("Bitcoin hit a high of $109,350 on Monday, just shy of its record.", [("intraday_high", "BTC", "at", 109350)]),
    ("BTC reached an intraday peak near $88,900 before reversing.", [("intraday_high", "BTC", "at", 88900)]),
    ("Ether's highest point of the day was $2,480.", [("intraday_high", "ETH", "at", 2480)]),
    ("Bitcoin's lowest level of the session was $58,900.", [("intraday_low", "BTC", "at", 58900)]),
    ("BTC/USD hit $70,150 on Bitstamp, its highest since Feb. 3, data from TradingView show.", [("intraday_high", "BTC", "at", 70150)]),
    ("Ether hit a three-week high of $2,850 during the European session.", [("intraday_high", "ETH", "at", 2850)]),
    ("Bitcoin reached as high as $43,500 on Friday.", [("intraday_high", "BTC", "at", 43500)]),
    ("Bitcoin climbed to a peak of $58,300 on Sunday before pulling back.", [("intraday_high", "BTC", "at", 58300)]),
    ("BTC's intraday low stood at $62,100.", [("intraday_low", "BTC", "at", 62100)]),
    ("Bitcoin fell to a low of $74,420 on Monday, its weakest level since November.", [("intraday_low", "BTC", "at", 74420)]),
    ("Bitcoin slumped on Friday. It tumbled to an intraday low of $89,200 on Coinbase.", [("intraday_low", "BTC", "at", 89200)]),
    ("XRP went as high as $1.12 before sliding back.", [("intraday_high", "XRP", "at", 1.12)]),
    ("Bitcoin registered a daily high of $42,100 on Kraken.", [("intraday_high", "BTC", "at", 42100)]),
    ("Over the past day, BTC has ranged from $95,300 to $97,800.",
     [("intraday_low", "BTC", "at", 95300), ("intraday_high", "BTC", "at", 97800)]),
    ("Bitcoin spiked to $67,400 in the early hours of Wednesday before sellers pushed it back under $66,000.",
     [("intraday_high", "BTC", "at", 67400)]),
    ("Ether jumped to a high of $3,890 on Binance, the most since March.", [("intraday_high", "ETH", "at", 3890)]),
    ("Bitcoin surged 6% to a high of $48,200 after the ruling.", [("intraday_high", "BTC", "at", 48200)]),
    # a level crossed, or a high without a figure: no intraday extreme
    ("Bitcoin briefly climbed above $100,000 on Wednesday.", []),
    ("Bitcoin is trading at its highest level since January.", []),
]

INDICATORS = [
    ("Bitcoin's RSI at 72 signals overbought conditions.", [("BTC", "at", 72, "rsi", 14, "1d", "overbought")]),
    ("Ether's daily RSI has cooled to 55 after touching 78 last week.",
     [("ETH", "at", 55, "rsi", 14, "1d", None), ("ETH", "at", 78, "rsi", 14, "1d", None)]),
    ("BTC is trading above its 50-day and 200-day EMAs.",
     [("BTC", "above", None, "ema", 50, "1d", None), ("BTC", "above", None, "ema", 200, "1d", None)]),
    ("Bitcoin's 200-week moving average, near $58,000, has marked every bear-market bottom.",
     [("BTC", "at", 58000, "sma", 200, "1w", None)]),
    ("Ether flashed a golden cross on the daily chart this week.", [("ETH", "crossed_above", None, "sma", 50, "1d", "sma200")]),
    ("Bitcoin's MACD flipped bearish on the daily chart.", [("BTC", "crossed_below", None, "macd", None, "1d", "signal")]),
    ("Bitcoin's price sits below the 20-day SMA at $104,200.",
     [("BTC", "below", None, "sma", 20, "1d", None), ("BTC", "at", 104200, "sma", 20, "1d", None)]),
    ("The relative strength index for XRP dropped to 29, suggesting the token is oversold.",
     [("XRP", "at", 29, "rsi", 14, "1d", "oversold")]),
    ("Solana's daily RSI slipped below 50 for the first time in three weeks.", [("SOL", "crossed_below", 50, "rsi", 14, "1d", None)]),
    ("Bitcoin reclaimed the 100-day EMA at $96,800.",
     [("BTC", "crossed_above", None, "ema", 100, "1d", None), ("BTC", "at", 96800, "ema", 100, "1d", None)]),
    ("Ether fell below its 200-day simple moving average on Thursday.", [("ETH", "crossed_below", None, "sma", 200, "1d", None)]),
    ("BTC's weekly RSI reads 48, neutral.", [("BTC", "at", 48, "rsi", 14, "1w", "neutral")]),
    ("The MACD histogram on bitcoin's daily chart turned positive.", [("BTC", "crossed_above", None, "macd", None, "1d", "signal")]),
    ("Bitcoin broke above the upper Bollinger band on the four-hour chart.",
     [("BTC", "crossed_above", None, "bollinger", 20, "4h", "upper")]),
    ("Bitcoin's 50-day SMA crossed below its 200-day SMA, forming a death cross.",
     [("BTC", "crossed_below", None, "sma", 50, "1d", "sma200")]),
    ("ETH is hovering near its 20-day exponential moving average of $3,420.", [("ETH", "at", 3420, "ema", 20, "1d", None)]),
    ("Bitcoin's RSI is in overbought territory at 74 on the daily chart.", [("BTC", "at", 74, "rsi", 14, "1d", "overbought")]),
    ("Bitcoin's 14-day RSI climbed to 67, just shy of overbought.", [("BTC", "at", 67, "rsi", 14, "1d", None)]),
    ("The MACD line crossed above the signal line on ETH's daily chart.", [("ETH", "crossed_above", None, "macd", None, "1d", "signal")]),
    ("Bitcoin is holding above the 200-day moving average, currently around $99,600.",
     [("BTC", "above", None, "sma", 200, "1d", None), ("BTC", "at", 99600, "sma", 200, "1d", None)]),
    ("Bitcoin's weekly MACD remains below zero.", [("BTC", "below", None, "macd", None, "1w", "zero")]),
    ("BTC's RSI stands at 38.4, which indicates weak momentum.", [("BTC", "at", 38.4, "rsi", 14, "1d", None)]),
    ("On the 4-hour chart, ETH's RSI has bounced back to 45 from oversold levels.",
     [("ETH", "at", 45, "rsi", 14, "4h", None), ("ETH", "crossed_above", None, "rsi", 14, "4h", "oversold")]),
    ("Ether's RSI has recovered from oversold levels on the daily chart.", [("ETH", "crossed_above", None, "rsi", 14, "1d", "oversold")]),
    ("Bitcoin's RSI is still far from oversold levels.", []),
    ("A death cross formed on ether's chart on Sunday as the 50-day moving average slipped under the 200-day.",
     [("ETH", "crossed_below", None, "sma", 50, "1d", "sma200")]),
    ("Bitcoin trades below the 20-day, 50-day and 100-day SMAs.",
     [("BTC", "below", None, "sma", 20, "1d", None), ("BTC", "below", None, "sma", 50, "1d", None),
      ("BTC", "below", None, "sma", 100, "1d", None)]),
    ("Ethereum trades above its 8-day, 20-day and 50-day SMAs, signalling a bullish trend.",
     [("ETH", "above", None, "sma", 8, "1d", None), ("ETH", "above", None, "sma", 20, "1d", None),
      ("ETH", "above", None, "sma", 50, "1d", None)]),
    ("BTC's RSI sits at 52 on the daily and 61 on the four-hour.",
     [("BTC", "at", 52, "rsi", 14, "1d", None), ("BTC", "at", 61, "rsi", 14, "4h", None)]),
    ("Bitcoin's relative strength index (RSI) rose above the neutral 50 level, indicating bullish momentum.",
     [("BTC", "crossed_above", 50, "rsi", 14, "1d", None)]),
    ("Bitcoin's RSI climbed to 71 on the daily timeframe, entering overbought territory.",
     [("BTC", "at", 71, "rsi", 14, "1d", "overbought")]),
    ("ETH is above the 21-day EMA, which sits at $3,310.",
     [("ETH", "above", None, "ema", 21, "1d", None), ("ETH", "at", 3310, "ema", 21, "1d", None)]),
    ("Bitcoin's price slipped under the 50-day EMA near $92,000 on Tuesday.",
     [("BTC", "crossed_below", None, "ema", 50, "1d", None), ("BTC", "at", 92000, "ema", 50, "1d", None)]),
    ("The RSI indicator on bitcoin's daily chart has fallen to 34, nearing oversold.", [("BTC", "at", 34, "rsi", 14, "1d", None)]),
    ("BTC's MACD is showing a bullish crossover on the 4H chart.", [("BTC", "crossed_above", None, "macd", None, "4h", "signal")]),
    ("Bitcoin's weekly RSI has dropped to 44, its lowest since 2023.", [("BTC", "at", 44, "rsi", 14, "1w", None)]),
    ("Bitcoin tested the lower Bollinger band at $86,500 on Monday.", [("BTC", "at", 86500, "bollinger", 20, "1d", "lower")]),
    # patterns with no reading a series can check: a divergence, a squeeze
    ("Bitcoin is showing a bearish RSI divergence on the four-hour chart.", []),
    ("Bollinger bands tighten around bitcoin as volatility fades.", []),
    ("The Bollinger Bands on bitcoin's daily chart are the tightest since October.", []),
]


def _article(text: str) -> Article:
    return Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")


def _ids(value: object) -> str:
    return value[:60] if isinstance(value, str) else ""


@pytest.mark.parametrize(("sentence", "expected"), RECORDS, ids=_ids)
def test_record_wording(sentence: str, expected: list[tuple]) -> None:
    rows = [(c.asset, c.comparator.value, c.value, c.unit) for c in extract(_article(sentence)) if c.kind is ClaimKind.all_time_high]
    assert sorted(rows, key=repr) == sorted(expected, key=repr)


@pytest.mark.parametrize(("sentence", "expected"), EXTREMES, ids=_ids)
def test_intraday_extreme_wording(sentence: str, expected: list[tuple]) -> None:
    kinds = {ClaimKind.intraday_high, ClaimKind.intraday_low}
    rows = [(c.kind.value, c.asset, c.comparator.value, c.value) for c in extract(_article(sentence)) if c.kind in kinds]
    assert sorted(rows, key=repr) == sorted(expected, key=repr)


@pytest.mark.parametrize(("sentence", "expected"), INDICATORS, ids=_ids)
def test_indicator_wording(sentence: str, expected: list[tuple]) -> None:
    rows = [(c.asset, c.comparator.value, c.value, c.metric, c.period, c.timeframe or "1d", c.zone)
            for c in extract(_article(sentence)) if c.kind is ClaimKind.indicator]
    assert sorted(rows, key=repr) == sorted(expected, key=repr)
