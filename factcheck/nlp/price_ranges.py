"""Prices written as two figures: a zone ('$83,000-$84,000'), a move given as a range
('fell 3-5%'), and a day's range, which is that day's low and high rather than a band
the price sits in. Which pairs make a range is its own question, apart from binding.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality
from factcheck.nlp.components import text_of
from factcheck.nlp.figure_windows import window_for
from factcheck.nlp.numbers import RANGE_LINKS, range_linked
from factcheck.nlp.price_cues import LEVEL_NOUNS
from factcheck.nlp.timeref import duration, resolve

DAY_WORDS = {"daily", "intraday", "session", "session's", "day", "day's", "today's", "24h", "24-hour", "hour", "overnight", "trading"}
DAY_LONG = timedelta(hours=25)


def day_range(doc: Doc, article: Article, sentence: Span, anchor: Span, quantity: Span, quantities: list[Span],
              claim: list[Claim]) -> list[Claim]:
    """'Bitcoin's 24-hour range was $66,100 to $68,900', 'has ranged from $95,300 to $97,800': a
    range over a day or less is that window's low and high, two extremes to check, not a band the
    price sits in. Over a longer window ('between $60,000 and $72,000 over three weeks') it stays a band."""
    band = claim[0]
    if band.kind is not ClaimKind.price_level or band.comparator is not Comparator.between or band.value_high is None \
            or band.modality is not Modality.asserted and band.modality is not Modality.attributed:
        return claim
    upper = _next_quantity(quantity, quantities) or quantity
    window = window_for(doc, sentence, anchor, upper, quantities)
    length = duration(window) if window is not None and window.label_ == "duration" else None
    if window is not None and window.label_ in {"week", "week_past", "ytd", "month_part", "from_low", "from_high", "horizon", "year_edge", "period"}:
        return claim
    if length is not None and length > DAY_LONG:
        return claim
    named = window is not None or any(t.lower_ in DAY_WORDS for t in doc[max(sentence.start, anchor.start - 3) : anchor.end])
    if not named and anchor[0].pos_ == "NOUN":
        return claim  # 'a range of $84,000–$90,000' with no window: a band
    time = resolve(article, "today", window, sentence=sentence)
    text = text_of(doc)
    first_end = band.span[0] + text[band.span[0] : band.span[1]].find(quantity.text) + len(quantity.text)
    low, high = (band.span[0], first_end), (upper.start_char, band.span[1])
    if upper is not quantity and quantity._.quantity.value > upper._.quantity.value:
        low, high = high, low  # '24h high/low: $97,420 / $94,880': the high is written first
    return [
        band.model_copy(update={"kind": ClaimKind.intraday_low, "comparator": Comparator.at, "value_high": None, "time": time,
                                "text": text[low[0] : low[1]], "span": low}),
        band.model_copy(update={"kind": ClaimKind.intraday_high, "comparator": Comparator.at, "value": band.value_high, "value_high": None,
                                "time": time, "text": text[high[0] : high[1]], "span": high}),
    ]


DASHES = frozenset(RANGE_LINKS - {"to"})
ZONE_WIDTH = 1.5  # a zone's upper end is at most this many times its lower end: '$92K-$94K', not '$9-94K'


def range_end(quantity: Span, quantities: list[Span], links: frozenset[str] = frozenset({*RANGE_LINKS, "and"})) -> Span | None:
    """The upper end of a zone written right after its lower end: '$83,000-$84,000',
    '$84,000 to $85,300', and with the currency said once: '$59K–60K', '$180-185'
    (numbers.py gives both ends the unit said once)."""
    upper = _next_quantity(quantity, quantities)
    if upper is None:
        return None
    low, high = quantity._.quantity, upper._.quantity
    if low.is_money and range_linked(text_of(quantity.doc), low, high, links) and high.value <= ZONE_WIDTH * low.value:
        return upper
    return None


ZONE_NOUNS = {"range", "band", "corridor", "channel", "zone", "area", "region", "box"}


def zone_named(end: Span, zone: str, *, ranged: bool) -> bool:
    """Whether a figure read 'in a ...' is a price zone: a range its noun closes ('in a
    $72,000–$88,000 range'), or, after a verb of holding, one figure and its level noun
    ('hovering in the $3,000 area'); 'traded in a $2,000 range' gives the range's width."""
    doc = end.doc
    noun = doc[end.end].lemma_.lower() if end.end < len(doc) else ""
    if ranged:
        return noun in ZONE_NOUNS | LEVEL_NOUNS
    return zone == "range_or_level" and noun in LEVEL_NOUNS


def _next_quantity(quantity: Span, quantities: list[Span]) -> Span | None:
    return next((other for other in quantities if other._.quantity.start >= quantity._.quantity.end), None)


def move_range_end(quantity: Span, quantities: list[Span]) -> Span | None:
    """'fell 3-5%', 'rose between 3% and 6%': a move given as a range; its far end. The claim's
    value is the near end, as the gold keeps it (corpus/real/108: changes have no range), and
    `value_high` the far end, signed as the move is ('fell 3-5%': -3 and -5). '3 to 6 percent'
    is left as written: numbers.py gives no unit to a bare count before 'to'."""
    upper = _next_quantity(quantity, quantities)
    if upper is None:
        return None
    doc = quantity.doc
    links = frozenset(RANGE_LINKS | {"and"}) if quantity.start > 0 and doc[quantity.start - 1].lower_ == "between" else frozenset(RANGE_LINKS)
    low, high = quantity._.quantity, upper._.quantity
    return upper if range_linked(text_of(doc), low, high, links) else None
