"""A coin's percent of the whole market is its dominance: 'bitcoin accounts for 57.2% of the
combined value of all cryptocurrencies', 'ether represents 13% of the total crypto market cap'.

The market's total is a market-cap phrase, so the figure was read as a market cap in percent, of
no coin. A percent 'of' the total, with a coin named before it in the sentence, is that coin's
share of the total: `market_cap` with metric `dominance`, as 'bitcoin's dominance rose to 57.2%'
is (corpus/README). Without a coin named ('stablecoins make up 8% of the total') it is no claim: a market cap in
percent, at a level, is a share of some whole, and a share of no coin is nothing a series checks. A
coin's market cap 'at' a percent ('the market capitalization of Ethereum on June 6 was 17.74%') is
its share too, whatever words come after; led by 'by' it is a gap to another figure and goes.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from factcheck.model import Claim, ClaimKind, Comparator
from factcheck.nlp.components import group, text_of

_OF_THE_TOTAL = re.compile(r"^\s*%?\s*(?:percent\s+)?of\s+(?:the\s+)?", re.IGNORECASE)


def with_market_shares(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims, with a coin's percent of the market's total read as its dominance."""
    out = []
    for claim in claims:
        if claim.kind is ClaimKind.market_cap and claim.metric == "market_cap" and claim.unit == "%" \
                and claim.comparator is Comparator.at and claim.value is not None and 0 < claim.value < 100:
            figure = next((q for q in group(doc, "quantities") if claim.span[0] <= q.start_char < claim.span[1]
                           and q._.quantity is not None and q._.quantity.unit == "%"), None)
            if figure is not None and _OF_THE_TOTAL.match(text_of(doc)[figure.end_char : claim.span[1]]):
                sentence = figure.sent
                coins = [a for a in group(doc, "assets") if sentence.start <= a.start and a.end <= figure.start]
                if coins:
                    claim = claim.model_copy(update={"metric": "dominance", "asset": coins[-1].label_})
            if claim.metric == "market_cap":
                if claim.asset is None or figure is not None and _led_by_gap(doc, figure):
                    continue  # 'all other cryptocurrencies make up 40.9%', 'trails the altcoin market cap by 17%'
                claim = claim.model_copy(update={"metric": "dominance"})  # 'the market capitalization of Ethereum was 17.74%'
        out.append(claim)
    return out


def _led_by_gap(doc: Doc, figure) -> bool:
    """'trails the altcoin market capitalization by 17%': a gap to another figure, no share."""
    return figure.start > 0 and doc[figure.start - 1].lower_ == "by"
