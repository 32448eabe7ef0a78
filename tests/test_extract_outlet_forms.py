"""Forecasts, records and the day's extremes in the shapes news outlets write them: wire
copy, TA blogs, AI-forecast pages, Korean and Turkish sites in English. Each row is one
sentence written for this test and the forecast / record / intraday claims a reader takes
from it, no more and no fewer: (kind, asset, comparator, value[, value_high or unit]).
Other kinds in the sentence (a price level, a move) are not compared here."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, ClaimKind, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 6, 18, 9, 30, tzinfo=UTC)
FOCUS = {ClaimKind.forecast, ClaimKind.all_time_high, ClaimKind.intraday_high, ClaimKind.intraday_low}

F, ATH, HI, LO = "forecast", "all_time_high", "intraday_high", "intraday_low"

FORECASTS = [
    # verbs of moving under a modal or a verb of expecting
    ("Bitcoin could climb toward $112,000 if ETF inflows keep up this pace.", [(F, "BTC", "at", 112000)]),
    ("Ether may slide back to $2,300 before buyers return, one desk warned.", [(F, "ETH", "at", 2300)]),
    ("Analysts expect Solana to reach $180 by the end of the quarter.", [(F, "SOL", "at", 180)]),
    ("XRP is expected to trade near $2.60 over the coming weeks.", [(F, "XRP", "at", 2.6)]),
    ("BTC is projected to trade at $108,450 on July 1, according to the model.", [(F, "BTC", "at", 108450)]),
    ("The strategist sees bitcoin hitting $150,000 by year-end.", [(F, "BTC", "at", 150000)]),
    ("Standard Chartered reiterated that bitcoin will end the year at $200,000.", [(F, "BTC", "at", 200000)]),
    ("Bitcoin is likely to retest $100,000 in the days ahead, the note said.", [(F, "BTC", "at", 100000)]),
    ("Ethereum looks set to revisit $2,800 this week.", [(F, "ETH", "at", 2800)]),
    ("Dogecoin bulls hope the meme coin can rally to $0.30 next.", [(F, "DOGE", "at", 0.3)]),
    # 'eyes', 'targets', 'set its sights on'
    ("Bitcoin Eyes $115K As Short Sellers Capitulate", [(F, "BTC", "at", 115000)]),
    ("Solana Price Targets $200 After Breakout From Bull Flag", [(F, "SOL", "at", 200)]),
    ("The analyst targets $3,400 for ether by the end of July.", [(F, "ETH", "at", 3400)]),
    ("Bitcoin bulls have set their sights on $120,000 after the weekly close.", [(F, "BTC", "at", 120000)]),
    # a move named as a noun
    ("A move to $4,000 is on the cards for ether if the ETF headlines land.", [(F, "ETH", "at", 4000)]),
    ("A retest of $98,000 looks likely before bitcoin resumes its climb.", [(F, "BTC", "at", 98000)]),
    ("The chart points to a rally toward $130,000 for bitcoin.", [(F, "BTC", "at", 130000)]),
    ("Traders now price in a drop to $90,000 for bitcoin.", [(F, "BTC", "at", 90000)]),
    ("Bitcoin faces downside risk to $92,000 should the support fail.", [(F, "BTC", "at", 92000)]),
    # targets and predictions as nouns
    ("Ethereum price prediction: $3,200 by the end of June.", [(F, "ETH", "at", 3200)]),
    ("The firm raised its year-end bitcoin target to $135,000.", [(F, "BTC", "at", 135000)]),
    ("ChatGPT's forecast for XRP on July 1 is $2.45.", [(F, "XRP", "at", 2.45)]),
    ("Its price target for Solana stands at $250.", [(F, "SOL", "at", 250)]),
    ("Bernstein maintained a $200,000 price target on bitcoin for 2025.", [(F, "BTC", "at", 200000)]),
    # percent forecasts
    ("The model is forecasting a 3% gain for bitcoin over the next week.", [(F, "BTC", "at", 3, "%")]),
    ("Claude predicts a 4.5% decline for Ethereum by the end of the month.", [(F, "ETH", "at", -4.5, "%")]),
    ("The desk sees upside of 15% to $125,000 for bitcoin.", [(F, "BTC", "at", 125000)]),
    ("Analysts see 20% upside for ether from current levels.", [(F, "ETH", "at", 20, "%")]),
    # ranges and bounds
    ("Bitcoin could trade between $100,000 and $110,000 next week, the analyst wrote.", [(F, "BTC", "between", 100000, 110000)]),
    ("The model expects BTC to stay above $95,000 through July.", [(F, "BTC", "above", 95000)]),
    ("The analyst believes bitcoin could break above $112,000 in the coming days.", [(F, "BTC", "above", 112000)]),
    ("Bitcoin to $200K by end of 2026? Standard Chartered thinks so.", [(F, "BTC", "at", 200000)]),
    ("BTC Price Could Hit $120K This Month, Analyst Says", [(F, "BTC", "at", 120000)]),
    ("Bitcoin is poised to test $115,000 in the near term.", [(F, "BTC", "at", 115000)]),
    ("Bitcoin is on track to hit $125,000 by the end of the quarter, according to the model.", [(F, "BTC", "at", 125000)]),
    ("For bitcoin, upside targets sit at $118,000 and $125,000.", [(F, "BTC", "at", 118000), (F, "BTC", "at", 125000)]),
    ("Grok estimates that bitcoin will trade at $96,400 on March 1, 2026.", [(F, "BTC", "at", 96400)]),
    ("Meanwhile, Claude projects a bitcoin price of $97,200 for the same date.", [(F, "BTC", "at", 97200)]),
    ("ETH could rally another 20% to $3,300 in the coming weeks.", [(F, "ETH", "at", 3300)]),
    ("Analysts at the bank expect bitcoin to average $105,000 in the third quarter.", [(F, "BTC", "at", 105000)]),
    ("Peter Brandt warned of a possible decline to $75,000 for bitcoin.", [(F, "BTC", "at", 75000)]),
    ("Solana's next leg up could take it to $220.", [(F, "SOL", "at", 220)]),
    ("The analyst expects BTC to drop below $100,000 before rebounding.", [(F, "BTC", "below", 100000)]),
    ("Bitcoin will likely consolidate between $104,000 and $108,000 this week.", [(F, "BTC", "between", 104000, 108000)]),
    ("BTC's 2025 year-end target: $180,000.", [(F, "BTC", "at", 180000)]),
    ("The breakout brings $4,000 within reach for ether.", [(F, "ETH", "at", 4000)]),
    ("For bitcoin, a break below $100K would open the door to a deeper correction toward $93K.", [(F, "BTC", "at", 93000)]),
    ("Ether is eyeing a return to $3,000.", [(F, "ETH", "at", 3000)]),
    # not forecasts: what happened, a target that was hit
    ("Last week bitcoin rallied toward $110,000 before fading.", []),
    ("Ether hit the analyst's earlier target of $3,000 on Monday.", []),
]

RECORDS = [
    ("Bitcoin hit a fresh all-time high of $111,900 on Thursday.", [(ATH, "BTC", "at", 111900)]),
    ("Bitcoin set a new record above $112,000 during Asian hours.", [(ATH, "BTC", "crossed_above", 112000)]),
    ("Bitcoin Sets New Record Above $111K As Shorts Get Squeezed", [(ATH, "BTC", "crossed_above", 111000)]),
    ("XRP surged to a new peak at $3.65, its first record in seven years.", [(ATH, "XRP", "at", 3.65)]),
    ("Bitcoin climbed to its highest level ever on Wednesday.", [(ATH, "BTC", "crossed_above", None)]),
    ("The rally took bitcoin to its highest price ever, just above $112,000.", [(ATH, "BTC", "crossed_above", 112000)]),
    ("Ether now trades 38% below its all-time high.", [(ATH, "ETH", "below", 38, "%")]),
    ("Bitcoin remains about 6% below its record high of $111,900.", [(ATH, "BTC", "below", 6, "%"), (ATH, "BTC", "at", 111900)]),
    ("Ether is trading 45% off its all-time high.", [(ATH, "ETH", "below", 45, "%")]),
    ("Bitcoin is sitting just shy of its record.", [(ATH, "BTC", "below", None)]),
    ("Solana remains well short of its all-time high.", [(ATH, "SOL", "below", None)]),
    ("Bitcoin topped the previous high of $109,000 set in January.", [(ATH, "BTC", "at", 109000)]),
    ("Ether's all-time high of $4,878 was set in November 2021.", [(ATH, "ETH", "at", 4878)]),
    ("Bitcoin posted a record close at $106,400 on Tuesday.", [(ATH, "BTC", "at", 106400)]),
    ("Bitcoin scaled a record $111,800 on Upbit's dollar pairs before easing.", [(ATH, "BTC", "at", 111800)]),
    ("BTC printed a new all-time high at $111,970 overnight.", [(ATH, "BTC", "at", 111970)]),
    ("Bitcoin broke its previous record of $109,300 on Wednesday.", [(ATH, "BTC", "at", 109300)]),
    ("Bitcoin notched an all-time high above $110,000 on Thursday.", [(ATH, "BTC", "crossed_above", 110000)]),
    ("Bitcoin's price peaked at $111,900, a new all-time high.", [(ATH, "BTC", "at", 111900)]),
    ("Ether is still down 40% from its 2021 peak.", [(ATH, "ETH", "below", 40, "%")]),
    ("Bitcoin hit an all-time high (ATH) of $111,970 on May 22.", [(ATH, "BTC", "at", 111970)]),
    ("The rally pushed bitcoin above its previous all-time high of $109,000.", [(ATH, "BTC", "at", 109000)]),
    ("BTC is now 12% shy of its ATH.", [(ATH, "BTC", "below", 12, "%")]),
    ("Ether remains 9% away from its all-time high of $4,878.", [(ATH, "ETH", "below", 9, "%"), (ATH, "ETH", "at", 4878)]),
    ("Bitcoin reached a record-high price of $111,900 on Thursday.", [(ATH, "BTC", "at", 111900)]),
    ("Bitcoin's new ATH stands at $111,970.", [(ATH, "BTC", "at", 111970)]),
    ("Bitcoin is down about 10% from its peak of $109,000 in January.", [(ATH, "BTC", "below", 10, "%"), (ATH, "BTC", "at", 109000)]),
    ("Bitcoin is trading just 2% below the record it set last week.", [(ATH, "BTC", "below", 2, "%")]),
    # not records
    ("Ether hit its highest level since 2021.", []),
    ("Analysts debated whether the all-time high would hold as a ceiling.", []),
]

INTRADAY = [
    ("Bitcoin touched $106,800 before pulling back to $105,200.", [(HI, "BTC", "at", 106800)]),
    ("Ether peaked at $2,680 in late U.S. trading.", [(HI, "ETH", "at", 2680)]),
    ("Bitcoin set a session high of $107,300 during the Asian morning.", [(HI, "BTC", "at", 107300)]),
    ("Solana slid to an intraday low of $141.20 on Tuesday.", [(LO, "SOL", "at", 141.2)]),
    ("Ether plunged from $2,800 to $2,450 in a matter of hours.", [(LO, "ETH", "at", 2450)]),
    ("Bitcoin bottomed at $101,200 before buyers stepped in.", [(LO, "BTC", "at", 101200)]),
    ("Bitcoin traded as high as $106,900 earlier in the day.", [(HI, "BTC", "at", 106900)]),
    ("BTC rose as high as $106,900 on Bitstamp before sellers returned.", [(HI, "BTC", "at", 106900)]),
    ("Ether sank as low as $2,380 on Binance overnight.", [(LO, "ETH", "at", 2380)]),
    ("Bitcoin hit a daily high of $105,900 on Monday.", [(HI, "BTC", "at", 105900)]),
    ("The token's 24-hour low was $0.182.", [(LO, None, "at", 0.182)]),
    ("Bitcoin dipped to a low of $100,400 on Sunday before recovering.", [(LO, "BTC", "at", 100400)]),
    ("Bitcoin's intraday high stood at $106,250.", [(HI, "BTC", "at", 106250)]),
    ("XRP touched a low of $2.05 during the sell-off.", [(LO, "XRP", "at", 2.05)]),
    ("Ether briefly spiked to $2,790 before reversing.", [(HI, "ETH", "at", 2790)]),
    ("Bitcoin reached a high of $105,400 on Coinbase.", [(HI, "BTC", "at", 105400)]),
    ("Bitcoin fell to a low of $98,200 in the early hours of Sunday.", [(LO, "BTC", "at", 98200)]),
    ("Ether's price topped out at $2,710 on Monday before sliding.", [(HI, "ETH", "at", 2710)]),
    ("Ethereum recorded a 24-hour high of $2,650 and a low of $2,510.", [(HI, "ETH", "at", 2650), (LO, "ETH", "at", 2510)]),
    ("Bitcoin crashed from $104,000 to $98,500 within an hour.", [(LO, "BTC", "at", 98500)]),
    ("XRP hit a seven-year high of $3.40 on Friday.", [(HI, "XRP", "at", 3.4)]),
    ("Bitcoin hit $106,000 early Tuesday, its highest level since late January.", [(HI, "BTC", "at", 106000)]),
    ("Ether dropped to $2,380, its lowest since April.", [(LO, "ETH", "at", 2380)]),
    ("Ether sank to a two-week low of $2,310.", [(LO, "ETH", "at", 2310)]),
    ("Bitcoin rallied to a session peak of $106,900 before sellers returned.", [(HI, "BTC", "at", 106900)]),
    ("Bitcoin's day low came in at $103,400.", [(LO, "BTC", "at", 103400)]),
    ("After peaking near $107,000, bitcoin slid to $104,500.", [(HI, "BTC", "at", 107000)]),
    ("The price of ether retreated from a high of $2,880.", [(HI, "ETH", "at", 2880)]),
    ("Bitcoin bounced off a low of $100,800.", [(LO, "BTC", "at", 100800)]),
    ("Ether printed a local bottom at $2,350 on Sunday.", [(LO, "ETH", "at", 2350)]),
    ("Bitcoin slumped as much as 4% to $101,000.", [(LO, "BTC", "at", 101000)]),
    ("Ether jumped as much as 6% to $2,760.", [(HI, "ETH", "at", 2760)]),
    ("Bitcoin has not revisited the $111,900 high from early June since.", [(HI, "BTC", "at", 111900)]),
    ("Bitcoin saw lows just below $100,000 as recently as Sunday.", [(LO, "BTC", "below", 100000)]),
    ("BTC touched $106,800 in the Asian session and is at $105,900, up 1%.", [(HI, "BTC", "at", 106800)]),
    ("Ether slid as much as 9% from Friday's close to $2,290 before recovering.", [(LO, "ETH", "at", 2290)]),
    # not extremes: where the price went and stands, even when called the highest in weeks
    ("Bitcoin traded in a range between $104,000 and $106,000.", []),
    ("Bitcoin rose to $106,500, the highest price since May 22.", []),
    ("Bitcoin fell to $98,000, the lowest level in six weeks.", []),
    ("Bitcoin spiked from $102,000 to $105,800 in minutes before sellers returned.", [(HI, "BTC", "at", 105800)]),
]


def _found(text: str) -> list[tuple]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    rows = []
    for c in extract(article):
        if c.kind not in FOCUS:
            continue
        if c.value_high is not None:
            rows.append((c.kind.value, c.asset, c.comparator.value, c.value, c.value_high))
        elif c.unit == "%":
            rows.append((c.kind.value, c.asset, c.comparator.value, c.value, "%"))
        else:
            rows.append((c.kind.value, c.asset, c.comparator.value, c.value))
    return rows


def _approx(rows: list[tuple]) -> list[tuple]:
    return sorted((r[0], r[1] or "", r[2], round(r[3], 6) if isinstance(r[3], float) else r[3], *r[4:]) for r in rows)


@pytest.mark.parametrize(("sentence", "expected"), FORECASTS + RECORDS + INTRADAY, ids=lambda v: v[:60] if isinstance(v, str) else "")
def test_outlet_form(sentence: str, expected: list[tuple]) -> None:
    assert _approx(_found(sentence)) == _approx(expected)
