"""A bracketed aside right after a chart line's name: 'the 50-day EMA (Exponential Moving Average)
at $2,912', 'the 200-week EMA (the blue wave) near $1,620'. Outlets spell out the abbreviation or
say which curve on the chart it is; the aside names the line again and the value after it is still
the line's. An aside that holds a figure is not one: '(now $3,100)' is the value itself."""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.nlp.components import group

_LONGEST = 10  # tokens from the opening bracket to the closing one


def aside_length(doc: Doc, start: int, end: int) -> int:
    """The tokens of a bracketed aside opening at `start` and closing before `end`, or 0."""
    if start >= end or doc[start].text != "(":
        return 0
    for i in range(start + 1, min(end, start + _LONGEST)):
        if doc[i].text == "(":
            return 0
        if doc[i].text == ")":
            if any(start < q.start < i for q in group(doc, "quantities") if q._.quantity.is_money):
                return 0
            return i - start + 1
    return 0
