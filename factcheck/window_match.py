"""Whether a matched move's window agrees with the gold's `time`: claims match on kind, asset,
value and comparator, so a move read over the wrong span ('12% in the past seven days' checked
over 24 hours) would otherwise show only as a verdict, and only where the data covers the date.

Gold writes `24h`, `7d`, `today`, an ISO instant or an ISO `start/end` range (corpus/README.md; the end
may be `publication`); `publication`, a missing time or one in no such form is not scored."""

from __future__ import annotations

from datetime import datetime, timedelta

from factcheck.model import Article, Claim, ClaimKind, Comparator, Precision

_SLACK = timedelta(hours=3)  # a local day against a UTC one, a close against the hour after it
_DAILY_SLACK = timedelta(hours=12)  # open interest, volume and market cap are daily series
_PATH_METRICS = {"rebound_from_low", "drop_from_high", "max_move"}
_MOVES = {ClaimKind.price_change, ClaimKind.open_interest, ClaimKind.volume, ClaimKind.market_cap}


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _near(a: datetime, b: datetime, slack: timedelta = _SLACK) -> bool:
    return abs(a - b) <= slack


def window_agrees(gold_time: str | None, claim: Claim, article: Article) -> bool | None:
    """True or False for a move whose gold names its span; None when there is nothing to score.
    An article known only to the day ends its windows anywhere in that day, as its checks do."""
    published = article.published_at
    now = timedelta(hours=1) if article.published_precision is not Precision.day else timedelta(hours=24)
    if claim.kind not in _MOVES or claim.kind is not ClaimKind.price_change and claim.comparator not in {Comparator.up, Comparator.down}:
        return None
    if not gold_time or gold_time == "publication" or published is None:
        return None
    start, end = claim.time.start, claim.time.end
    if start is None or end is None:
        return False
    length = end - start
    if gold_time == "24h":
        return _near(end, published, now) and abs(length - timedelta(hours=24)) <= timedelta(hours=1)
    if gold_time == "7d":
        return _near(end, published, now) and (
            abs(length - timedelta(days=7)) <= timedelta(hours=12) or claim.time.rolling_days == 7)
    if gold_time == "today":  # since a midnight (UTC or the article's) of the publication day
        return _near(end, published, now) and (
            claim.time.kind == "day" or length < timedelta(hours=23) and start.minute == 0 and start.second == 0)
    if "/" in gold_time:
        try:  # 'start/publication': a span running to publication
            first, last = (published if part == "publication" else _instant(part) for part in gold_time.split("/", 1))
        except ValueError:
            return None  # a time the gold wrote in no form we read is not scored
        slack = max(_SLACK if claim.kind is ClaimKind.price_change else _DAILY_SLACK, (last - first) / 20)
        if claim.metric in _PATH_METRICS:  # 'from Friday's low': any window holding the gold's span reads the same extreme
            return start <= first + slack and _near(end, last, slack)
        return _near(start, first, slack) and _near(end, last, slack)
    try:
        moment = _instant(gold_time)
    except ValueError:
        return None
    return _near(start, moment) or _near(end, moment)
