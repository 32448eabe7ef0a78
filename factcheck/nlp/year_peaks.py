"""A peak dated by the year the article is written in is that year's high, not the record:
"Bitcoin plunged from a 2026 peak near $97,000" (in a 2026 story), "a 47% slide from the 2019
high", "the token trades 30% below this year's peak". Words that make it the record ('record',
'all-time', 'ATH', 'ever', 'lifetime') keep it one.

The record states read '<article> <year> peak' as the record, which is right for an earlier year
("its 2021 peak" in a 2024 story is the 2021 record) but not for the current one, whose high
is an extreme of the year so far (corpus/README: the record is the highest high before
publication; a year's high is an `intraday_high` over that year). A level becomes the year's
high; a distance below it becomes the fall from it: a `price_change` down over the year measured
from the year's highest high, not from its first open ("38% from its 2026 high" is a drawdown).
A high or low read as the day's but written with the year ("its 2026 high of $97,000") is the
year's extreme too.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from factcheck.model import Article, Claim, ClaimKind, Comparator, TimeRef
from factcheck.nlp.timeref import reference_time

_RECORD_WORDS = re.compile(r"\b(record|all[- ]time|ath|ever|lifetime|historic\w*)\b", re.IGNORECASE)
_THIS_YEAR = re.compile(r"\b(this year'?s|this-year|year-to-date)\b", re.IGNORECASE)
_EXTREMES = {ClaimKind.intraday_high, ClaimKind.intraday_low}
# '2026 high of', "the 2026 low at": the year right before the extreme's noun
_YEAR_BEFORE_EXTREME = re.compile(r"(?<!\d)(19|20)\d\d\s+(high|peak|top|low|bottom)s?\b", re.IGNORECASE)
_BEFORE = 12  # characters before the claim where its year may stand: 'a 2026 peak' read from 'peak'


def year_peaks(article: Article, claims: list[Claim], text: str) -> list[Claim]:
    """The claims, with a record read off a peak of the publication's own year made that year's high
    (or the fall from it)."""
    if article.published_at is None:
        return claims
    published = reference_time(article)  # a date-only article: the end of its day, so each hour of it is tried
    year = article.published_at.astimezone(UTC).year
    dated = re.compile(rf"(?<!\d){year}(?!\d)|{_THIS_YEAR.pattern}", re.IGNORECASE)
    window = TimeRef(text=str(year), start=datetime(year, 1, 1, tzinfo=UTC), end=published, kind="window", anchored=True)
    out: list[Claim] = []
    for claim in claims:
        if claim.kind in _EXTREMES and claim.time.text is None and claim.value is not None:
            words = text[max(0, claim.span[0] - _BEFORE) : claim.span[1]]
            year_words = _YEAR_BEFORE_EXTREME.search(words)
            if year_words is not None and str(year) in year_words.group(0) and not _RECORD_WORDS.search(words):
                out.append(claim.model_copy(update={"time": window}))  # 'its 2026 high of $97,000': the year's
                continue
        if claim.kind is not ClaimKind.all_time_high or claim.value is None:
            out.append(claim)
            continue
        words = text[max(0, claim.span[0] - _BEFORE) : claim.span[1]]
        if not dated.search(words) or _RECORD_WORDS.search(words):
            out.append(claim)
        elif claim.comparator is Comparator.at and claim.unit != "%":
            out.append(claim.model_copy(update={"kind": ClaimKind.intraday_high, "time": window, "record_time": None}))
        elif claim.comparator is Comparator.below and claim.unit == "%":
            out.append(claim.model_copy(update={"kind": ClaimKind.price_change, "comparator": Comparator.down,
                                                "metric": "drop_from_high", "value": -abs(claim.value),
                                                "time": window, "record_time": None}))
        else:
            out.append(claim)
    falls = [c for c in out if c.kind is ClaimKind.price_change and c.time.anchored and c.time.text == str(year)
             and c not in claims]
    # 'has lost roughly 38% from a 2026 high': the verb's move and the distance are one fall, over the year
    return [c for c in out if not (c.kind is ClaimKind.price_change and c not in falls and any(
        f.value == c.value and f.asset == c.asset and f.sentence == c.sentence and c.span[1] <= f.span[1]
        and f.span[0] - c.span[1] <= _JOINED for f in falls))]


_JOINED = 12  # characters between a move's verb phrase and the distance it restates: 'lost roughly 38%' + ' from a 2026 high'
