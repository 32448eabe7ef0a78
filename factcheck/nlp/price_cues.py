"""What every module that binds a price figure shares: the cue table, a binding, and the
words and limits that make a figure a price.

Kept in one place so the binding modules read one cue table (loaded once) and one idea of
a price-sized figure without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Span

from factcheck.nlp.components import load_cues

LEVEL_NOUNS = {"level", "mark", "zone", "area", "handle", "threshold", "line", "region", "barrier", "territory"}
FIB_WORDS = {"fib", "fibonacci", "retracement", "extension"}  # a percent before them names a chart level, not a move
MAX_PRICE = 5e6  # a USD "price" beyond this is a market total, not a price
CLAUSE_JOINERS = {"and", "but", "while", "whereas"}


@lru_cache(maxsize=1)
def cue_table() -> dict[str, dict[str, Any]]:
    """Every price cue's row by id, read once for all the modules that consult it."""
    return load_cues()


@dataclass(frozen=True)
class Binding:
    """A quantity and the cue that gives it meaning (None: the number's own sign)."""

    quantity: Span
    cue: Span | None
    row: dict[str, Any]
