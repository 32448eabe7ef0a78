"""A sweep of the ways outlets phrase price forecasts and targets, and of the look-alikes that are
no forecast, on sentences written for this test (none is taken from an article).

Each row is one text and every forecast a reader takes from it, no more and no fewer, as
(asset, comparator, value, value_high, unit, modality), following corpus/README.md: a target is a
`forecast`, `conditional` when it rests on a condition; a band is `between`; a percent forecast
is signed; a prediction market's odds, an option's strike, a presale's price, a level named as
support or resistance and a move the price would need are no forecast.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, Claim, ClaimKind, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 9, 15, 10, 0, tzinfo=UTC)
F, C = "forecast", "conditional"

BANKS = [
    ("Standard Chartered sees BTC at $200,000 by end-2025.", [("BTC", "at", 200000, None, "USD", F)]),
    ("Bernstein raised its price target for ether to $7,900 from $6,000.", [("ETH", "at", 7900, None, "USD", F)]),
    ("JPMorgan lifted its year-end bitcoin target to $170,000, the bank said in a note.", [("BTC", "at", 170000, None, "USD", F)]),
    ("Citi cut its ether price target to $3,200 on Wednesday.", [("ETH", "at", 3200, None, "USD", F)]),
    ("Galaxy Research maintains a $185,000 year-end target for BTC.", [("BTC", "at", 185000, None, "USD", F)]),
    ("The bank forecasts bitcoin at $135,000 by the end of the second quarter.", [("BTC", "at", 135000, None, "USD", F)]),
    ("Bitcoin could soar 50% to $150,000 by year-end, Bernstein says.", [("BTC", "at", 150000, None, "USD", F)]),
    ("Kraken's head of research expects Solana at $300 by the end of the year.", [("SOL", "at", 300, None, "USD", F)]),
    ("Bitcoin's bull case calls for $180,000 by the end of 2025.", [("BTC", "at", 180000, None, "USD", F)]),
    ("Analysts at VanEck have a $180,000 target on bitcoin for this cycle.", [("BTC", "at", 180000, None, "USD", F)]),
]

IDIOMS = [
    ("Dogecoin eyes $0.30 as meme coins rally.", [("DOGE", "at", 0.3, None, "USD", F)]),
    ("XRP bulls have $4 in their sights.", [("XRP", "at", 4, None, "USD", F)]),
    ("Bitcoin could test $120,000 next week, traders say.", [("BTC", "at", 120000, None, "USD", F)]),
    ("Cardano could test $1 in the coming days.", [("ADA", "at", 1, None, "USD", F)]),
    ("Next stop: $250 for Solana, says one trader.", [("SOL", "at", 250, None, "USD", F)]),
    ("Analysts see a move toward $2.50 for XRP in the coming weeks.", [("XRP", "at", 2.5, None, "USD", F)]),
    ("Bitcoin's path to $150,000 is now clear, says Bitwise CIO Matt Hougan.", [("BTC", "at", 150000, None, "USD", F)]),
    ("Bitcoin looks set for a move toward $130,000.", [("BTC", "at", 130000, None, "USD", F)]),
    ("Traders are eyeing a breakout toward $3,800 for ether.", [("ETH", "at", 3800, None, "USD", F)]),
    ("Solana has room to run to $260, says one analyst.", [("SOL", "at", 260, None, "USD", F)]),
    ("Bulls now target $2.75 for XRP.", [("XRP", "at", 2.75, None, "USD", F)]),
    ("Bitcoin bears are targeting $95,000 next.", [("BTC", "at", 95000, None, "USD", F)]),
    ("A retest of the $3,400 area looks likely before ether resumes its climb.", [("ETH", "at", 3400, None, "USD", F)]),
    ("Bitcoin is likely to revisit $100,000 in the coming weeks.", [("BTC", "at", 100000, None, "USD", F)]),
    ("XRP may drop to $2.10 in the short term.", [("XRP", "at", 2.1, None, "USD", F)]),
    ("Analysts warn bitcoin may slide as low as $90,000.", [("BTC", "at", 90000, None, "USD", F)]),
    ("The technical setup suggests a target of $0.25 for Dogecoin.", [("DOGE", "at", 0.25, None, "USD", F)]),
    ("ETH price forecast: bulls target $4,500 next.", [("ETH", "at", 4500, None, "USD", F)]),
    ("Bitcoin price could hit $130K by December: analyst", [("BTC", "at", 130000, None, "USD", F)]),
    ("Ether is poised for a leg up to $5,000, the trader argues.", [("ETH", "at", 5000, None, "USD", F)]),
]

PERCENTS = [
    ("Analysts at Bernstein see 60% upside for bitcoin from current levels.", [("BTC", "at", 60, None, "%", F)]),
    ("The chart points to 25% downside for Solana.", [("SOL", "at", -25, None, "%", F)]),
    ("Analysts predict a 15% pullback for bitcoin before the next leg higher.", [("BTC", "at", -15, None, "%", F)]),
    ("Ether has roughly 30% upside to $5,200, according to the fund.", [("ETH", "at", 5200, None, "USD", F)]),
]

RANGES = [
    ("Bitcoin is expected to trade between $108,000 and $115,000 by Friday.", [("BTC", "between", 108000, 115000, "USD", F)]),
    ("Analysts expect ETH to range between $3,800 and $4,200 through the weekend.", [("ETH", "between", 3800, 4200, "USD", F)]),
    ("SOL could oscillate in a $180-$200 band this week.", [("SOL", "between", 180, 200, "USD", F)]),
]

MODELS = [
    ("ChatGPT predicts that Solana will hit $350 by the end of 2025.", [("SOL", "at", 350, None, "USD", F)]),
    ("According to Grok, XRP could trade at $3.50 by year-end.", [("XRP", "at", 3.5, None, "USD", F)]),
    ("Perplexity's AI model expects Cardano to reach $1.20 by December.", [("ADA", "at", 1.2, None, "USD", F)]),
    ("DeepSeek forecasts that bitcoin will close 2025 near $130,000.", [("BTC", "at", 130000, None, "USD", F)]),
    ("Bitcoin Price Prediction 2026: $150,000", [("BTC", "at", 150000, None, "USD", F)]),
    ("XRP price prediction for December 2025: $2.80 to $3.40", [("XRP", "between", 2.8, 3.4, "USD", F)]),
]

PERIOD_ENDS = [
    ("Bitcoin will end 2025 above $150,000, Tom Lee predicted on Tuesday.", [("BTC", "above", 150000, None, "USD", F)]),
    ("Ether could close October near $5,000.", [("ETH", "at", 5000, None, "USD", F)]),
    ("The firm expects SOL to finish the month around $210.", [("SOL", "at", 210, None, "USD", F)]),
]

QUOTES = [
    ('"We think bitcoin hits $200,000 next year," said Bitwise CIO Matt Hougan.', [("BTC", "at", 200000, None, "USD", F)]),
    ("I believe ETH reaches $10,000 by 2026.", [("ETH", "at", 10000, None, "USD", F)]),
    ('"Ether could easily reach $6,000 this cycle," said Tom Lee of Fundstrat.', [("ETH", "at", 6000, None, "USD", F)]),
    ("\u201cI expect XRP to trade at $5 before the end of the year,\u201d the analyst told reporters.", [("XRP", "at", 5, None, "USD", F)]),
]

CONDITIONS = [
    ("If ETF inflows resume, bitcoin could climb to $125,000.", [("BTC", "at", 125000, None, "USD", C)]),
    ("Should ether reclaim $4,000, the next target would be $4,400.", [("ETH", "at", 4400, None, "USD", C)]),
    ("A daily close under $140 could drag Solana down to $120.", [("SOL", "at", 120, None, "USD", C)]),
    ("If bitcoin breaks $110,000, then $118,000 becomes the next target.", [("BTC", "at", 118000, None, "USD", C)]),
    ("SOL may drop to $150 if support fails.", [("SOL", "at", 150, None, "USD", C)]),
]

HEADLINE_FUTURES = [
    ("Bitcoin to hit $150K by year-end, says Standard Chartered", [("BTC", "at", 150000, None, "USD", F)]),
    ("XRP to rally to $5 in 2026: analyst", [("XRP", "at", 5, None, "USD", F)]),
    ("Ether Price to Reach $6,000 Before Year-End, Says Tom Lee", [("ETH", "at", 6000, None, "USD", F)]),
    ("Solana primed to hit $300 as ETF decision nears", [("SOL", "at", 300, None, "USD", F)]),
    ("Ether slated to test $5,000 after ETF approval", [("ETH", "at", 5000, None, "USD", F)]),
    ("XRP is tipped to reach $5 this cycle.", [("XRP", "at", 5, None, "USD", F)]),
    ("Ethereum is projected to hit $6,000 in 2026.", [("ETH", "at", 6000, None, "USD", F)]),
]

NAMED_CALLS = [
    ("Tom Lee reiterated his call for bitcoin to reach $200,000 by year-end.", [("BTC", "at", 200000, None, "USD", F)]),
    ("The bank repeated its case for ether to hit $7,000 next year.", [("ETH", "at", 7000, None, "USD", F)]),
    ("Lee repeated his prediction that bitcoin will hit $250,000 by the end of the year.", [("BTC", "at", 250000, None, "USD", F)]),
    ("Hayes is betting that BTC will top $150,000 before Christmas.", [("BTC", "above", 150000, None, "USD", F)]),
    ("Analysts have flagged $95,000 as a likely downside target for bitcoin.", [("BTC", "at", 95000, None, "USD", F)]),
    ("Bitcoin could be worth $1 million by 2030, Cathie Wood said.", [("BTC", "at", 1000000, None, "USD", F)]),
    ("Bitcoin could be worth more than $500,000 by 2030.", [("BTC", "above", 500000, None, "USD", F)]),
    ("Analysts see a price target of $180–$200 for SOL.", [("SOL", "between", 180, 200, "USD", F)]),
    ("The analyst set targets at $3.20, $3.50 and $4 for XRP.",
     [("XRP", "at", 3.2, None, "USD", F), ("XRP", "at", 3.5, None, "USD", F), ("XRP", "at", 4, None, "USD", F)]),
    ("Bitcoin could hit $120,000 or even $125,000 before the end of the year.",
     [("BTC", "at", 120000, None, "USD", F), ("BTC", "at", 125000, None, "USD", F)]),
    ("Ether may climb to $4,000 and possibly $4,400 next month.", [("ETH", "at", 4000, None, "USD", F), ("ETH", "at", 4400, None, "USD", F)]),
    ("Bitcoin\u2019s next leg to $82,000 could come quickly.", [("BTC", "at", 82000, None, "USD", F)]),
    ("Solana\u2019s next target is $250.", [("SOL", "at", 250, None, "USD", F)]),
    ("Peter Brandt warned that bitcoin could fall to as low as $60,000.", [("BTC", "at", 60000, None, "USD", F)]),
    ("Bitcoin may see a pullback to the $108,000\u2013$110,000 range before resuming its uptrend.",
     [("BTC", "between", 108000, 110000, "USD", F)]),
    ("Market analysts predict ETH will surpass $5,000 this year.", [("ETH", "above", 5000, None, "USD", F)]),
    ("Bitcoin could drop below $100,000 this month, warns a Bloomberg strategist.", [("BTC", "below", 100000, None, "USD", F)]),
]

MOVES_AND_BANDS = [
    ("The price could revisit the $2.40\u2013$2.50 demand zone for XRP.", [("XRP", "between", 2.4, 2.5, "USD", F)]),
    ("Two of the models were more cautious on bitcoin, forecasting a 3.1% and 2.8% drop, respectively.",
     [("BTC", "at", -3.1, None, "%", F), ("BTC", "at", -2.8, None, "%", F)]),
]

FRESH_ROUND = [  # a second, later round of wordings, written before any fix for them
    ('XRP price could surge 60% to $4.80 if this pattern plays out', [('XRP', 'at', 4.8, None, 'USD', C)]),
    ('Analysts at Citi now see ether ending the year at $4,300, up from a previous forecast of $4,000.', [('ETH', 'at', 4300, None, 'USD', F)]),
    ('Bitcoin bulls have their eyes on $130,000.', [('BTC', 'at', 130000, None, 'USD', F)]),
    ('Solana’s price could soon revisit the $250 level, per analyst.', [('SOL', 'at', 250, None, 'USD', F)]),
    ('BTC targets $140K next as bull flag confirms', [('BTC', 'at', 140000, None, 'USD', F)]),
    ('For ether, a move above $4,100 would likely trigger a short squeeze toward $4,500.', [('ETH', 'at', 4500, None, 'USD', C)]),
    ('Bitcoin will likely end September between $105,000 and $115,000, according to the model.', [('BTC', 'between', 105000, 115000, 'USD', F)]),
    ('The average of the five models projects bitcoin at $118,400 on Oct. 1.', [('BTC', 'at', 118400, None, 'USD', F)]),
    ('Analysts remain bullish, with some projecting a climb to $7,000 for ETH.', [('ETH', 'at', 7000, None, 'USD', F)]),
    ('Bitcoin’s upside could be capped at $125,000 in the near term.', [('BTC', 'below', 125000, None, 'USD', F)]),
    ('Some traders are bracing for a drop to $100,000 in bitcoin.', [('BTC', 'at', 100000, None, 'USD', F)]),
    ('BTC/USDT could hit $125K by Q4, analyst says', [('BTC', 'at', 125000, None, 'USD', F)]),
    ('Bitcoin could reclaim $115,000 this week, setting up a run at $120,000.', [('BTC', 'above', 115000, None, 'USD', F), ('BTC', 'at', 120000, None, 'USD', F)]),
    ('Polygon (POL) could rise to $0.45 in the coming weeks.', [('POL', 'at', 0.45, None, 'USD', F)]),
    ('Bitcoin is now 10% away from the $130,000 target.', [('BTC', 'at', 130000, None, 'USD', F)]),
    ('Ether could be trading above $5,000 by Christmas, Lee told CNBC.', [('ETH', 'above', 5000, None, 'USD', F)]),
    ('We expect BTC to consolidate in the $108K–$112K band before the next leg up.', [('BTC', 'between', 108000, 112000, 'USD', F)]),
    ('Crypto analyst Jane Doe expects a relief rally to $2.90 for XRP before a deeper correction.', [('XRP', 'at', 2.9, None, 'USD', F)]),
    ('The next major upside target sits near $4,950 for ether.', [('ETH', 'at', 4950, None, 'USD', F)]),
    ('The firm’s base case calls for SOL to trade at $280 by year-end.', [('SOL', 'at', 280, None, 'USD', F)]),
    ('Dogecoin may rebound to $0.28 should the broader market recover.', [('DOGE', 'at', 0.28, None, 'USD', C)]),
    ('Ethereum could print a fresh high above $5,200 before year-end, per the desk.', [('ETH', 'above', 5200, None, 'USD', F)]),
    ('Analysts suggest bitcoin may bottom out around $98,000 before the next rally.', [('BTC', 'at', 98000, None, 'USD', F)]),
    ('BNB could climb another 15% toward $1,200.', [('BNB', 'at', 1200, None, 'USD', F)]),
    ('Bitcoin likely to stay below $120,000 through October, says Glassnode analyst', [('BTC', 'below', 120000, None, 'USD', F)]),
]

THIRD_ROUND = [  # a third round: snippets, setups' numbered targets, pronouns, scenarios
    ('Ether has lagged bitcoin this month. Analysts nonetheless expect it to reach $5,500 by December.', [('ETH', 'at', 5500, None, 'USD', F)]),
    ('Solana rose 4% on Tuesday.\n\nTarget 1: $240\nTarget 2: $265', [('SOL', 'at', 240, None, 'USD', F), ('SOL', 'at', 265, None, 'USD', F)]),
    ('XRP setup:\n- Entry: $2.55\n- TP1: $2.90\n- Stop-loss: $2.40', [('XRP', 'at', 2.9, None, 'USD', F)]),
    ('Price targets for bitcoin: $118,000, then $125,000.', [('BTC', 'at', 118000, None, 'USD', F), ('BTC', 'at', 125000, None, 'USD', F)]),
    ('Bitcoin (BTC) Price Prediction: BTC Could Reach $135K This Quarter', [('BTC', 'at', 135000, None, 'USD', F)]),
    ('According to the analyst, ETH could rally toward $4,900 in the near term.', [('ETH', 'at', 4900, None, 'USD', F)]),
    ('Bitcoin, per Bernstein, is on course for $200,000 by the end of 2025.', [('BTC', 'at', 200000, None, 'USD', F)]),
    ('The chatbot sees XRP trading at $3.05 on November 1, roughly 8% above its current price.', [('XRP', 'at', 3.05, None, 'USD', F)]),
    ('Crypto trader Daan Crypto Trades said ether “has room to run to $4,800.”', [('ETH', 'at', 4800, None, 'USD', F)]),
    ('Should ETH lose $3,800, the next downside target sits at $3,500.', [('ETH', 'at', 3500, None, 'USD', C)]),
    ('If bulls reclaim $0.25, DOGE could quickly squeeze to $0.30.', [('DOGE', 'at', 0.3, None, 'USD', C)]),
    ('Bitcoin may trade in a $105,000 to $115,000 range until the Fed meeting.', [('BTC', 'between', 105000, 115000, 'USD', F)]),
    ('Cardano’s price could double to $1.60 by the end of the year, according to one analyst.', [('ADA', 'at', 1.6, None, 'USD', F)]),
    ('Technical analysts see ETH topping out near $5,300 this cycle.', [('ETH', 'at', 5300, None, 'USD', F)]),
    ('A bullish scenario would see SOL rise toward $300.', [('SOL', 'at', 300, None, 'USD', F)]),
    ('In the bear case, bitcoin slips to $90,000 before recovering.', [('BTC', 'at', 90000, None, 'USD', F)]),
    ('Bitcoin could hit $150K, but will it hold?', [('BTC', 'at', 150000, None, 'USD', F)]),
    ('Bitcoin rallied and could reach $130,000, but is the top in?', [('BTC', 'at', 130000, None, 'USD', F)]),
    ('Can SOL reach $400? It is likely by the end of 2026, our model suggests.', [('SOL', 'at', 400, None, 'USD', F)]),
    ('Bitcoin’s price may fall another 5% to about $105,000, the firm warned.', [('BTC', 'at', 105000, None, 'USD', F)]),
    ('ETH is likely to oscillate between $4,200 and $4,600 in the coming week.', [('ETH', 'between', 4200, 4600, 'USD', F)]),
]

FOURTH_ROUND = [  # a fourth round: wire-service and technical-desk wordings
    ('Bitcoin rose 2% on Monday. The cryptocurrency could reach as much as $200,000 next year, according to Standard Chartered.', [('BTC', 'at', 200000, None, 'USD', F)]),
    ('Bitcoin could hit $120,000 by the end of the year, analysts at the bank said in a note.', [('BTC', 'at', 120000, None, 'USD', F)]),
    ('BTC could extend the decline to retest the $56,000 support.', [('BTC', 'at', 56000, None, 'USD', F)]),
    ('If BTC closes above $62,000, it could rally 10% to retest $68,000.', [('BTC', 'at', 68000, None, 'USD', C)]),
    ('A successful flip of $65,000 into support could see BTC rally to $70,000.', [('BTC', 'at', 70000, None, 'USD', C)]),
    ('Bitcoin price could decline toward the $58,000 support zone.', [('BTC', 'at', 58000, None, 'USD', F)]),
    ('Any more losses might send the price of ether toward the $2,350 support.', [('ETH', 'at', 2350, None, 'USD', C)]),
    ('Crypto analyst Ali Martinez predicts Dogecoin could skyrocket to $1.', [('DOGE', 'at', 1, None, 'USD', F)]),
    ('Dogecoin price prediction: DOGE could rally 150% to $0.60', [('DOGE', 'at', 0.6, None, 'USD', F)]),
    ('The MVRV model implies a cycle top near $180,000 for bitcoin.', [('BTC', 'at', 180000, None, 'USD', F)]),
    ('Analysts expect a bottom around $95,000 for bitcoin before the next leg up.', [('BTC', 'at', 95000, None, 'USD', F)]),
    ('Analysts at Bernstein reiterated their $200,000 year-end target for bitcoin.', [('BTC', 'at', 200000, None, 'USD', F)]),
    ('Peter Schiff predicts bitcoin will crash to $20,000.', [('BTC', 'at', 20000, None, 'USD', F)]),
    ('He expects the price of ether to hit $4,000 within the next three months.', [('ETH', 'at', 4000, None, 'USD', F)]),
    ('ETH bulls may target $4,200 next.', [('ETH', 'at', 4200, None, 'USD', F)]),
    ('Solana is likely to find its next ceiling near $260.', [('SOL', 'at', 260, None, 'USD', F)]),
    ('The bitcoin price might rise to the $120,000 mark in October.', [('BTC', 'at', 120000, None, 'USD', F)]),
    ('Analysts anticipate a surge to $3.50 for XRP once the ETF launches.', [('XRP', 'at', 3.5, None, 'USD', C)]),
]

FIFTH_ROUND = [  # a fifth round: context from the sentence before, model and desk calls, passing a level
    ('Bitcoin trades at $111,500 on Monday. Analysts expect BTC to reach $120,000 by the end of the month.', [('BTC', 'at', 120000, None, 'USD', F)]),
    ('The desk is forecasting that BTC will close the week at $114,000.', [('BTC', 'at', 114000, None, 'USD', F)]),
    ('Analysts at Bitfinex said bitcoin could see a correction of up to 15%.', [('BTC', 'at', -15, None, '%', F)]),
    ('Ethereum is gearing up for a move past $5,000.', [('ETH', 'above', 5000, None, 'USD', F)]),
    ('BTC might slip below the $100K psychological level this week.', [('BTC', 'below', 100000, None, 'USD', F)]),
    ("Bitcoin's next leg higher could take it to $135,000.", [('BTC', 'at', 135000, None, 'USD', F)]),
    ('The long-term target remains $250,000 for bitcoin.', [('BTC', 'at', 250000, None, 'USD', F)]),
    ('Mike Novogratz said bitcoin could trade between $100,000 and $150,000 this year.', [('BTC', 'between', 100000, 150000, 'USD', F)]),
    ('Ether may range-trade between $4,000 and $4,500 until the ETF decision.', [('ETH', 'between', 4000, 4500, 'USD', F)]),
    ('Bitcoin could retrace to the $105,000 area before resuming higher, per the desk.', [('BTC', 'at', 105000, None, 'USD', F)]),
    ('Analysts now expect XRP to outperform, eyeing $3.80 in the coming weeks.', [('XRP', 'at', 3.8, None, 'USD', F)]),
    ('Solana’s rally may extend to $275 if volume holds up.', [('SOL', 'at', 275, None, 'USD', C)]),
    ('Bitcoin could reach $120,000 in the next round of ETF inflows.', [('BTC', 'at', 120000, None, 'USD', F)]),
    ('Bitcoin Hyper (HYPER) is in presale. Analysts predict HYPER could reach $0.32 by the end of 2025.', [('HYPER', 'at', 0.32, None, 'USD', F)]),
    ('Some analysts believe ether could double from here to $9,000 in 2026.', [('ETH', 'at', 9000, None, 'USD', F)]),
    ('Bitcoin price forecast for next week: $108,000 to $116,000', [('BTC', 'between', 108000, 116000, 'USD', F)]),
]

SOURCES = [
    ("Standard Chartered sees BTC at $200,000 by end-2025.", "Standard Chartered"),
    ("According to Grok, XRP could trade at $3.50 by year-end.", "Grok"),
    ("Bitcoin will end 2025 above $150,000, Tom Lee predicted on Tuesday.", "Tom Lee"),
    ('"We think bitcoin hits $200,000 next year," said Bitwise CIO Matt Hougan.', "Matt Hougan"),
    ('"Ether could easily reach $6,000 this cycle," said Tom Lee of Fundstrat.', "Tom Lee"),
]

HORIZONS = [
    ("Standard Chartered sees BTC at $200,000 by end-2025.", datetime(2026, 1, 1, tzinfo=UTC)),
    ("ChatGPT predicts that Solana will hit $350 by the end of 2025.", datetime(2026, 1, 1, tzinfo=UTC)),
    ("Kraken's head of research expects Solana at $300 by the end of the year.", datetime(2026, 1, 1, tzinfo=UTC)),
    ("XRP could hit $5 before year-end.", datetime(2026, 1, 1, tzinfo=UTC)),
    ("Bitcoin could be worth $1 million by 2030.", datetime(2031, 1, 1, tzinfo=UTC)),
]

NOT_FORECASTS = [
    # option strikes
    "Open interest is concentrated in $150,000 call options expiring in December.",
    "The largest open interest sits at the $4,000 strike for ether's March expiry.",
    "Traders bought $130,000 calls expiring in June on Deribit.",
    # prediction-market odds
    "Polymarket traders put a 62% chance on bitcoin reaching $120,000 this month.",
    "Odds that XRP ends the year above $3 fell to 18% on Kalshi.",
    # forecasts reported as history, targets already met
    "Bitcoin rallied to $98,000 last week, as analysts had predicted.",
    "Standard Chartered's $120,000 target for bitcoin was reached on Monday.",
    # levels named as support or resistance
    "Bitcoin faces resistance at $112,000, with support at $105,000.",
    "The $3,000 level has acted as support for ether since March.",
    "Support lies at $2.40, with resistance at $2.65 for XRP.",
    # moves the price would need
    "Bitcoin would need to rally 20% to reclaim its record.",
    "Ether needs to climb 15% to get back to $4,800.",
    "Ether would have to gain 40% to reach a new high.",
    # presale prices
    "The BNOVA presale is priced at $0.012 per token, rising to $0.015 in the next stage.",
    "The token's presale price will rise to $0.025 in the next round.",
    "Bitcoin Hyper (HYPER) is in presale at $0.0128. The token price will increase to $0.0131 in the next stage.",
    # a prediction page's label over a price told, a direction with a support after it
    "Bitcoin Price Prediction: BTC Holds $112K as ETF Inflows Return",
    "Bitcoin could be headed lower, with $105,000 acting as the next support.",
    # moves made, owned by the coin (a curly apostrophe the parser may part from its noun)
    "Analyst Jane Doe links Ether\u2019s retest of $4,000 to a combination of \u201cETF demand\u201d and \u201cshort covering.\u201d",
    "Bitcoin\u2019s rally to $124,000 in August was driven by ETF inflows.",
    # a record told in a headline's shorthand, and a hedged list told in the past
    "First Coin to Hit $100K: Bitcoin Makes History",
    "Bitcoin rose to $95,000 and even $96,000 on Monday.",
    "Traders wait for bitcoin to reclaim $110,000.",
    "Traders think bitcoin trades at a discount near $112,000 on Binance.",
    "He thought bitcoin hit $100,000 last week.",
    # an investment's value, moves told
    "A $1,000 investment in XRP could be worth $10,000 by 2030.",
    "Bitcoin extended gains to $112,000 on Monday.",
    "Bitcoin saw a sharp dip to $98,000 on Sunday.",
    "In early June the coin went through a sudden crash to $96,000, erasing the month's gains.",
    # a second round: a met target, odds, records, levels, requirements, presale, hypotheticals
    'Bitcoin hit the analyst’s $120,000 target on Monday.',
    'The Kalshi market shows a 30% chance of bitcoin at $150,000 by year-end.',
    'Bitcoin traded near $111,000, roughly 10% below the $124,000 record.',
    'Liquidation heatmaps show clusters at $105,000 and $118,000.',
    'The $120,000 strike saw the most activity on Deribit.',
    'XRP’s slide to $2.70 on Friday erased the week’s gains.',
    'Bitcoin must reclaim $112,000 to turn the structure bullish.',
    'Holders who bought at $69,000 in 2021 are finally in profit.',
    'The token launched at $0.50 and now trades at $0.80.',
    'Bitcoin Hyper’s presale price of $0.0128 will increase in the next stage.',
    'Buy orders are stacked at $100,000 on Binance.',
    'Ether has held above $4,000 for three straight days.',
    'Bitcoin’s 50-day moving average sits at $112,300.',
    'If you had invested $1,000 in bitcoin in 2015, it would now be worth $400,000.',
    'A break below $100,000 would be the first since June.',
    'At $110,000, bitcoin is still 11% below its peak.',
    # a third round: met targets, prices told, cost bases, requirements, stops, records, strikes, presale
    'Bitcoin’s price target of $100,000 was met in December 2024.',
    'Solana traded at $205 on Monday, having touched $212 over the weekend.',
    'The average cost basis of short-term holders sits at $108,000.',
    'Bitcoin’s realized price is near $52,000.',
    'Ether needs a daily close above $4,200 to confirm the breakout.',
    'Traders placed stop-losses below $2.40 on XRP.',
    'Bitcoin’s all-time high of $124,000 was set in August.',
    'A bet on $200,000 bitcoin calls sits at the top of the Deribit open interest table.',
    'Roughly $1.2 billion in shorts would be liquidated if bitcoin rises to $120,000.',
    'The presale token sells for $0.0021 and will list on exchanges next month.',
    # questions ask what nobody has said
    "Solana Price Prediction 2026: Can SOL Hit $500?",
    "Will XRP reach $10 before 2027?",
    "Could ether rally 40% this month?",
    "Can ether reclaim $5,000 this month?",
    "Solana Price Forecast 2026: Quarterly Targets and Can SOL Reach $400?",
    "Will XRP reach $10 before 2027? It is unlikely, analysts say.",
    # a fourth round: invalidation levels, levels watched, prices told, a current price beside a forecast
    'On the other hand, if the daily candlestick closes below $55,000, the bullish thesis would be invalidated.',
    'Traders are now watching the $2,550 level on ether.',
    'The price of ether tested $2,600 before sliding.',
    'Bitcoin bounced off the $108,000 support on Tuesday.',
    'Bitcoin’s price has doubled since analysts first called for $60,000 in 2023.',
    'Bitcoin briefly touched $116,000 before sellers stepped in.',
    'The first major resistance for ether is near the $2,550 level.',
    'Traders sold into the rally, capping bitcoin near $118,000 on Friday.',
    # a fifth round
    'A drop under $95,000 could trigger liquidations of over $2 billion.',
    'Bitcoin was trading at $110,200 at press time, down 1.4% on the day.',
    'Analysts are split on where bitcoin goes next.',
    'Bitcoin fell to $105,000 before recovering to $108,000.',
    'ETH rejected from $4,800 for the third time this month.',
    'The token is down 80% from its 2021 peak of $0.73.',
    # prices told
    "Solana traded between $180 and $195 on Tuesday.",
    "Bitcoin tested $100,000 twice last week before falling back.",
    "Bitcoin hovered around $95,000 as traders eyed the Fed decision.",
]

POSITIVES = BANKS + IDIOMS + PERCENTS + RANGES + MODELS + PERIOD_ENDS + QUOTES + HEADLINE_FUTURES + NAMED_CALLS + MOVES_AND_BANDS + FRESH_ROUND + THIRD_ROUND + FOURTH_ROUND + FIFTH_ROUND


def _claims(text: str) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return extract(article)


def _forecasts(text: str) -> list[tuple]:
    found = [c for c in _claims(text) if c.kind is ClaimKind.forecast]
    return sorted((c.asset, c.comparator.value, c.value, c.value_high, c.unit, c.modality.value) for c in found)


def _ids(value: object) -> str:
    return value[:60].replace("\n", " ") if isinstance(value, str) else ""


@pytest.mark.parametrize(("text", "expected"), POSITIVES, ids=_ids)
def test_a_target_is_a_forecast(text: str, expected: list[tuple]) -> None:
    assert _forecasts(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), CONDITIONS, ids=_ids)
def test_a_target_resting_on_a_condition_is_conditional(text: str, expected: list[tuple]) -> None:
    assert _forecasts(text) == sorted(expected)


@pytest.mark.parametrize(("text", "source"), SOURCES, ids=_ids)
def test_a_forecast_keeps_its_named_source(text: str, source: str) -> None:
    found = [c for c in _claims(text) if c.kind is ClaimKind.forecast]
    assert found and all(source in (c.attributed_to or "") for c in found)


@pytest.mark.parametrize(("text", "end"), HORIZONS, ids=_ids)
def test_a_forecast_is_due_at_its_horizon(text: str, end: datetime) -> None:
    found = [c for c in _claims(text) if c.kind is ClaimKind.forecast]
    assert [c.time.end for c in found] == [end]


CURRENT_BESIDE_FORECAST = [
    ("Bitcoin is trading at $112,000 and could rise to $115,000 soon.", 112000, 115000),
    ("Bitcoin, now at $112,000, could rise to $115,000 soon.", 112000, 115000),
    ("Ether changes hands at $4,300, and analysts say it may reach $4,800 next week.", 4300, 4800),
]


@pytest.mark.parametrize(("text", "now", "target"), CURRENT_BESIDE_FORECAST, ids=_ids)
def test_the_price_now_beside_a_forecast_stays_the_price(text: str, now: float, target: float) -> None:
    claims = _claims(text)
    assert [c.value for c in claims if c.kind is ClaimKind.forecast] == [target]
    assert [c.modality for c in claims if c.kind is ClaimKind.price_level and c.value == now] == [Modality.asserted]


@pytest.mark.parametrize("text", NOT_FORECASTS, ids=_ids)
def test_no_forecast_where_none_is_made(text: str) -> None:
    found = [c.text for c in _claims(text) if c.kind is ClaimKind.forecast or c.modality is Modality.forecast]
    assert found == []
