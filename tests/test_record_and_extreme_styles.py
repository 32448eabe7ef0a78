"""Records and session extremes in styles the other record tests do not cover: wire leads, title-case
headlines, X threads and stat lines, TA blogs, Korean and Indian sites in English with prices in won
or rupees, ETH/SOL/XRP/BNB records, "ATH" in brackets, record closes, distances "shy of" a record,
"24h high/low" lines, wire "fell as much as x% to $Y", and moves told after a touch.

Every sentence is written for these tests. Each row lists every claim of the tested kind a reader
takes from it, no more and no fewer, following corpus/README.md: a record is its level (`at`; the
previous peak's level when a new record is said to have passed it), its distance below in %
(`below`, `null` for "well below"), or a first crossing of a level (`crossed_above`). A record of
another series (inflows, open interest, hashrate, volume), a record of another market, a record told
as history ("then-record"), a record forecast, and "highest since May" are no price record.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, ClaimKind, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)

RECORDS = [
    # headlines in title case, "ATH" in brackets
    ("Bitcoin (BTC) Hits All-Time High (ATH) Of $126,198 As Uptober Rally Extends", [("BTC", "at", 126198, "USD")]),
    ("Bitcoin Breaks Record, Tops $111K For First Time", [("BTC", "crossed_above", 111000, "USD")]),
    ("ETH Hits Record $4,956, Surpassing 2021 Peak", [("ETH", "at", 4956, "USD")]),
    ("Solana Soars To Fresh All-Time High Of $295 As ETF Hopes Build", [("SOL", "at", 295, "USD")]),
    # wires and record levels of other coins
    ("BNB climbed to a record $1,370 on Monday, exchange data showed.", [("BNB", "at", 1370, "USD")]),
    ("BNB rose to an all-time high of $1,375 on Binance late Sunday.", [("BNB", "at", 1375, "USD")]),
    ("Solana's all-time high (ATH) of $294.33 was set in January.", [("SOL", "at", 294.33, "USD")]),
    ("Ethereum printed a new all-time high near $4,950 on Sunday.", [("ETH", "at", 4950, "USD")]),
    ("Bitcoin's new record high of $112,000 came hours after the vote.", [("BTC", "at", 112000, "USD")]),
    ("Bitcoin's record stands at $126,080, set on Oct. 6.", [("BTC", "at", 126080, "USD")]),
    ("The token, XRP, hit a record peak of $3.66 in July.", [("XRP", "at", 3.66, "USD")]),
    ("Ether set a fresh record of $4,955 in August, eclipsing its 2021 high.", [("ETH", "at", 4955, "USD")]),
    ("Bitcoin notched a new lifetime high at $109,350 in early trade.", [("BTC", "at", 109350, "USD")]),
    ("Bitcoin reached a record intraday high of $109,588 on Jan. 20.", [("BTC", "at", 109588, "USD")]),
    ("Ether hit an all-time intraday peak of $4,956 in August.", [("ETH", "at", 4956, "USD")]),
    ("Bitcoin rose to a fresh all-time high slightly above $75,000 on Wednesday.", [("BTC", "crossed_above", 75000, "USD")]),
    # record closes
    ("XRP posted a record close of $3.56 on Friday.", [("XRP", "at", 3.56, "USD")]),
    ("Bitcoin closed at a record $124,700 on Monday.", [("BTC", "at", 124700, "USD")]),
    ("Bitcoin notched its highest-ever weekly close at $123,300.", [("BTC", "at", 123300, "USD")]),
    # records in won and rupees
    ("Bitcoin set a fresh record of 178 million won on Upbit on Monday morning.", [("BTC", "at", 178000000, "KRW")]),
    ("Bitcoin rose to a new lifetime high of Rs 1.05 crore on CoinDCX.", [("BTC", "at", 10500000, "INR")]),
    ("Ether hit a record of 6.9 million won on Bithumb.", [("ETH", "at", 6900000, "KRW")]),
    ("Bitcoin hits new all-time high in rupee terms on WazirX", [("BTC", "crossed_above", None, None)]),
    # the previous record a new one passed
    ("Bitcoin climbed past $112,000 on Wednesday, surpassing its previous peak of $111,970 set in May.",
     [("BTC", "at", 111970, "USD")]),
    ("Ether finally bettered its November 2021 record of $4,891 on Friday.", [("ETH", "at", 4891, "USD")]),
    ("Bitcoin (BTC) climbed to a new record high of $112,000 on July 10, surpassing the previous high of $111,970 set on May 22.",
     [("BTC", "at", 112000, "USD"), ("BTC", "at", 111970, "USD")]),
    # first crossings
    ("Bitcoin crossed $100,000 for the first time on Thursday.", [("BTC", "crossed_above", 100000, "USD")]),
    ("For the first time ever, ether traded above $5,000.", [("ETH", "crossed_above", 5000, "USD")]),
    ("Bitcoin scaled new heights on Tuesday, topping $118,000 for the first time.", [("BTC", "crossed_above", 118000, "USD")]),
    ("Bitcoin soared past $100,000 to a new record on Thursday.", [("BTC", "crossed_above", 100000, "USD")]),
    ("Bitcoin traded at its highest level ever on Sunday, above $125,000.", [("BTC", "crossed_above", 125000, "USD")]),
    # distances below the record
    ("Bitcoin is now 12% shy of its record.", [("BTC", "below", 12, "%")]),
    ("Ether sits roughly 18% beneath its August all-time high of $4,956.", [("ETH", "below", 18, "%"), ("ETH", "at", 4956, "USD")]),
    ("BTC has retraced 28% from its ATH of $126K.", [("BTC", "below", 28, "%"), ("BTC", "at", 126000, "USD")]),
    ("Bitcoin remains about 22% off the peak it set in October.", [("BTC", "below", 22, "%")]),
    ("XRP is trading 40% below its all-time high of $3.84 set in January 2018.", [("XRP", "below", 40, "%"), ("XRP", "at", 3.84, "USD")]),
    ("Bitcoin sits 14.5% below its peak of $126,200.", [("BTC", "below", 14.5, "%"), ("BTC", "at", 126200, "USD")]),
    ("Bitcoin has fallen 30 percent from its all-time peak.", [("BTC", "below", 30, "%")]),
    ("BTC is only 5% away from its record.", [("BTC", "below", 5, "%")]),
    ("Bitcoin remains well below its record high.", [("BTC", "below", None, None)]),
    ("Solana is down 45% from its all-time high (ATH).", [("SOL", "below", 45, "%")]),
    ("BTC is down 30% from ATH after the crash.", [("BTC", "below", 30, "%")]),
    ("Bitcoin hovers 10% under ATH.", [("BTC", "below", 10, "%")]),
    ("Bitcoin is trading at a 20% discount to its all-time high.", [("BTC", "below", 20, "%")]),
    ("Bitcoin's all-time high remains $126,080, set in October.", [("BTC", "at", 126080, "USD")]),
    # stat lines of X threads and TA blogs
    ("BTC ATH: $126,080 (Oct 6, 2025)", [("BTC", "at", 126080, "USD")]),
    ("Ethereum — ATH $4,956 | Distance from ATH: -38%", [("ETH", "at", 4956, "USD"), ("ETH", "below", 38, "%")]),
    # records of other series, of other markets, told as history or forecast: no price record
    ("Ether ETFs saw all-time high weekly inflows of $2.1 billion.", []),
    ("Open interest in ether futures hit a fresh record of $70 billion.", []),
    ("Bitcoin's hashrate reached a new all-time high of 1.1 ZH/s.", []),
    ("Back in 2017, bitcoin set a then-record near $20,000.", []),
    ("Analysts expect bitcoin to hit a new all-time high above $150,000 by year-end.", []),
    ("Bitcoin rose to $104,000, its highest since May.", []),
    ("Stablecoin supply on Ethereum reached an all-time high of $160 billion.", []),
    ("Upbit's bitcoin trading volume set a record on Tuesday.", []),
    ("Bitcoin could set a fresh record if the Fed cuts rates.", []),
    ("Ether's staking ratio hit an all-time high of 29%.", []),
    ("Gold hit a record $4,300 an ounce on Friday as bitcoin fell.", []),
    ("The Nasdaq closed at a record high while ether slipped 2%.", []),
    ("Bitcoin miners' revenue hit a record in October.", []),
    ("Bitcoin set a new record for weekly ETF inflows.", []),
    ("Bitcoin's ETF record stands at $1.38 billion in a single day.", []),
    ("Bitcoin traded above $100,000 again, for the first time since May.", []),
]

EXTREMES = [
    # 24h stat lines and ranges
    ("BTC 24h high/low: $97,420 / $94,880", [("intraday_high", "BTC", "at", 97420), ("intraday_low", "BTC", "at", 94880)]),
    ("ETH/USDT — 24h High: $3,512.40 | 24h Low: $3,401.15",
     [("intraday_high", "ETH", "at", 3512.4), ("intraday_low", "ETH", "at", 3401.15)]),
    ("Bitcoin's intraday range: $91,200–$93,750.", [("intraday_low", "BTC", "at", 91200), ("intraday_high", "BTC", "at", 93750)]),
    ("BTC recorded a 24-hour high of $67,450 and a low of $65,980.",
     [("intraday_high", "BTC", "at", 67450), ("intraday_low", "BTC", "at", 65980)]),
    ("BTC's 24-hour low sits at $93,200 while the high is $95,900.",
     [("intraday_low", "BTC", "at", 93200), ("intraday_high", "BTC", "at", 95900)]),
    # session lows
    ("Bitcoin slumped to a low of $83,900 on Friday.", [("intraday_low", "BTC", "at", 83900)]),
    ("BTC hit a session low of $86,120 in early European trade.", [("intraday_low", "BTC", "at", 86120)]),
    ("Bitcoin wicked down to $80,600 on Binance before buyers stepped in.", [("intraday_low", "BTC", "at", 80600)]),
    ("Bitcoin's day's low was $88,050.", [("intraday_low", "BTC", "at", 88050)]),
    ("The 24-hour low for ether was $3,720, CoinMarketCap data show.", [("intraday_low", "ETH", "at", 3720)]),
    ("Bitcoin slipped to $78,000 after touching $75,720 earlier in the session.", [("intraday_low", "BTC", "at", 75720)]),
    ("Bitcoin Tumbles To $85K Low As Liquidations Mount", [("intraday_low", "BTC", "at", 85000)]),
    ("Ether sank to an intraday low of 4.1 million won on Upbit.", [("intraday_low", "ETH", "at", 4100000)]),
    ("BTC bottomed out near $74,500 on Monday.", [("intraday_low", "BTC", "at", 74500)]),
    ("Bitcoin dropped as low as Rs 72 lakh on CoinSwitch.", [("intraday_low", "BTC", "at", 7200000)]),
    ("BNB hit a daily low of $612 on Tuesday.", [("intraday_low", "BNB", "at", 612)]),
    ("Ether plunged to a session low near $2,400.", [("intraday_low", "ETH", "at", 2400)]),
    ("Solana slipped to $142 at its lowest on Wednesday.", [("intraday_low", "SOL", "at", 142)]),
    ("Bitcoin fell as much as 5.1% to $91,200 on Tuesday.", [("intraday_low", "BTC", "at", 91200)]),
    ("Bitcoin dipped as far as $81,200 on Friday.", [("intraday_low", "BTC", "at", 81200)]),
    ("Bitcoin was last at $91,200 after falling to $89,800 earlier.", [("intraday_low", "BTC", "at", 89800)]),
    ("BTC | Today's low: $86,900 | Today's high: $89,750", [("intraday_low", "BTC", "at", 86900), ("intraday_high", "BTC", "at", 89750)]),
    ("XRP dropped to a day's low of $2.08.", [("intraday_low", "XRP", "at", 2.08)]),
    ("Ethereum's low for the day was $3,820.", [("intraday_low", "ETH", "at", 3820)]),
    ("Bitcoin briefly dipped below $90,000, bottoming at $89,410.", [("intraday_low", "BTC", "at", 89410)]),
    ("Bitcoin slumped to a session trough of $78,300.", [("intraday_low", "BTC", "at", 78300)]),
    ("Ether rebounded after sliding to $2,710 overnight.", [("intraday_low", "ETH", "at", 2710)]),
    ("Ether pared losses after touching $2,950 earlier in the day.", [("intraday_low", "ETH", "at", 2950)]),
    # session highs
    ("Bitcoin pared gains after touching $99,000 earlier.", [("intraday_high", "BTC", "at", 99000)]),
    ("Solana's intraday peak was $187.40.", [("intraday_high", "SOL", "at", 187.4)]),
    ("XRP spiked to a 24-hour high of $2.61.", [("intraday_high", "XRP", "at", 2.61)]),
    ("Ether rallied overnight. The price peaked around $3,450 in the early hours.", [("intraday_high", "ETH", "at", 3450)]),
    ("Bitcoin touched a high of $104,800 before retreating.", [("intraday_high", "BTC", "at", 104800)]),
    ("Bitcoin topped at $98,900 on Thursday before profit-taking set in.", [("intraday_high", "BTC", "at", 98900)]),
    ("Bitcoin climbed to an intraday top of $71,100.", [("intraday_high", "BTC", "at", 71100)]),
    ("Ether rose as much as 8% to $3,100 in Asian trading.", [("intraday_high", "ETH", "at", 3100)]),
    ("Bitcoin's high for the session came at $87,700.", [("intraday_high", "BTC", "at", 87700)]),
    ("Bitcoin hit an intraday peak of $92,300 on Coinbase during U.S. hours.", [("intraday_high", "BTC", "at", 92300)]),
    ("Bitcoin Jumps To $97K High Before Sellers Return", [("intraday_high", "BTC", "at", 97000)]),
    ("Bitcoin briefly traded at $100,600 before retreating.", [("intraday_high", "BTC", "at", 100600)]),
    ("Ether rallied as far as $3,100 in early trade.", [("intraday_high", "ETH", "at", 3100)]),
    ("Bitcoin's intraday peak on Tuesday was $104,900.", [("intraday_high", "BTC", "at", 104900)]),
    ("Ether rose 3% to $3,040 after touching $3,175 in early trade.", [("intraday_high", "ETH", "at", 3175)]),
    ("ETH 24h low / high: $3,401 / $3,512", [("intraday_low", "ETH", "at", 3401), ("intraday_high", "ETH", "at", 3512)]),
    # forecasts of an extreme and a level crossed: no intraday extreme
    ("Bitcoin could test a high of $100,000 this week.", []),
    ("If bitcoin falls to a low of $80,000, liquidations could top $2 billion.", []),
    ("Bitcoin's 52-week range is wide, with its price now above $90,000.", []),
    ("Bitcoin fell below the $73,800 March high on Friday.", []),
    ("Bitcoin reached a record intraday high of $109,588 on Jan. 20.", []),
    ("Bitcoin rallied after Strategy bought $1.1 billion of bitcoin.", []),
]


def _article(text: str) -> Article:
    return Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")


def _ids(value: object) -> str:
    return value[:60] if isinstance(value, str) else ""


@pytest.mark.parametrize(("sentence", "expected"), RECORDS, ids=_ids)
def test_record_style(sentence: str, expected: list[tuple]) -> None:
    rows = [(c.asset, c.comparator.value, None if c.value is None else round(c.value, 6), c.unit)
            for c in extract(_article(sentence)) if c.kind is ClaimKind.all_time_high]
    assert sorted(rows, key=repr) == sorted(expected, key=repr)


@pytest.mark.parametrize(("sentence", "expected"), EXTREMES, ids=_ids)
def test_session_extreme_style(sentence: str, expected: list[tuple]) -> None:
    kinds = {ClaimKind.intraday_high, ClaimKind.intraday_low}
    rows = [(c.kind.value, c.asset, c.comparator.value, round(c.value, 6)) for c in extract(_article(sentence)) if c.kind in kinds]
    assert sorted(rows, key=repr) == sorted(expected, key=repr)


@pytest.mark.parametrize("sentence", ["BTC 24h high/low: $97,420 / $94,880", "BTC 24h low/high: $94,880 / $97,420",
                                      "Bitcoin ranged from $94,880 to $97,420 over the past 24 hours"])
def test_each_extreme_of_a_day_range_carries_its_own_figure(sentence: str) -> None:
    """The report highlights a claim's words: each extreme's words hold its own figure, whichever is written first."""
    kinds = {ClaimKind.intraday_high: "$97,420", ClaimKind.intraday_low: "$94,880"}
    found = [c for c in extract(_article(sentence)) if c.kind in kinds]
    assert sorted(c.kind.value for c in found) == ["intraday_high", "intraday_low"]
    for claim in found:
        assert kinds[claim.kind] in claim.text and sentence[claim.span[0] : claim.span[1]] == claim.text


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Bitcoin's record stands at $126,080, set on Oct. 6.", "2025-10-06"),
        ("Solana's all-time high (ATH) of $294.33 was set in January.", "2025-01"),
        ("Bitcoin climbed past $112,000 on Wednesday, surpassing its previous peak of $111,970 set in May.", "2025-05"),
        ("Bitcoin (BTC) climbed to a new record high of $112,000 on July 10, surpassing the previous high of $111,970.", "2025-07-10"),
    ],
)
def test_record_date_in_these_styles(sentence: str, day: str) -> None:
    """The first record named takes the date written beside it, not the day of another claim."""
    claim = min((c for c in extract(_article(sentence)) if c.kind is ClaimKind.all_time_high and c.unit == "USD"), key=lambda c: c.span)
    assert claim.record_time is not None and claim.record_time.start.strftime("%Y-%m-%d").startswith(day)


def test_a_date_after_the_passed_record_is_not_the_new_ones() -> None:
    (claim,) = [c for c in extract(_article("ETH Hits Record $4,956, Surpassing 2021 Peak")) if c.kind is ClaimKind.all_time_high]
    assert claim.record_time is None
