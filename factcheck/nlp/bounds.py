"""A figure written as a bound: 'north of $100K', 'just shy of $70,000', 'at over 86
million won'. The words come from the `bounds` span group (models/patterns/bounds.jsonl);
a claim stated at such a figure is above or below it, not at it."""

from __future__ import annotations

from spacy.tokens import Span

from factcheck.model import Comparator
from factcheck.nlp.components import group

_BETWEEN = {"the", "a", "an", "its"}  # 'just shy of the $70,000 mark'


def bound_before(quantity: Span) -> Comparator | None:
    """`above` or `below` when bound words stand right before the figure, else None."""
    doc = quantity.doc
    for bound in group(doc, "bounds"):
        if bound.end <= quantity.start and all(t.lower_ in _BETWEEN for t in doc[bound.end : quantity.start]) \
                and quantity.start - bound.end <= 2:
            return Comparator.above if bound.label_ == "above" else Comparator.below
    return None

