"""Figures by venue: derivatives wraps break their totals down by exchange ("Bybit at $520
million", "OKX slipped to -0.004%"), and each venue's figure is a claim of its own, with
`Claim.venue` set to the venue it is handed to (ours, Binance, included: market/venues.py says
which venues the store holds).

Kept apart because a venue can stand in for the metric itself ("Liquidations reached $880 million.
Bybit accounted for $300 million"), so it is read before and after the metric's own reading.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Claim
from factcheck.nlp.components import group, text_of
from factcheck.nlp.markets import exchanges_in
from factcheck.nlp.metric_words import GLUE, METRICS, _fits
from factcheck.nlp.numbers import COIN_UNITS

_HANDING_REACH = 5  # words from a venue to the figure it is handed: "CME's bitcoin futures held $11.6 billion"
_NOT_HANDING = {"and", "or", "but", "while", "whereas", "than", "versus", "vs", "vs.", "against", "from", "compared",
                "after", "before", "since", "as", "because", "said", "says", "estimated", "estimates"}
_BY_VENUE = ("liquidations", "open_interest", "funding_rate", "volume")  # the totals wraps break down by exchange


def _venues(doc: Doc, sentence: Span) -> list[Span]:
    """The exchanges named in the sentence (ours too), each a span labelled with its name."""
    found = []
    for start, end, name in exchanges_in(sentence.text):
        span = doc.char_span(sentence.start_char + start, sentence.start_char + end, alignment_mode="expand")
        if span is not None:
            found.append(Span(doc, span.start, span.end, label=name))
    return found


def _handed_venue(doc: Doc, sentence: Span, quantity: Span, venues: list[Span]) -> Span | None:
    """'Bybit at $520 million', 'Hyperliquid led with $640 million', 'CME's bitcoin futures held
    $11.6 billion', 'OKX slipped to -0.004%': the venue a figure is handed to, named right before
    it in the same clause, with no other figure, clause break or other series between."""
    venue = next((v for v in reversed(venues) if v.end <= quantity.start), None)
    if venue is None or venue.start < sentence.start or quantity.start - venue.end > _HANDING_REACH:
        return None
    between = doc[venue.end : quantity.start]
    if any(t.is_punct and t.text != ":" or t.lower_ in _NOT_HANDING for t in between):
        return None
    if any(venue.end <= q.start < quantity.start for q in group(doc, "quantities")):
        return None
    if any(venue.end <= m.start < quantity.start and m.label_ not in _BY_VENUE and m.text.lower() not in GLUE
           for m in group(doc, "metrics")):
        return None  # "Coinbase shares rose to $250": another series' figure
    after = doc[quantity.end : min(sentence.end, quantity.end + 3)]
    if any(quantity.end <= m.start < after.end and m.label_ == "other" and m.text.lower() not in GLUE
           and not any(t.is_punct for t in doc[quantity.end : m.start]) for m in group(doc, "metrics")):
        return None  # "Binance saw $1.2 billion in net inflows": the figure is another series'
    return venue


def _venue_carried(doc: Doc, sentence: Span, quantities: list[Span], taken: set[int], previous: list[Span],
                   venues: list[Span]) -> tuple[Span, Span] | None:
    """'Liquidations reached $880 million. Bybit accounted for $300 million, Binance for $210
    million': right after a sentence about liquidations, open interest or funding, a sentence that
    names no metric and opens with a figure handed to a venue gives that venue's figure of the
    same metric. The venue stands in for the metric's words; the figure is its reading."""
    free = [q for q in quantities if q.start not in taken]
    if not free or not venues:
        return None
    first = free[0]
    venue = _handed_venue(doc, sentence, first, venues)
    if venue is None:
        return None
    q = first._.quantity
    for label in reversed([m.label_ for m in previous]):
        if label not in _BY_VENUE or not _fits(METRICS[label][2], q, doc):
            continue
        if label == "funding_rate" and q.unit == "%" or label != "funding_rate" and q.is_money and q.magnitude >= 1e6 \
                or label == "open_interest" and q.unit in COIN_UNITS:  # "Binance holds 535 million XRP": a venue's open interest in coins
            return Span(doc, venue.start, venue.end, label=label), first
        return None
    return None


def _venue_readings(doc: Doc, sentence: Span, metric: Span, last: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """'..., ahead of Bybit at $520 million and Binance at $410 million', 'Binance accounted for
    $251 million, Bybit for $198 million and OKX for $84 million', 'while Bybit held $5.6 billion',
    'Bybit printed 0.0021% and OKX slipped to -0.004%': after a figure, the same metric's figure
    for each next venue of the list."""
    _, _, units = METRICS[metric.label_]
    venues = _venues(doc, sentence)
    found: list[Span] = []
    for q in quantities:
        if q.start < last.end or q.start in taken:
            continue
        if not _fits(units, q._.quantity, doc):
            break
        if any(last.end <= m.start < q.start and m.label_ in METRICS and m.label_ != metric.label_ for m in group(doc, "metrics")):
            break  # "... volume of $27.88 billion, followed by Gate with OI of $5.71 billion": another metric's figure
        venue = _handed_venue(doc, sentence, q, venues)
        if venue is None and _venue_after_figure(doc, sentence, last, venues) is not None:
            venue = _venue_after_figure(doc, sentence, q, venues)  # "0.0061% (Binance), 0.0045% (Bybit)", "... on Bybit"
            if venue is not None and any(t.text in {";", "."} for t in doc[last.end : q.start]):
                venue = None
        unknown = metric.label_ == "liquidations" and q._.quantity.unit == "USD" and _listed_at(doc, q, last)
        if (venue is None or venue.start < last.end) and not unknown:
            break
        found.append(q)
        last = q
    return found


def _listed_at(doc: Doc, quantity: Span, last: Span) -> bool:
    """'then OKX with $118 million and Huobi with $51 million': an exchange the lexicon does not
    know, named with 'at' right before its figure."""
    if quantity.start - 2 < last.end:
        return False
    at, venue = doc[quantity.start - 1], doc[quantity.start - 2]
    return at.lower_ == "at" and venue.pos_ == "PROPN" and not any(a.start <= venue.i < a.end for a in group(doc, "assets"))


def _at_venue(doc: Doc, sentence: Span, metric: Span, reading: Span | None, venues: list[Span], claim: Claim) -> Claim:
    """The claim with the other venue it is said of ('Bybit at $520 million', 'funding on OKX has been
    negative'), its words starting at the venue."""
    if metric.label_ not in _BY_VENUE or not venues:
        return claim
    venue = _handed_venue(doc, sentence, reading, venues) if reading is not None else None
    if venue is None and reading is not None:
        venue = _venue_after_figure(doc, sentence, reading, venues)
    if venue is None and reading is None:
        venue = _venue_at_metric(doc, sentence, metric, venues)
    if venue is None:
        return claim
    start, end = claim.span
    update: dict[str, object] = {"venue": venue.label_}
    if venue.start_char < start and reading is not None:
        update.update(span=(venue.start_char, end), text=text_of(doc)[venue.start_char : end])
    return claim.model_copy(update=update)


def _venue_after_figure(doc: Doc, sentence: Span, quantity: Span, venues: list[Span]) -> Span | None:
    """'0.0061% (Binance)', '$9.1 billion (Bybit)', '0.0085% on Bybit': the venue named in brackets,
    or after 'on'/'at', right after a figure."""
    if quantity.end + 1 >= sentence.end or doc[quantity.end].lower_ not in {"(", "on", "at"}:
        return None
    venue = next((v for v in venues if v.start == quantity.end + 1), None)
    if venue is None:
        return None
    if doc[quantity.end].text == "(" and (venue.end >= sentence.end or doc[venue.end].text != ")"):
        return None
    return venue


def _venue_at_metric(doc: Doc, sentence: Span, metric: Span, venues: list[Span]) -> Span | None:
    """'funding on OKX', 'OKX funding', 'Bybit's funding': a venue written with the metric's words."""
    for venue in venues:
        if venue.start >= metric.end and [t.lower_ for t in doc[metric.end : venue.start]] in (["on"], ["at"]):
            return venue
        before = doc[venue.end : metric.start]
        if venue.end <= metric.start and len(before) <= 2 and all(t.lower_ in _CONTRACT_WORDS or t.text.isupper() for t in before):
            return venue  # "Bybit's funding", "OKX BTCUSDT funding"
    return None


_CONTRACT_WORDS = {"'s", "’s", "perpetual", "perp", "perps", "futures"}
