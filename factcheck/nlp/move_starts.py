"""Where a move started, told with its day: 'Solana climbed to $190, up from $148 on November 4',
'has recovered to $66,000 from $62,500 on Saturday', 'rose to 110 million won from around 95
million won on Nov. 5'.

The start of a move is a price the coin stood at on the day named, as checkable as the level it
reached. Without a day ('up from $148') it only restates the move, so it is left alone. The start
is read for the coin of the move it belongs to, a price move or level in the same sentence, and
only for a price figure (dollars or a local currency), so 'volume rose to $30 billion from $21
billion on Monday' stays with the volume.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Comparator
from factcheck.nlp.components import group, text_of
from factcheck.nlp.price_cues import MAX_PRICE
from factcheck.nlp.timeref import DAYS_NAMED, resolve

_APPROXIMATELY = {"around", "about", "roughly", "approximately", "nearly", "almost", "some", "just", "under", "over", "a", "low", "high"}
_MOVES = {ClaimKind.price_level, ClaimKind.price_change, ClaimKind.intraday_high, ClaimKind.intraday_low}
_PRICE_UNITS = {"USD", "KRW", "INR", "JPY", "AUD"}
_DAY_REACH = 2  # tokens between the figure and the day it is dated by ('on Saturday', 'on Nov. 5')


def _started_from(doc: Doc, quantity: Span, sentence: Span) -> bool:
    """Whether 'from' (past words of approximation) stands right before the figure."""
    i = quantity.start - 1
    while i > sentence.start and doc[i].lower_ in _APPROXIMATELY:
        i -= 1
    return i >= sentence.start and doc[i].lower_ == "from"


def _day_after(doc: Doc, quantity: Span) -> Span | None:
    """The named day right after the figure: 'on November 4', 'on Saturday', 'last Friday'."""
    for window in group(doc, "windows"):
        if quantity.end <= window.start <= quantity.end + _DAY_REACH and window.label_ in DAYS_NAMED \
                and all(t.lower_ in {"on", ","} for t in doc[quantity.end : window.start]):
            return window
    return None


def move_starts(doc: Doc, article: Article, claims: list[Claim]) -> list[Claim]:
    """The claims, with the dated start of each price move added as that day's price."""
    taken = [c.span for c in claims]
    added: list[Claim] = []
    for quantity in group(doc, "quantities"):
        q = quantity._.quantity
        if q is None or q.unit not in _PRICE_UNITS or (q.dollar_size or 0) >= MAX_PRICE \
                or any(s[0] <= quantity.start_char < s[1] for s in taken):
            continue  # '$7.03 billion' is a total's size, not a coin's price
        sentence = quantity.sent
        if not _started_from(doc, quantity, sentence):
            continue
        day = _day_after(doc, quantity)
        moves = [c for c in claims if c.kind in _MOVES and c.sentence == sentence.text.strip() and c.asset is not None]
        move = min(moves, key=lambda c: abs(c.span[0] - quantity.start_char), default=None)  # the move it starts
        if day is None or move is None or move.unit not in {q.unit, "%"}:
            continue
        if move.unit == q.unit and move.value and not 0.1 <= q.value / move.value <= 10:
            continue  # a figure ten times off the level it moved to is another series' start
        span = (quantity.start_char, day.end_char)
        added.append(move.model_copy(update={
            "kind": ClaimKind.price_level, "metric": "price", "value": q.value, "value_high": None, "unit": q.unit,
            "decimals": q.decimals, "magnitude": q.magnitude, "comparator": Comparator.at, "bound": None,
            "time": resolve(article, "instant", day, sentence=sentence), "text": text_of(doc)[span[0] : span[1]], "span": span,
        }))
    return sorted([*claims, *added], key=lambda c: c.span)
