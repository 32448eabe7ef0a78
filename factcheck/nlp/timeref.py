"""Turning "in 24 hours", "this week", "today" into a window of UTC time.

Windows are resolved against the publication time in the article's own zone
("today" in a Korean article is the Korean day). Without a publication time a
claim keeps its words but no window, and the verifier says so.

How a fact-checker reads them (patterns in models/patterns/windows.jsonl):
- a date or a part of a month ("on January 12", "in early May", "the first half of
  February") is those days, 00:00 to 00:00 local; without a year, the latest up to
  publication. Early/mid/late are the month's thirds. "Since" runs from its start to now.
- "this week (so far)" runs from Monday 00:00 local, and is also the last 7 days
  (`rolling_days`), the way price sites show a week; "earlier this week" from Monday to
  the publication day; "year-to-date", "since the start of 2025" from January 1.
- a weekday is the latest such day up to publication, the publication day itself when it
  is that weekday (see `named_day_start` for the one day read forward); 'last week on
  Wednesday' is that day of the calendar week before. Named days and dates
  are the outlet's local days for Asian outlets and UTC days for all others (`names_local_days`);
  the hours of a part of a day ("Monday morning") are always local.
- a clock time ("at 1:30 p.m.", "as of 6:40 p.m. UTC") pins its sentence to that moment;
  an "as of" time in a date-only article pins the whole article (see `snapshot`); a live blog's
  entry stamp ("3:20 p.m. ET: ...") pins the sentences under it (`live_entries`).
- "overnight" is from 18:00 the evening before to the morning (see `overnight`); a trading session
  ("during the Asian session", "in US trading hours") is that region's business hours, and "since the
  U.S. open" runs from its stock market's latest opening bell (`trading_sessions`).
- a part of a named day ("on Monday morning", "yesterday afternoon") is those local hours
  of that day: morning 06-12, afternoon 12-18, evening and night 18-24.
- a calendar period told of a move ("last week", "over the weekend", "in Q3", "last month",
  "in the first half", "in October", "in 2024") is that period, the latest one begun; while
  it runs, or said "so far" ("this month", "month-to-date", "since the start of the quarter"),
  up to publication (see `named_period`).

A forecast runs from publication to its deadline (see `horizon_window`):
- calendar periods end at 00:00 UTC after their last day: "this year", "by year-end", "by the
  end of 2025" and "later this year" on December 31 of the publication's year; "by Q2", "by
  March", "by the end of the month/quarter" at the end of the next such period not yet over;
  weeks end at the article's Monday 00:00. "In 2026", "next year", "next month", "in the second
  quarter" name the period itself: it starts at the period's start (publication, if later).
- a year's early/mid/late are its thirds (Jan-Apr, May-Aug, Sep-Dec, like a month's), so
  "by mid-2026" is due September 1, 2026: the end of the part named, never earlier.
- seasons are the northern meteorological ones (spring March-May, summer June-August, autumn or
  fall September-November, winter December-February): "by the summer", "by spring 2026" are due
  at the end of the season named (September 1, June 1), like "by March"; "in the summer" starts
  with it. "Next summer" is the first one not yet begun.
- "by Christmas" is December 25, 00:00 UTC. "Before the halving" and "this cycle" (the
  four-year cycle runs halving to halving) end at the next halving, April 2028 by the usual
  estimate (`HALVINGS`).
- rolling horizons count from publication: "in the next 10 days", "within six months" (calendar
  months), "over the next 12-18 months" to the far end. Without a count, "within weeks" and
  "the next few days/weeks/months" are three of them, "the coming months" / "the months ahead"
  half a year: a call is judged no earlier than the outer reading of its words.
- "will close 2025 near $130,000", "to end the year above $100,000": the year's last day (UTC);
  "start 2026 at" its first.
- "eventually", "in the long run", "at some point", "in the coming years": no deadline. The
  forecast stays pending and is never scored (a 30-day default would judge it too early).
- no horizon at all: `FORECAST_HORIZON` (30 days).
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from spacy.tokens import Span

from factcheck.model import Article, Comparator, Precision, TimeRef
from factcheck.nlp.components import group
from factcheck.nlp.trading_sessions import halved, open_since, session_window

_UNIT = {"minute": timedelta(minutes=1), "hour": timedelta(hours=1), "day": timedelta(days=1), "week": timedelta(weeks=1),
         "month": timedelta(days=30), "year": timedelta(days=365), "session": timedelta(days=1),
         "quarter": timedelta(days=91)}
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
          "fourteen": 14, "thirty": 30, "twenty-four": 24, "couple": 2, "few": 3, "several": 5}
_SHORT = {"24h": timedelta(hours=24), "24hr": timedelta(hours=24), "1h": timedelta(hours=1),
          "7d": timedelta(days=7), "30d": timedelta(days=30), "daily": timedelta(days=1),
          "weekly": timedelta(weeks=1), "monthly": timedelta(days=30), "fortnight": timedelta(days=14),
          "yearly": timedelta(days=365), "annual": timedelta(days=365), "year-on-year": timedelta(days=365),
          "year-over-year": timedelta(days=365), "yoy": timedelta(days=365), "yoy.": timedelta(days=365),
          "y/y": timedelta(days=365), "y-o-y": timedelta(days=365),
          "wow": timedelta(weeks=1), "mom": timedelta(days=30), "dod": timedelta(days=1), "qoq": timedelta(days=91),
          "d/d": timedelta(days=1), "w/w": timedelta(weeks=1), "m/m": timedelta(days=30), "q/q": timedelta(days=91)}
DEFAULT_CHANGE_WINDOW = timedelta(hours=24)
# Window labels that name when a level, a record or a state held (not a span a move is measured over).
# Windows that carry their own verb ("started 2025", "ended last year"): the time of that verb's
# figure only, never lent to another figure of the sentence.
VERB_WINDOWS = frozenset({"year_edge"})
ONE_DAY_NAMED = frozenset({"weekday", "yesterday", "date"})  # window labels that name one past day ("on Sunday", "on May 28")
DAYS_NAMED = frozenset({"today", "weekday", "yesterday", "date", "month_part", "week_past", "week", "clock_at", "year_edge", "period",
                        "period_start", "trading_session", "day_part"})
# Windows a forecast's horizon may be read from (see `horizon_window`).
FORECAST_WINDOWS = frozenset({"horizon", "duration", "week", "period", "open_horizon", "year_edge"})
RECENT = timedelta(hours=24)
RECENT_EXTREME = timedelta(days=30)  # "from recent highs": a month back, the span a tested support or resistance is read over
LOOKBACK = timedelta(days=7)
# A forecast with no stated horizon is scored over 30 days: news calls like
# "could surpass $75,000" are short-term, and a month is the longest window
# such articles usually mean by "short-term".
FORECAST_HORIZON = timedelta(days=30)
NO_HORIZON = f"no horizon stated; {FORECAST_HORIZON.days} days assumed"


def horizon_written(time: TimeRef) -> bool:
    """Whether a forecast's horizon comes from its words, not the default."""
    return bool(time.text) and time.text != NO_HORIZON


def zone_of(article: Article) -> tzinfo:
    """The article's zone: an IANA name ('Asia/Seoul') or a fixed offset ('-05:00')."""
    name = article.published_zone or "UTC"
    if name[:1] in "+-" and len(name) == 6 and name[3] == ":":
        sign = -1 if name[0] == "-" else 1
        return timezone(sign * timedelta(hours=int(name[1:3]), minutes=int(name[4:6])))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


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


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def market_day_start(article: Article) -> datetime | None:
    """00:00 UTC of the publication day: crypto's daily candle, which "on the day"
    and "since midnight" refer to. A date-only article keeps its own date."""
    if article.published_at is None:
        return None
    if article.published_precision is Precision.day:
        return day_start(article)
    return article.published_at.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def _today(article: Article) -> date:
    """The publication's date in the article's zone (a date-only article keeps its own date)."""
    assert article.published_at is not None
    if article.published_precision is Precision.day:
        return article.published_at.date()
    return article.published_at.astimezone(zone_of(article)).date()


def _midnight(article: Article, day: date) -> datetime:
    """00:00 of `day` in the article's zone, as UTC."""
    return datetime(day.year, day.month, day.day, tzinfo=zone_of(article)).astimezone(UTC)


# Outlets this far ahead of UTC or more (India eastward: Asia and Australia) name their own
# local days; a day named by any other outlet is the UTC day, crypto's daily candle, which is how
# a US or European writer's "on Friday" is checked (README: gold conventions).
LOCAL_DAYS_FROM = timedelta(hours=5)


def names_local_days(article: Article) -> bool:
    """Whether the article's named days ('on Friday', 'on Nov. 21') are its local days (Asian outlets)."""
    moment = article.published_at or datetime.now(UTC)
    offset = moment.astimezone(zone_of(article)).utcoffset()
    return offset is not None and offset >= LOCAL_DAYS_FROM


def _day_midnight(article: Article, day: date) -> datetime:
    """Where a named day begins: local midnight for an Asian outlet, else 00:00 UTC of that date."""
    if names_local_days(article):
        return _midnight(article, day)
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _named_today(article: Article) -> date:
    """The publication's date among named days: the local date for an Asian outlet (and for an
    article that gives only its date), else the UTC date."""
    if names_local_days(article) or article.published_precision is Precision.day:
        return _today(article)
    assert article.published_at is not None
    return article.published_at.astimezone(UTC).date()


def named_days_from(article: Article) -> datetime:
    """Where the publication's own day begins among named days: a day named that ends by then is past."""
    return _day_midnight(article, _named_today(article))


def _local_midnight_of(article: Article, start: datetime) -> datetime:
    """Local midnight of the date a named day's start stands for (its hours are local: 'Monday morning')."""
    return _midnight(article, (start + timedelta(hours=12)).astimezone(zone_of(article)).date())


# From this local hour on, the next day has begun in zones up to four hours ahead:
# a stamp of 11 p.m. Monday may be a writer's Tuesday morning.
LATE_EVENING = 20


def _late_evening(article: Article) -> bool:
    assert article.published_at is not None
    return article.published_precision is not Precision.day and article.published_at.astimezone(zone_of(article)).hour >= LATE_EVENING


_DAY_BEFORE = {"prior", "previous", "preceding"}  # 'the prior day': yesterday, told as a narrative
_COMPARED_WITH = {"from", "since", "than", "versus", "vs", "vs."}  # 'up 3% from the previous day': a move's base, not its day


def named_day_start(article: Article, window: Span) -> datetime:
    """Where 'Sunday' or 'yesterday' begins (the outlet's local midnight for an Asian outlet,
    00:00 UTC for others, counted from the UTC date: `names_local_days`): the latest such day up
    to publication, the publication day itself when it is that weekday. The one day read
    forward is the day after a late-evening stamp ('up 0.66% on Tuesday' stamped 11 p.m.
    Monday): a report cannot be about a day that has not begun, so the writer's clock is
    ahead of the stamp's and the day meant is the publication's own."""
    today = _named_today(article)
    words = [t.lower_ for t in window]
    if any(w.startswith("yesterday") for w in words) or _DAY_BEFORE & set(words):
        back = 1
    else:
        target = next(WEEKDAYS.index(w) for w in words if w in WEEKDAYS)
        if "last" in words and "week" in words:  # 'last week on Wednesday': that day of the calendar week before
            return _day_midnight(article, today - timedelta(days=today.weekday() + 7 - target))
        back = (today.weekday() - target) % 7
        if "last" in words and back == 0:
            back = 7
        elif back == 6 and "last" not in words and _late_evening(article):
            back = 0
    return _day_midnight(article, today - timedelta(days=back))


_PLACES = {
    "singapore": "Asia/Singapore", "korea": "Asia/Seoul", "korean": "Asia/Seoul", "seoul": "Asia/Seoul",
    "japan": "Asia/Tokyo", "tokyo": "Asia/Tokyo", "hong": "Asia/Hong_Kong", "london": "Europe/London",
    "york": "America/New_York", "eastern": "America/New_York", "pacific": "America/Los_Angeles",
    "india": "Asia/Kolkata", "moscow": "Europe/Moscow",
}


_CLOCK = re.compile(r"^(\d{1,2})(?::(\d{2}))?$|^(\d{2})(\d{2})$")  # '15:30', '3', and the wires' '1530' (GMT)


def clock_start(article: Article, window: Span) -> datetime | None:
    """'since 8am Singapore time', 'as of 6:40 p.m. UTC', 'at 1:30 p.m.': the latest such
    moment up to publication (on the publication day for an article that gives only its date)."""
    from factcheck.article.zones import to_tzinfo

    assert article.published_at is not None
    times = [m for t in window if (m := _CLOCK.match(t.text))]
    if not times:
        return None
    hour = int(times[0].group(1) or times[0].group(3))
    minute = int(times[0].group(2) or times[0].group(4) or 0)
    if times[0].group(1) and times[0].group(2) is None and len(times) > 1:  # "8 : 30" written apart
        minute = int(times[1].group(1))
    words = [t.lower_ for t in window]
    if any(w.startswith("p") and w.endswith(("m", "m.")) for w in words) and hour < 12:
        hour += 12
    elif any(w in {"am", "a.m.", "a.m"} for w in words) and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    named = _zone_named(words) or _zone_carried(window)
    zone = to_tzinfo(named) if named else zone_of(article)
    now = reference_time(article)
    local = now.astimezone(zone)
    moment = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    day = _day_named_after(article, window)
    if day is not None:  # 'as of 4 p.m. on June 26', 'at 10:40 a.m. Wednesday': that day's clock
        moment = moment.replace(year=day.year, month=day.month, day=day.day)
        return moment.astimezone(UTC) if moment <= local else None
    if moment > local:
        moment -= timedelta(days=1)
    return moment.astimezone(UTC)


def _zone_named(words: list[str]) -> str | None:
    """The zone a clock's own words name ('6:40 p.m. UTC', '8am Singapore time'), or None."""
    from factcheck.article.zones import zone_name

    for word in reversed(words):
        name = _PLACES.get(word) or zone_name(word.upper())
        if name:
            return name
    return None


_ZONE_CARRY_SENTENCES = 3  # how far back an earlier clock's zone still holds


def _zone_carried(window: Span) -> str | None:
    """'At 10:00 a.m. ET, bitcoin traded at $84,000. By 2:30 p.m., it had slipped': a clock
    without a zone keeps the zone of the clock just before it (within a few sentences), the
    writer having said it once, rather than taking the outlet's."""
    doc = window.doc
    earlier = [w for w in doc.spans.get("windows", []) if w.label_ in {"clock", "clock_at"} and w.end <= window.start]
    if not earlier:
        return None
    sentences = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else []
    here = bisect_right(sentences, window.start)  # the sentence each token is in, by its order
    for clock in reversed(earlier):
        if sentences and here - bisect_right(sentences, clock.start) > _ZONE_CARRY_SENTENCES:
            break
        named = _zone_named([t.lower_ for t in clock])
        if named:
            return named
    return None


def _day_closed(window: Span) -> bool:
    """'since Friday's close', 'since yesterday's settlement': the day's end, not its start."""
    after = [t.lower_ for t in window.doc[window.end : min(window.end + 3, len(window.doc))]]
    if after[:1] == ["'s"] or after[:1] == ["’s"]:
        after = after[1:]
    return bool(after) and after[0] in {"close", "closing", "settlement", "end"}


def _day_named_after(article: Article, window: Span) -> date | None:
    """The date a weekday or date right after a clock time names ('4 p.m. on June 26')."""
    doc = window.doc
    starts = {window.end, window.end + 1} if window.end < len(doc) and doc[window.end].lower_ in {"on", ","} else {window.end}
    named = next((w for w in group(doc, "windows") if w.start in starts and w.label_ in {"weekday", "date"}), None)
    if named is None:
        return None
    if named.label_ == "date":
        span = calendar_span(article, named)
        return span[0].date() if span is not None and span[1] - span[0] <= timedelta(days=1) else None
    return (named_day_start(article, named) + timedelta(hours=12)).date()


def snapshot(article: Article, sentence: Span | None) -> datetime | None:
    """The moment a stated time pins ('near $95,087 as of 6:40 p.m. UTC',
    'changed hands for $61,672 at 1:30 p.m.'): the claims of its sentence are about that
    moment. An article that gives only its date and states 'as of' a time has told the
    hour it was written: every claim of it is about that moment."""
    if sentence is None or article.published_at is None:
        return None
    doc = sentence.doc
    clocks = [w for w in group(doc, "windows") if w.label_ == "clock_at"] if "windows" in doc.spans else []
    own = [w for w in clocks if sentence.start <= w.start < sentence.end]
    if own:
        return clock_start(article, own[0])
    from factcheck.nlp.live_entries import entry_time

    entry = entry_time(article, sentence)  # a live blog: the time of the entry the sentence stands under
    if entry is not None:
        return entry
    if article.published_precision is Precision.day:
        own = [w for w in clocks if w[0].lower_ == "as"]
    return clock_start(article, own[0]) if own else None


_MONTH_NAMES = {name: i for i, name in enumerate(calendar.month_name) if name} | {
    name: i for i, name in enumerate(calendar.month_abbr) if name} | {"Sept": 9}
_PARTS = {"early": (1, 11), "mid": (11, 21), "late": (21, 32)}
_DAY_OF_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")


def _months_in(window: Span) -> list[int]:
    """The months a window names, in order ('between May 8 and June 2': [5, 6]); 'Sept.' is September."""
    return [_MONTH_NAMES[word] for t in window if (word := t.text.rstrip(".").title()) in _MONTH_NAMES]


def written_years(window: Span) -> list[int]:
    """The years a date names, in it or just after it: the matcher's window for "between
    November 1 and November 21, 2025" may stop before ", 2025"."""
    doc, end = window.doc, window.end
    after = [t.text for t in doc[end : min(end + 2, len(doc))]]
    trailing = after[1:2] if after[:1] == [","] else after[:1]
    return [int(w) for w in [t.text for t in window] + trailing if len(w) == 4 and w.isdigit() and 1900 < int(w) < 2200]


def calendar_span(article: Article, window: Span) -> tuple[datetime, datetime] | None:
    """'on January 12', 'in early May', 'the first half of February', 'since mid-November':
    the days named, from 00:00 in the article's zone. Early, mid and late are the month's
    thirds (1-10, 11-20, 21-end); a half is half its days. A date or month without a year
    is the latest one up to publication."""
    words = [t.text.rstrip(".").lower() for t in window]
    month = next(iter(_months_in(window)), None)
    if month is None:
        return None
    years = written_years(window)
    days = [int(m.group(1)) for w in words if (m := _DAY_OF_MONTH.match(w)) and 1 <= int(m.group(1)) <= 31]
    if years:
        year = years[0]
    else:
        today = _today(article)
        year = today.year - ((month, days[0] if days else 1) > (today.month, today.day))
    length = calendar.monthrange(year, month)[1]
    if len(days) >= 2 and words[0] in {"between", "from"}:  # 'between May 8 and May 9', 'from March 30 to April 2'
        months = _months_in(window)
        until = months[1] if len(months) > 1 else month
        start = date(year, month, min(days[0], length))
        end_year = year + (until < month)
        end = date(end_year, until, min(days[1], calendar.monthrange(end_year, until)[1])) + timedelta(days=1)
        if end > start:
            return _day_midnight(article, start), _day_midnight(article, end)
    if days:
        first = min(days[0], length)
        last = first + 1
    elif "half" in words:
        half = length // 2
        first, last = (1, half + 1) if "first" in words else (half + 1, length + 1)
    elif "week" in words:  # 'the first week of July': days 1-7; 'the last week of March': its last seven
        nth = next((_ORDINALS[w] for w in words if w in _ORDINALS), None)
        first = 7 * (nth - 1) + 1 if nth is not None else length - 6
        last = first + 7
    else:
        part = next((_PARTS[w] for w in words if w in _PARTS), (1, 32))
        first, last = part[0], min(part[1], length + 1)
    start = date(year, month, first)
    return _day_midnight(article, start), _day_midnight(article, start + timedelta(days=last - first))


def week_start(article: Article) -> datetime:
    """Monday 00:00 of the publication week, in the article's zone: where 'this week' begins."""
    today = _today(article)
    return _midnight(article, today - timedelta(days=today.weekday()))


PARTS_OF_DAY = {"morning": (6, 12), "afternoon": (12, 18), "evening": (18, 24), "night": (18, 24)}
"""Local hours of a part of a named day ('on Monday morning', 'yesterday afternoon')."""
EVENING = 18  # local hour an "overnight" move starts from: the evening before
MORNING = 9  # and the local hour it ends at, for an article written after the morning


def part_of_day(article: Article, window: Span) -> tuple[datetime, datetime]:
    """'In the morning', 'in the early afternoon': those local hours of the latest such part begun by
    publication (yesterday's for an afternoon told in a morning article), up to publication.
    Early and late are the part's halves."""
    now = reference_time(article)
    words = {t.lower_ for t in window}
    hours = next(PARTS_OF_DAY[w] for w in words if w in PARTS_OF_DAY)

    def on(midnight: datetime) -> tuple[datetime, datetime]:
        return halved(midnight + timedelta(hours=hours[0]), midnight + timedelta(hours=hours[1]), words)

    if day_named(window) is not None and (named := calendar_span(article, window)) is not None:
        start, end = on(named[0])  # 'during the afternoon of March 5': those hours of that day
        return min(start, now), min(hour_ceiling(end), now)
    midnight = _midnight(article, _today(article))
    start, end = on(midnight)
    if start >= now:
        start, end = on(midnight - timedelta(days=1))
    return start, min(hour_ceiling(end), now)


def day_named(window: Span) -> int | None:
    """The day of the month a window names with its month ('by March 4', 'the afternoon of May 5th')."""
    if not _months_in(window):
        return None
    return next((int(m.group(1)) for t in window if (m := _DAY_OF_MONTH.match(t.text)) and 1 <= int(m.group(1)) <= 31), None)


def hour_ceiling(moment: datetime) -> datetime:
    """The next whole UTC hour (the moment itself when whole): a span ending at 23:59 IST (18:29
    UTC) takes in the hourly bar it ends in, as prices are kept by the hour."""
    floor = moment.replace(minute=0, second=0, microsecond=0)
    return floor if floor == moment else floor + timedelta(hours=1)


def overnight(article: Article, window: Span) -> tuple[datetime, datetime, bool]:
    """'Overnight (on August 5)': the night before the morning named (the publication's
    when none is), from 18:00 the evening before, in the article's zone. It ends at
    publication for an article stamped that morning (before noon), at 09:00 for one
    stamped later or about an earlier morning. The flag is False when the end is only
    known to lie on the publication day (a date-only article)."""
    today = _today(article)
    named = calendar_span(article, window)
    if named is not None:
        morning = _local_midnight_of(article, named[0]).astimezone(zone_of(article)).date()
    elif any(t.lower_ in WEEKDAYS for t in window):
        morning = _local_midnight_of(article, named_day_start(article, window)).astimezone(zone_of(article)).date()
    else:
        morning = today
    start = _midnight(article, morning - timedelta(days=1)) + timedelta(hours=EVENING)
    nine = _midnight(article, morning) + timedelta(hours=MORNING)
    if morning < today:
        return start, nine, True
    if article.published_precision is Precision.day:
        return start, reference_time(article), False
    now = reference_time(article)
    return (start, now, True) if now.astimezone(zone_of(article)).hour < 12 else (start, nine, True)


MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# Bitcoin's halvings; the last is the estimate outlets use for the next one (210,000 blocks of ten minutes).
HALVINGS = (date(2012, 11, 28), date(2016, 7, 9), date(2020, 5, 11), date(2024, 4, 20), date(2028, 4, 20))
# How far a horizon with no count reaches: "within weeks" about three, "the coming months" half a year.
VAGUE_COUNT = 3.0
VAGUE_MONTHS = 6
_YEAR_PARTS = {"early": (1, 5), "mid": (5, 9), "middle": (5, 9), "midyear": (5, 9), "late": (9, 13)}
_DEADLINE = {"by", "before", "until", "till", "into", "through", "toward", "towards", "end", "close", "this", "later"}
_ROLLING = {"within", "in", "over", "during"}  # 'within the month', 'over the next year': counted from publication
_WEEK_EXTREME = {"weekly", "week"}  # a high or low of the week ("this week's high" is 'week', "'s"), not of the day
_MONTH_EXTREME = {"monthly", "month"}
_YEAR_EXTREME = {"yearly", "annual", "year", "52-week", "12-month"}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def _extreme_reach(window: Span) -> timedelta | None:
    """How far back a high or low is sought when its length is named: '52-week', '90-day', 'yearly'."""
    for t in window:
        unit = next((u.lemma_.lower() for u in window.doc[t.i + 1 : min(t.i + 3, window.end)] if u.lemma_.lower() in _UNIT_DAYS), None)
        if t.like_num and unit is not None:
            try:
                count = float(t.text.replace(",", ""))
            except ValueError:
                return None
            return timedelta(days=count * _UNIT_DAYS[unit]) if count > 1 else None
    return timedelta(days=365) if any(t.lower_ in _YEAR_EXTREME for t in window) else None
_SO_FAR = {"since", "so", "to-date", "week-to-date", "month-to-date", "quarter-to-date", "wtd", "mtd", "qtd", "this"}
_TO_DATE = {"wtd": "week", "mtd": "month", "qtd": "quarter"}  # the desk's short forms: 'down 4% MTD'


def _words(window: Span) -> list[str]:
    """The window's words, lower case, hyphenated ones parted: 'mid-2026' -> 'mid', '2026';
    'MTD' -> 'month'."""
    return [_TO_DATE.get(w, w) for t in window for w in re.split(r"-", t.lower_.rstrip(".")) if w]


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def named_period(article: Article, window: Span, *, ahead: bool) -> tuple[datetime, datetime] | None:
    """The calendar period a window names ('in 2026', 'next month', 'in the third quarter',
    'last week', 'over the weekend', 'by mid-2026', 'by Christmas', 'this cycle'), as UTC.

    Without a year, a forecast's period is the next one not yet over and a report's the
    latest one begun. Years, halves, quarters and months are UTC's (a deadline "by year-end"
    is 00:00 UTC on January 1) in a forecast and the article's own zone in a report, like
    "year-to-date"; weeks (from Monday) and weekends are always the article's."""
    assert article.published_at is not None
    published = reference_time(article)
    zone = UTC if ahead else zone_of(article)
    today = published.astimezone(zone).date()
    words = _words(window)
    years = [int(w) for w in words if len(w) == 4 and w.isdigit() and 1990 < int(w) < 2200]
    shift = 1 if "next" in words else -1 if "last" in words else 0

    def at(day: date) -> datetime:
        return datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)

    def pick(spans: list[tuple[date, date]]) -> tuple[datetime, datetime] | None:
        """Of the same period in several years: a forecast's next one not over, a report's latest begun."""
        if ahead:
            return next(((at(a), at(b)) for a, b in spans if at(b) > published), None)
        return next(((at(a), at(b)) for a, b in reversed(spans) if at(a) <= published), None)

    if "halving" in words or "cycle" in words or "bull" in words:
        # the four-year cycle runs halving to halving: 'this cycle' ends at the next one
        if not ahead:
            return None
        due = next((h for h in HALVINGS if at(h) > published), None)
        return (published, at(due)) if due is not None else None
    if "christmas" in words:
        return pick([(date(y, 12, 25), date(y, 12, 25)) for y in years or [today.year, today.year + 1]]) if ahead else None
    season = next((SEASONS[w] for w in words if w in SEASONS), None)
    if season is not None:  # 'by the summer', 'in spring 2026', 'by next summer'
        spans = [(date(y, season, 1), _add_months(date(y, season, 1), 3)) for y in (years or [today.year - 1, today.year, today.year + 1])]
        if ahead and shift == 1:  # 'next summer': the first one not yet begun
            return next(((at(a), at(b)) for a, b in spans if at(a) > published), None)
        return pick(spans)
    if "week" in words or "weekend" in words:
        local = published.astimezone(zone_of(article)).date()
        monday = local - timedelta(days=local.weekday()) + timedelta(weeks=shift)
        if "weekend" in words:
            saturday = monday + timedelta(days=5)
            if not ahead and _midnight(article, saturday) > published:
                saturday -= timedelta(weeks=1)  # a weekday report's "over the weekend": the last one
            return _midnight(article, saturday), _midnight(article, saturday + timedelta(days=2))
        return _midnight(article, monday), _midnight(article, monday + timedelta(weeks=1))
    base = years[0] if years else today.year + (shift if "year" in words else 0)
    candidates = [base] if years or "year" in words else [today.year - 1, today.year, today.year + 1]
    quarter = next((int(w[1]) for w in words if re.fullmatch(r"q[1-4]", w)), None)
    if quarter is None and "quarter" in words:
        quarter = next((_ORDINALS[w] for w in words if w in _ORDINALS), None)
        if quarter is None:  # 'this quarter', 'next quarter', 'the end of the quarter'
            month = _add_months(date(today.year, (today.month - 1) // 3 * 3 + 1, 1), 3 * shift)
            return at(month), at(_add_months(month, 3))
    if quarter is not None:
        return pick([(date(y, quarter * 3 - 2, 1), _add_months(date(y, quarter * 3 - 2, 1), 3)) for y in candidates])
    half = next((int(w[1]) for w in words if w in {"h1", "h2"}), None)
    if half is None and "half" in words:
        half = 2 if "second" in words else 1
    if half is not None:
        return pick([(date(y, half * 6 - 5, 1), _add_months(date(y, half * 6 - 5, 1), 6)) for y in candidates])
    part = next((_YEAR_PARTS[w] for w in words if w in _YEAR_PARTS), None)
    month = next((MONTHS[w[:3]] for w in words if w[:3] in MONTHS and (len(w) == 3 or w in MONTH_WORDS)), None)
    if "month" in words:  # 'this month', 'next month', 'by the end of the month', 'month-to-date'
        first = _add_months(date(today.year, today.month, 1), shift)
        return at(first), at(_add_months(first, 1))
    if month is not None:
        return pick([(date(y, month, 1), _add_months(date(y, month, 1), 1)) for y in candidates])
    if part is not None:  # 'by mid-2026', 'in early 2027': the year's thirds
        return pick([(date(y, part[0], 1), _add_months(date(y, part[0], 1), part[1] - part[0])) for y in candidates])
    if years or "year" in words:
        return at(date(base, 1, 1)), at(date(base + 1, 1, 1))
    return None


MONTH_WORDS = {name.lower() for name in calendar.month_name if name} | {"sept"}
# Seasons are the northern meteorological ones, by their first month: three whole months each,
# so "by the summer" is due September 1 (the end of the season named, like "by March"), and
# winter runs December to March 1.
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def horizon_window(article: Article, window: Span) -> tuple[datetime, datetime | None] | None:
    """A forecast's window: from publication (or the start of the period it names: 'in 2026',
    'next month') to its deadline. None when the words give no deadline still ahead ('in 2021'),
    so the default horizon applies; an end of None when they say there is none ('eventually')."""
    published = reference_time(article)
    if window.label_ == "open_horizon":
        return published, None
    if window.label_ == "year_edge":  # 'will close 2025 near $130,000', 'to end the year above $100,000': that UTC day
        day = _year_edge(article.model_copy(update={"published_zone": "UTC"}), window, published)
        return (day, day + timedelta(days=1)) if day + timedelta(days=1) > published else None
    words = _words(window)
    if window.label_ == "horizon" and (day := day_named(window)) is not None:  # 'by March 4': the end of that day, UTC
        return _dated_deadline(window, day, published)
    if window.label_ in {"period", "week"} or window.label_ == "horizon" and words[0] not in _ROLLING and any(w in _PERIOD_WORDS for w in words):
        span = named_period(article, window, ahead=True)
        if span is None or span[1] <= published:
            return None
        start, end = span
        if any(w in _DEADLINE for w in words) or words == ["by", words[-1]]:
            return published, end  # 'by Q2', 'by the end of 2025', 'this year', 'before the halving'
        return max(start, published), end  # 'in 2026', 'next year', 'in the third quarter'
    until = horizon_end(article, window)
    return (published, until) if until is not None and until > published else None


def _dated_deadline(window: Span, day: int, published: datetime) -> tuple[datetime, datetime] | None:
    """A forecast due 'by March 4' (or 'by March 4, 2026'): the end of the next such day not yet over."""
    month = _months_in(window)[0]
    years = [int(t.text) for t in window if t.shape_ == "dddd"]
    for year in years or [published.year, published.year + 1]:
        try:
            due = datetime(year, month, day, tzinfo=UTC) + timedelta(days=1)
        except ValueError:
            return None
        if due > published:
            return published, due
    return None


_PERIOD_WORDS = {"year", "month", "quarter", "week", "q1", "q2", "q3", "q4", "christmas", "halving", "cycle"} | set(MONTHS) | MONTH_WORDS | set(SEASONS)


def horizon_end(article: Article, window: Span) -> datetime | None:
    """When a forecast with a rolling horizon is due: 'within weeks', 'in the next 10 days',
    'over the next 12-18 months' (the far end), 'by Sunday' (the end of the next such day), 'by 2030'."""
    assert article.published_at is not None
    published = reference_time(article)
    words = [t.lower_ for t in window]
    weekday = next((WEEKDAYS.index(w) for w in words if w in WEEKDAYS), None)
    if weekday is not None:  # 'by Sunday': the end of the next Sunday (today's, said on a Sunday), local
        today = published.astimezone(zone_of(article)).date()
        ahead = (weekday - today.weekday()) % 7 + (7 if "next" in words and weekday == today.weekday() else 0)
        return _midnight(article, today + timedelta(days=ahead + 1))
    year_words = [int(w[-4:]) for w in words if w[-4:].isdigit() and len(w) >= 4]
    if year_words and words[0] == "by":  # 'by 2030': through that year
        return datetime(year_words[0] + 1, 1, 1, tzinfo=UTC)
    spans = {"day": 1, "days": 1, "week": 7, "weeks": 7, "hours": 1 / 24, "hour": 1 / 24}
    unit = next((w for w in reversed(words) if w in spans or w.startswith(("month", "year"))), None)
    if unit is None:
        return None
    counts = [float(t.text) for t in window if t.like_num and t.text.replace(".", "").isdigit()]
    counts += [float(_WORDS[w]) for w in words if w in _WORDS and w not in {"a", "an"}]
    count = max(counts) if counts else None  # '12-18 months': the far end
    if unit.startswith(("month", "year")):
        months = (count if count is not None else VAGUE_COUNT if "few" in words or "couple" in words else VAGUE_MONTHS
                  if unit.endswith("s") else 1) * (12 if unit.startswith("year") else 1)
        if months != int(months):
            return published + timedelta(days=30 * months)
        day = _add_months(published.date(), int(months))
        return datetime.combine(day, published.timetz())
    if count is None:
        count = VAGUE_COUNT if "few" in words or unit.endswith("s") else 1.0  # "within weeks": about three
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
    if unit is None:  # 'in the weekly charts': the chart's bar names the length
        return next((_SHORT[t.lower_] for t in window if t.lower_ in _SHORT), None)
    return unit * count


def _day_midnight_utc(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _months_back(published: datetime, window: Span, length: timedelta) -> datetime | None:
    """'over the past 12 months', 'in the last three months', 'over the past year' (`length` as
    `duration` reads it): the same day and hour that many calendar months back (30-day months would
    end 12 months 5 days short)."""
    lemmas = {t.lemma_.lower() for t in window}
    yearly = lemmas & {"year", "yearly", "annual", "yoy", "yoy.", "y/y", "y-o-y", "year-on-year", "year-over-year"}
    per = 12 if yearly else 1 if lemmas & {"month", "monthly", "m/m"} else None
    if per is None:
        return None
    months = length / _UNIT["year" if per == 12 else "month"] * per  # 'monthly' and 'yearly' are one of each
    if months != int(months):
        return None
    day = _add_months(published.date(), -int(months))
    return published.replace(year=day.year, month=day.month, day=day.day)


_RUNS_FROM = {Comparator.up, Comparator.down, Comparator.above, Comparator.below, Comparator.between}


def since_compares(window: Span, comparator: Comparator) -> bool:
    """'its lowest reading since May 6': a 'since' date on a reading or a touch compares
    with that time and is not the claim's. Only a move ('up 70% since January 1') or a
    position held ('a zone it has held since mid-November') runs from it."""
    return window.label_ in {"date", "month_part"} and window[0].lower_ == "since" and comparator not in _RUNS_FROM


def _year_start(article: Article, window: Span, published: datetime) -> datetime:
    """Jan 1, 00:00 in the article's zone, of the year written ('since the start of 2025') or the publication's."""
    years = [int(t.text) for t in window if len(t.text) == 4 and t.text.isdigit()]
    local = published.astimezone(zone_of(article))
    return _midnight(article, date(years[0] if years else local.year, 1, 1))


_CLOSING = {"end", "finish", "close"}


def _year_edge(article: Article, window: Span, published: datetime, *, back: int = 0) -> datetime:
    """The first day of the year a price 'started'/'began'/'opened' at, or the last day of the
    one it 'ended'/'closed' at: the year written, 'last year', or the publication's (`back` years before)."""
    local = published.astimezone(zone_of(article))
    years = [int(t.text) for t in window if len(t.text) == 4 and t.text.isdigit()]
    year = years[0] if years else local.year - 1 if any(t.lower_ == "last" for t in window) else local.year - back
    closing = window[0].lemma_.lower() in _CLOSING
    return _midnight(article, date(year, 12, 31) if closing else date(year, 1, 1))


_BACK = {"ago", "earlier", "before"}


def previous_utc_day(article: Article) -> TimeRef | None:
    """The UTC day before the publication's: 'the index jumped to 67 from 53' with no day
    named, the earlier value is a daily gauge's previous print (such gauges close at 00:00 UTC)."""
    if article.published_at is None:
        return None
    today = article.published_at.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return TimeRef(text=None, start=today - timedelta(days=1), end=today, kind="day")


def self_dated(article: Article, when: str, window: Span | None) -> TimeRef | None:
    """Without a publication time, only a window dated by its own words can be placed: a date or
    part of a month written with its year ("on November 14, 2025", "between June 1 and June 7,
    2024", "in early May 2024"). A yearless date, "since ..." (which runs to now) and a forecast's
    horizon all need the publication time, and stay unplaced."""
    if when == "horizon" or window is None or window.label_ not in {"date", "month_part"}:
        return None
    if window[0].lower_ in {"since", "by", "until", "till", "before"} or not written_years(window):
        return None
    span = calendar_span(article, window)
    if span is None:
        return None
    start, end = span
    return TimeRef(text=window.text, start=start, end=end, kind="day" if end - start <= timedelta(days=1) else "window")


def resolve(
    article: Article, when: str, window: Span | None, *, default: timedelta | None = None, sentence: Span | None = None,
    reading: bool = False,
) -> TimeRef:
    """The window a claim is about; `when` is the cue's default (instant, recent, today...).
    `sentence`, when given, may state the moment its claims are about (see `snapshot`).
    `reading`: the claim is a gauge's value at a moment, not a move over a span."""
    if article.published_at is None:
        return self_dated(article, when, window) or TimeRef(text=window.text if window is not None else None, kind="instant")
    moment = snapshot(article, sentence)
    if moment is not None:  # the stated moment is the claim's "now"
        article = article.model_copy(update={"published_at": moment, "published_precision": Precision.minute})
    published = reference_time(article)
    text = window.text if window is not None else None
    label = window.label_ if window is not None else None
    first = window[0].lower_ if window is not None else None
    if when == "horizon" and label in FORECAST_WINDOWS and window is not None and (due := horizon_window(article, window)):
        return TimeRef(text=text, start=due[0], end=due[1], kind="window")
    if label == "since_event" and window is not None:
        # "since the halving": from the last halving before publication; another event ("since the US
        # election") is named but not dated here, so the window has no start and the check says why
        halving = next((h for h in reversed(HALVINGS) if _day_midnight_utc(h) <= published), None) \
            if any(t.lower_ in {"halving", "halvening"} for t in window) else None
        start = _day_midnight_utc(halving) if halving is not None else None
        return TimeRef(text=text, start=start, end=published, kind="window", anchored=start is not None)
    if label == "overnight" and window is not None:
        start, end, known = overnight(article, window)
        # a date-only article: from the evening before to some hour of its day, like "since the open"
        return TimeRef(text=text, start=start, end=end, kind="window" if known else "day")
    if label == "day_part" and window is not None and (article.published_precision is not Precision.day or day_named(window) is not None):
        start, end = part_of_day(article, window)  # 'rose to $9,960 in the morning': those hours of the day
        return TimeRef(text=text, start=start, end=end, kind="window")
    if label == "day_part" and window is not None:  # a date-only article: its day
        return TimeRef(text=text, start=day_start(article), end=published, kind="day")
    if label == "trading_session" and window is not None:
        named = named_day_start(article, window) if any(t.lower_ in WEEKDAYS for t in window) else None
        hours = session_window(window, published, named, PARTS_OF_DAY)
        if hours is not None:  # 'jumped 5% during the Asian session': those hours of the latest (or named) day
            return TimeRef(text=text, start=hours[0], end=min(hour_ceiling(hours[1]), published), kind="window")
    if label == "session_open" and window is not None and (bell := open_since(window, published)) is not None:
        # 'up 2% since the U.S. open': from that market's latest opening bell to now
        return TimeRef(text=text, start=bell, end=published, kind="window", anchored=True)
    if label == "duration" and window is not None and reading and window[-1].lower_ in _BACK \
            and (length := duration(window)) and length >= timedelta(days=1):
        # "stood at 21 a day earlier", "read 40 a week ago": a reading of that day, not of the span since.
        # The day is the 24 hours around the moment that far back, not the local calendar day: a daily
        # gauge dated in UTC, read at 08:40 in Seoul, had its previous print on the UTC day before.
        moment = published - length
        return TimeRef(text=text, start=moment - timedelta(hours=12), end=min(moment + timedelta(hours=12), published), kind="day")
    if label == "duration" and window is not None and (length := duration(window)):
        return TimeRef(text=text, start=_months_back(published, window, length) or published - length, end=published, kind="window")
    if label == "yesterday" and window is not None and _DAY_BEFORE & set(_words(window)) \
            and [t.lower_ for t in window.doc[window.end : window.end + 2]][-1:] in (["close"], ["closing"]):
        # 'above the previous day's close': where the last close left it, the daily candle's open
        return TimeRef(text=text, start=market_day_start(article), end=published, kind="day")
    if label == "yesterday" and window is not None and default is not None and _DAY_BEFORE & set(_words(window)) \
            and window.start > 0 and window.doc[window.start - 1].lower_ in _COMPARED_WITH:
        return TimeRef(text=text, start=published - default, end=published, kind="window")  # 'up 3% from the previous day'
    if label in {"weekday", "yesterday"} and window is not None:
        if any(t.text in {"UTC", "GMT"} for t in window.doc[window.end : min(window.end + 3, window.sent.end)]):
            article = article.model_copy(update={"published_zone": "UTC"})  # "on Monday, UTC": the UTC day, whatever the outlet's zone
        start = named_day_start(article, window)
        part = next((PARTS_OF_DAY[t.lower_] for t in window if t.lower_ in PARTS_OF_DAY), None)
        if part is not None:  # "on Monday morning": those hours of that day, in the article's zone
            start = _local_midnight_of(article, start)
            start, end = start + timedelta(hours=part[0]), start + timedelta(hours=part[1])
            if first == "since" or end > published:
                return TimeRef(text=text, start=min(start, published), end=published, kind="window", anchored=first == "since")
            return TimeRef(text=text, start=start, end=end, kind="window")
        if first == "since":  # "since Thursday": from that day to now
            if start == named_days_from(article) and not any(t.lower_.startswith("yesterday") for t in window):
                start -= timedelta(days=7)  # "since Friday" written on a Friday: a week's move, not the day's
            if _day_closed(window):  # "since Friday's close", "since yesterday's close": from the end of that day
                start = min(start + timedelta(days=1), published)
            return TimeRef(text=text, start=start, end=published, kind="window", anchored=True)
        return TimeRef(text=text, start=start, end=min(start + timedelta(days=1), published), kind="day")
    if label in {"date", "month_part"} and window is not None and (span := calendar_span(article, window)):
        start, end = span
        if first == "since" or end > published:  # "since mid-November", "in the first half of February" (still running)
            return TimeRef(text=text, start=start, end=published, kind="window", anchored=True)
        return TimeRef(text=text, start=start, end=end, kind="day" if end - start <= timedelta(days=1) else "window")
    if label == "horizon" and when != "horizon" and window is not None and day_named(window) is not None \
            and (span := calendar_span(article, window)) is not None and span[0] <= published:
        return TimeRef(text=text, start=span[0], end=min(span[1], published), kind="day")  # 'a record by March 4': that day
    if label in {"period", "horizon"} and when != "horizon" and window is not None and (span := named_period(article, window, ahead=False)) \
            and span[0] <= published:  # "last week", "in Q3", "this month", "over the weekend", "month-to-date"
        start, end = span
        if end > published or any(w in _SO_FAR for w in _words(window)) or window[-1].lower_ in {"date", *_TO_DATE} or first == "since":
            return TimeRef(text=text, start=start, end=published, kind="window", anchored=True)
        return TimeRef(text=text, start=start, end=end, kind="window")
    if label == "period_end" and window is not None and (span := named_period(article, window, ahead=False)) \
            and span[1] <= published:  # "up 55% since the end of September": from the moment September ended
        return TimeRef(text=text, start=span[1], end=published, kind="window", anchored=True)
    if label == "period_start" and window is not None and (span := named_period(article, window, ahead=False)):
        first = span[0]  # "traded above $3,400 at the start of the week": on the period's first day
        if first < published:
            return TimeRef(text=text, start=first, end=min(first + timedelta(days=1), published), kind="day")
    if label == "week_past":  # "earlier this week": this week's days before the publication day
        start, today = week_start(article), _midnight(article, _today(article))
        return TimeRef(text=text, start=start, end=today if today > start else published, kind="window")
    if label == "week":  # "this week (so far)": since Monday 00:00, or the last 7 days as price sites show it
        return TimeRef(text=text, start=week_start(article), end=published, kind="window", anchored=True, rolling_days=7)
    if label == "year_edge" and window is not None:  # "started 2025 near $93,600": that year's first (or last) day
        start = _year_edge(article, window, published)
        if start >= published and not any(t.text.isdigit() for t in window):
            start = _year_edge(article, window, published, back=1)  # 'closed the year at $42,200' in January: the year over
        return TimeRef(text=text, start=start, end=min(start + timedelta(days=1), published), kind="day")
    if label == "ytd" and window is not None:
        return TimeRef(text=text, start=_year_start(article, window, published), end=published, kind="window", anchored=True)
    if label in {"from_low", "from_high"} and window is not None:
        named = any(t.lower_ in WEEKDAYS or t.lower_.startswith("yesterday") for t in window)
        month = calendar_span(article, window)  # "since the early August dip": its low lies in those days
        if month is not None:
            return TimeRef(text=text, start=month[0], end=published, kind="window", anchored=True)
        if not named and any(t.lower_ == "recent" for t in window):  # "a 20% drop from recent highs": the last month's extreme
            return TimeRef(text=text, start=published - RECENT_EXTREME, end=published, kind="window", anchored=True)
        words = {t.lower_ for t in window}
        if not named and "year" in words and words & {"'s", "’s"}:  # "from the year's low": this calendar year's
            return TimeRef(text=text, start=_year_start(article, window, published), end=published, kind="window", anchored=True)
        back = None if named else _extreme_reach(window)
        if back is not None:  # "up 89% from its 52-week low", "off its yearly high": that many days back
            return TimeRef(text=text, start=published - back, end=published, kind="window", anchored=True)
        if not named and words & _WEEK_EXTREME:  # "down 11% from its weekly high": since Monday, or the last 7 days
            return TimeRef(text=text, start=week_start(article), end=published, kind="window", anchored=True, rolling_days=7)
        if not named and words & _MONTH_EXTREME:  # "20% below its monthly high": the last 30 days' extreme
            return TimeRef(text=text, start=published - RECENT_EXTREME, end=published, kind="window", anchored=True)
        start = named_day_start(article, window) if named else market_day_start(article)
        return TimeRef(text=text, start=start, end=published, kind="window" if named else "day")
    if label == "clock" and window is not None and (start := clock_start(article, window)):
        return TimeRef(text=text, start=start, end=published, kind="window")
    if label == "clock_at" and window is not None and (at := clock_start(article, window)):
        if default is not None:  # "down 1% as of 6:20 p.m.": the usual window, ending then
            return TimeRef(text=text, start=at - default, end=at, kind="window")
        return TimeRef(text=text, start=at, end=at, kind="instant")
    if label == "today" or when == "today":
        return TimeRef(text=text, start=market_day_start(article), end=published, kind="day")
    if article.published_precision is Precision.day and when in {"instant", "recent", "lookback"}:
        # Only the date is known: an event "today" is checked on the whole day.
        return TimeRef(text=text, start=day_start(article), end=published, kind="day")
    if when == "horizon":
        return TimeRef(
            text=text or NO_HORIZON,
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
