"""Trading sessions as windows: "during the Asian session", "in US trading hours", "in the European morning".

Crypto trades around the clock, but desks and wire copy still split the day by the
markets that are awake, the way currency traders do: a move "during the Asian session"
is a move over those hours, not over the 24 hours to publication. Each region's session
is its working day in its own zone, so the European and US sessions follow their summer
time; the US one runs into the evening, past the stock market's close, as New York's
crypto desks tell it ("late in the U.S. session" of a high printed at 5 p.m.). "Early" and "late" are the session's first and second halves; a part of the
day with a region ("the US afternoon") is those hours of that region's day.

Which session: the one on the day the window names ("in Asian trading on Saturday"),
else the latest one begun by publication, cut at publication while it runs.

A region's "open" ("up 2% since the U.S. open", "since the Asian open") is its stock market's
opening bell, not its desks' morning: Wall Street's 9:30 New York time, Tokyo's 9:00, London's
8:00, on the latest weekday the bell has rung by publication (stock markets shut at weekends).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from spacy.tokens import Span

# (zone, opening, closing) in the region's local hours
_ASIA = ("Asia/Tokyo", time(9), time(18))
_EUROPE = ("Europe/London", time(8), time(17))
_US = ("America/New_York", time(8), time(20))
REGIONS = {
    "asian": _ASIA, "asia": _ASIA, "asia-pacific": _ASIA, "apac": _ASIA, "tokyo": _ASIA, "hong": _ASIA,
    "european": _EUROPE, "europe": _EUROPE, "london": _EUROPE,
    "us": _US, "u.s.": _US, "u.s": _US, "american": _US, "america": _US, "york": _US, "wall": _US,
}
_HALVES = {"early": 0, "late": 1, "final": 1}
# The region's stock-market opening bell, local time, by the region's zone
_BELLS = {_US[0]: time(9, 30), _ASIA[0]: time(9), _EUROPE[0]: time(8)}


def halved(start: datetime, end: datetime, words: set[str]) -> tuple[datetime, datetime]:
    """The half of a span its words name ('early', 'late', 'final'); the whole span without one."""
    half = next((_HALVES[w] for w in words if w in _HALVES), None)
    if half is None:
        return start, end
    middle = start + (end - start) / 2
    return (start, middle) if half == 0 else (middle, end)


def _region(window: Span) -> tuple[str, time, time] | None:
    return next((REGIONS[t.lower_] for t in window if t.lower_ in REGIONS), None)


def _hours(window: Span, day: date, region: tuple[str, time, time], parts: dict[str, tuple[int, int]]) -> tuple[datetime, datetime]:
    """The session's hours on `day` (the region's local date), as UTC; `parts` are the local hours
    of a part of the day (timeref.PARTS_OF_DAY)."""
    zone = ZoneInfo(region[0])
    words = {t.lower_ for t in window}
    part = next((parts[w] for w in words if w in parts), None)
    if part is not None:  # 'the European morning': those hours of the region's day
        midnight = datetime.combine(day, time(0), tzinfo=zone)
        return (midnight + timedelta(hours=part[0])).astimezone(UTC), (midnight + timedelta(hours=part[1])).astimezone(UTC)
    start = datetime.combine(day, region[1], tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day, region[2], tzinfo=zone).astimezone(UTC)
    return halved(start, end, words)


def session_window(window: Span, now: datetime, named_day: datetime | None,
                   parts: dict[str, tuple[int, int]]) -> tuple[datetime, datetime] | None:
    """The UTC hours of the session the window names; `named_day` is where a day the window
    names begins (None: the latest session begun by `now`). None when no region is named."""
    region = _region(window)
    if region is None:
        return None
    zone = ZoneInfo(region[0])
    if named_day is not None:  # 'in Asian trading on Saturday': that date's session
        day = (named_day + timedelta(hours=12)).date()
        start, end = _hours(window, day, region, parts)
    else:
        day = now.astimezone(zone).date()
        start, end = _hours(window, day, region, parts)
        if start > now:  # today's session has not begun: the last one
            start, end = _hours(window, day - timedelta(days=1), region, parts)
    if start >= now:
        return None
    return start, min(end, now)


def open_since(window: Span, now: datetime) -> datetime | None:
    """When the region's market the window names last opened by `now`, in UTC; None when no
    region is named."""
    region = _region(window)
    if region is None:
        return None
    zone = ZoneInfo(region[0])
    day = now.astimezone(zone).date()
    for back in range(7):
        local = day - timedelta(days=back)
        bell = datetime.combine(local, _BELLS[region[0]], tzinfo=zone).astimezone(UTC)
        if local.weekday() < 5 and bell <= now:
            return bell
    return None
