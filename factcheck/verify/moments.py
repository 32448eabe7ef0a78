"""When "now" is, for an article that gives only its date.

A date-only article was written at some hour of that day, and its figures
("3.25% higher over the last 24 hours", "6.1% below its record") hold at that
hour, not necessarily at midnight. Without the hour, a claim about the
present is checked at every closed hour of the day, and it holds if it holds
at one of them; the explanation gives the range over the day, so a reader
sees how much the answer depends on the hour. No hour after the day is ever
used. An article with a publication minute has one moment: that minute.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from factcheck.model import Article, Claim, Precision, Verdict

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


# When the day's hours give several readings, the one graded is the best: a verdict listed first
# wins, then the nearest figure.
FIT_ORDER = {Verdict.supported: 0, Verdict.imprecise: 1, Verdict.inaccurate: 2}


def dated_only(article: Article, claim: Claim) -> bool:
    """The claim is about "now" in an article that gives only its date: its window
    ends at the end of the publication day rather than at a stated moment."""
    end = claim.time.end
    return (
        article.published_precision is Precision.day
        and article.published_at is not None
        and end is not None
        and end > article.published_at
        and not _pinned(article, end)
    )


def _pinned(article: Article, end: datetime) -> bool:
    """A clock time the article names ("as of 5:13 p.m. Moscow time") ends the claim inside its day and
    off the hour: the claim is about that moment, not about any hour of the day. (A day's own end is on
    the hour in UTC, or is the day's end itself where the zone is offset by half an hour.)"""
    assert article.published_at is not None
    return end < article.published_at + DAY and (end.minute, end.second) != (0, 0)


def moments(article: Article, claim: Claim, hours: tuple[datetime, ...] | None = None) -> list[datetime]:
    """The moments the claim may be about: each closed hour of the publication day
    for a date-only article (or `hours`, those the article's own prices narrowed it
    to: verify/article_hours.py), else the claim's end (publication)."""
    end = claim.time.end
    assert end is not None
    if not dated_only(article, claim):
        return [end]
    last = end.replace(minute=0, second=0, microsecond=0)
    day = [last - i * HOUR for i in range(23, -1, -1)]
    narrowed = [h for h in day if hours is not None and h in hours]
    return narrowed or day
