"""Forecasts and their modality in the wordings of many outlets, written for this test (no
sentence is taken from an article): price targets, percent forecasts, targets that hang on a
condition, forecasts told in the past, and figures that only look like forecasts.

Each row is one sentence and every forecast a reader takes from it, no more and no fewer, as
(asset, comparator, value, value_high, unit, modality), following corpus/README.md: a target
is `forecast`; a target that rests on a condition ('if', 'unless', 'should ... give way', 'as
long as ... holds', 'a break above $X would ...') is `conditional`; a percent forecast is signed
('could fall 10%' is -10).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, ClaimKind, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 6, 18, 9, 30, tzinfo=UTC)
F, C = "forecast", "conditional"

TARGETS = [
    # wires and large outlets
    ("Bitcoin could hit $80,000 by the end of March, according to options traders.", [("BTC", "at", 80000, None, "USD", F)]),
    ("Standard Chartered expects bitcoin to reach $150,000 by the end of 2025, the bank said in a note on Tuesday.",
     [("BTC", "at", 150000, None, "USD", F)]),
    ("Options traders are betting that bitcoin will top $100,000 by June.", [("BTC", "above", 100000, None, "USD", F)]),
    ("Traders are pricing in a move to $4,000 for ether by the end of the month, Deribit data shows.",
     [("ETH", "at", 4000, None, "USD", F)]),
    ("Analysts expect bitcoin to end the year near $120,000.", [("BTC", "at", 120000, None, "USD", F)]),
    ("Ether is forecast to reach $5,500 by year-end.", [("ETH", "at", 5500, None, "USD", F)]),
    # headline verbs of aiming
    ("Ether eyes $4,000 as ETF inflows pick up.", [("ETH", "at", 4000, None, "USD", F)]),
    ("Solana targets $250 after breaking out of a descending wedge.", [("SOL", "at", 250, None, "USD", F)]),
    ("XRP sets sights on $3 as open interest climbs.", [("XRP", "at", 3, None, "USD", F)]),
    ("BTC is poised to retest $72,000 this week.", [("BTC", "at", 72000, None, "USD", F)]),
    ("Bitcoin may revisit $60,000 before the halving.", [("BTC", "at", 60000, None, "USD", F)]),
    ("A move toward $75,000 is now on the cards for bitcoin.", [("BTC", "at", 75000, None, "USD", F)]),
    ("The next leg could take BTC to $82,000.", [("BTC", "at", 82000, None, "USD", F)]),
    ("Solana could be headed for $300 by the summer, analysts argue.", [("SOL", "at", 300, None, "USD", F)]),
    ("Ether is on pace to retest $3,000 within days.", [("ETH", "at", 3000, None, "USD", F)]),
    ("Crypto analyst Ali Martinez says BTC is gearing up for a run to $90,000.", [("BTC", "at", 90000, None, "USD", F)]),
    ("Bitcoin's rally could stall near $71,000 as sellers defend the range highs.", [("BTC", "at", 71000, None, "USD", F)]),
    ("The measured move from the flag points to $3,600 for ETH.", [("ETH", "at", 3600, None, "USD", F)]),
    ("Analyst Michael van de Poppe says bitcoin could drop as low as $56,000 before the next leg higher.",
     [("BTC", "at", 56000, None, "USD", F)]),
    # technical notes: downside targets, ranges
    ("The downside target sits at $2.10 for XRP.", [("XRP", "at", 2.1, None, "USD", F)]),
    ("Bitcoin's next upside target lies near $78,500.", [("BTC", "at", 78500, None, "USD", F)]),
    ("BTC will likely consolidate between $66,000 and $70,000 this week.", [("BTC", "between", 66000, 70000, "USD", F)]),
    ("Market watchers expect ETH to outperform, with a target range of $3,400–$3,600.",
     [("ETH", "between", 3400, 3600, "USD", F)]),
    ("BTC/USD could extend the recovery toward $72,500 in the sessions ahead.", [("BTC", "at", 72500, None, "USD", F)]),
    # prediction pages and AI pages
    ("Bitcoin price prediction for 2026: $95,000–$140,000.", [("BTC", "between", 95000, 140000, "USD", F)]),
    ("Our current Bitcoin price prediction for 2030 is $250,000.", [("BTC", "at", 250000, None, "USD", F)]),
    ("According to our Ethereum price prediction, ETH is expected to reach $3,812 by July 20, 2025.",
     [("ETH", "at", 3812, None, "USD", F)]),
    ("Finbold's AI tool predicts that XRP will trade at $2.45 on January 1, 2026.", [("XRP", "at", 2.45, None, "USD", F)]),
    ("ChatGPT sets a price target of $135,000 for bitcoin by the end of 2025.", [("BTC", "at", 135000, None, "USD", F)]),
    ("The model puts ether at $3,300 by the end of the month.", [("ETH", "at", 3300, None, "USD", F)]),
    ("The model puts SOL at $182 by Friday.", [("SOL", "at", 182, None, "USD", F)]),
    ("We expect supply overhang to cap rallies near $4,150 for ether.", [("ETH", "below", 4150, None, "USD", F)]),
    ("Ether is heading toward $4,000 as ETF inflows build.", [("ETH", "at", 4000, None, "USD", F)]),
    ("Bitcoin's next leg to $82,000 could come quickly.", [("BTC", "at", 82000, None, "USD", F)]),
    # a move that happened, told as a fact, does not make its present-tense outcome conditional
    ("The breakout puts $4,000 within reach for ether.", [("ETH", "at", 4000, None, "USD", F)]),
]

PERCENTS = [
    ("Cardano could rally 20% from here.", [("ADA", "at", 20, None, "%", F)]),
    ("Bitcoin could fall another 10% from current levels, the strategist warned.", [("BTC", "at", -10, None, "%", F)]),
    ("Analysts project a 25% gain for SOL by the end of the quarter.", [("SOL", "at", 25, None, "%", F)]),
    ("Solana price could skyrocket 40% if whales keep buying.", [("SOL", "at", 40, None, "%", C)]),
]

CONDITIONS = [
    ("If BTC clears $74,000, it could run to $80,000.", [("BTC", "at", 80000, None, "USD", C)]),
    ("A break above $3,200 would open the way to $3,500 for ether.", [("ETH", "at", 3500, None, "USD", C)]),
    ("Should $90,000 give way, bitcoin could slide toward $85,000.", [("BTC", "at", 85000, None, "USD", C)]),
    ("Unless bulls reclaim $2.40, XRP may slip to $2.00.", [("XRP", "at", 2.0, None, "USD", C)]),
    ("Provided that buyers defend $150, SOL could climb to $180.", [("SOL", "at", 180, None, "USD", C)]),
    ("As long as $65,000 holds, bitcoin is likely to push toward $70,000.", [("BTC", "at", 70000, None, "USD", C)]),
    ("Bitcoin is likely to push toward $70,000 as long as buyers defend $65,000.", [("BTC", "at", 70000, None, "USD", C)]),
    ("Reclaiming $2,800 opens the door to $3,100 for ETH.", [("ETH", "at", 3100, None, "USD", C)]),
    ("A daily close below $0.50 could trigger a drop toward $0.45 for XRP.", [("XRP", "at", 0.45, None, "USD", C)]),
    ("A failure to hold $2,300 would leave ether vulnerable to a decline toward $2,100.", [("ETH", "at", 2100, None, "USD", C)]),
    ("BTC risks a slide to $58,000 if the weekly close comes in below $62,000.", [("BTC", "at", 58000, None, "USD", C)]),
    ("If the bullish momentum continues, ETH price could reach $4,100 in the coming weeks.",
     [("ETH", "at", 4100, None, "USD", C)]),
    ("If there is a fresh increase, Ethereum could rise toward $2,650.", [("ETH", "at", 2650, None, "USD", C)]),
    ("Analysts state that the first target for BTC is $105,000 if the $100,000 level is maintained.",
     [("BTC", "at", 105000, None, "USD", C)]),
    ("Once the ETF is approved, ether could surge to $4,500, the trader said.", [("ETH", "at", 4500, None, "USD", C)]),
    ("Any sign of a rate cut could push bitcoin toward $95,000.", [("BTC", "at", 95000, None, "USD", C)]),
    ("Losing $60,000 would put $56,000 back in play for bitcoin.", [("BTC", "at", 56000, None, "USD", C)]),
    ("In the event of a spot ETF approval, SOL could trade at $300.", [("SOL", "at", 300, None, "USD", C)]),
    # a condition in another clause does not govern this target
    ("Bitcoin could reach $75,000 this week; if it stalls, shorts will keep paying funding.",
     [("BTC", "at", 75000, None, "USD", F)]),
]

TOLD_IN_PAST = [
    ("Analyst PlanB had predicted $100,000 bitcoin by the end of 2021.", [("BTC", "at", 100000, None, "USD", F)]),
    ("In January, the bank had forecast that bitcoin would reach $100,000 by year-end.", [("BTC", "at", 100000, None, "USD", F)]),
    ("Last year the analyst predicted ether would hit $5,000, a call that has not played out.",
     [("ETH", "at", 5000, None, "USD", F)]),
    ("The call for $100K bitcoin proved right in December.", [("BTC", "at", 100000, None, "USD", F)]),
]

NOT_FORECASTS = [
    # a level already reached, a target already met
    "Bitcoin hit $100,000 on Thursday, a level analysts had targeted since the summer.",
    "Ether finally reached the $4,000 target on Monday.",
    "Bitcoin could not hold $70,000 and slipped to $68,200 on Tuesday.",
    "Yesterday's rally to $3,900 stalled at the 200-day average.",
    "CoinMarketCap data puts ether at $3,050 at press time.",
    "Bitcoin fell to $60,000 by Sunday.",
    "Bitcoin was on its way to $100,000 when the news broke.",
    "The analyst attributes Bitcoin's retest of $60,000 to strong spot flows.",
    "For the next leg higher to start, Bitcoin needs to hold above $99,300.",
    # advice and what a trader must do
    "Traders should consider taking profits above $70,000.",
    "Investors may want to place a stop-loss below $58,000.",
    "Bitcoin would need to rise 35% to reach its record.",
    "Ether would have to rally 40% just to get back to its high.",
    # a hypothetical history
    "Had you bought bitcoin at $16,000 in late 2022, your stake would be worth five times more today.",
    "In 2021, the same setup would have sent ether to $4,800.",
]


def _article(text: str) -> Article:
    return Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")


def _forecasts(sentence: str) -> list[tuple]:
    found = [c for c in extract(_article(sentence)) if c.kind is ClaimKind.forecast]
    return sorted((c.asset, c.comparator.value, c.value, c.value_high, c.unit, c.modality.value) for c in found)


def _ids(value: object) -> str:
    return value[:60] if isinstance(value, str) else ""


@pytest.mark.parametrize(("sentence", "expected"), TARGETS + PERCENTS, ids=_ids)
def test_a_target_is_a_forecast(sentence: str, expected: list[tuple]) -> None:
    assert _forecasts(sentence) == sorted(expected)


@pytest.mark.parametrize(("sentence", "expected"), CONDITIONS, ids=_ids)
def test_a_target_that_rests_on_a_condition_is_conditional(sentence: str, expected: list[tuple]) -> None:
    assert _forecasts(sentence) == sorted(expected)


@pytest.mark.parametrize(("sentence", "expected"), TOLD_IN_PAST, ids=_ids)
def test_a_forecast_told_in_the_past_is_still_a_forecast(sentence: str, expected: list[tuple]) -> None:
    assert _forecasts(sentence) == sorted(expected)


@pytest.mark.parametrize("sentence", NOT_FORECASTS, ids=_ids)
def test_no_forecast_where_none_is_made(sentence: str) -> None:
    claims = extract(_article(sentence))
    assert [c.text for c in claims if c.kind is ClaimKind.forecast or c.modality in {Modality.forecast, Modality.conditional}] == []


def test_what_the_price_would_have_to_do_is_no_price_claim() -> None:
    """'would have to climb to $260': neither the price now nor a target anyone expects."""
    claims = extract(_article("Solana would have to climb to $260 to set a new all-time high."))
    assert [c.text for c in claims if c.value == 260] == []


def test_the_condition_figure_is_the_line_it_presupposes() -> None:
    """'If BTC clears $74,000, ...': $74,000 is not where BTC is but the ceiling the scenario
    assumes (a conditional resistance, corpus/README); the call is $80,000."""
    claims = extract(_article("If BTC clears $74,000, it could run to $80,000."))
    read = sorted((c.kind.value, c.value, c.modality.value) for c in claims if c.kind is not ClaimKind.opinion)
    assert read == [("forecast", 80000, "conditional"), ("resistance", 74000, "conditional")]


def test_a_targets_horizon_is_kept() -> None:
    """'... to $150,000 by the end of 2025': the forecast is due at the end of 2025."""
    (claim,) = [c for c in extract(_article("Standard Chartered expects bitcoin to reach $150,000 by the end of 2025."))
                if c.kind is ClaimKind.forecast]
    assert claim.time is not None and claim.time.end is not None and claim.time.end.year in {2025, 2026}
    assert claim.attributed_to == "Standard Chartered"
