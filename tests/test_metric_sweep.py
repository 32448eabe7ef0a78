"""Indicator, funding-rate and open-interest claims in the wordings outlets use, swept style by
style: RSI in prose and tables, moving averages by name, period and shorthand, MACD and
Bollinger bands, funding as a rate, a sign or a payment, open interest as a level, a change or a
direction; and look-alikes that are none of these (another market's RSI, a startup's funding
round, interest rates). Every sentence is written for this test. Each row lists every claim of
these three kinds a reader takes from it, as corpus/README.md annotates them; an indicator's zone
is compared only where the row names one (a zone told beside a reading is not a miss).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 9, 17, 10, 0, tzinfo=UTC)
KINDS = {ClaimKind.indicator, ClaimKind.funding_rate, ClaimKind.open_interest}
FU, OI = "funding_rate", "open_interest"


def claims_in(text: str) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if c.kind in KINDS]


def I(asset, metric, period, timeframe, comparator, value, zone=None):
    """One expected indicator claim."""
    return ("indicator", asset, metric, period, timeframe, comparator, value, zone)


def found(text: str) -> set[tuple]:
    out = set()
    for c in claims_in(text):
        value = None if c.value is None else round(c.value, 6)
        if c.kind is ClaimKind.indicator:
            out.add(("indicator", c.asset, c.metric, c.period, c.timeframe or "1d", c.comparator.value, value, c.zone))
        else:
            out.add((c.kind.value, c.asset, c.comparator.value, value))
    return out


def agrees(expected: set[tuple], got: set[tuple]) -> bool:
    """One to one; an indicator row without a zone takes a claim with any zone."""
    left = set(got)
    for row in expected:
        hit = next((g for g in left if g == row or row[0] == "indicator" and row[7] is None and g[:7] == row[:7]), None)
        if hit is None:
            return False
        left.discard(hit)
    return not left


RSI = [
    ("Bitcoin's 14-day RSI sits at 71, just inside overbought territory.",
     {I('BTC', 'rsi', 14, '1d', 'at', 71, 'overbought')}),
    ("Ether's RSI printed 28 on the 4-hour chart, the lowest reading since June.",
     {I('ETH', 'rsi', 14, '4h', 'at', 28)}),
    ('The daily RSI for bitcoin reclaimed 50 on Tuesday, a sign momentum is returning.',
     {I('BTC', 'rsi', 14, '1d', 'crossed_above', 50)}),
    ("Bitcoin's monthly RSI is at 80, a level last seen at the 2021 top.",
     {I('BTC', 'rsi', 14, '1M', 'at', 80)}),
    ("Solana's relative strength index dropped to 34 on the daily timeframe.",
     {I('SOL', 'rsi', 14, '1d', 'at', 34)}),
    ("XRP's weekly RSI has climbed above 70 for the first time since 2021.",
     {I('XRP', 'rsi', 14, '1w', 'crossed_above', 70)}),
    ("Bitcoin's RSI has slipped into oversold territory on the daily chart.",
     {I('BTC', 'rsi', 14, '1d', 'crossed_below', None, 'oversold')}),
    ("Ether's RSI stands at 64, neutral to bullish.",
     {I('ETH', 'rsi', 14, '1d', 'at', 64)}),
    ("The RSI on bitcoin's hourly chart is reading 76.",
     {I('BTC', 'rsi', 14, '1h', 'at', 76)}),
    ('Bitcoin | RSI (14): 58.3 | MACD: bullish',
     {I('BTC', 'rsi', 14, '1d', 'at', 58.3)}),
    ('Bitcoin rose 2% on Monday. Its RSI now reads 66 on the daily chart.',
     {I('BTC', 'rsi', 14, '1d', 'at', 66)}),
    ('Solana is flashing oversold signals, with its RSI at 27.',
     {I('SOL', 'rsi', 14, '1d', 'at', 27, 'oversold')}),
    ("Ether's RSI broke below 30 on Friday, entering oversold territory.",
     {I('ETH', 'rsi', 14, '1d', 'crossed_below', 30, 'oversold')}),
    ("Bitcoin's RSI remains above 50 on the weekly chart.",
     {I('BTC', 'rsi', 14, '1w', 'above', 50)}),
    ("Bitcoin's RSI cooled from 78 to 62 over the weekend.",
     {I('BTC', 'rsi', 14, '1d', 'at', 62), I('BTC', 'rsi', 14, '1d', 'at', 78)}),
    ('Ether has an RSI reading of 32 on the daily chart.',
     {I('ETH', 'rsi', 14, '1d', 'at', 32)}),
    ('The relative strength index (RSI) for BTC is hovering near 70.',
     {I('BTC', 'rsi', 14, '1d', 'at', 70)}),
    ("Solana's 4H RSI is at 22, deeply oversold.",
     {I('SOL', 'rsi', 14, '4h', 'at', 22, 'oversold')}),
    ("Bitcoin's RSI has dropped below 50 on the daily, a neutral reading.",
     {I('BTC', 'rsi', 14, '1d', 'crossed_below', 50)}),
    ('The RSI indicator for XRP is currently at 45.6.',
     {I('XRP', 'rsi', 14, '1d', 'at', 45.6)}),
    ("Bitcoin's daily relative strength index is above 70, signalling overbought conditions.",
     {I('BTC', 'rsi', 14, '1d', 'above', 70, 'overbought')}),
    ('RSI: 67 (daily) for bitcoin.',
     {I('BTC', 'rsi', 14, '1d', 'at', 67)}),
    ("On the hourly chart, ether's RSI is back above 50.",
     {I('ETH', 'rsi', 14, '1h', 'crossed_above', 50)}),
    ("Bitcoin's RSI on the weekly timeframe is in overbought territory.",
     {I('BTC', 'rsi', 14, '1w', 'at', None, 'overbought')}),
    ("Bitcoin's RSI climbed to 72 this week, its highest since July.",
     {I('BTC', 'rsi', 14, '1d', 'at', 72)}),
    ("Solana's RSI has been above 60 for most of the month.",
     {I('SOL', 'rsi', 14, '1d', 'above', 60)}),
    ("Bitcoin's daily RSI is at 41, and the weekly is at 55.",
     {I('BTC', 'rsi', 14, '1d', 'at', 41), I('BTC', 'rsi', 14, '1w', 'at', 55)}),
    ("Bitcoin's RSI is neither overbought nor oversold at 52.",
     {I('BTC', 'rsi', 14, '1d', 'at', 52)}),
    ("BTC's RSI is hovering around the 45 level on the four-hour chart.",
     {I('BTC', 'rsi', 14, '4h', 'at', 45)}),
    ('Bitcoin dropped to $108,000 as the RSI slid into oversold territory below 30.',
     {I('BTC', 'rsi', 14, '1d', 'crossed_below', 30, 'oversold')}),
    ('The Relative Strength Index (RSI) on the daily chart reads 45, below its neutral level of 50, for bitcoin.',
     {I('BTC', 'rsi', 14, '1d', 'at', 45)}),
    ("Bitcoin's Relative Strength Index (RSI) on the daily chart reads 62, above its neutral level of 50, indicating bullish momentum.",
     {I('BTC', 'rsi', 14, '1d', 'at', 62)}),
    ("Bitcoin's RSI hovers around its neutral level of 50.",
     {I('BTC', 'rsi', 14, '1d', 'at', 50)}),
    ('The RSI on the weekly chart for ether reads 38, pointing downward.',
     {I('ETH', 'rsi', 14, '1w', 'at', 38)}),
    ("Bitcoin's 4-hour RSI fell to 31 after the sell-off.",
     {I('BTC', 'rsi', 14, '4h', 'at', 31)}),
    ("Ether's RSI at 75 signals overbought conditions.",
     {I('ETH', 'rsi', 14, '1d', 'at', 75, 'overbought')}),
    ('Momentum indicators such as the RSI (62) suggest room to run for bitcoin.',
     {I('BTC', 'rsi', 14, '1d', 'at', 62)}),
    ('The 14-day relative strength index for bitcoin slipped below the midline of 50.',
     {I('BTC', 'rsi', 14, '1d', 'crossed_below', 50)}),
    ("Bitcoin's daily RSI fell to about 19 on Friday's close, one of the deepest readings this cycle, before rebounding above 30.",
     {I('BTC', 'rsi', 14, '1d', 'at', 19), I('BTC', 'rsi', 14, '1d', 'crossed_above', 30)}),
    ("Ether's daily RSI sank to 26 on Monday and has since recovered, back out of oversold territory.",
     {I('ETH', 'rsi', 14, '1d', 'at', 26), I('ETH', 'rsi', 14, '1d', 'crossed_above', None, 'oversold')}),
    ('Bitcoin momentum check\nRSI 14: 56.2\nMACD: flat',
     {I('BTC', 'rsi', 14, '1d', 'at', 56.2)}),
    ('$BTC RSI is at 74 on the 4H.',
     {I('BTC', 'rsi', 14, '4h', 'at', 74)}),
    ("Solana's RSI is at 61 on the four-hour, a notch below the daily reading.",
     {I('SOL', 'rsi', 14, '4h', 'at', 61)}),
    ('Bitcoin rose 2% on the day, and its RSI is at 58.',
     {I('BTC', 'rsi', 14, '1d', 'at', 58)}),
    ("Traders turned cautious when bitcoin's RSI climbed above 80.",
     {I('BTC', 'rsi', 14, '1d', 'crossed_above', 80)}),
    ("With bitcoin's RSI above 70, traders are cautious.",
     {I('BTC', 'rsi', 14, '1d', 'above', 70)}),
    ('Bitcoin rose 2% to $115,000. Ether gained 4%, and its RSI climbed to 71.',
     {I('ETH', 'rsi', 14, '1d', 'at', 71)}),
]

LINES = [
    ('Bitcoin is trading above its 50-day EMA at $112,400.',
     {I('BTC', 'ema', 50, '1d', 'above', None), I('BTC', 'ema', 50, '1d', 'at', 112400)}),
    ('The 200-week moving average near $52,000 has marked every cycle bottom for bitcoin.',
     {I('BTC', 'sma', 200, '1w', 'at', 52000)}),
    ('Ether slipped under the 21-day EMA on Thursday.',
     {I('ETH', 'ema', 21, '1d', 'crossed_below', None)}),
    ('Bitcoin reclaimed its 200-day simple moving average, now at $101,300.',
     {I('BTC', 'sma', 200, '1d', 'at', 101300), I('BTC', 'sma', 200, '1d', 'crossed_above', None)}),
    ('Solana remains below its 100-day moving average.',
     {I('SOL', 'sma', 100, '1d', 'below', None)}),
    ('XRP bounced off its 20-day exponential moving average at $2.84.',
     {I('XRP', 'ema', 20, '1d', 'at', 2.84)}),
    ('Bitcoin closed the week above the 20-week SMA, which sits at $108,900.',
     {I('BTC', 'sma', 20, '1w', 'above', None), I('BTC', 'sma', 20, '1w', 'at', 108900)}),
    ("Ether's 50-day moving average crossed above its 200-day on Sunday, a golden cross.",
     {I('ETH', 'sma', 50, '1d', 'crossed_above', None, 'sma200')}),
    ('Bitcoin fell below the 200-day moving average for the first time since March.',
     {I('BTC', 'sma', 200, '1d', 'crossed_below', None)}),
    ("Ether's 200-day EMA stands at $3,050.",
     {I('ETH', 'ema', 200, '1d', 'at', 3050)}),
    ('Bitcoin is holding above the 100-hour simple moving average.',
     {I('BTC', 'sma', 100, '1h', 'above', None)}),
    ('Bitcoin is trading above the 50 DMA, which sits at $109,000.',
     {I('BTC', 'sma', 50, '1d', 'above', None), I('BTC', 'sma', 50, '1d', 'at', 109000)}),
    ('Ether remains below its 200-day SMA ($3,480).',
     {I('ETH', 'sma', 200, '1d', 'at', 3480), I('ETH', 'sma', 200, '1d', 'below', None)}),
    ('Bitcoin bounced off the 21-week EMA at around $95,000.',
     {I('BTC', 'ema', 21, '1w', 'at', 95000)}),
    ('Bitcoin lost the 50-day moving average on Friday.',
     {I('BTC', 'sma', 50, '1d', 'crossed_below', None)}),
    ('Solana broke above its 200-day exponential moving average.',
     {I('SOL', 'ema', 200, '1d', 'crossed_above', None)}),
    ('BTC is now trading below the 20 EMA on the 4-hour chart.',
     {I('BTC', 'ema', 20, '4h', 'below', None)}),
    ('The 200-day moving average for bitcoin is at $101,500.',
     {I('BTC', 'sma', 200, '1d', 'at', 101500)}),
    ('Ether is holding above its 100-day EMA.',
     {I('ETH', 'ema', 100, '1d', 'above', None)}),
    ("Bitcoin's price is above the 200-week moving average, currently around $58,000.",
     {I('BTC', 'sma', 200, '1w', 'above', None), I('BTC', 'sma', 200, '1w', 'at', 58000)}),
    ('XRP is trading under its 50-day and 200-day moving averages.',
     {I('XRP', 'sma', 200, '1d', 'below', None), I('XRP', 'sma', 50, '1d', 'below', None)}),
    ('Bitcoin has flashed a death cross, with the 50-day SMA falling below the 200-day SMA.',
     {I('BTC', 'sma', 50, '1d', 'crossed_below', None, 'sma200')}),
    ("The cryptocurrency's 50-day moving average, currently at $4,050, has provided support for ether.",
     {I('ETH', 'sma', 50, '1d', 'at', 4050)}),
    ('Bitcoin needs to hold the 50-week moving average around $98,000, analysts said.',
     {I('BTC', 'sma', 50, '1w', 'at', 98000)}),
    ('Bitcoin closed below the 50-day Exponential Moving Average (EMA) at $110,300 on Tuesday.',
     {I('BTC', 'ema', 50, '1d', 'at', 110300), I('BTC', 'ema', 50, '1d', 'below', None)}),
    ('Ether found support around its 100-day EMA at $3,900 on Monday.',
     {I('ETH', 'ema', 100, '1d', 'at', 3900)}),
    ('Bitcoin bounced off the MA200 at $98,000.',
     {I('BTC', 'sma', 200, '1d', 'at', 98000)}),
    ('Ether reclaimed the EMA50 on the 4H chart.',
     {I('ETH', 'ema', 50, '4h', 'crossed_above', None)}),
    ("Bitcoin's 200DMA is at $101,000.",
     {I('BTC', 'sma', 200, '1d', 'at', 101000)}),
    ('The 100-period simple moving average on the hourly chart sits at $111,200 for bitcoin.',
     {I('BTC', 'sma', 100, '1h', 'at', 111200)}),
    ('The 50-day and 200-day moving averages sit at $105,000 and $98,000, respectively, for bitcoin.',
     {I('BTC', 'sma', 200, '1d', 'at', 98000), I('BTC', 'sma', 50, '1d', 'at', 105000)}),
    ("Bitcoin's 200-day EMA sits far overhead at $104,700.",
     {I('BTC', 'ema', 200, '1d', 'at', 104700), I('BTC', 'ema', 200, '1d', 'below', None)}),
    ('Bitcoin fell 3% to $88,100 on Tuesday. Ether dropped 5% to $2,950.\n\nThe price also slipped back under the 20-day exponential moving average near $92,600.',
     {I('BTC', 'ema', 20, '1d', 'at', 92600), I('BTC', 'ema', 20, '1d', 'crossed_below', None)}),
]

MACD_BANDS = [
    ("Bitcoin's daily MACD has flashed a bullish crossover.",
     {I('BTC', 'macd', None, '1d', 'crossed_above', None, 'signal')}),
    ('The MACD histogram on the ether chart turned positive on Monday.',
     {I('ETH', 'macd', None, '1d', 'crossed_above', None, 'signal')}),
    ("On the weekly chart, bitcoin's MACD has crossed below its signal line.",
     {I('BTC', 'macd', None, '1w', 'crossed_below', None, 'signal')}),
    ("Solana's MACD line has moved above zero.",
     {I('SOL', 'macd', None, '1d', 'crossed_above', None, 'zero')}),
    ("Ether's MACD printed a bearish cross on the 4-hour chart.",
     {I('ETH', 'macd', None, '4h', 'crossed_below', None, 'signal')}),
    ('Bitcoin pierced the upper Bollinger band on Wednesday.',
     {I('BTC', 'bollinger', 20, '1d', 'crossed_above', None, 'upper')}),
    ('Ether is testing the lower Bollinger band near $4,120.',
     {I('ETH', 'bollinger', 20, '1d', 'at', 4120, 'lower')}),
    ("Bitcoin's MACD turned bearish on the daily chart.",
     {I('BTC', 'macd', None, '1d', 'crossed_below', None, 'signal')}),
    ('The MACD for ether remains above its signal line.',
     {I('ETH', 'macd', None, '1d', 'above', None, 'signal')}),
    ("Bitcoin's MACD histogram turned red on the daily chart.",
     {I('BTC', 'macd', None, '1d', 'crossed_below', None, 'signal')}),
    ('The daily MACD for solana has flipped bullish.',
     {I('SOL', 'macd', None, '1d', 'crossed_above', None, 'signal')}),
    ("On the daily chart, bitcoin's MACD is below zero.",
     {I('BTC', 'macd', None, '1d', 'below', None, 'zero')}),
    ('Bitcoin touched the lower Bollinger Band at $108,200 on Monday.',
     {I('BTC', 'bollinger', 20, '1d', 'at', 108200, 'lower')}),
    ('Ether closed above the upper Bollinger band.',
     {I('ETH', 'bollinger', 20, '1d', 'above', None, 'upper')}),
    ('The middle Bollinger band, at $4,300, is acting as support for ether.',
     {I('ETH', 'bollinger', 20, '1d', 'at', 4300, 'middle')}),
    ("Ethereum fell 4% to $4,310 on Wednesday. The token's RSI dropped to 38, while the MACD crossed below its signal line.",
     {I('ETH', 'macd', None, '1d', 'crossed_below', None, 'signal'), I('ETH', 'rsi', 14, '1d', 'at', 38)}),
    ('XRP price analysis: XRP is trading at $2.95. The 50-day EMA sits at $2.88 and the RSI reads 55.',
     {I('XRP', 'ema', 50, '1d', 'at', 2.88), I('XRP', 'rsi', 14, '1d', 'at', 55)}),
    ('Technical indicators\n- RSI (14): 61.2\n- MACD: above signal line\n- 50-day SMA: $111,800\n- 200-day SMA: $102,400\nBitcoin is consolidating.',
     {I('BTC', 'macd', None, '1d', 'above', None, 'signal'), I('BTC', 'rsi', 14, '1d', 'at', 61.2), I('BTC', 'sma', 200, '1d', 'at', 102400), I('BTC', 'sma', 50, '1d', 'at', 111800)}),
    ('The Moving Average Convergence Divergence (MACD) indicator on the daily chart displayed a bearish crossover for ether on Sunday.',
     {I('ETH', 'macd', None, '1d', 'crossed_below', None, 'signal')}),
    ("XRP's MACD indicator flipped a bullish crossover on the daily chart.",
     {I('XRP', 'macd', None, '1d', 'crossed_above', None, 'signal')}),
    ('The MACD shows a bullish crossover for bitcoin, with the histogram printing green bars above zero.',
     {I('BTC', 'macd', None, '1d', 'above', None, 'signal'), I('BTC', 'macd', None, '1d', 'crossed_above', None, 'signal')}),
    ('Bitcoin technicals\n| RSI (14) | 47.5 | Neutral |\n| 50-day SMA | $110,850 | Buy |',
     {I('BTC', 'rsi', 14, '1d', 'at', 47.5), I('BTC', 'sma', 50, '1d', 'at', 110850)}),
    ("Ether's MACD remains in bullish territory.",
     {I('ETH', 'macd', None, '1d', 'above', None, 'zero')}),
    ('Bitcoin has fallen below the lower band of the Bollinger Bands.',
     {I('BTC', 'bollinger', 20, '1d', 'crossed_below', None, 'lower')}),
    ('Ether broke out above the upper Bollinger Band at $4,700.',
     {I('ETH', 'bollinger', 20, '1d', 'at', 4700, 'upper'), I('ETH', 'bollinger', 20, '1d', 'crossed_above', None, 'upper')}),
    ("Ether's MACD is back above the zero line.",
     {I('ETH', 'macd', None, '1d', 'crossed_above', None, 'zero')}),
    ('The MACD remains negative for bitcoin.',
     {I('BTC', 'macd', None, '1d', 'below', None, 'zero')}),
    ("Bitcoin's MACD histogram is still positive on the daily chart.",
     {I('BTC', 'macd', None, '1d', 'above', None, 'signal')}),
    ('XRP closed outside the upper Bollinger Band for a second day.',
     {I('XRP', 'bollinger', 20, '1d', 'above', None, 'upper')}),
]

FUNDING = [
    ('Bitcoin funding rates flipped negative on Binance and OKX on Monday.',
     {(FU, 'BTC', 'crossed_below', 0)}),
    ('Annualized funding of 10% on ether perpetuals is the highest since March.',
     {(FU, 'ETH', 'at', 10)}),
    ('Funding on bitcoin perpetuals is running at 0.01% every eight hours.',
     {(FU, 'BTC', 'at', 0.01)}),
    ('Aggregate funding across exchanges for bitcoin stood at 0.006%.',
     {(FU, 'BTC', 'at', 0.006)}),
    ('Funding on Binance was at -0.005% for BTC perpetuals on Tuesday.',
     {(FU, 'BTC', 'at', -0.005)}),
    ('Ether perpetual funding turned negative for the first time this year.',
     {(FU, 'ETH', 'crossed_below', 0)}),
    ('With bitcoin funding below zero, shorts are paying longs.',
     {(FU, 'BTC', 'below', 0)}),
    ("Bitcoin's funding rate has stayed positive all week.",
     {(FU, 'BTC', 'above', 0)}),
    ("Solana's perpetual funding rate rose to 0.03%, data from Coinglass showed.",
     {(FU, 'SOL', 'at', 0.03)}),
    ('Perp funding for ETH dropped to 0.002% from 0.012% a week earlier.',
     {(FU, 'ETH', 'at', 0.002), (FU, 'ETH', 'at', 0.012)}),
    ("Bitcoin's funding rates have turned negative across major exchanges.",
     {(FU, 'BTC', 'crossed_below', 0)}),
    ('BTC funding: 0.0081% (Binance)',
     {(FU, 'BTC', 'at', 0.0081)}),
    ('Funding rates for bitcoin perpetual futures went negative over the weekend.',
     {(FU, 'BTC', 'crossed_below', 0)}),
    ('Bitcoin perpetual swaps carried a funding rate of 0.015% on Bybit.',
     {(FU, 'BTC', 'at', 0.015)}),
    ('Bitcoin funding rates cooled to 0.005% after the liquidation.',
     {(FU, 'BTC', 'at', 0.005)}),
    ('ETH perps are paying 0.02% funding every 8 hours.',
     {(FU, 'ETH', 'at', 0.02)}),
    ('Binance BTC funding rate: -0.0032%',
     {(FU, 'BTC', 'at', -0.0032)}),
    ('Funding rates for bitcoin have been negative for three straight days.',
     {(FU, 'BTC', 'below', 0)}),
    ('The average funding rate on bitcoin perpetual contracts climbed to 0.012%, per CryptoQuant.',
     {(FU, 'BTC', 'at', 0.012)}),
    ('Ether funding hit 0.05% on Bybit, the highest level since December.',
     {(FU, 'ETH', 'at', 0.05)}),
    ('Solana funding rates are deeply negative.',
     {(FU, 'SOL', 'below', 0)}),
    ('Bitcoin funding remains positive at 0.01%, meaning longs pay shorts.',
     {(FU, 'BTC', 'at', 0.01)}),
    ('Funding rates on bitcoin perpetuals have fallen to 0.003% from 0.01%.',
     {(FU, 'BTC', 'at', 0.003), (FU, 'BTC', 'at', 0.01)}),
    ('Bitcoin perpetual funding is at 0.0100%, the baseline rate on most exchanges.',
     {(FU, 'BTC', 'at', 0.01)}),
    ('Perpetual futures funding for SOL slipped into negative territory over the weekend.',
     {(FU, 'SOL', 'crossed_below', 0)}),
    ('Funding rates remain elevated for ether, at 0.03% every eight hours.',
     {(FU, 'ETH', 'at', 0.03)}),
    ("Bitcoin's annualized funding rate sits at about 8%.",
     {(FU, 'BTC', 'at', 8)}),
    ('Funding has flipped positive for bitcoin on every major venue.',
     {(FU, 'BTC', 'crossed_above', 0)}),
    ("Bitcoin's funding rate was -0.01% on OKX on Thursday, per Coinglass.",
     {(FU, 'BTC', 'at', -0.01)}),
    ('Perpetual funding rates for bitcoin remain modestly positive, according to Coinglass.',
     {(FU, 'BTC', 'above', 0)}),
    ("Bitcoin's 8-hour funding rate is 0.01%, in line with the long-run average.",
     {(FU, 'BTC', 'at', 0.01)}),
    ('Funding rates on bitcoin perpetuals spiked to 0.1%, the highest since March.',
     {(FU, 'BTC', 'at', 0.1)}),
    ('Bitcoin funding rates are positive, indicating that longs are paying shorts.',
     {(FU, 'BTC', 'above', 0)}),
    ('Annualized perpetual funding rates for ether climbed above 20%.',
     {(FU, 'ETH', 'above', 20)}),
    ("Bitcoin's funding rate is now 0.003%, down from 0.015% on Monday.",
     {(FU, 'BTC', 'at', 0.003), (FU, 'BTC', 'at', 0.015)}),
    ('Funding rates on Binance have turned slightly negative for ether, at -0.002%.',
     {(FU, 'ETH', 'at', -0.002)}),
    ("Ether's funding rate fell into negative territory on Saturday.",
     {(FU, 'ETH', 'crossed_below', 0)}),
    ('Bitcoin perpetual futures show a positive funding rate of 0.012%.',
     {(FU, 'BTC', 'at', 0.012)}),
    ('Bitcoin funding rates have stayed negative since Friday, Glassnode data show.',
     {(FU, 'BTC', 'below', 0)}),
    ('The BTCUSDT perpetual funding rate on Binance is 0.0075%.',
     {(FU, 'BTC', 'at', 0.0075)}),
    ('Open interest-weighted funding rates for bitcoin dropped to 0.004%.',
     {(FU, 'BTC', 'at', 0.004)}),
    ('Funding rates in the bitcoin perpetual swap market have turned positive.',
     {(FU, 'BTC', 'crossed_above', 0)}),
    ("Bitcoin's funding rate was 0.0100% on Binance, 0.0085% on Bybit and 0.0062% on OKX.",
     {(FU, 'BTC', 'at', 0.0062), (FU, 'BTC', 'at', 0.0085), (FU, 'BTC', 'at', 0.01)}),
    ("When bitcoin's funding rate turned negative on Tuesday, shorts piled in.",
     {(FU, 'BTC', 'crossed_below', 0)}),
    ("Bitcoin's funding fees rose to 0.02% on Bybit.",
     {(FU, 'BTC', 'at', 0.02)}),
    ('Bitcoin rose 2% to $115,000. Funding rates across altcoins have turned negative.',
     {(FU, None, 'crossed_below', 0)}),
]

OI = [
    ('Bitcoin OI climbed to $42 billion on Tuesday, according to Coinglass.',
     {(OI, 'BTC', 'at', 42000000000.0)}),
    ('Open interest in bitcoin futures hit a record $88 billion this week.',
     {(OI, 'BTC', 'at', 88000000000.0)}),
    ('Ether OI dropped 8% in 24 hours as leveraged longs were flushed.',
     {(OI, 'ETH', 'down', -8)}),
    ('CME open interest in bitcoin futures rose to $16.2 billion.',
     {(OI, 'BTC', 'at', 16200000000.0)}),
    ('Solana futures open interest jumped 12% to $9.1 billion.',
     {(OI, 'SOL', 'at', 9100000000.0), (OI, 'SOL', 'up', 12)}),
    ("Bitcoin's open interest fell by $3 billion overnight.",
     {(OI, 'BTC', 'down', -3000000000.0)}),
    ('Open interest on XRP perpetuals surged 20% over the past day.',
     {(OI, 'XRP', 'up', 20)}),
    ('Aggregate open interest for ether futures stands at $58 billion.',
     {(OI, 'ETH', 'at', 58000000000.0)}),
    ('Bitcoin futures OI is up 5% on the week at $80.5 billion.',
     {(OI, 'BTC', 'at', 80500000000.0), (OI, 'BTC', 'up', 5)}),
    ("Ether's open interest rose to a record high of $70 billion on Binance.",
     {(OI, 'ETH', 'at', 70000000000.0)}),
    ('The $140,000 call has the largest open interest on Deribit, at 12,000 BTC.',
     {(OI, 'BTC', 'at', 12000)}),
    ('Bitcoin futures open interest reached $75 billion, per Coinglass data.',
     {(OI, 'BTC', 'at', 75000000000.0)}),
    ('Ether open interest has climbed 15% this week to $62 billion.',
     {(OI, 'ETH', 'at', 62000000000.0), (OI, 'ETH', 'up', 15)}),
    ('Open interest (OI) in XRP futures fell to $7.2 billion.',
     {(OI, 'XRP', 'at', 7200000000.0)}),
    ('Bitcoin OI: $81.3B (+2.1% 24h)',
     {(OI, 'BTC', 'at', 81300000000.0), (OI, 'BTC', 'up', 2.1)}),
    ('Total bitcoin open interest across exchanges rose to 650,000 BTC.',
     {(OI, 'BTC', 'at', 650000)}),
    ('Open interest in solana futures is rising.',
     {(OI, 'SOL', 'up', None)}),
    ('Bitcoin open interest on the CME dropped by 10% over the past week.',
     {(OI, 'BTC', 'down', -10)}),
    ("Ether's open interest hit an all-time high of $58 billion on Monday.",
     {(OI, 'ETH', 'at', 58000000000.0)}),
    ('More than $2 billion in open interest was wiped out as bitcoin fell.',
     {(OI, 'BTC', 'down', -2000000000.0)}),
    ('Bitcoin options open interest on Deribit is at $45 billion.',
     {(OI, 'BTC', 'at', 45000000000.0)}),
    ("Ether's futures open interest has risen by $4 billion since Monday.",
     {(OI, 'ETH', 'up', 4000000000.0)}),
    ("Bitcoin's OI on Binance stands at 105,000 BTC.",
     {(OI, 'BTC', 'at', 105000)}),
    ('Open interest in ether futures slid 6% to $55 billion as traders cut leverage.',
     {(OI, 'ETH', 'at', 55000000000.0), (OI, 'ETH', 'down', -6)}),
    ("Bitcoin's open interest has surged to its highest level since March at $85 billion.",
     {(OI, 'BTC', 'at', 85000000000.0)}),
    ('Open interest for bitcoin futures on the Chicago Mercantile Exchange reached $17 billion.',
     {(OI, 'BTC', 'at', 17000000000.0)}),
    ('Bitcoin futures open interest is little changed at $79 billion.',
     {(OI, 'BTC', 'at', 79000000000.0)}),
    ('Bitcoin open interest fell from $86 billion to $80 billion over the week.',
     {(OI, 'BTC', 'at', 80000000000.0)}),
    ('Open interest (OI) in bitcoin futures climbed to a record high of $94 billion.',
     {(OI, 'BTC', 'at', 94000000000.0)}),
    ('Bitcoin futures open interest across all exchanges jumped by 10% to $70 billion.',
     {(OI, 'BTC', 'at', 70000000000.0), (OI, 'BTC', 'up', 10)}),
    ('Ether OI has dropped by over $2 billion since Friday.',
     {(OI, 'ETH', 'down', -2000000000.0)}),
    ('Bitcoin open interest rose to 560,000 BTC, per CryptoQuant.',
     {(OI, 'BTC', 'at', 560000)}),
    ('Bitcoin open interest jumped 17% in the past 24 hours to $88 billion, according to CoinGlass.',
     {(OI, 'BTC', 'at', 88000000000.0), (OI, 'BTC', 'up', 17)}),
    ('Ether futures open interest topped $60 billion for the first time.',
     {(OI, 'ETH', 'above', 60000000000.0)}),
    ('Rising open interest in bitcoin futures shows leverage returning.',
     {(OI, 'BTC', 'up', None)}),
    ("Bitcoin's open interest has surged 40% since September.",
     {(OI, 'BTC', 'up', 40)}),
    ('XRP futures carry $8 billion in open interest.',
     {(OI, 'XRP', 'at', 8000000000.0)}),
    ('Total open interest in ether options stands at $12 billion on Deribit.',
     {(OI, 'ETH', 'at', 12000000000.0)}),
    ('The notional open interest in CME bitcoin futures is $15 billion.',
     {(OI, 'BTC', 'at', 15000000000.0)}),
    ('Traders hold 20,000 BTC of open interest in the $120,000 call expiring Friday.',
     {(OI, 'BTC', 'at', 20000)}),
    ('BTC open interest: $81.3 billion (up 2.1% over 24 hours)',
     {(OI, 'BTC', 'at', 81300000000.0), (OI, 'BTC', 'up', 2.1)}),
    ('Open interest in bitcoin calls at the $150,000 strike keeps climbing.',
     {(OI, 'BTC', 'up', None)}),
    ('Bitcoin rose 2% to $115,000. Total crypto open interest rose to $180 billion.',
     {(OI, None, 'at', 180000000000.0)}),
]

OTHER = [
    ("The S&P 500's RSI climbed to 72 as tech stocks rallied, while bitcoin slipped.",
     set()),
    ("Nvidia's RSI hit 81 on Wednesday, a reading bitcoin traders are watching.",
     set()),
    ('The bitcoin mining startup raised $10 million in funding from venture investors.',
     set()),
    ('The Fed kept interest rates at 4.5%, and bitcoin barely moved.',
     set()),
    ('A Series A funding round of $25 million valued the exchange at $300 million.',
     set()),
    ('Bitcoin slipped 1% after the central bank raised interest rates by 0.25%.',
     set()),
    ("Options open interest is concentrated at the $120,000 strike for bitcoin's September expiry.",
     set()),
    ("Bitcoin's RSI has formed a bearish divergence with price.",
     set()),
    ("Bitcoin's Stochastic RSI is at 95 on the daily chart.",
     set()),
    ("Gold's RSI reached 85 this week, while bitcoin held steady near $115,000.",
     set()),
    ("Bitcoin's Bollinger Bands have tightened to their narrowest since July.",
     set()),
    ("Bitcoin's funding rate reset to neutral after the weekend flush.",
     set()),
    ('The startup closed a funding round led by Paradigm, as bitcoin rose 2%.',
     set()),
    ('The project secured $40 million in Series B funding.',
     set()),
    ('The put-call open interest ratio for bitcoin options stands at 0.55.',
     set()),
    ("The Nasdaq's RSI is near 70, and bitcoin traded flat at $112,000.",
     set()),
    ("The Fed's interest rate decision on Wednesday could move bitcoin.",
     set()),
    ('Higher interest rates weigh on risk assets such as bitcoin.',
     set()),
    ('The exchange raised $50 million in funding at a $1 billion valuation.',
     set()),
    ("Ether's staking rate is at 3.2%.",
     set()),
    ('The Fed cut interest rates by 25 basis points, and bitcoin rallied 3%.',
     set()),
    ('The venture firm led a $30 million funding round for the bitcoin layer-2 project.',
     set()),
    ("Apple's 50-day moving average sits at $230, while bitcoin trades at $112,000.",
     set()),
    ("Bitcoin's daily RSI has been hovering between 40 and 60.",
     set()),
    ('Falling open interest alongside negative funding is a classic squeeze setup.',
     set()),
    ('An RSI above 70 is typically considered overbought, while a reading below 30 signals oversold conditions.',
     set()),
    ('A funding rate above 0.01% means longs are paying shorts.',
     set()),
    ('When funding turns negative, shorts pay longs.',
     set()),
    ('RSI readings above 80 have historically marked bitcoin tops.',
     set()),
    ('Funding rates above 0.05% have preceded every major bitcoin correction this year.',
     set()),
    ('A golden cross occurs when the 50-day moving average crosses above the 200-day.',
     set()),
    ('Congress passed a government funding bill, and bitcoin rose 1%.',
     set()),
]


def _ids(rows: list) -> list[str]:
    return [text[:60] for text, _ in rows]


@pytest.mark.parametrize(("text", "expected"), RSI, ids=_ids(RSI))
def test_rsi_in_outlet_wordings(text: str, expected: set) -> None:
    assert agrees(expected, found(text)), found(text)


@pytest.mark.parametrize(("text", "expected"), LINES, ids=_ids(LINES))
def test_moving_averages_in_outlet_wordings(text: str, expected: set) -> None:
    assert agrees(expected, found(text)), found(text)


@pytest.mark.parametrize(("text", "expected"), MACD_BANDS, ids=_ids(MACD_BANDS))
def test_macd_and_bollinger_in_outlet_wordings(text: str, expected: set) -> None:
    assert agrees(expected, found(text)), found(text)


@pytest.mark.parametrize(("text", "expected"), FUNDING, ids=_ids(FUNDING))
def test_funding_in_outlet_wordings(text: str, expected: set) -> None:
    assert agrees(expected, found(text)), found(text)


@pytest.mark.parametrize(("text", "expected"), OI, ids=_ids(OI))
def test_open_interest_in_outlet_wordings(text: str, expected: set) -> None:
    assert agrees(expected, found(text)), found(text)


@pytest.mark.parametrize(("text", "expected"), OTHER, ids=_ids(OTHER))
def test_look_alikes_are_no_claims_of_these_kinds(text: str, expected: set) -> None:
    assert agrees(expected, found(text)), found(text)


def test_each_venue_named_after_its_rate_keeps_that_rate() -> None:
    rates = {(c.venue, c.value) for c in claims_in("Bitcoin's funding rate was 0.0100% on Binance, 0.0085% on Bybit and 0.0062% on OKX.")}
    assert rates == {("Binance", 0.01), ("Bybit", 0.0085), ("OKX", 0.0062)}


def test_a_rate_reported_from_a_data_source_is_attributed() -> None:
    (claim,) = claims_in("Solana's perpetual funding rate rose to 0.03%, data from Coinglass showed.")
    assert claim.modality is Modality.attributed


def test_a_gauge_of_another_market_gives_no_coin_its_reading() -> None:
    assert claims_in("Nvidia's RSI hit 81 on Wednesday, a reading bitcoin traders are watching.") == []
    (claim,) = claims_in("Bitcoin's RSI hit 81 on Wednesday, while Nvidia slipped.")
    assert (claim.asset, claim.value) == ("BTC", 81)


def test_the_week_a_reading_was_taken_is_not_its_timeframe() -> None:
    (claim,) = claims_in("Bitcoin's RSI climbed to 72 this week, its highest since July.")
    assert (claim.timeframe or "1d", claim.value) == ("1d", 72)
    (weekly,) = claims_in("Bitcoin's weekly RSI climbed to 72.")
    assert weekly.timeframe == "1w"


def test_a_later_move_through_a_line_is_its_own_claim() -> None:
    found_ = sorted(claims_in("Bitcoin's daily RSI fell to about 19 on Friday's close, one of the deepest readings this cycle, "
                              "before rebounding above 30."), key=lambda c: c.span)
    assert [(c.comparator, c.value) for c in found_] == [(Comparator.at, 19), (Comparator.crossed_above, 30)]
    assert found_[1].text.endswith("above 30")


def test_a_line_level_off_its_coins_scale_moves_with_its_position() -> None:
    text = ("Bitcoin fell 3% to $88,100 on Tuesday. Ether dropped 5% to $2,950.\n\n"
            "The price also slipped back under the 20-day exponential moving average near $92,600.")
    assert {c.asset for c in claims_in(text)} == {"BTC"}
