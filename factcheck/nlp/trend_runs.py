"""How long a market has moved one way, written as a run rather than a trend noun:
"consolidates for 60 days", "the decrease continued for 11 days", "has increased
since June 2022", "eight green candles over the last ten days".

The span names the length ("for the past 61 days", "since February", "nine green
candles"); the direction comes from the words of its clause before it. With no
word of movement there is no claim ("ETF inflows for 11 days" is not a price run),
and a figure in between makes the span a move's window, not a run ("fell 8% for
the past 7 days")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timezone

from spacy.tokens import Doc, Span

from factcheck.model import Article

_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
_MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}
# Word starts, so "Consolidates", "consolidation", "ranging" and "decreased" are read alike.
_SIDEWAYS = ("consolidat", "sideways", "horizontal", "rangebound", "range-bound", "range", "ranging", "flat")
_DOWN = ("decreas", "declin", "downtrend", "fall", "fell", "drop", "slid", "slump", "bear", "los", "correct", "sell", "red", "descend", "plung", "tumbl", "crash", "sank", "sink", "lower")
_UP = ("increas", "uptrend", "rise", "risen", "rose", "rall", "gain", "climb", "advanc", "bull", "green", "higher", "ascend", "jump", "surg", "soar")
_PRICE_LIKE = {"rsi"}  # metrics whose words may stand in a price run's clause without owning it
_CLAUSE_BREAKS = {",", ";", ":", "—", "(", "."}


@dataclass(frozen=True)
class Run:
    direction: str  # up, down, sideways
    duration_days: float | None = None
    count: int | None = None
    timeframe: str | None = None


def _number(text: str) -> float | None:
    text = text.lower().replace(",", "")
    if text in _WORDS:
        return float(_WORDS[text])
    return float(text) if text.replace(".", "", 1).isdigit() else None


def direction_of(tokens: Span) -> str | None:
    """The last word of movement wins: 'fell, then consolidated for 9 days' is sideways."""
    found = None
    for t in tokens:
        word = t.lower_
        if word.startswith(_SIDEWAYS):
            found = "sideways"
        elif word.startswith(_DOWN):
            found = "down"
        elif word.startswith(_UP):
            found = "up"
    return found


_PRESSED = {"pressure", "strain", "water"}  # "under pressure", "under water"


def direction_around(doc: Doc, sentence: Span, span: Span) -> str | None:
    """The direction of a counted run whose own words and the three before it say none: the words
    of its clause before it ("continues its sell-off for a fourth straight day", "remains under
    pressure for the second straight day"), else the rest of the sentence ("... for the fourth
    consecutive day, as it loses the ground it gained"). A run without a direction is no claim a
    chart can check, so any word of movement in the sentence is the better reading."""
    start = span.start
    while start > sentence.start and doc[start - 1].text not in _CLAUSE_BREAKS:
        start -= 1
    clause = doc[start : span.start]
    if any(t.lower_ == "under" and t.i + 1 < span.start and doc[t.i + 1].lower_ in _PRESSED for t in clause):
        return "down"
    return direction_of(clause) or direction_of(doc[span.end : sentence.end])


def _clause_before(doc: Doc, sentence: Span, span: Span) -> Span | None:
    """The words of the span's clause before it, or None when a figure stands there."""
    start = span.start
    while start > sentence.start and doc[start - 1].text not in _CLAUSE_BREAKS:
        start -= 1
    clause = doc[start : span.start]
    if any(q.start >= clause.start and q.end <= span.start for q in doc.spans.get("quantities", [])):
        return None  # "down 8% for the past week": a move over a window
    return clause


def another_series(doc: Doc, sentence: Span, span: Span) -> bool:
    """Whether the words of the span's clause before it name a series other than the price:
    'Funding has been negative for three straight days' is funding's run, not the coin's."""
    start = span.start
    while start > sentence.start and doc[start - 1].text not in _CLAUSE_BREAKS:
        start -= 1
    return any(start <= m.start < span.start and m.label_ not in _PRICE_LIKE for m in doc.spans.get("metrics", []))


def _ongoing(clause: Span) -> bool:
    """'has increased since June', 'has been trading in a range since February': a perfect
    tense says the run lasts until now; a superlative ('highest since') compares instead."""
    perfect = any(t.lower_ in {"has", "have", "had", "'s", "'ve"} and t.pos_ == "AUX" for t in clause)
    compared = any(t.tag_ in {"JJS", "RBS"} or t.lower_ in {"first", "last"} for t in clause)
    return perfect and not compared


def _since(article: Article, span: Span) -> float | None:
    """Days from the first of the month named ('since June 2022', 'since February') to publication."""
    if article.published_at is None:
        return None
    words = [t.lower_ for t in span]
    if words[-1] == "year":  # "since the start of the year"
        start = datetime(article.published_at.year, 1, 1, tzinfo=UTC)
        return (article.published_at - start).total_seconds() / 86400
    month = next((_MONTHS[w[:3]] for w in words[1:] if w[:3] in _MONTHS), None)
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]
    if month is None:
        return None
    published = article.published_at
    year = years[0] if years else published.year - (month > published.month)
    start = datetime(year, month, 1, tzinfo=UTC)
    days = (published - start).total_seconds() / 86400
    return days if days > 0 else None


def run_of(doc: Doc, sentence: Span, span: Span, reads: str, article: Article) -> Run | None:
    """The run a span names, or None when its clause says no movement."""
    if reads == "candles":  # "nine green candles", "six red days"
        count = _number(span[0].text)
        colour = direction_of(span)
        if count is None or colour is None:
            return None
        rest = [t.lower_ for t in doc[span.start : max(sentence.end, span.end)]]  # the parser may cut a headline inside the span
        timeframe = "1w" if any(w.startswith("week") for w in rest) else "1M" if any(w.startswith("month") for w in rest) else "1d"
        return Run(direction=colour, count=int(count), timeframe=timeframe)
    clause = _clause_before(doc, sentence, span)
    if clause is not None and any(clause.start <= m.start < clause.end and m.label_ not in _PRICE_LIKE for m in doc.spans.get("metrics", [])):
        return None  # "the crypto market value has seen a rise since January": another series' run
    direction = direction_of(clause) if clause is not None else None
    if clause is None or direction is None:
        return None
    if reads == "run_since" and not _ongoing(clause):
        return None  # "its worst decline since May", "the losses it suffered since December"
    if reads == "run_since":
        days = _since(article, span)
    else:  # "for the past 61 days"
        amount = next((n for t in span if (n := _number(t.text)) is not None), None)
        unit = next((_DAYS[t.lemma_.lower()] for t in span if t.lemma_.lower() in _DAYS), None)
        days = amount * unit if amount is not None and unit is not None else None
    return Run(direction=direction, duration_days=days) if days else None
