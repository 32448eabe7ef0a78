"""Turning "in 24 hours", "this week", "today" into a window of UTC time.

Windows are resolved against the publication time in the article's own zone
("today" in a Korean article is the Korean day). Without a publication time a
claim keeps its words but no window, and the verifier says so.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from spacy.tokens import Span

from factcheck.model import Article, Precision, TimeRef

_UNIT = {"hour": timedelta(hours=1), "day": timedelta(days=1), "week": timedelta(weeks=1),
         "month": timedelta(days=30), "year": timedelta(days=365), "session": timedelta(days=1)}
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
          "fourteen": 14, "thirty": 30, "twenty-four": 24}
_SHORT = {"24h": timedelta(hours=24), "24hr": timedelta(hours=24), "1h": timedelta(hours=1),
          "7d": timedelta(days=7), "30d": timedelta(days=30), "daily": timedelta(days=1),
          "overnight": timedelta(hours=12), "weekly": timedelta(weeks=1), "monthly": timedelta(days=30)}
DEFAULT_CHANGE_WINDOW = timedelta(hours=24)
RECENT = timedelta(hours=24)
LOOKBACK = timedelta(days=7)
# A forecast with no stated horizon is scored over 30 days: news calls like
# "could surpass $75,000" are short-term, and a month is the longest window
# such articles usually mean by "short-term".
FORECAST_HORIZON = timedelta(days=30)


def zone_of(article: Article) -> tzinfo:
    """The article's zone: an IANA name ('Asia/Seoul') or a fixed offset ('-05:00')."""
    name = article.published_zone or "UTC"
    if name[:1] in "+-" and len(name) == 6 and name[3] == ":":
        sign = -1 if name[0] == "-" else 1
        return timezone(sign * timedelta(hours=int(name[1:3]), minutes=int(name[4:6])))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return timezone.utc


def day_start(article: Article) -> datetime | None:
    """Midnight of the publication day, in the article's zone, as UTC."""
    if article.published_at is None:
        return None
    zone = zone_of(article)
    if article.published_precision is Precision.day:
        # A date-only time holds the article's own date (at 00:00 UTC): that local day.
        day = article.published_at.date()
    else:
        day = article.published_at.astimezone(zone).date()
    midnight = datetime(day.year, day.month, day.day, tzinfo=zone)
    return midnight.astimezone(article.published_at.tzinfo)


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def market_day_start(article: Article) -> datetime | None:
    """00:00 UTC of the publication day: crypto's daily candle, which "on the day"
    and "since midnight" refer to. A date-only article keeps its own date."""
    if article.published_at is None:
        return None
    if article.published_precision is Precision.day:
        return day_start(article)
    return article.published_at.astimezone(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)


def named_day_start(article: Article, window: Span) -> datetime:
    """Midnight (article's zone) of 'Sunday' or 'yesterday': the latest such day up to publication."""
    assert article.published_at is not None
    zone = zone_of(article)
    today = (
        article.published_at.date()
        if article.published_precision is Precision.day
        else article.published_at.astimezone(zone).date()
    )
    words = [t.lower_ for t in window]
    if any(w.startswith("yesterday") for w in words):
        back = 1
    else:
        target = next(_WEEKDAYS.index(w) for w in words if w in _WEEKDAYS)
        back = (today.weekday() - target) % 7
        if "last" in words and back == 0:
            back = 7
    day = today - timedelta(days=back)
    return datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(timezone.utc)


_PLACES = {
    "singapore": "Asia/Singapore", "korea": "Asia/Seoul", "korean": "Asia/Seoul", "seoul": "Asia/Seoul",
    "japan": "Asia/Tokyo", "tokyo": "Asia/Tokyo", "hong": "Asia/Hong_Kong", "london": "Europe/London",
    "york": "America/New_York", "eastern": "America/New_York", "pacific": "America/Los_Angeles",
    "india": "Asia/Kolkata",
}


def clock_start(article: Article, window: Span) -> datetime | None:
    """'since 8am Singapore time', 'since 6 p.m. ET': the latest such moment before publication."""
    from factcheck.article.zones import to_tzinfo, zone_name

    assert article.published_at is not None
    numbers = [t for t in window if t.like_num]
    try:
        hour = int(numbers[0].text)
        minute = int(numbers[1].text) if len(numbers) > 1 else 0
    except ValueError:
        return None
    words = [t.lower_ for t in window]
    if any(w.startswith("p") and w.endswith(("m", "m.")) for w in words) and hour < 12:
        hour += 12
    elif any(w in {"am", "a.m.", "a.m"} for w in words) and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    zone = zone_of(article)
    for word in reversed(words):
        name = _PLACES.get(word) or zone_name(word.upper())
        if name:
            zone = to_tzinfo(name)
            break
    local = article.published_at.astimezone(zone)
    moment = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if moment > local:
        moment -= timedelta(days=1)
    return moment.astimezone(timezone.utc)


_MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


def horizon_end(article: Article, window: Span) -> datetime | None:
    """When a forecast is due: 'by end-2025', 'by March', 'this week', 'within weeks'."""
    assert article.published_at is not None
    published = article.published_at
    words = [t.lower_ for t in window]
    year_words = [int(w[-4:]) for w in words if w[-4:].isdigit() and len(w) >= 4]
    year = year_words[0] if year_words else published.year

    def end_of(y: int, month: int) -> datetime:
        return datetime(y + (month == 12), month % 12 + 1, 1, tzinfo=timezone.utc)

    if any(w.startswith(("end", "year-end")) for w in words) or "close" in words:
        if "week" in words:
            return published + timedelta(days=7 - published.weekday())
        if "month" in words:
            return end_of(published.year, published.month)
        if "quarter" in words:
            return end_of(published.year, ((published.month - 1) // 3 + 1) * 3)
        return datetime(year + 1, 1, 1, tzinfo=timezone.utc)
    month = next((_MONTHS[w[:3]] for w in words if w[:3] in _MONTHS), None)
    if month is not None and words[0] in {"by", "before"}:
        y = year if year_words else (published.year if month >= published.month else published.year + 1)
        return end_of(y, month)
    quarter = next((int(w[1]) for w in words if w in {"q1", "q2", "q3", "q4"}), None)
    if quarter is not None:
        return end_of(year if year_words else published.year, quarter * 3)
    spans = {"week": 7, "month": 30, "quarter": 91, "year": 365, "day": 1, "days": 1, "weeks": 7, "months": 30, "hours": 1 / 24}
    if words[0] in {"this", "next"}:
        return published + timedelta(days=spans[words[1]] * (2 if words[0] == "next" else 1))
    unit = next((w for w in reversed(words) if w in spans), None)
    if unit is None:
        return None
    count = next((float(t.text) for t in window if t.like_num and t.text.replace(".", "").isdigit()), None)
    if count is None:
        count = 3.0 if "few" in words or unit.endswith("s") else 1.0  # "within weeks": about three
    return published + timedelta(days=spans[unit] * count)


def reference_time(article: Article) -> datetime:
    """'Now' for the article: the publication minute, or the end of its day when
    only the date is known (so a claim about "today" is checked on the whole day)."""
    assert article.published_at is not None
    if article.published_precision is Precision.day:
        start = day_start(article)
        assert start is not None
        return start + timedelta(days=1)
    return article.published_at


def duration(window: Span) -> timedelta | None:
    """The length a window phrase names: 'in the past 24 hours' -> 24 h."""
    text = window.text.lower()
    if text in _SHORT:
        return _SHORT[text]
    count = 1.0
    unit = None
    for token in window:
        lower = token.lower_
        if token.like_num:
            try:
                count = float(lower.replace(",", ""))
            except ValueError:
                count = float(_WORDS.get(lower, 1))
        elif lower in _WORDS and lower not in {"a", "an"}:
            count = float(_WORDS[lower])
        lemma = token.lemma_.lower()
        if lemma in _UNIT:
            unit = _UNIT[lemma]
    return unit * count if unit else None


def resolve(article: Article, when: str, window: Span | None, *, default: timedelta | None = None) -> TimeRef:
    """The window a claim is about; `when` is the cue's default (instant, recent, today...)."""
    if article.published_at is None:
        return TimeRef(text=window.text if window is not None else None, kind="instant")
    published = reference_time(article)
    text = window.text if window is not None else None
    label = window.label_ if window is not None else None
    if when == "horizon" and label in {"horizon", "duration", "week"} and window is not None and (until := horizon_end(article, window)):
        return TimeRef(text=text, start=published, end=until, kind="window")
    if label == "duration" and window is not None and (length := duration(window)):
        return TimeRef(text=text, start=published - length, end=published, kind="window")
    if label in {"weekday", "yesterday"} and window is not None:
        start = named_day_start(article, window)
        if window[0].lower_ == "since":  # "since Thursday": from that day to now
            return TimeRef(text=text, start=start, end=published, kind="window")
        return TimeRef(text=text, start=start, end=min(start + timedelta(days=1), published), kind="day")
    if label in {"from_low", "from_high"} and window is not None:
        named = any(t.lower_ in _WEEKDAYS or t.lower_.startswith("yesterday") for t in window)
        start = named_day_start(article, window) if named else market_day_start(article)
        return TimeRef(text=text, start=start, end=published, kind="window" if named else "day")
    if label == "clock" and window is not None and (start := clock_start(article, window)):
        return TimeRef(text=text, start=start, end=published, kind="window")
    if label == "today" or when == "today":
        return TimeRef(text=text, start=market_day_start(article), end=published, kind="day")
    if article.published_precision is Precision.day and when in {"instant", "recent", "lookback"}:
        # Only the date is known: an event "today" is checked on the whole day.
        return TimeRef(text=text, start=day_start(article), end=published, kind="day")
    if label == "week":
        return TimeRef(text=text, start=published - timedelta(weeks=1), end=published, kind="window")
    if label == "ytd":
        local = published.astimezone(zone_of(article))
        start = local.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
        return TimeRef(text=text, start=start.astimezone(published.tzinfo), end=published, kind="window")
    if when == "horizon":
        return TimeRef(
            text=text or f"no horizon stated; {FORECAST_HORIZON.days} days assumed",
            start=published,
            end=published + FORECAST_HORIZON,
            kind="window",
        )
    if default is not None:
        return TimeRef(text=None, start=published - default, end=published, kind="window")
    if when == "recent":
        return TimeRef(text=None, start=published - RECENT, end=published, kind="window")
    if when == "lookback":
        return TimeRef(text=None, start=published - LOOKBACK, end=published, kind="window")
    if article.published_precision is Precision.day:
        return TimeRef(text=None, start=day_start(article), end=published, kind="day")
    return TimeRef(text=None, start=published, end=published, kind="instant")
