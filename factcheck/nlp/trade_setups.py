"""Figures of a trade set-up: 'consider setting take-profit points in the range of $2,900 to
$3,000', 'stop loss at $2,450'. They are orders a reader is advised to place, not where the
price stood or where anyone says it will go, so they make no claim. An order that fired ('stop
losses were triggered below $60,000') does say where the price went, and is kept."""

from __future__ import annotations

from spacy.tokens import Span

_ORDERS = {("take", "profit"), ("take", "profits"), ("stop", "loss"), ("stop", "losses")}
_REACH = 14  # tokens before the figure in which the order is named ('take profit points in the range of $A to $B')
_BREAKS = {";", ".", "|", "•"}
_PLACING = {"set", "setting", "sets", "place", "placing", "consider", "considering", "put", "putting", "move", "moving",
            "use", "keep", "level", "levels", "point", "points", "target", "targets", "order", "orders", ":", "at"}
_TRIGGERED = {"triggered", "hit", "swept", "taken", "run", "cascaded", "tripped", "wiped", "liquidated"}


def _order_at(quantity: Span, i: int) -> bool:
    """'take profit', 'stop-loss', 'take-profits' starting at token i."""
    doc = quantity.doc
    words = [t.lower_ for t in doc[i : min(i + 3, len(doc))]]
    if len(words) >= 3 and words[1] == "-":
        words = [words[0], words[2]]
    return len(words) >= 2 and (words[0], words[1]) in _ORDERS


def trade_order_figure(quantity: Span) -> bool:
    """Whether a figure is the price of a take-profit or stop-loss order placed, named just before it."""
    doc = quantity.doc
    start = max(quantity.sent.start, quantity.start - _REACH)
    for i in range(quantity.start - 1, start - 1, -1):
        if doc[i].text in _BREAKS:
            return False
        if _order_at(quantity, i):
            near = {t.lower_ for t in doc[max(quantity.sent.start, i - 3) : quantity.start]}
            return bool(near & _PLACING) and not near & _TRIGGERED
    return False
