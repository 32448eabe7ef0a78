"""'The largest single liquidation order was a $9.1 million BTCUSDT long on OKX', 'Huobi had the
biggest single liquidation, worth over $20 million': the size of one order, which wraps report
beside the totals. It is no total of liquidations over a window, and no market series can check it.

A liquidation figure written after the words of a single order, in the same clause, is dropped.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.model import Claim, ClaimKind

_ONE = {"single"}
_ORDER_NOUNS = {"liquidation", "order", "trade", "position", "wipeout"}
_CLAUSE_ENDS = {";", "while", "whereas", "but"}


def _single_order_at(doc: Doc, start: int, end: int) -> int | None:
    """Where the words of a single order end, between two token positions ('single liquidation',
    'single largest liquidation', 'liquidation order')."""
    for t in doc[start:end]:
        if t.lower_ in _ONE and any(w.lower_ in _ORDER_NOUNS for w in doc[t.i + 1 : min(end, t.i + 4)]):
            return t.i + 1
        if t.lower_ == "liquidation" and t.i + 1 < end and doc[t.i + 1].lower_ == "order":
            return t.i + 2
    return None


def without_single_orders(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims, less liquidation figures that are one order's size."""
    kept = []
    for claim in claims:
        if claim.kind is ClaimKind.liquidations and claim.unit == "USD":
            span = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
            if span is not None and len(span):
                sentence = span.sent
                figure = next((t.i for t in span if t.like_num or t.text == "$"), span.start)
                named = _single_order_at(doc, sentence.start, figure)
                if named is not None and not any(t.lower_ in _CLAUSE_ENDS for t in doc[named:figure]):
                    continue
        kept.append(claim)
    return kept
