"""A coin's price worked out from a supposed valuation is arithmetic, not a call.

'If ether were to reach a $1 trillion market cap, each token would be worth about $8,300' and
'At a $500 billion valuation, one XRP would trade near $8.40' divide a supposed size by the
supply. Neither the size nor the price is what the market did or what anyone expects: the
sentence answers 'what if', so none of its prices or market caps is a claim.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Claim, ClaimKind

_KINDS = {ClaimKind.price_level, ClaimKind.price_change, ClaimKind.forecast, ClaimKind.market_cap}
_PER_COIN = {"each", "every", "per", "one", "single"}
_PRICED = {"worth", "valued", "priced", "cost", "trade", "trading", "sell", "change"}
_WOULD = {"would", "'d", "’d"}


def _per_coin_price(sentence: Span) -> bool:
    """'each ETH would be valued at ...', 'one XRP would be worth ...': a modal of supposition whose
    subject is a single coin of the supply, then a word of price."""
    for token in sentence:
        if token.lower_ not in _WOULD:
            continue
        verb = token.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or not any(c.lower_ in _PER_COIN for c in subject.subtree):
            continue
        after = sentence.doc[verb.i : min(verb.i + 4, sentence.end)]
        if verb.lower_ in _PRICED or any(t.lower_ in _PRICED for t in after):
            return True
    return False


def without_valuation_arithmetic(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims less the prices and market caps of a sentence that prices one coin at a supposed valuation."""
    supposed = [(s.start_char, s.end_char) for s in doc.sents if _per_coin_price(s)]
    if not supposed:
        return claims
    return [c for c in claims if not (c.kind in _KINDS and any(a <= c.span[0] < b for a, b in supposed))]
