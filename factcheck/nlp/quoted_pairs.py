"""A trading pair quoted in dollars ("BTC/USD", "ETH/USDT", "BTC-USD", "BTCUSDT") sets the unit
of the bare figures after it: "BTC/USD last traded at 84,200" and "ETH/USDT changed hands at
3,150" are dollar prices, as a quote screen shows them, with no sign written. A pair quoted in
another coin ("ETH/BTC at 0.031") is a ratio, not a dollar price, and is not read this way. Nor is a figure that names something else ('the 200
EMA', '0.5 times', '3 consecutive highs': a word of its own follows it) or that is written as a small
count ('the 50 and 200-day'): a quote is written at a price's size (a thousand and over) or with its
decimals ('84.13')."""

from __future__ import annotations

from spacy.tokens import Span

from factcheck.nlp.components import group

DOLLAR_QUOTES = ("USD", "USDT", "USDC")
_JOINS = {"/", "-"}


def _quoted_in_dollars(asset: Span) -> bool:
    doc = asset.doc
    last = asset[-1].text
    if any(last.endswith(q) and len(last) > len(q) for q in DOLLAR_QUOTES) or (len(asset) > 1 and last in DOLLAR_QUOTES):
        return True  # 'BTCUSDT', or the pair read as one asset span ('BTC/USD')
    after = asset.end
    return after + 1 < len(doc) and doc[after].text in _JOINS and doc[after + 1].text in DOLLAR_QUOTES


_NAMING = {"NOUN", "PROPN", "ADJ", "NUM"}


def _written_as_quote(figure: Span) -> bool:
    q = figure._.quantity
    after = figure.doc[figure.end] if figure.end < len(figure.doc) else None
    return (q.value >= 1000 or q.decimals > 0) and (after is None or after.pos_ not in _NAMING and after.text not in {"-", "‑"})


def after_dollar_pair(figure: Span) -> bool:
    """Whether the bare figure is a quote of a dollar-quoted pair written earlier in its sentence."""
    sentence = figure.sent
    return _written_as_quote(figure) and any(
        sentence.start <= a.start and a.end <= figure.start and _quoted_in_dollars(a) for a in group(figure.doc, "assets"))
