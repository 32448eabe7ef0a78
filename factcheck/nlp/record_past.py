"""A record named with a date well before publication and no level: "since its all-time high in
November 2021", "the all-time high notched on April 14", "after it posted its all-time high in March".

Such a record is the one set then, a claim about that date (the highest price of that month, and
whether it was a record then), not a new record the article reports: it is `at` that date, with
its level not said, rather than a crossing in the article's own window, and it is a claim even
without a verb of reaching, because the date names which record it is. A record dated a few days
back ('hit a fresh record high on Saturday') is still the news of the piece and keeps its crossing.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Comparator, TimeRef
from factcheck.nlp.record_dates import dates_in, period_of, plain_between

NEWS_DAYS = 7  # a record dated within this many days before publication is still the piece's news
_REACH = 4  # tokens between the record's words and its date
_CALENDAR = {"day", "month", "year"}  # a weekday or 'a week ago' is always recent
_HORIZON_WORDS = {"by", "before", "until", "till", "through", "into", "next", "ahead"}
_PREDICTING = {"predict", "expect", "forecast", "project", "anticipate", "see", "eye", "target", "call", "foresee"}


def dated_long_before(doc: Doc, article: Article, sentence: Span, span: Span) -> bool:
    """Whether a calendar date (a day, a month, a year) sits within a few words of the record's
    words, with no figure between, and ends more than NEWS_DAYS before publication."""
    if article.published_at is None:
        return False
    if any(t.lemma_.lower() in _PREDICTING for t in doc[max(sentence.start, span.start - 4) : span.start]):
        return False  # 'predicts new all-time highs by December': a call, its date a horizon
    for date, grain in dates_in(doc, sentence):
        if grain not in _CALENDAR or date.start > sentence.start and doc[date.start - 1].lower_ in _HORIZON_WORDS:
            continue  # 'by December', 'before January 2026': a deadline, not the record's date
        a, b = (span.end, date.start) if date.start >= span.end else (date.end, span.start)
        if b - a > _REACH or not plain_between(doc, a, b):
            continue
        period = period_of(article, date, grain)
        if period is not None and period[1] <= article.published_at - timedelta(days=NEWS_DAYS):
            return True
    return False


def without_restated_old_records(claims: list[Claim]) -> list[Claim]:
    """The old records named without their level dropped when the article has already named the
    same record, of the same coin, with its level (and, when both are dated, the same date): 'down 30%
    from its record high of $126,000', then 'investors who bought near the all-time high reached in
    early October'.
    Named first without the level, the record is a claim where it first appears."""
    def same_time(a: TimeRef | None, b: TimeRef | None) -> bool:
        if a is None or b is None or None in (a.start, a.end, b.start, b.end):
            return True  # an undated record with its level: the one the article is about
        return a.start < b.end and b.start < a.end

    def restated(claim: Claim) -> bool:
        return claim.record_time is not None and any(
            o is not claim and o.kind is ClaimKind.all_time_high and o.asset == claim.asset and o.value is not None and o.unit != "%"
            and o.span[0] < claim.span[0] and same_time(o.record_time, claim.record_time) for o in claims)

    return [c for c in claims if not (c.kind is ClaimKind.all_time_high and c.value is None and c.comparator is Comparator.at and restated(c))]
