"""A figure written as a bound: 'north of $100K', 'just shy of $70,000', 'at over 86
million won'. The words come from the `bounds` span group (models/patterns/bounds.jsonl);
a claim stated at such a figure is above or below it, not at it."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Comparator
from factcheck.nlp.components import group

_BETWEEN = {"the", "a", "an", "its"}  # 'just shy of the $70,000 mark'


def bound_before(quantity: Span) -> Comparator | None:
    """`above` or `below` when bound words stand right before the figure, else None."""
    doc = quantity.doc
    for gap in range(3):  # the bound ends at most two words before the figure
        for bound in _bounds_ending(doc).get(quantity.start - gap, ()):
            if all(t.lower_ in _BETWEEN for t in doc[bound.end : quantity.start]):
                return Comparator.above if bound.label_ == "above" else Comparator.below
    return None


def _bounds_ending(doc: Doc) -> dict[int, list[Span]]:
    """The bound words by the token they end at, indexed once per Doc."""
    cache = doc.user_data.setdefault("fc_groups", {})
    by_end = cache.get("fc_bounds_by_end")
    if by_end is None:
        by_end = cache["fc_bounds_by_end"] = {}
        for bound in group(doc, "bounds"):
            by_end.setdefault(bound.end, []).append(bound)
    return by_end

