"""A style sweep of records and session extremes: how wires, crypto outlets, Korean, Japanese and
Indian sites in English, exchange blogs and TA pages write a record level, the previous peak, the
distance from the record, the day's or session's high and low, "its highest level since" with a
figure, and look-alikes that are neither (another market's record, a market-cap record, record
inflows or liquidations, a forecast record, an index's high, another coin's old peak).

Every snippet is written for these tests. Each row lists every claim of the tested kinds a reader
takes from it, no more and no fewer, following corpus/README.md: a record is its level (`at`), the
distance below it in % (`below`, `null` for "well short of"), or a first crossing (`crossed_above`,
`null` when no level is said); an extreme is the level the price reached in a window (`at`, or
`above`/`below` when the level is a bound: "a high of over $3,700").
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, ClaimKind, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)

ATH = "all_time_high"
HIGH = "intraday_high"
LOW = "intraday_low"

RECORDS = [
    # wires: a record level, with or without "high"
    ("Bitcoin hit a record $126,250 in early Asian trade on Monday, according to CoinGecko data.", [("BTC", "at", 126250, "USD")]),
    ("NEW YORK, Oct 6 (Reuters) - Bitcoin touched a record $125,700 on Sunday, extending a rally driven by ETF demand.",
     [("BTC", "at", 125700, "USD")]),
    ("Ether rose to a fresh all-time high of $4,946 on Sunday, topping the peak it set in November 2021.", [("ETH", "at", 4946, "USD")]),
    ("Bitcoin hit its highest ever level of $109,000 on Monday.", [("BTC", "at", 109000, "USD")]),
    ("ETH/USD printed an all-time high at $4,956 on Aug. 24, per TradingView.", [("ETH", "at", 4956, "USD")]),
    ("Bitcoin's lifetime high, $126,080, was set on October 6.", [("BTC", "at", 126080, "USD")]),
    ("XRP's highest-ever price of $3.84 came in January 2018.", [("XRP", "at", 3.84, "USD")]),
    ("Bitcoin peaked at $126,200 on Oct. 6, a record, before a sharp reversal.", [("BTC", "at", 126200, "USD")]),
    # the previous peak a new record went past
    ("Bitcoin eclipsed its previous peak of $109,114, set in January, on Thursday.", [("BTC", "at", 109114, "USD")]),
    ("Bitcoin jumped 5% on Tuesday. The prior ATH of $69,000 from November 2021 was finally taken out.", [("BTC", "at", 69000, "USD")]),
    ("XRP surpassed its 2018 all-time high of $3.40 on Friday.", [("XRP", "at", 3.4, "USD")]),
    ("Bitcoin climbed above its previous all-time high of $73,800 on Wednesday.", [("BTC", "at", 73800, "USD")]),
    ("Bitcoin's previous record, $73,798, was set in March.", [("BTC", "at", 73798, "USD")]),
    ("Bitcoin rallied past the old high of $69,000 set in 2021 to a new record.", [("BTC", "at", 69000, "USD")]),
    # record territory, first crossings, new peaks above a level
    ("Bitcoin pushed into record territory on Monday.", [("BTC", "crossed_above", None, None)]),
    ("Ether set a new peak above $4,900 on Friday.", [("ETH", "crossed_above", 4900, "USD")]),
    ("Bitcoin Breaks Past $100K, Setting All-Time High", [("BTC", "crossed_above", 100000, "USD")]),
    ("Bitcoin set a record high for a third straight day on Thursday.", [("BTC", "crossed_above", None, None)]),
    ("Bitcoin hit a record on Thursday as ETF inflows surged.", [("BTC", "crossed_above", None, None)]),
    ("Ether slipped against bitcoin, while bitcoin itself set a record.", [("BTC", "crossed_above", None, None)]),
    ("Bitcoin ETFs hit a record in inflows on Thursday.", []),
    ("Bitcoin hit a new lifetime peak on Binance, breaching $120,000 for the first time.", [("BTC", "crossed_above", 120000, "USD")]),
    # records in won, rupees and yen
    ("SEOUL, Nov. 20 (Yonhap) -- In won terms, bitcoin hit a record 145 million won on Upbit on Thursday.",
     [("BTC", "at", 145000000, "KRW")]),
    ("Bitcoin's all-time high in won terms is 180 million won, reached in October.", [("BTC", "at", 180000000, "KRW")]),
    ("Bitcoin (BTC) reached a record ₹1.1 crore on Indian exchange WazirX.", [("BTC", "at", 11000000, "INR")]),
    ("Bitcoin hit a record 18 million yen on bitFlyer on Monday.", [("BTC", "at", 18000000, "JPY")]),
    # distances from the record, and retreats from it
    ("Bitcoin is now 18% below its record of $126,080 set in early October.", [("BTC", "below", 18, "%"), ("BTC", "at", 126080, "USD")]),
    ("Bitcoin retreated from a record $112,000 reached on Wednesday.", [("BTC", "at", 112000, "USD")]),
    ("Bitcoin was trading at $91,000, about 28 percent under the $126,000 peak it hit in October.",
     [("BTC", "below", 28, "%"), ("BTC", "at", 126000, "USD")]),
    ("BTC trades 12.4% below ATH ($126,198).", [("BTC", "below", 12.4, "%"), ("BTC", "at", 126198, "USD")]),
    ("BTC Price Slides 25% From ATH: What Next?", [("BTC", "below", 25, "%")]),
    ("Bitcoin is down 22% from its record high of $126,080 reached in October.", [("BTC", "below", 22, "%"), ("BTC", "at", 126080, "USD")]),
    ("Ether remains well short of its 2021 all-time high.", [("ETH", "below", None, None)]),
    ("Bitcoin rose 3% to $98,000, while ether remained 40% below its 2021 peak.", [("ETH", "below", 40, "%")]),
    # a record named in apposition to the level, or the level told beside a new record
    ("The largest cryptocurrency rose to $118,000 in Asian trading, its third record in as many days.", [("BTC", "at", 118000, "USD")]),
    ("On Upbit, bitcoin traded at 163 million won, a record.", [("BTC", "at", 163000000, "KRW")]),
    ("Ether hit $4,956, its highest ever.", [("ETH", "at", 4956, "USD")]),
    ("Bitcoin briefly hit $109,000, beating its previous record at $108,135.", [("BTC", "at", 109000, "USD"), ("BTC", "at", 108135, "USD")]),
    ("Ether climbed to $4,950, topping its 2021 record.", [("ETH", "at", 4950, "USD")]),
    ("Bitcoin set a new all-time high on Monday, peaking at $126,200.", [("BTC", "at", 126200, "USD")]),
    ("Bitcoin climbed to fresh record highs on Thursday, trading as high as $111,900.", [("BTC", "at", 111900, "USD")]),
    ("Bitcoin set a new all-time high on Monday and was trading at $120,000 on Tuesday.", [("BTC", "crossed_above", None, None)]),
    ("Bitcoin surged to an all-time high of more than $93,000 on Wednesday.", [("BTC", "crossed_above", 93000, "USD")]),
    ("Bitcoin reached a record-breaking high of $100,000 on Thursday.", [("BTC", "at", 100000, "USD")]),
    ("Bitcoin's ATH in Indian rupees now stands at ₹95 lakh.", [("BTC", "at", 9500000, "INR")]),
    ("Bitcoin is trading at $95,200, its highest since May.", []),
    ("Ether hit $4,870, matching its 2021 record.", [("ETH", "at", 4870, "USD")]),
    ("Bitcoin rose to $98,000, matching its March high.", []),
    ("Amid hopes for rate cuts that had built for weeks, bitcoin spiked to a new all-time high of $73,700 in March.",
     [("BTC", "at", 73700, "USD")]),
    # records of other series and other markets, and forecast records: no price record
    ("Bitcoin's market capitalisation hit a record $2.5 trillion on Monday.", []),
    ("Bitcoin's market value climbed to an all-time high of $2.4 trillion.", []),
    ("Ether ETFs saw record daily inflows as the token rallied.", []),
    ("Record liquidations of $19.3 billion swept the market on Oct. 10.", []),
    ("Gold struck a fresh all-time high of $4,380 an ounce, while bitcoin fell to $104,000.", []),
    ("The S&P 500 and Nasdaq hit record highs on Wednesday; bitcoin rose 1% to $112,500.", []),
    ("Standard Chartered expects bitcoin to set a record of $200,000 by the end of 2025.", []),
    ("Bitcoin could hit a fresh all-time high in the coming weeks, analysts say.", []),
    ("The Kospi closed at a record high, while bitcoin slipped 2% on Upbit.", []),
    ("Bitcoin dominance climbed to 64%, its highest since 2021.", []),
    ("Japan's Nikkei hit an all-time high of 50,000 as bitcoin traded flat.", []),
]

EXTREMES = [
    # the highs of the session or the day
    ("Bitcoin rose as high as $98,950 during Asian hours before paring gains.", [(HIGH, "BTC", "at", 98950)]),
    ("Ether climbed to an intraday high of $3,612 on Binance.", [(HIGH, "ETH", "at", 3612)]),
    ("Bitcoin touched $100,000 before sellers drove it back to $97,800.", [(HIGH, "BTC", "at", 100000)]),
    ("BTC set a session high of $91,420 shortly after the U.S. open.", [(HIGH, "BTC", "at", 91420)]),
    ("SOL peaked near $205 during the Asian session.", [(HIGH, "SOL", "at", 205)]),
    ("BTC spiked to a day high of $67,800.", [(HIGH, "BTC", "at", 67800)]),
    ("Bitcoin climbed 4% to $71,300 and touched a high of $71,950 late in the day.", [(HIGH, "BTC", "at", 71950)]),
    ("Bitcoin extended gains on Monday. The flagship crypto climbed to a 24h high of $97,400 before retreating.",
     [(HIGH, "BTC", "at", 97400)]),
    ("Bitcoin hit a high of 132 million won on Bithumb.", [(HIGH, "BTC", "at", 132000000)]),
    ("Ether's rally took it to a multi-week high of over $3,700.", [(HIGH, "ETH", "above", 3700)]),
    # highest / lowest since, with a figure
    ("BTC hit $99,800, the highest since mid-December.", [(HIGH, "BTC", "at", 99800)]),
    ("XRP jumped to a seven-week high of $2.45.", [(HIGH, "XRP", "at", 2.45)]),
    ("Bitcoin hit a six-month low of $74,600 on Friday.", [(LOW, "BTC", "at", 74600)]),
    ("Ether sank to a three-week low near $2,900.", [(LOW, "ETH", "at", 2900)]),
    ("Ether slid to $2,410 on Monday, a 2-month low, before recovering.", [(LOW, "ETH", "at", 2410)]),
    ("Bitcoin is trading at $95,200, its highest since May.", []),
    # where a move went and may stand, though called the highest or lowest in a while, is a price
    # level (as tests/test_extract_outlet_forms.py has it); the 'since' date is kept on that level
    ("Bitcoin rose to $104,800, its highest level since March.", []),
    ("Bitcoin reached its highest level since January at $102,500.", []),
    ("Bitcoin jumped to $95,200, a three-week high.", []),
    # a moment told after the figure, or a turn told after it
    ("Bitcoin rose to $95,000 before falling back to $93,000.", [(HIGH, "BTC", "at", 95000)]),
    ("Ether fell to $2,900 before recovering to $3,050.", [(LOW, "ETH", "at", 2900)]),
    ("BTC surged to $97,000 at one point, before easing to $96,100.", [(HIGH, "BTC", "at", 97000)]),
    # the lows
    ("Ether bottomed at $2,880 on Friday before staging a rebound.", [(LOW, "ETH", "at", 2880)]),
    ("XRP fell as low as $1.90 on Binance late Sunday.", [(LOW, "XRP", "at", 1.9)]),
    ("BTC registered a low of $83,100 on Binance during the sell-off.", [(LOW, "BTC", "at", 83100)]),
    ("Bitcoin touched a low of Rs 73.5 lakh on CoinDCX.", [(LOW, "BTC", "at", 7350000)]),
    ("Bitcoin plumbed a low of $58,900 on Monday.", [(LOW, "BTC", "at", 58900)]),
    ("Ethereum slumped as far down as $2,100 on Monday.", [(LOW, "ETH", "at", 2100)]),
    ("Bitcoin’s session low came in at $86,050.", [(LOW, "BTC", "at", 86050)]),
    ("The day's high for ETH was $3,210.", [(HIGH, "ETH", "at", 3210)]),
    # both extremes: ranges, stat lines, paired clauses
    ("Bitcoin's 24-hour high is $88,210, while the 24-hour low is $85,930.", [(HIGH, "BTC", "at", 88210), (LOW, "BTC", "at", 85930)]),
    ("Bitcoin traded in a range of $85,900-$88,200 on the day.", [(LOW, "BTC", "at", 85900), (HIGH, "BTC", "at", 88200)]),
    ("The day's range for BTC was $86,400 to $89,900.", [(LOW, "BTC", "at", 86400), (HIGH, "BTC", "at", 89900)]),
    ("BTC/USDT | 24h Range: $61,100 - $63,900", [(LOW, "BTC", "at", 61100), (HIGH, "BTC", "at", 63900)]),
    ("Ether's intraday swing took it from a low of $3,050 to a high of $3,260.", [(LOW, "ETH", "at", 3050), (HIGH, "ETH", "at", 3260)]),
    ("Ether's daily low came in at $3,105, with the high at $3,290.", [(LOW, "ETH", "at", 3105), (HIGH, "ETH", "at", 3290)]),
    ("BTC's intraday high and low were $88,210 and $85,930, respectively.", [(HIGH, "BTC", "at", 88210), (LOW, "BTC", "at", 85930)]),
    ("Ether's 24-hour low and high were $3,401 and $3,512.", [(LOW, "ETH", "at", 3401), (HIGH, "ETH", "at", 3512)]),
    # look-alikes: another market's extreme, another series', a forecast: no extreme
    ("The Nasdaq 100 touched a record intraday high of 25,000 points.", []),
    ("The Kospi fell as low as 2,400 on Tuesday as bitcoin held steady.", []),
    ("Gold rose as high as $4,100 an ounce on Wednesday.", []),
    ("Bitcoin could fall as low as $70,000 if support breaks, analysts warned.", []),
    ("The dollar index hit a session high of 104.2 as bitcoin slipped.", []),
    ("Bitcoin's market cap hit a high of $2.2 trillion on Monday.", []),
    ("Bitcoin's RSI touched 80 on the daily chart.", []),
    ("Bitcoin open interest peaked at $90 billion on Monday.", []),
    ("Bitcoin set a new all-time high on Monday, peaking at $126,200.", []),
    ("Bitcoin peaked at $126,200 on Oct. 6, a record, before a sharp reversal.", []),
]


def _article(text: str) -> Article:
    return Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")


def _ids(value: object) -> str:
    return value[:60] if isinstance(value, str) else ""


def record_rows(text: str) -> list[tuple]:
    return [(c.asset, c.comparator.value, None if c.value is None else round(c.value, 6), c.unit)
            for c in extract(_article(text)) if c.kind is ClaimKind.all_time_high]


def extreme_rows(text: str) -> list[tuple]:
    kinds = {ClaimKind.intraday_high, ClaimKind.intraday_low}
    return [(c.kind.value, c.asset, c.comparator.value, round(c.value, 6)) for c in extract(_article(text)) if c.kind in kinds]


@pytest.mark.parametrize(("snippet", "expected"), RECORDS, ids=_ids)
def test_record_sweep(snippet: str, expected: list[tuple]) -> None:
    assert sorted(record_rows(snippet), key=repr) == sorted(expected, key=repr)


@pytest.mark.parametrize(("snippet", "expected"), EXTREMES, ids=_ids)
def test_extreme_sweep(snippet: str, expected: list[tuple]) -> None:
    assert sorted(extreme_rows(snippet), key=repr) == sorted(expected, key=repr)


@pytest.mark.parametrize(
    ("snippet", "target"),
    [
        ("Standard Chartered expects bitcoin to set a record of $200,000 by the end of 2025.", 200000),
        ("Bitcoin could hit a record high of $150,000 next year, Bernstein said.", 150000),
    ],
)
def test_a_record_told_as_expected_is_a_forecast_of_its_level(snippet: str, target: float) -> None:
    """A record not yet set is a forecast of that level, once; no record to check now."""
    found = extract(_article(snippet))
    assert [c for c in found if c.kind is ClaimKind.all_time_high] == []
    assert [(c.value, c.comparator.value, c.modality.value) for c in found if c.kind is ClaimKind.forecast] == [(target, "at", "forecast")]


def test_a_record_in_a_verbless_stat_line_beside_another_series_is_read_to_the_end() -> None:
    """'BTC open interest $30B | price $126,200, a record high': the line has no verb to find the
    record's subject from; the walk up the parse stops at its root (it used never to end) and the
    open interest is still read."""
    found = extract(_article("BTC open interest $30B | price $126,200, a record high"))
    assert [(c.kind, c.value) for c in found if c.kind is ClaimKind.open_interest] == [(ClaimKind.open_interest, 30e9)]


def test_a_touch_level_with_the_old_peak_is_a_high_and_the_record() -> None:
    """'touched $69,000 ..., level with the peak it set in 2021': the session's high and the old
    record at that level, two claims with their own words."""
    found = extract(_article("Bitcoin briefly touched $69,000 on Kraken in early trade, level with the peak it set in November 2021."))
    rows = sorted((c.kind.value, c.value, c.text) for c in found if c.kind in {ClaimKind.all_time_high, ClaimKind.intraday_high})
    assert rows == [("all_time_high", 69000, "level with the peak"), ("intraday_high", 69000, "touched $69,000 on Kraken in early trade")]
    (high,) = [c for c in found if c.kind is ClaimKind.intraday_high]
    assert high.time.kind == "day"  # 'in early trade': the publication's day


def test_a_record_far_from_the_coin_it_was_given_goes_to_the_coin_of_its_scale() -> None:
    """In an XRP story, 'the fourth-largest cryptocurrency' names bitcoin's alias; the record of
    $3.65 told after it fits XRP's prices, not bitcoin's."""
    text = ("XRP climbed to $2.34 on Tuesday, leaving most large tokens behind. The token has overtaken BNB to become "
            "the fourth-largest cryptocurrency. It remains well short of its record of $3.65, set in July 2025.")
    rows = [(c.asset, c.value) for c in extract(_article(text)) if c.kind is ClaimKind.all_time_high and c.value is not None]
    assert rows == [("XRP", 3.65)]


def test_a_new_record_told_again_without_its_level_is_not_a_second_claim() -> None:
    """A headline with the record's level, then 'set a fresh record on Monday' in the body: the
    same record again, vaguer. A level-less record told first (over the level) stays."""
    later = "Bitcoin Sets Record Above $109,000\n\nBitcoin set a fresh record high on Monday, hours before the inauguration."
    assert record_rows(later) == [("BTC", "crossed_above", 109000, "USD")]
    first = "Bitcoin hits a record high in Korea\n\nOn Bithumb the price peaked at about 88 million won, a new high."
    assert sorted(record_rows(first), key=repr) == sorted([("BTC", "crossed_above", None, None), ("BTC", "at", 88000000, "KRW")], key=repr)


def test_a_coin_named_beside_its_record_keeps_it() -> None:
    """'BNB climbed to a record $1,370' beside an ether price near that scale: the record is the
    coin named with it, though the article gives no other BNB price to judge its scale by."""
    rows = record_rows("Ether rose to $2,700 on Monday. BNB climbed to a record $1,370 on the same day.")
    assert rows == [("BNB", "at", 1370, "USD")]


def test_the_record_passed_keeps_its_own_date_not_the_new_ones() -> None:
    """'a new high of $126,000 on Monday, surpassing its previous peak of $124,100 set in August':
    the passed record is August's, not Monday's (the day before the comma belongs to the new one)."""
    text = "Bitcoin reached a new all-time high of $126,000 on Monday, surpassing its previous peak of $124,100 set in August."
    records = sorted((c for c in extract(_article(text)) if c.kind is ClaimKind.all_time_high), key=lambda c: c.span)
    assert [(c.value, c.record_time.text if c.record_time else None) for c in records] == [(126_000, "Monday"), (124_100, "August")]
