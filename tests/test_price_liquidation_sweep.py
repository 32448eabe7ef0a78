"""A style sweep over price levels, price moves and liquidations: the same three claim kinds as
wires, crypto outlets, Asian outlets in English, exchange blogs and promo pages write them, and
the dollar figures near them that are no claim of these kinds (share prices, fund sizes, flows,
fees, hacks, transfers, presale prices, other markets).

Every snippet is written for these tests. Each row lists every price_level, price_change and
liquidations claim a reader takes from it, as corpus/README.md annotates them: a price in won or
yen keeps its currency's number, a bracketed conversion repeats the price, a count of traders is
no dollar figure, "nearly"/"about" are `at`, "over"/"topped" are `above`.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, Claim, ClaimKind, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)  # a Thursday
SWEPT = {ClaimKind.price_level, ClaimKind.price_change, ClaimKind.liquidations}


def claims_in(text: str) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if c.kind in SWEPT]


def rows(text: str) -> list[tuple]:
    found = set()
    for c in claims_in(text):
        value = None if c.value is None else round(c.value, 6)
        row = (c.kind.value, c.asset, c.comparator.value, value)
        if c.kind is ClaimKind.liquidations:
            row += (c.side or "total",)
        found.add(row)  # a restatement of the same claim counts once
    return sorted(found, key=repr)


def _ids(value: object) -> str:
    return value[:60] if isinstance(value, str) else ""


# Short row builders keep the tables readable: L a level, C a move, Q liquidations.
def L(asset: str | None, comparator: str, value: float) -> tuple:
    return ("price_level", asset, comparator, value)


def C(asset: str | None, comparator: str, value: float) -> tuple:
    return ("price_change", asset, comparator, value)


def Q(asset: str | None, comparator: str, value: float, side: str = "total") -> tuple:
    return ("liquidations", asset, comparator, value, side)


# Prices in local currencies and pair notation.
LOCAL_AND_PAIRS = [
    ("Bitcoin was trading at 150 million won on Upbit as of 10 a.m. Seoul time.", [L("BTC", "at", 150e6)]),
    ("On bitFlyer, bitcoin changed hands at 14.2 million yen on Thursday morning.", [L("BTC", "at", 14.2e6)]),
    ("Ether was priced at ₹2.9 lakh on CoinDCX, down 2% over 24 hours.", [L("ETH", "at", 290000), C("ETH", "down", -2)]),
    ("XRP last traded at 3,250 won on Bithumb.", [L("XRP", "at", 3250)]),
    ("Bitcoin fell 2% to 13.9 million yen in Tokyo trade.", [C("BTC", "down", -2), L("BTC", "at", 13.9e6)]),
    ("BTC/USD was last seen at $91,450 on Bitstamp.", [L("BTC", "at", 91450)]),
    ("ETH/USDT changed hands at $3,020, up 1.4% on the day.", [L("ETH", "at", 3020), C("ETH", "up", 1.4)]),
    ("Bitcoin hovered around $92,000 through the Asian session.", [L("BTC", "at", 92000)]),
    ("Bitcoin changed hands at around $91,300 in late New York trade.", [L("BTC", "at", 91300)]),
    ("BTC last traded at $90,150, down 0.9% on the session.", [L("BTC", "at", 90150), C("BTC", "down", -0.9)]),
    ("Bitcoin slipped early on Thursday. The largest cryptocurrency was last seen at $90,800, according to CoinGecko.",
     [L("BTC", "at", 90800)]),
    ("Bitcoin, the world's largest cryptocurrency by market value, rose 1.9% to $93,210 by 1400 GMT.",
     [C("BTC", "up", 1.9), L("BTC", "at", 93210)]),
    ("XRP is holding above $2.10 after a quiet week.", [L("XRP", "above", 2.10)]),
    ("Ether is trading near $3,000, roughly 38% below its all-time high.", [L("ETH", "at", 3000)]),
    ("Bitcoin was trading at ₹78,50,000 on WazirX, up 1.5% in 24 hours.", [L("BTC", "at", 7850000), C("BTC", "up", 1.5)]),
    ("BTC/USDT is trading at 91,250 USDT on Binance.", [L("BTC", "at", 91250)]),
    ("1 BTC = ¥14,200,000 on bitFlyer this morning.", [L("BTC", "at", 14.2e6)]),
    # a lower rank before 'largest cryptocurrency' is not bitcoin
    ("XRP, the fourth-largest cryptocurrency, rose 4% to $2.30.", [C("XRP", "up", 4), L("XRP", "at", 2.30)]),
    ("The world's largest cryptocurrency rose 2% to $92,000.", [C("BTC", "up", 2), L("BTC", "at", 92000)]),
    # a rise 'over' a level ends above it, as 'more than' does; 'above' after a verb of moving crosses it
    ("Bitcoin Climbs Over $71K on Ether ETF Hopes", [L("BTC", "above", 71000)]),
    ("Ether jumped over $4,000 on Monday.", [L("ETH", "above", 4000)]),
    ("Bitcoin climbed back above $69,000.", [L("BTC", "crossed_above", 69000)]),
    ("Bitcoin crashed over $2,000 within minutes.", [C("BTC", "down", -2000)]),
    # a headline's price restated with more decimals in the body is one claim
    ("Solana climbs to $145\n\nSolana was trading at $145.4 on Wednesday morning.", [L("SOL", "at", 145.4)]),
]

# Several coins in one sentence, tickers in brackets, quote tables and bullets.
SEVERAL_COINS = [
    ("ETH rose 3% to $3,100 while SOL fell 2% to $180.",
     [C("ETH", "up", 3), L("ETH", "at", 3100), C("SOL", "down", -2), L("SOL", "at", 180)]),
    ("Solana (SOL) gained 4.2% to $142.30, and XRP added 1.1% to $2.18.",
     [C("SOL", "up", 4.2), L("SOL", "at", 142.30), C("XRP", "up", 1.1), L("XRP", "at", 2.18)]),
    ("BNB climbed 2.5% to $905, while dogecoin (DOGE) dropped 3% to $0.16.",
     [C("BNB", "up", 2.5), L("BNB", "at", 905), C("DOGE", "down", -3), L("DOGE", "at", 0.16)]),
    ("Ethereum (ETH) trades at $3,045 after a 2.2% drop in the past 24 hours.", [L("ETH", "at", 3045), C("ETH", "down", -2.2)]),
    ("Dogecoin (DOGE) jumped 9% to $0.41 in 24 hours.", [C("DOGE", "up", 9), L("DOGE", "at", 0.41)]),
    ("BTC is down 2.3% at $88,700 at the time of writing.", [C("BTC", "down", -2.3), L("BTC", "at", 88700)]),
    ("Market snapshot\n\nBTC: $97,420 (+2.1%)\n\nETH: $3,215 (-0.6%)\n\nSOL: $188.40 (+4.3%)",
     [L("BTC", "at", 97420), C("BTC", "up", 2.1), L("ETH", "at", 3215), C("ETH", "down", -0.6),
      L("SOL", "at", 188.40), C("SOL", "up", 4.3)]),
    ("Prices at 8 a.m. UTC:\n\n- Bitcoin: $91,250, down 1.2% in 24 hours\n\n- Ether: $3,020, up 0.4%",
     [L("BTC", "at", 91250), C("BTC", "down", -1.2), L("ETH", "at", 3020), C("ETH", "up", 0.4)]),
    ("ETH price: $3,120.45 | 24h change: +1.8% | Market cap: $376B",
     [L("ETH", "at", 3120.45), C("ETH", "up", 1.8)]),
]

# Moves with their windows.
WINDOWS = [
    ("Bitcoin has fallen 8% over the past week to about $89,000.", [C("BTC", "down", -8), L("BTC", "at", 89000)]),
    ("Ether is up 12% since Monday.", [C("ETH", "up", 12)]),
    ("Solana has gained 35% year-to-date.", [C("SOL", "up", 35)]),
    ("XRP was down 3.4% on the day at $2.11.", [C("XRP", "down", -3.4), L("XRP", "at", 2.11)]),
    ("Bitcoin is down 9% this month.", [C("BTC", "down", -9)]),
    ("BTC has lost 4.5% in the last seven days, CoinMarketCap data show.", [C("BTC", "down", -4.5)]),
    ("Ripple's XRP jumped 7% to $2.45 over the past week.", [C("XRP", "up", 7), L("XRP", "at", 2.45)]),
    ("Ether ETFs recorded outflows of $79 million, while ether itself fell 1.5%.", [C("ETH", "down", -1.5)]),
    ("Nvidia stock fell 3% as bitcoin gained 1.5%.", [C("BTC", "up", 1.5)]),
    # a dollar move told with the bare direction word is a move, not a level
    ("Bitcoin's price is up by $2,000 today.", [C("BTC", "up", 2000)]),
    ("Ether is down by $150 since Monday.", [C("ETH", "down", -150)]),
    # the same move over two windows is two claims
    ("BTC: $78,040 (-7.0% in 24 hours). Bitcoin is down 7% on the day.", [L("BTC", "at", 78040), C("BTC", "down", -7), C("BTC", "down", -7)]),
]

# Liquidations: sides, counts of traders, single orders, venues.
LIQUIDATIONS = [
    ("$450 million in leveraged positions were wiped out over the past 24 hours, according to CoinGlass.",
     [Q(None, "at", 450e6)]),
    ("Liquidations across crypto hit $420 million in 24 hours. Longs accounted for $300 million of the total.",
     [Q(None, "at", 420e6), Q(None, "at", 300e6, "long")]),
    ("Over 120,000 traders were liquidated in the past day, with the total coming to $780 million.",
     [Q(None, "at", 780e6)]),
    # the squeeze is not said to be bitcoin's alone: the bets are across the market
    ("A short squeeze liquidated $220 million of bearish bets as bitcoin jumped above $95,000.",
     [Q(None, "at", 220e6, "short"), L("BTC", "crossed_above", 95000)]),
    ("Bitcoin longs worth $150 million were liquidated on Friday.", [Q("BTC", "at", 150e6, "long")]),
    ("Short sellers lost $95 million to liquidations in the past 12 hours.", [Q(None, "at", 95e6, "short")]),
    ("Total liquidations topped $1 billion, CoinGlass data showed.", [Q(None, "above", 1e9)]),
    ("Nearly $600 million worth of long positions were flushed out.", [Q(None, "at", 600e6, "long")]),
    ("Ether saw $130 million in liquidations, mostly longs.", [Q("ETH", "at", 130e6)]),
    ("More than 95,000 traders were liquidated over the past 24 hours.", []),
    ("Liquidations across crypto topped $500 million as bitcoin slid. Of that, $380 million were longs.",
     [Q(None, "above", 500e6), Q(None, "at", 380e6, "long")]),
    ("Liquidations totaled $910 million, with longs making up $700 million.", [Q(None, "at", 910e6), Q(None, "at", 700e6, "long")]),
    ("Liquidations totaled $910 million, with longs accounting for $700 million.", [Q(None, "at", 910e6), Q(None, "at", 700e6, "long")]),
    ("CoinGlass data show $350 million worth of leveraged positions liquidated in the past 24 hours.", [Q(None, "at", 350e6)]),
    ("Short liquidations amounted to $180 million, while long liquidations reached $60 million.",
     [Q(None, "at", 180e6, "short"), Q(None, "at", 60e6, "long")]),
    ("About $150 million of leveraged longs were forcibly closed on Binance.", [Q(None, "at", 150e6, "long")]),
    ("Roughly $270 million in shorts were liquidated as ether surged 8%.", [Q(None, "at", 270e6, "short"), C("ETH", "up", 8)]),
    # a verb of clearing with no positions in sight clears none: the figure is the price
    ("Bitcoin wiped out its weekly gains, falling 4% to $88,000.", [C("BTC", "down", -4), L("BTC", "at", 88000)]),
    ("$450 million was wiped out across crypto on Tuesday.", [Q(None, "at", 450e6)]),
    ("Over $500 million in crypto derivatives positions were liquidated.", [Q(None, "above", 500e6)]),
    ("The liquidation volume reached $1.1 billion over the past day.", [Q(None, "at", 1.1e9)]),
    ("Liquidations topped $1.5 billion in 24 hours, with long positions accounting for nearly $1.3 billion of the total.",
     [Q(None, "above", 1.5e9), Q(None, "at", 1.3e9, "long")]),
    ("Bitcoin led with $210 million in liquidations, followed by ether at $150 million.", [Q("BTC", "at", 210e6), Q("ETH", "at", 150e6)]),
    ("The market saw total liquidations of $1.1 billion, led by $780 million in longs.", [Q(None, "at", 1.1e9), Q(None, "at", 780e6, "long")]),
    ("In total, 168,000 traders were liquidated for $742 million.", [Q(None, "at", 742e6)]),
]

# Dollar figures near the coins that are no price, move or liquidation claim.
LOOK_ALIKES = [
    ("MicroStrategy (MSTR) shares rose 5% to $410 on Wednesday.", []),
    ("Coinbase (COIN) stock closed at $262.15, down 3.2%.", []),
    ("Shares of the iShares Bitcoin Trust (IBIT) traded at $52.40.", []),
    ("The token's presale price is $0.0125, rising to $0.0131 in the next stage.", []),
    ("Gold hit a record $4,100 an ounce, while the S&P 500 closed at 6,650.", []),
    ("Brent crude rose 2% to $78 a barrel.", []),
    ("The fund has $2.5 billion in assets under management.", []),
    ("Spot bitcoin ETFs saw $523 million in net inflows on Tuesday.", []),
    ("Ethereum gas fees fell to $0.40 per transaction.", []),
    ("The exchange pays its engineers a salary of $150,000 a year in bitcoin.", []),
    ("Hackers drained $1.5 billion in ETH from the exchange's cold wallet.", []),
    ("A whale transferred 5,000 BTC, worth about $455 million, to Coinbase.", []),
    ("Bitcoin miners earned $42 million in revenue on Wednesday.", []),
    ("The ETH/BTC ratio fell 2% to 0.033.", []),
    ("The kimchi premium widened to 3.5% on Upbit.", []),
    ("Ethereum's $4,000 call options saw heavy demand on Deribit.", []),
    ("Riot Platforms (RIOT) shares jumped 12% in premarket trading.", []),
    ("Strategy now holds 640,000 BTC, bought for an average of $74,000 each.", []),
    ("BlackRock's IBIT fell 4% to $49 in New York.", []),
    ("The protocol's TVL rose 8% to $12 billion.", []),
    ("Bitcoin open interest rose 5% to $62 billion.", []),
    ("Bitcoin trading volume jumped 40% to $85 billion.", []),
    ("USDT's circulating supply rose to $180 billion.", []),
    ("Bitcoin's hashprice fell to $45 per petahash per day.", []),
    ("Bitcoin's market value stands at $1.8 trillion.", []),
    ("The Nikkei 225 fell 2.1% and the yen weakened to 155 per dollar.", []),
    # coins the lexicon does not list, named as the subject of their own move: not bitcoin's figures
    ("Hyperliquid's HYPE token rose 6% to $38.", [C("HYPE", "up", 6), L("HYPE", "at", 38)]),
    ("The official Trump memecoin fell 10% to $12.", []),
    ("Sui rose 5% to $3.20 on Thursday.", [C("SUI", "up", 5), L("SUI", "at", 3.20)]),
    ("Elsewhere, Aptos jumped 9% to $4.10, while Sei slid 3%.", [C("APT", "up", 9), L("APT", "at", 4.10)]),
    ("Ethereum Classic rose 5% to $22.", [C("ETC", "up", 5), L("ETC", "at", 22)]),
    ("Bitcoin Cash gained 4% to $480.", [C("BCH", "up", 4), L("BCH", "at", 480)]),
    ("Layer-1 token Kaspa fell 6% to $0.09.", []),
    # other series of the market: volatility, fees, indexes, cross rates, the whole market
    ("Bitcoin's 30-day implied volatility rose 5%.", []),
    ("The average bitcoin transaction fee rose to $2.50.", []),
    ("Altcoins fared worse, with the CoinDesk 20 down 4%.", []),
    ("The ETH/BTC pair rose 4% to 0.035.", []),
    ("ETH/BTC fell 2% to 0.033.", []),
    ("The broader crypto market gained 2% on the day.", []),
    ("The token is priced at $0.05 in the current presale round.", []),
    ("Bitcoin's hashprice fell to $45 per petahash per day.", []),
    # the coin's own figures in the same sentences stay found
    ("CoinGecko data show it slipped 2% to $89,500.", [C("BTC", "down", -2), L("BTC", "at", 89500)]),
    ("In Asian trading, the price slipped 2% to $89,500.", [C("BTC", "down", -2), L("BTC", "at", 89500)]),
    ("Bitcoin fell 2% over the past day, while volatility rose.", [C("BTC", "down", -2)]),
    # a holder's deal in a quantity of coins, like a cost basis, is not the market's quote
    ("El Salvador bought 21 BTC at $91,500 each on Thursday.", []),
    ("The fund sold 2,000 ETH at $3,100, filings show.", []),
    ("Strategy's stock rose 4% to $341 while the bitcoin price climbed 1%.", [C("BTC", "up", 1)]),
    ("Bitcoin ended the week at $90,400, down 3.1% for the week.", [L("BTC", "at", 90400), C("BTC", "down", -3.1)]),
]

# Look-alikes sit in articles about a coin, so a figure without a coin of its own would be given that coin.
LEAD = "Bitcoin traded at $91,000 on Thursday. "
SWEEP = LOCAL_AND_PAIRS + SEVERAL_COINS + WINDOWS + LIQUIDATIONS + [
    (LEAD + text, [L("BTC", "at", 91000), *expected]) for text, expected in LOOK_ALIKES]


@pytest.mark.parametrize(("snippet", "expected"), SWEEP, ids=_ids)
def test_sweep(snippet: str, expected: list[tuple]) -> None:
    assert rows(snippet) == sorted(set(expected), key=repr)
