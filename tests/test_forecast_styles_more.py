"""More forecast wordings, written for this test (no sentence is taken from an article): the
headline verbs of aiming, chart projections, downside calls, model and bank calls, tables of
monthly predictions, and the moves and levels that only look like forecasts.

Each row is one text and every forecast a reader takes from it, no more and no fewer, as
(asset, comparator, value, value_high, unit, modality), following corpus/README.md: a target
is `forecast`, `conditional` when it rests on a condition; a band is `between`; a percent
forecast is signed.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, ClaimKind, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 6, 18, 9, 30, tzinfo=UTC)
F, C = "forecast", "conditional"

HEADLINES = [
    ("XRP Price Eyes $3.40 Breakout as Whales Accumulate", [("XRP", "at", 3.4, None, "USD", F)]),
    ("Solana Sets Sights on $300 as Memecoin Volume Returns", [("SOL", "at", 300, None, "USD", F)]),
    ("Bitcoin Bulls Aim for $130K After Fed Pivot", [("BTC", "at", 130000, None, "USD", F)]),
    ("Ethereum Price Prediction 2026: $3,800 to $7,200", [("ETH", "between", 3800, 7200, "USD", F)]),
    ("Next Stop $150,000 for Bitcoin, Says Veteran Trader", [("BTC", "at", 150000, None, "USD", F)]),
    ("Ether Risks Slide to $2,200 as ETF Outflows Mount", [("ETH", "at", 2200, None, "USD", F)]),
    ("Bitcoin Could Revisit $98K Before Year-End", [("BTC", "at", 98000, None, "USD", F)]),
    ("ETH Could Tack On Another 10% Before Friday", [("ETH", "at", 10, None, "%", F)]),
]

AIMING = [
    ("Ether now eyes the $4,400 area after clearing its 50-day average.", [("ETH", "at", 4400, None, "USD", F)]),
    ("XRP bulls are aiming for $2.80 next.", [("XRP", "at", 2.8, None, "USD", F)]),
    ("Solana has set its sights on the $260 mark.", [("SOL", "at", 260, None, "USD", F)]),
    ("Bitcoin's next stop is $112,000, where the August sell-off began.", [("BTC", "at", 112000, None, "USD", F)]),
    ("Bitcoin looks set to challenge $125,000 in the coming days.", [("BTC", "at", 125000, None, "USD", F)]),
    ("Solana appears primed for a push to $210.", [("SOL", "at", 210, None, "USD", F)]),
    ("We expect BTC to grind toward $118,000 into the weekly close.", [("BTC", "at", 118000, None, "USD", F)]),
    ("ETH price could climb back to $3,650 over the weekend.", [("ETH", "at", 3650, None, "USD", F)]),
    ("Bitcoin may well print $140,000 before the cycle tops.", [("BTC", "at", 140000, None, "USD", F)]),
    ("Traders see scope for a run at $3 in XRP.", [("XRP", "at", 3, None, "USD", F)]),
    ("XRP could double to $5 by mid-2026, the analyst reckons.", [("XRP", "at", 5, None, "USD", F)]),
    ("Bitcoin could revisit the $92,000 area before buyers return.", [("BTC", "at", 92000, None, "USD", F)]),
    ("A retest of $105,000 looks likely for bitcoin this week.", [("BTC", "at", 105000, None, "USD", F)]),
    ("A drop to $3,000 looks to be on the cards for ether.", [("ETH", "at", 3000, None, "USD", F)]),
    ("Ether's upside target now stands at $4,500.", [("ETH", "at", 4500, None, "USD", F)]),
    ("A rebound to $2.60 is possible for XRP in the short term.", [("XRP", "at", 2.6, None, "USD", F)]),
    ("Bitcoin could end the week above $110,000.", [("BTC", "above", 110000, None, "USD", F)]),
    ("ETH may close the month near $3,400.", [("ETH", "at", 3400, None, "USD", F)]),
]

CHARTS = [
    ("A measured move from the triangle targets $245 for SOL.", [("SOL", "at", 245, None, "USD", F)]),
    ("The bull flag projects a move to $74,500 for bitcoin.", [("BTC", "at", 74500, None, "USD", F)]),
    ("The inverse head-and-shoulders pattern implies a measured move to $3.10 for XRP.", [("XRP", "at", 3.1, None, "USD", F)]),
    ("The cup-and-handle breakout implies a target near $5,200 for ether.", [("ETH", "at", 5200, None, "USD", F)]),
    ("Expect ether to trade in a $3,200–$3,600 band next week.", [("ETH", "between", 3200, 3600, "USD", F)]),
    ("Bitcoin should hold a $100,000–$108,000 range through September.", [("BTC", "between", 100000, 108000, "USD", F)]),
    ("Bitcoin is expected to trade above $110,000 by the end of the month.", [("BTC", "above", 110000, None, "USD", F)]),
    ("Analysts expect XRP to stay below $3 through the summer.", [("XRP", "below", 3, None, "USD", F)]),
]

DOWNSIDE = [
    ("XRP risks a slide to $2.05 in the days ahead.", [("XRP", "at", 2.05, None, "USD", F)]),
    ("The next leg lower could test $140 for Solana.", [("SOL", "at", 140, None, "USD", F)]),
    ("Bitcoin risks dropping to $88,000 before the weekly close.", [("BTC", "at", 88000, None, "USD", F)]),
    ("A deeper flush toward $2.20 cannot be ruled out for XRP.", [("XRP", "at", 2.2, None, "USD", F)]),
    ("Bears will likely target $145 next for Solana.", [("SOL", "at", 145, None, "USD", F)]),
    ("Ether is vulnerable to a drop to $2,600.", [("ETH", "at", 2600, None, "USD", F)]),
    ("The next leg down could drag SOL to $120.", [("SOL", "at", 120, None, "USD", F)]),
    ("Sellers could push ether back below $3,000.", [("ETH", "below", 3000, None, "USD", F)]),
    ("BTC may slip under $60,000 in the weeks ahead.", [("BTC", "below", 60000, None, "USD", F)]),
    ("Ether could sink as low as $2,100 in a capitulation.", [("ETH", "at", 2100, None, "USD", F)]),
    ("The rally could run into profit-taking near $4,800 for ether.", [("ETH", "at", 4800, None, "USD", F)]),
    ("Bitcoin could run into heavy supply around $128,000.", [("BTC", "at", 128000, None, "USD", F)]),
    ("Some analysts said bitcoin's advance could meet sellers near $131,000.", [("BTC", "at", 131000, None, "USD", F)]),
]

CALLS = [
    ("Analysts at Bernstein see BTC ending the year at $200,000.", [("BTC", "at", 200000, None, "USD", F)]),
    ("Strategists at Citi see ether finishing 2026 near $6,400.", [("ETH", "at", 6400, None, "USD", F)]),
    ("Our base case has bitcoin trading around $95,000 by the end of the quarter.", [("BTC", "at", 95000, None, "USD", F)]),
    ("The bank's year-end call for ether is $7,500.", [("ETH", "at", 7500, None, "USD", F)]),
    ("Standard Chartered raised its bitcoin target to $250,000.", [("BTC", "at", 250000, None, "USD", F)]),
    ("Citi trimmed its year-end ether forecast to $4,300.", [("ETH", "at", 4300, None, "USD", F)]),
    ("Veteran trader Peter Brandt sees bitcoin topping out near $150,000.", [("BTC", "at", 150000, None, "USD", F)]),
    ("JPMorgan analysts see a path to $165,000 for bitcoin.", [("BTC", "at", 165000, None, "USD", F)]),
    ("Fundstrat's Tom Lee still calls for $250,000 bitcoin by year-end.", [("BTC", "at", 250000, None, "USD", F)]),
    ("The model sees ether ending 2025 at $4,150.", [("ETH", "at", 4150, None, "USD", F)]),
    ("Grok predicts XRP will close the month at $2.60.", [("XRP", "at", 2.6, None, "USD", F)]),
    ("Claude puts bitcoin's year-end price at $102,000.", [("BTC", "at", 102000, None, "USD", F)]),
    ("ChatGPT's forecast for Solana at the end of June is $195.", [("SOL", "at", 195, None, "USD", F)]),
    ("Gemini estimates SOL will trade near $180 by Friday.", [("SOL", "at", 180, None, "USD", F)]),
]

PERCENTS = [
    ("Analysts expect ether to gain another 20% by the end of the year.", [("ETH", "at", 20, None, "%", F)]),
    ("Bitcoin could shed 8% from here if ETF outflows continue.", [("BTC", "at", -8, None, "%", C)]),
    ("XRP may add 12% this week, the trader argues.", [("XRP", "at", 12, None, "%", F)]),
    ("SOL is set to slide 6% into the weekend.", [("SOL", "at", -6, None, "%", F)]),
    ("Ether could tack on another 10%.", [("ETH", "at", 10, None, "%", F)]),
]

CONDITIONS = [
    ("If ether holds its 200-day average, a run to $4,000 is likely.", [("ETH", "at", 4000, None, "USD", C)]),
    ("A weekly close under $3,100 would put $2,800 back on the table for ether.", [("ETH", "at", 2800, None, "USD", C)]),
    ("A daily close above $0.75 would put $0.90 on the table for XRP.", [("XRP", "at", 0.9, None, "USD", C)]),
    ("Should bulls clear $2.50, XRP could run into sellers near $2.75.", [("XRP", "at", 2.75, None, "USD", C)]),
    ("A break of $150 would bring $135 into play for SOL.", [("SOL", "at", 135, None, "USD", C)]),
    ("Claude sees a drop toward $2,700 for ether before the end of March if the $3,000 floor cracks.",
     [("ETH", "at", 2700, None, "USD", C)]),
    ("Unless bitcoin reclaims $100,000 soon, a slide toward $92,000 becomes the likelier path.",
     [("BTC", "at", 92000, None, "USD", C)]),
    ("If the weekly close holds, the model sees XRP at $3.10 by April.", [("XRP", "at", 3.1, None, "USD", C)]),
    ("Holding $95,000 keeps $105,000 in sight for bitcoin.", [("BTC", "at", 105000, None, "USD", C)]),
    ("BTC could rip toward $120K once the shorts give up.", [("BTC", "at", 120000, None, "USD", C)]),
    ("Ether could tack on another 15% if ETF demand holds.", [("ETH", "at", 15, None, "%", C)]),
    ("The model said that if bitcoin loses $84,000, a slide toward $78,000 before April becomes the likelier path.",
     [("BTC", "at", 78000, None, "USD", C)]),
]

TABLES = [
    (("Ethereum price prediction by month\n\nMonth | Minimum | Average | Maximum\n"
      "January 2026 | $2,900 | $3,300 | $3,700\nFebruary 2026 | $3,000 | $3,450 | $3,900\n"),
     [("ETH", "between", 2900, 3700, "USD", F), ("ETH", "at", 3300, None, "USD", F),
      ("ETH", "between", 3000, 3900, "USD", F), ("ETH", "at", 3450, None, "USD", F)]),
    ("Solana forecast by quarter\n\nQuarter | Lowest | Highest\nQ3 2025 | $140 | $210\nQ4 2025 | $150 | $260\n",
     [("SOL", "between", 140, 210, "USD", F), ("SOL", "between", 150, 260, "USD", F)]),
    ("XRP price forecast\n\nYear\tMin price\tMax price\n2026\t$1.90\t$4.20\n2027\t$2.40\t$5.60\n",
     [("XRP", "between", 1.9, 4.2, "USD", F), ("XRP", "between", 2.4, 5.6, "USD", F)]),
]

NOT_FORECASTS = [
    # past moves told with 'toward'
    "Bitcoin slid toward $84,000 overnight before buyers stepped in.",
    "Ether drifted toward $3,100 during the Asian session.",
    "Solana bounced toward $180 after the ETF headlines.",
    "Bitcoin briefly dipped toward $92,500 on Sunday.",
    "Ether's drop toward $2,800 on Tuesday triggered heavy long liquidations.",
    "Bitcoin fell toward $81,000 as long positions were flushed.",
    # what the price must do
    "Bitcoin would need a 12% rally to get back to $110,000.",
    "XRP needs to clear $2.60 to confirm the breakout.",
    "Bitcoin must hold $80,000 to avoid a deeper correction.",
    "To reach $5,000, ether would have to rally 45% from here.",
    "A move back above $2.40 is needed before XRP bulls can relax.",
    # targets already met, moves already made
    "The $100,000 target that analysts set in January was hit on Thursday.",
    "Solana hit its $250 upside target on Monday.",
    "The measured move target of $74,000 was met within a week.",
    "Last month's slide to $2,950 was the deepest since August.",
    "Last week's measured move to $3.20 completed the pattern.",
    "Ether's rally to $4,100 last week ran into profit-taking.",
    "Bitcoin ran into heavy selling near $126,000 on Tuesday.",
    "Bitcoin had been headed for $100,000 before the tariff news broke.",
    "Bitcoin has already rallied to $118,000, the level analysts targeted in June.",
    # a level as the condition of a scenario with no target
    "A close above $3,500 is what bulls need to see.",
]


def _article(text: str) -> Article:
    return Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")


def _forecasts(text: str) -> list[tuple]:
    found = [c for c in extract(_article(text)) if c.kind is ClaimKind.forecast]
    return sorted((c.asset, c.comparator.value, c.value, c.value_high, c.unit, c.modality.value) for c in found)


def _ids(value: object) -> str:
    return value[:60].replace("\n", " ") if isinstance(value, str) else ""


@pytest.mark.parametrize(("text", "expected"), HEADLINES + AIMING + CHARTS + DOWNSIDE + CALLS + PERCENTS, ids=_ids)
def test_a_target_is_a_forecast(text: str, expected: list[tuple]) -> None:
    assert _forecasts(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), CONDITIONS, ids=_ids)
def test_a_target_that_rests_on_a_condition_is_conditional(text: str, expected: list[tuple]) -> None:
    assert _forecasts(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), TABLES, ids=_ids)
def test_a_prediction_tables_rows_are_forecast_bands(text: str, expected: list[tuple]) -> None:
    assert _forecasts(text) == sorted(expected)


@pytest.mark.parametrize("text", NOT_FORECASTS, ids=_ids)
def test_no_forecast_where_none_is_made(text: str) -> None:
    claims = extract(_article(text))
    assert [c.text for c in claims if c.kind is ClaimKind.forecast or c.modality is Modality.forecast] == []
