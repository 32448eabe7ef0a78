"""A price written without its currency sign: FX-style desks and chart templates write
'3410 is support', 'a ceiling at 104,250', 'the 10 and 100 period averages
(respectively at 3318 and 3254)'. Such a figure is a price when the article sets that
scale: another figure of the article lies within a quarter of it, and if the article also
writes dollar prices, one of those does. A year ('since 2021', '2024 highs'), a count, an
index or oscillator value (below a thousand) or a stock index on a page whose coin trades
at another scale is not read this way."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.nlp.components import group
from factcheck.nlp.price_cues import MAX_PRICE

_LEAST = 1000.0  # below it a bare figure may be an RSI, a Fear & Greed value, a period, a count of days
_NEAR = 1.25  # two figures of one chart's prices lie within a quarter of each other
_MONEY_NEAR = 1.5  # a bare level beside dollar prices is near one of them


def _year(text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100


def _bare(q) -> bool:
    """A plain figure that could be a price: no unit, no 'k', not a year, at a price's size."""
    return q.unit is None and q.magnitude == 1 and _LEAST <= q.value < MAX_PRICE and not _year(q.text.strip())


def _figures(doc: Doc) -> tuple[list[float], list[float]]:
    """The article's bare figures that could be prices, and its dollar figures below the price cap."""
    cached = doc.user_data.get("fc_bare_figures")
    if cached is None:
        bare, money = [], []
        for span in group(doc, "quantities"):
            q = span._.quantity
            if _bare(q):
                bare.append(q.value)
            elif q.unit == "USD" and 0 < q.value < MAX_PRICE:
                money.append(q.value)
        cached = doc.user_data["fc_bare_figures"] = (bare, money)
    return cached


def _near(a: float, b: float, ratio: float) -> bool:
    return max(a, b) <= min(a, b) * ratio


def at_price_scale(span: Span) -> bool:
    """Whether the bare figure `span` reads as a price on this page."""
    q = span._.quantity
    if not _bare(q):
        return False
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == "/" or span.start > 0 and doc[span.start - 1].text == "/":
        return False  # 'EMA9 / EMA21 | 1712.4 / 1698.9': a pair of values each for its own line
    bare, money = _figures(doc)
    if money and not any(_near(q.value, m, _MONEY_NEAR) for m in money):
        return False
    others = [v for v in bare if v != q.value] + money
    return any(_near(q.value, v, _NEAR) for v in others)
