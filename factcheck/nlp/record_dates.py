"""When a record was set, where the article says so: "the prior all-time high was
set back in November 2021 near $69,000", "the November 8th 2021 ATH", "its record of
$111,980, set on May 22, 2025", "45% below its October peak", "the peak set on Sunday".

A record named with its date is a claim about that date: the highest price of
November 2021, and whether it was a record then. Checked against today's record
instead, "the previous ATH of $69,000" reads as wrong once a higher one is set.
So a record claim takes the date written next to it (models/patterns/record_dates.jsonl:
a day, a weekday, a month, a year, 'a week ago', 'less than two weeks ago') as its `record_time`, when that date lies before the day of
publication. The date must sit within a few words of the claim's text, with no other
figure between them, so "a record $109,000 today, above the November 2021 peak of
$69,000" dates only the second.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, TimeRef
from factcheck.nlp.components import file_matcher
from factcheck.nlp.timeref import (
    _WORDS,
    _midnight,
    _today,
    calendar_span,
    named_day_start,
    named_days_from,
    written_years,
)

REACH = 6  # tokens between a claim's text and its date
PASSED_WORDS = {"surpassing", "topping", "eclipsing", "beating", "passing", "bettering", "exceeding", "breaking", "smashing"}


def dates_in(doc: Doc, sentence: Span) -> list[tuple[Span, str]]:
    """The longest date expressions of the sentence, each with its grain (day, month, year)."""
    matches = file_matcher(doc.vocab, "record_dates.jsonl")(sentence)  # offsets within the sentence, as on a copy of it, without the copy
    found = [(doc[sentence.start + a : sentence.start + b], doc.vocab.strings[m]) for m, a, b in matches]
    found.sort(key=lambda f: (f[0].start, -(f[0].end - f[0].start)))
    out: list[tuple[Span, str]] = []
    for span, grain in found:
        if len(span) > 1 and span[-1].text == ",":  # "on July 10, surpassing ...": the comma ends the clause, not the date
            span = span[:-1]
        if not out or span.start >= out[-1][0].end:
            out.append((span, grain))
    return out


def period_of(article: Article, span: Span, grain: str) -> tuple[datetime, datetime] | None:
    if grain == "weekday":  # 'the previous peak set on Sunday'
        start = named_day_start(article, span)
        return start, start + timedelta(days=1)
    if grain == "ago":  # 'set three days ago': that day; 'a week ago' is looser: that day and the days beside it
        count = _WORDS.get(span[0].lower_) or int(span[0].text)
        weeks = span[1].lower_.startswith("week")
        day = _today(article) - timedelta(days=count * (7 if weeks else 1))
        slack = timedelta(days=1 if weeks else 0)
        return _midnight(article, day - slack), _midnight(article, day + slack + timedelta(days=1))
    if grain == "within_ago":  # 'less than two weeks ago': any day from then up to the day of publication
        count = _WORDS.get(span[-3].lower_) or int(span[-3].text)
        weeks = span[-2].lower_.startswith("week")
        today = _today(article)
        return _midnight(article, today - timedelta(days=count * (7 if weeks else 1))), _midnight(article, today)
    if grain != "year":
        return calendar_span(article, span)
    year = int(span.text)
    if not 2009 <= year <= _today(article).year:
        return None
    return _midnight(article, date(year, 1, 1)), _midnight(article, date(year + 1, 1, 1))


def plain_between(doc: Doc, a: int, b: int) -> bool:
    """No figure and no sentence break between two token positions."""
    return all(not (t.like_num or t.is_currency or t.text in {".", ";"}) for t in doc[a:b])


def _overlap(words: tuple[int, int], span: Span) -> bool:
    return span.start < words[1] and words[0] < span.end


def _gap(doc: Doc, words: tuple[int, int], date: Span) -> int:
    """Tokens between a claim's words and a date; beyond REACH when a figure or a stop lies between."""
    start, end = words
    if _overlap(words, date):
        return 0
    a, b = (end, date.start) if date.start >= end else (date.end, start)
    return b - a if plain_between(doc, a, b) else REACH + 1


def _figures(doc: Doc, claims: list[Claim], sentence: Span) -> list[tuple[int, int]]:
    """Token ranges of the sentence's figures and claims: what else a date could belong to."""
    spans = [(q.start, q.end) for q in doc.spans.get("quantities", []) if sentence.start <= q.start < sentence.end]
    for other in claims:
        words = doc.char_span(other.span[0], other.span[1], alignment_mode="expand")
        if words is not None and sentence.start <= words.start < sentence.end:
            spans.append((words.start, words.end))
    return spans


def _claim_words(doc: Doc, claims: list[Claim], sentence: Span, own: Span) -> list[tuple[int, int]]:
    """Token ranges of the sentence's other claims (not their bare figures)."""
    spans = []
    for other in claims:
        words = doc.char_span(other.span[0], other.span[1], alignment_mode="expand")
        if words is not None and sentence.start <= words.start < sentence.end and not _overlap((words.start, words.end), own):
            spans.append((words.start, words.end))
    return spans


def dated_records(doc: Doc, article: Article, claims: list[Claim]) -> list[Claim]:
    """Record claims with the date written beside them as `record_time`."""
    undated = article.published_at is None  # then only a date written with its year ('on October 6, 2025')
    day_start = None if undated else named_days_from(article)  # a record set on a named day before the publication's own
    out = []
    for claim in claims:
        if claim.kind is not ClaimKind.all_time_high or claim.record_time is not None:
            out.append(claim)
            continue
        text = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
        sentence = text.sent if text is not None else None
        best = None
        if text is not None and sentence is not None:
            others = [q for q in _figures(doc, claims, sentence) if not _overlap(q, text)]
            owned = _claim_words(doc, claims, sentence, text)
            for span, grain in dates_in(doc, sentence):
                if any(_overlap(words, span) for words in owned) and not _overlap((text.start, text.end), span):
                    continue  # "climbed past $112,000 on Wednesday, surpassing its previous peak ...": the crossing's day
                if span.start >= text.end and any(t.lower_ in PASSED_WORDS for t in doc[text.end : span.start]):
                    continue  # "Hits Record $4,956, Surpassing 2021 Peak": the date of the record passed, not of this one
                if span.end <= text.start and any(t.lower_ in PASSED_WORDS for t in doc[span.end : text.start + 1]):
                    continue  # "a new high on Thursday, surpassing its previous ATH ... set in January": the new record's day
                gap = _gap(doc, (text.start, text.end), span)
                if any(_gap(doc, other, span) < gap for other in others if not _overlap(other, span)):
                    continue  # "a record $109,000 today, above the November 2021 record of $69,000"
                if undated and (grain in {"weekday", "ago", "within_ago", "year"} or not written_years(span)):
                    continue
                period = period_of(article, span, grain) if gap <= REACH else None
                if period is not None and (day_start is None or period[1] <= day_start) and (best is None or gap < best[0]):
                    best = (gap, span, period)
        if best is None:
            out.append(claim)
            continue
        _, span, (start, end) = best
        kind = "day" if end - start <= timedelta(days=1) else "window"
        out.append(claim.model_copy(update={"record_time": TimeRef(text=span.text, start=start, end=end, kind=kind)}))
    return out

