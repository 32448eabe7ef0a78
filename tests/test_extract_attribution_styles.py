"""Whose word a figure is, in the wordings of many outlets, written for this test (no sentence
is taken from an article).

Following corpus/README.md: a figure the outlet reports from someone else ("per CoinGlass",
"CoinGlass data show", "(CoinGecko)", "U.Today reports", "the exchange said in a statement",
"a trader told Reuters") is `attributed`, with the source as named in `attributed_to`; the
outlet's own figures stay `asserted`, even when a data provider or a speaker appears elsewhere
in the sentence. A source's account carries into the next sentence of its paragraph only when
that sentence breaks the source's figure down ("Of that, ...", "Longs accounted for ...").
A forecast that rests on a condition is `conditional`, however the condition is written.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import Article, ClaimKind, Modality, Precision
from factcheck.nlp.attribution_carry import with_carried_attribution
from factcheck.nlp.extract import claims_from_doc
from factcheck.nlp.pipeline import load_pipeline

PUBLISHED = datetime(2025, 6, 18, 9, 30, tzinfo=UTC)


def figures(text: str):
    """The checkable claims of `text` (opinions left aside), with a source's account carried on
    (the pass is applied here too until extraction runs it: applying it twice changes nothing)."""
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    doc = load_pipeline()(text)
    return [c for c in with_carried_attribution(doc, claims_from_doc(doc, article)) if c.kind is not ClaimKind.opinion]


ATTRIBUTED = [
    # data providers named after the figure, as a subject of a reporting verb
    ("Roughly $410 million of leveraged positions were wiped out over 24 hours, CoinGlass data show.", "CoinGlass data"),
    ("Ether shorts lost more than $64 million in a day, Coinglass data shows.", "Coinglass data"),
    ("Ether slid 7% to $2,950 over the weekend, Santiment noted.", "Santiment"),
    ("XRP is up 11% in 24 hours, U.Today reports.", "U.Today"),
    ("Bitcoin open interest climbed to $31 billion, CoinGlass figures showed.", "CoinGlass figures"),
    # prepositional frames
    ("Bitcoin open interest climbed to $31 billion, per CoinGlass.", "CoinGlass"),
    ("As per CoinGecko data, BNB dropped 4% to $585 in the past day.", "CoinGecko data"),
    ("Data from Coinglass showed $212 million in long liquidations over the past day.", "Coinglass"),
    ("Spot bitcoin volume rose to $38 billion on Monday, according to figures compiled by The Block.", "The Block"),
    ("Bitcoin briefly touched $98,400 on Tuesday, as reported by Cointelegraph.", "Cointelegraph"),
    ("Solana was changing hands at $182 at press time, based on data from CoinMarketCap.", "CoinMarketCap"),
    ("Bitcoin's market dominance rose to 61%, citing data from TradingView.", "TradingView"),
    # a parenthetical credit, as aggregator and AI-written pages print it
    ("Ether's market capitalisation stood at $402 billion (CoinGecko).", "CoinGecko"),
    ("Trading volume reached $52 billion in the last 24 hours (CoinMarketCap, 2025).", "CoinMarketCap"),
    # wires and exchanges
    ("Trading volume on the platform jumped 40% to $9 billion in the past 24 hours, the exchange said in a statement.", "the exchange"),
    ("About $1.1 billion in long positions were liquidated on Friday, a Singapore-based trader told Reuters.", "a Singapore-based trader"),
    # Korean, Turkish and Indian English sites
    ("Bitcoin traded at 142 million won on Upbit, the local exchange said.", "the local exchange"),
    ("As noted by Glassnode, bitcoin's price fell 5% to $101,200 on Sunday.", "Glassnode"),
]


@pytest.mark.parametrize(("sentence", "source"), ATTRIBUTED)
def test_a_figure_from_a_named_source_is_attributed_to_it(sentence: str, source: str) -> None:
    found = figures(sentence)
    assert found, sentence
    for claim in found:
        assert claim.modality is Modality.attributed, (claim.text, claim.modality)
        assert claim.attributed_to == source, (claim.text, claim.attributed_to)


OWN = [
    # a venue is where the price was, not who says so
    "Bitcoin rose 3% to $67,500 on Binance on Tuesday.",
    # a statement that dates the move is not the move's source
    "Bitcoin jumped 4% to $99,800 after the exchange said it would list new futures.",
    "Ether fell 6% to $3,100 shortly after the central bank said rates would stay higher for longer.",
    # a provider named as the subject of the news, not as the figure's source
    "Bitcoin slipped 2% to $88,400 as CoinGlass rolled out a new liquidation map.",
    # our own readings, with a tool only mentioned
    "We read the daily RSI at 41 on TradingView charts this morning, and bitcoin sits at $84,300.",
    # an exchange in brackets after a figure is where it was quoted, not who reported it
    "BTC perpetual funding: 0.0061% (Binance), 0.0045% (Bybit).",
    "Ether changed hands at $3,120 (Coinbase) in early European trade.",
]


@pytest.mark.parametrize("sentence", OWN)
def test_the_outlets_own_figures_stay_asserted(sentence: str) -> None:
    found = figures(sentence)
    assert found, sentence
    for claim in found:
        assert claim.modality is Modality.asserted, (claim.text, claim.modality, claim.attributed_to)


CARRIED = [
    (("According to CoinGlass, $640 million of positions were liquidated over 24 hours. "
      "Of that, long positions accounted for $510 million."), "CoinGlass", 2),
    (("Some $980 million of leveraged bets were wiped out in a day, CoinGlass data show. "
      "Longs accounted for $800 million and shorts for $180 million."), "CoinGlass data", 3),
]


@pytest.mark.parametrize(("paragraph", "source", "count"), CARRIED)
def test_a_breakdown_of_the_sources_figure_keeps_its_source(paragraph: str, source: str, count: int) -> None:
    found = figures(paragraph)
    assert len(found) == count, [c.text for c in found]
    for claim in found:
        assert claim.modality is Modality.attributed, (claim.text, claim.modality)
        assert claim.attributed_to == source, (claim.text, claim.attributed_to)


NOT_CARRIED = [
    # the writer's own figure after the source's: a new kind of figure
    ("According to CoinGecko, XRP is up 9% in 24 hours. Its market capitalisation crossed $140 billion.", "Its market"),
    # a new subject takes over: the next venue's figure is the outlet's
    (("According to CoinGlass, $640 million of positions were liquidated over 24 hours. "
      "Binance accounted for $250 million of the total."), "Binance"),
    # the writer's own arithmetic on the source's figure
    ("CoinGlass counted $300 million of short liquidations in a day. That is a 200% imbalance over longs.", "That is"),
    # a new paragraph is the writer's again
    ("Over $500 million of longs were liquidated in a day, per CoinGlass.\n\nBitcoin now trades at $91,200.", "Bitcoin now"),
]


@pytest.mark.parametrize(("paragraph", "start"), NOT_CARRIED)
def test_the_next_sentence_in_the_writers_voice_is_asserted(paragraph: str, start: str) -> None:
    found = [c for c in figures(paragraph) if c.sentence.strip().startswith(start)]
    assert found, paragraph
    for claim in found:
        assert claim.modality is Modality.asserted, (claim.text, claim.modality, claim.attributed_to)


CONDITIONAL = [
    "Should bitcoin hold $95,000, it may retest $100,000 within weeks.",
    "Should ether hold above $3,000, a push to $3,600 is likely.",
    "A daily close above $72,000 would put $80,000 within reach.",
    "A weekly close above $2.50 would open the way to $3 for XRP.",
]


@pytest.mark.parametrize("sentence", CONDITIONAL)
def test_a_forecast_resting_on_a_scenario_is_conditional(sentence: str) -> None:
    found = [c for c in figures(sentence) if c.modality in {Modality.forecast, Modality.conditional}]
    assert found, [(c.kind, c.text, c.modality) for c in figures(sentence)]
    for claim in found:
        assert claim.modality is Modality.conditional, (claim.text, claim.modality)
