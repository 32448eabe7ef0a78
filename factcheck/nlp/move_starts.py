"""Where a move started, told with its day: 'Solana climbed to $190, up from $148 on November 4',
'has recovered to $66,000 from $62,500 on Saturday', 'rose to 110 million won from around 95
million won on Nov. 5'.

The start of a move is a price the coin stood at on the day named, as checkable as the level it
reached. Without a day ('up from $148') it only restates the move, so it is left alone, unless
the rise is told as a path with both ends written ('went from $10,000 to $67,000', 'climbing from
$133 to the current level'): both ends are then levels the coin stood at, as the two ends of a fall
already are. A dated start is read even when the sentence names no destination ('has jumped from
around 95 million won on Nov. 5', 'more than doubled from about $37,000 a year ago'), for the coin
the sentence or the text before it is about. The start is read for the coin of the move it belongs
to, a price move or level in the same sentence, and only for a price figure (dollars or a local
currency), so 'volume rose to $30 billion from $21 billion on Monday' stays with the volume.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Comparator
from factcheck.nlp.components import group, text_of, within
from factcheck.nlp.numbers import UNITS_PER_USD
from factcheck.nlp.price_cues import MAX_PRICE
from factcheck.nlp.price_direction import UP_WORDS
from factcheck.nlp.timeref import DAYS_NAMED, resolve

_APPROXIMATELY = {"around", "about", "roughly", "approximately", "nearly", "almost", "some", "just", "under", "over", "a", "low", "high"}
_MOVES = {ClaimKind.price_level, ClaimKind.price_change, ClaimKind.intraday_high, ClaimKind.intraday_low}
_PRICE_UNITS = set(UNITS_PER_USD)
_DAY_REACH = 2  # tokens between the figure and the day it is dated by ('on Saturday', 'on Nov. 5')
_DAY_GLUE = {"on", ",", "late", "early"}  # 'from $0.25 late in 2023'
# words of moving a start may follow: 'jumped from', 'a sharp increase from', 'went from'; 'recovered
# from' and 'rebounded from' name a low, read elsewhere
_MOVING = (UP_WORDS | {"move", "go", "went", "increase", "double", "triple", "fall", "drop", "decline", "slide", "plunge",
                       "tumble", "sink", "slip"}) - {"high", "highs", "peak", "top", "up", "recover", "rebound", "bounce", "claw"}
_RISING = _MOVING & (UP_WORDS | {"move", "go", "went", "increase", "double", "triple"})
_MOVE_REACH = 4  # tokens from the word of moving to 'from': 'jumped sharply in price from'
_PATH_GLUE = {"to", "the", "current", "around", "about", "roughly", "nearly", "levels", "level", "exceeding", "above", "over", "of"}


def _started_from(doc: Doc, quantity: Span, sentence: Span) -> bool:
    """Whether 'from' (past words of approximation) stands right before the figure."""
    i = quantity.start - 1
    while i > sentence.start and doc[i].lower_ in _APPROXIMATELY:
        i -= 1
    return i >= sentence.start and doc[i].lower_ == "from"


def _day_after(doc: Doc, quantity: Span) -> Span | None:
    """The named day right after the figure: 'on November 4', 'on Saturday', 'last Friday'."""
    for window in group(doc, "windows"):
        dated = window.label_ in DAYS_NAMED or window.label_ == "duration" and window[-1].lower_ == "ago"  # 'a year ago'
        if quantity.end <= window.start <= quantity.end + _DAY_REACH and dated \
                and all(t.lower_ in _DAY_GLUE for t in doc[quantity.end : window.start]):
            return window
    return None


def _moving_word(doc: Doc, quantity: Span, sentence: Span) -> str | None:
    """The word of moving the start hangs on ('jumped from', 'went from'), by its lemma."""
    i = quantity.start - 1
    while i > sentence.start and doc[i].lower_ in _APPROXIMATELY:
        i -= 1
    for t in reversed(doc[max(sentence.start, i - _MOVE_REACH) : i]):
        if t.lemma_.lower() in _MOVING or t.lower_ in _MOVING:
            return t.lemma_.lower() if t.lemma_.lower() in _MOVING else t.lower_
    return None


def _path_end(doc: Doc, quantity: Span, sentence: Span) -> bool:
    """'from $10,000 to $67,000', 'from $133 to the current level': the path's far end follows."""
    after = doc[quantity.end : min(sentence.end, quantity.end + 5)]
    if not after or after[0].lower_ != "to":
        return False
    words = []
    for t in after:
        if t.like_num or t.text in {"$", "US$"} or t.lower_ in {"level", "levels"} and words[-1:] == ["current"]:
            return True
        if t.lower_ not in _PATH_GLUE:
            return False
        words.append(t.lower_)
    return False


def _window_before(doc: Doc, sentence: Span, quantity: Span) -> Span | None:
    """A span of time the sentence names before the figure ('During the weekend, ...')."""
    return next((w for w in group(doc, "windows") if sentence.start <= w.start and w.end <= quantity.start
                 and w.label_ in DAYS_NAMED), None)


def move_starts(doc: Doc, article: Article, claims: list[Claim]) -> list[Claim]:
    """The claims, with the dated start of each price move added as that day's price."""
    # a figure inside a percent move's words ('tripled from about $1,000 a year ago') is still free
    taken = [c.span for c in claims if not (c.kind is ClaimKind.price_change and c.unit == "%")]
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
        word = _moving_word(doc, quantity, sentence)
        path = day is None and word in _RISING and _path_end(doc, quantity, sentence)
        if move is None and day is not None and word is not None:
            move = _coin_before(claims, sentence, quantity)  # 'The price has jumped from 95 million won on Nov. 5'
        if (day is None and not path) or move is None or move.unit not in {q.unit, "%"}:
            continue
        reach = 100 if path else 10  # a path told end to end may span a cycle's tenfold rise
        if move.unit == q.unit and move.value and not 1 / reach <= q.value / move.value <= reach:
            continue  # a figure ten times off the level it moved to is another series' start
        end = day.end_char if day is not None else quantity.end_char
        span = (quantity.start_char if day is not None or word is None else min(quantity.start_char, _word_start(doc, quantity, word)), end)
        time = resolve(article, "instant", day, sentence=sentence) if day is not None else move.time
        if day is None and path and move.time.kind == "instant" and (told := _window_before(doc, sentence, quantity)) is not None:
            # 'across the weekend it went from $61,000 up to $63,400 as we write': the end is now,
            # the start lies in the span the sentence names
            time = resolve(article, "instant", told, sentence=sentence)
        added.append(move.model_copy(update={
            "kind": ClaimKind.price_level, "metric": "price", "value": q.value, "value_high": None, "unit": q.unit,
            "decimals": q.decimals, "magnitude": q.magnitude, "comparator": Comparator.at, "bound": None,
            "time": time, "text": text_of(doc)[span[0] : span[1]], "span": span,
            "sentence": sentence.text.strip(), "record_time": None, "last_seen": None,
        }))
    return sorted([*claims, *added], key=lambda c: c.span)


def _word_start(doc: Doc, quantity: Span, word: str) -> int:
    """Where the word of moving before the figure starts, so the claim reads 'climbing from $133'."""
    for t in reversed(doc[max(quantity.sent.start, quantity.start - _MOVE_REACH - 3) : quantity.start]):
        if t.lemma_.lower() == word or t.lower_ == word:
            return t.idx
    return quantity.start_char


def _coin_before(claims: list[Claim], sentence: Span, quantity: Span) -> Claim | None:
    """A price claim of the coin the text is about at this point: the sentence's own, or else the last
    one before it with a coin, in a price unit, so its start inherits the coin and the modality."""
    before = [c for c in claims if c.kind in _MOVES and c.asset is not None and c.span[0] < quantity.start_char
              and c.unit in _PRICE_UNITS | {"%"}]
    named = {a.label_ for a in within(quantity.doc, "assets", sentence) if a.end <= sentence.end}
    if not before or len(named) > 1:
        return None
    return before[-1].model_copy(update={"asset": named.pop()}) if named else before[-1]
