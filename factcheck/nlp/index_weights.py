"""An index's recipe is not a reading: 'including indicators: volatility (25%) + market trading
volume (25%) + social media popularity (15%) + ...' describes how the Fear & Greed index is
weighted, and news digests paste it under every reading. A sentence that lists three or more
bracketed percentages adding up to a whole (or joined by '+') gives weights; no figure of that
list is a claim. Moves listed the same way ('bitcoin (3%), ether (5%) and solana (7%)') add up to
no whole and are kept."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import text_of

_WEIGHT = re.compile(r"\(\s*(\d{1,2}(?:\.\d+)?)\s*%\s*\)")
_PARTS = 3  # bracketed shares in one sentence before they read as a recipe


def without_index_weights(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims without those read from the weights of an index's recipe."""
    text = text_of(doc)
    weights: list[tuple[int, int]] = []
    for sentence in doc.sents:
        found = list(_WEIGHT.finditer(text, sentence.start_char, sentence.end_char))
        whole = 90 <= sum(float(m.group(1)) for m in found) <= 110
        if len(found) >= _PARTS and (whole or "+" in text[found[0].end() : found[-1].start()]):
            weights += [(m.start(), m.end()) for m in found]
    if not weights:
        return claims
    return [c for c in claims if c.kind is ClaimKind.opinion
            or not any(c.span[0] < end and start < c.span[1] for start, end in weights)]
