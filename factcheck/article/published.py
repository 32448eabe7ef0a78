"""When an article was published, read from an option, a header or the page.

Every market figure is recomputed *as of* this time, so a wrong zone shifts
every check: a Korean outlet's 10:17 is 01:17 UTC, not 10:17. Times are
therefore always stored in UTC together with the zone they were written in
and a note saying where they were read (`Article.published_from`).

A date without a time has day precision; its `at` is 00:00 UTC *of the date
as written*, so `at.date()` is the article's own calendar day whatever zone
the date was written in (converting local midnight to UTC would move a Korean
date to the previous day).
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from factcheck.article.zones import SEOUL, UTC_NAME, ZONE_PATTERN, to_tzinfo, zone_name
from factcheck.errors import BadDate
from factcheck.model import Precision

#: how many lines from the top count as the page's header area
HEAD_LINES = 40
#: a bare date line in the header area may carry at most this many other words
_BARE_EXTRA_WORDS = 6


@dataclass(frozen=True)
class Published:
    """A publication time in UTC, with how finely it is known and where it came from."""

    at: datetime
    precision: Precision
    zone: str
    where: str


@dataclass(frozen=True)
class _Stamp:
    """A date (and maybe a time and zone) found in text, not yet placed in a zone."""

    start: int
    end: int
    year: int
    month: int
    day: int
    hour: int | None = None
    minute: int | None = None
    second: int = 0
    zone: str | None = None


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATES = (
    # 2026-02-09, 2026/02/09, 2026.02.09. (one separator throughout)
    re.compile(r"(?<![\w./-])(?P<y>(?:19|20)\d\d)(?P<sep>[-./])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)\.?"),
    # 2026년 2월 9일
    re.compile(r"(?P<y>(?:19|20)\d\d)\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일"),
    # February 9, 2026 / Feb. 9th 2026
    re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE),
    # 9 February 2026 / 05 Apr 2024 / 5th of December, 2024
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE),
    # 16.10.2025 (European and Turkish sites write the day first, with dots)
    re.compile(r"(?<![\w./-])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?![\d.]\d)"),
    # 07/24/2023 (U.S. sites) or 24/07/2023: the order is read from a number over 12 or the weekday
    # before it ("Mon, 07/24/2023"); a date that could be either is not read (`_slashed`)
    re.compile(r"(?<![\w./-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/])"),
)
_WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|"
    r"fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?"
)
# a clock time: "10:17", "10:17:00.000", "1:40 pm", "3 p.m.", "11.20am", "11:20 hrs", then a zone
# ("UTC", "(KST)", "GMT+8", "+05:30"); an hour alone or a "." between hour and minutes
# counts only with am/pm (or, for "11.20", a zone) -- see `_clock`
_CLOCK = (
    r"(?P<H>\d{1,2})(?:(?P<sep>[:.])(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?)?(?![\d:])"
    r"(?:\s*hrs?\b\.?)?\s*\]?"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?"
    rf"(?:\s*(?P<paren>\()?(?-i:(?P<zone>{ZONE_PATTERN}))(?(paren)\))(?![A-Za-z\d]))?"
)
# what may follow a date: "T10:17:00+09:00", " [10:17]", ", 3:04 pm EST", " - 18:04", " 오후 3:04",
# " · 1:40 pm SGT", ", at 3:20 a.m. UTC", "(월) 10:17"
_TIME = re.compile(
    rf"(?:\s*\(\s*(?:[월화수목금토일]|{_WEEKDAY})\s*\))?"
    r"(?:\s*(?:T|,|at|-|–|—|\||@|·|•|/)){0,2}\s*\[?\s*(?:(?P<ko>오전|오후)\s*)?" + _CLOCK,
    re.IGNORECASE,
)
# a time written before its date, up to the date: "11:20 GMT · ", "3:20 a.m. UTC on ",
# "1:40 PM SGT, " (a weekday before the date is taken off first)
_LEADING_TIME = re.compile(
    r"(?<![\w:.$€£₩+-])" + _CLOCK + r"\s*(?:,|·|•|\||-|–|—|/|\bon\b)?\s*$",
    re.IGNORECASE,
)
_LEADING_WEEKDAY = re.compile(rf"\b{_WEEKDAY},?\s*$", re.IGNORECASE)
#: how far before a date a weekday and a time are looked for
_LEADING_REACH = 60
_PUBLISHED_LABEL = re.compile(
    r"(?:기사\s*입력|입력|등록|작성|게재|승인|published|posted|"
    r"publish(?:ed)?\s*date|date\s*published|publication(?:\s*(?:date|time))?|"
    r"\bpub\s*date|release\s*date|released|\bdated?)"
    r"(?:\s+(?:on|at))?\s*(?:일시|시간)?\s*[:：]?\s*[\[(]?\s*$",
    re.IGNORECASE,
)
_UPDATED_LABEL = re.compile(
    r"(?:최종\s*수정|수정|업데이트|updated|modified)"
    r"(?:\s+(?:on|at))?\s*(?:일시|시간)?\s*[:：]?\s*[\[(]?\s*$",
    re.IGNORECASE,
)
# a reposted article's note of where and when it first ran: "This article was originally published
# on Nov. 3, 2025", "Originally published at CoinDesk on ...", "First appeared in The Block on ..."
_ORIGINAL_LABEL = re.compile(
    r"(?:originally|first)\s+(?:published|posted|appeared|ran)(?:\s+(?:on|at|in|by)\s+[\w.&'’ -]{0,40}?)?"
    r"(?:\s+(?:on|at))?\s*[:：,]?\s*[\[(]?\s*$",
    re.IGNORECASE,
)
# the note opens with the label or speaks of the piece itself, not of a coin ("Bitcoin first appeared in a
# white paper on October 31, 2008" is history)
_REPOST_NOTE = re.compile(r"(?:originally|first)\b|(?:this|the)\s+(?:article|story|post|piece|report|column|version)\b", re.IGNORECASE)
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# a zone written in a note right after a header value: "2024-02-28T13:28 (GMT, from URL)"
_NOTE_ZONE = re.compile(rf"^\s*\(\s*(?P<zone>{ZONE_PATTERN})(?![A-Za-z])")
# "5 min read", "3-minute read": furniture next to a bare date line, not a figure
_READING_TIME = re.compile(r"\b\d{1,3}[\s-]*min(?:ute)?s?\.?\s+read\b", re.IGNORECASE)
# an update clock beside the date ("| Updated 11:05"): furniture, not a figure
_UPDATE_CLOCK = re.compile(r"\b(?:updated|modified)\s*:?\s*\d{1,2}:\d{2}\b", re.IGNORECASE)
# a byline or reviewer credit beside the date ("By Rohan Mehta", "Reviewed by Lina Park")
_CREDIT = re.compile(
    r"\b(?i:(?:reviewed|edited|fact[\s-]*checked|written)\s+by|by|author|journalist)\s*:?\s*"
    r"(?:[A-Z][\w'.-]+\s*){1,3}"
)

# machine-written times left in a plain-text article by a scraper: an HTML attribute
# (`<time datetime="...">`, `<meta property="article:published_time" content="...">`,
# `itemprop="datePublished" content="..."`) or a JSON-LD field (`"datePublished": "..."`)
_ISO = r"(?:19|20)\d\d-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
_MACHINE_ATTR = re.compile(rf"\b(?P<attr>datetime|content)\s*=\s*(?P<q>[\"']?)(?P<value>{_ISO})(?P=q)", re.IGNORECASE)
_MACHINE_JSON = re.compile(
    rf"[\"'](?P<key>date(?:Published|Created|Modified)|uploadDate)[\"']\s*:\s*[\"'](?P<value>{_ISO})[\"']",
    re.IGNORECASE,
)
_MACHINE_UPDATED = re.compile(r"modif|updat", re.IGNORECASE)
_MACHINE_PUBLISHED = re.compile(r"publish|pubdate|\bdate\b|dc\.date|issued|created", re.IGNORECASE)


def parse_option(value: str, *, now: datetime | None = None) -> Published:
    """Read a `published=` value; naive times are UTC. Raises BadDate with a hint.

    "now" is the checking time, to the minute: an editor's draft has no date yet and goes out now.
    """
    text = " ".join(value.split())
    if text.lower() == "now":
        at = (now or datetime.now(UTC)).astimezone(UTC).replace(second=0, microsecond=0)
        return Published(at, Precision.minute, UTC_NAME, "--published now (the checking time)")
    found = _parse_iso(text, default_zone=UTC_NAME, where="option")
    if found is None:
        stamps = [s for s in _stamps(text) if s.start == 0 and s.end >= len(text.rstrip("."))]
        if stamps:
            found = _place(stamps[0], UTC_NAME, "option", implied=False)
    if found is None:
        raise BadDate(
            f"published={value!r} is not a date; write e.g. 2026-02-09T10:17+09:00, "
            "'2026-02-09 10:17 KST', 2026-02-09 or now"
        )
    return Published(found.at, found.precision, found.zone, "option")


def parse_machine(value: str, where: str, *, default_zone: str) -> Published | None:
    """Read a machine-written time (HTML meta, JSON-LD, <time datetime>), or None."""
    text = " ".join(value.split())
    if not text:
        return None
    found = _parse_iso(text, default_zone=default_zone, where=where)
    if found is not None:
        return found
    try:  # RFC 2822, as some feeds and CMSs write it
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return _from_datetime(parsed, default_zone, where)
    stamps = [s for s in _stamps(text) if s.start == 0]
    return _place(stamps[0], default_zone, where, implied=False) if stamps else None


def parse_header_value(key: str, value: str, *, default_zone: str) -> Published | None:
    """Read a header line's value such as `2024-02-28T13:28 (GMT, from URL suffix)`."""
    stamps = [s for s in _stamps(value) if s.start == 0]
    if not stamps:
        return None
    stamp = stamps[0]
    where = _quote(f"{key}: {value[: stamp.end]}")
    if stamp.zone is None and stamp.hour is not None:
        note = _NOTE_ZONE.match(value[stamp.end :])
        if note and (named := zone_name(note.group("zone"))):
            stamp = replace(stamp, zone=named)
            where = f"{where} (zone {note.group('zone')} from the note after it)"
    return _place(stamp, default_zone, where, implied=False)


def find_original(text: str, *, default_zone: str) -> Published | None:
    """The first publication of a reposted article, from a note that says it ran earlier
    ("originally published on ..."): its figures were written then, not at the repost."""
    notes = [line for line in text.split("\n") if len(line) < 300 and _REPOST_NOTE.match(line.strip(" *_>[("))]
    found = next(_labelled(notes, _ORIGINAL_LABEL, default_zone), None)
    return None if found is None else Published(found.at, found.precision, found.zone, f"{found.where} (the original publication)")


def find_in_text(text: str, *, default_zone: str) -> Published | None:
    """Find the publication time printed on the page, or None.

    Looks, in order: for a machine-written publication time to the minute left
    in the text by a scraper (`<time datetime="...">`, `"datePublished": "..."`);
    for a labelled publication time (`입력 : 2026/02/09 [10:17]`, `Published Feb 9,
    2026 ...`) in the header area; for a line that is just a date in the header
    area; for a labelled publication time anywhere; for a machine-written date;
    and last for an "updated" time, printed or machine-written, which is later
    than publication.
    """
    lines = text.split("\n")
    head = lines[:HEAD_LINES]
    machine = list(_machine(text, default_zone))
    published = [found for found, updated in machine if not updated]
    exact = next((found for found in published if found.precision is Precision.minute), None)
    found = exact or next(_labelled(head, _PUBLISHED_LABEL, default_zone), None) or _bare(head, default_zone)
    found = found or next(_labelled(lines[HEAD_LINES:], _PUBLISHED_LABEL, default_zone), None)
    found = found or next(iter(published), None)
    if found:
        return found
    updated = next(_labelled(lines, _UPDATED_LABEL, default_zone), None)
    updated = updated or next((found for found, is_update in machine if is_update), None)
    if updated is None:
        return None
    note = f"{updated.where} (an update time; no publication time found)"
    return Published(updated.at, updated.precision, updated.zone, note)


def _machine(text: str, default_zone: str) -> Iterator[tuple[Published, bool]]:
    """Machine-written times left in the text as markup, each with whether it is an update time."""
    for match in _MACHINE_ATTR.finditer(text):
        tag = _enclosing_tag(text, match.start(), match.end())
        # WordPress marks an unedited post's one <time> "entry-date published updated"
        updated = bool(_MACHINE_UPDATED.search(tag)) and not re.search(r"publish", tag, re.IGNORECASE)
        if match.group("attr").lower() == "content" and not updated and not _MACHINE_PUBLISHED.search(tag):
            continue  # <meta content="2025-..."> of some other property
        where = f"{_quote(tag)} (markup left in the text)"
        found = parse_machine(match.group("value"), where, default_zone=default_zone)
        if found:
            yield found, updated
    for match in _MACHINE_JSON.finditer(text):
        updated = match.group("key").lower() == "datemodified"
        where = f"{_quote(match.group(0))} (JSON-LD left in the text)"
        found = parse_machine(match.group("value"), where, default_zone=default_zone)
        if found:
            yield found, updated


def _enclosing_tag(text: str, start: int, end: int) -> str:
    """The `<tag ...>` an attribute stands in, or its line when the tag's `<` was lost."""
    line_start = text.rfind("\n", 0, start) + 1
    opener = text.rfind("<", max(line_start, start - 300), start)
    if opener < 0 or ">" in text[opener:start]:
        opener = line_start
    closer = text.find(">", end, end + 300)
    line_end = text.find("\n", end)
    if closer < 0 or (0 <= line_end < closer):
        closer = line_end if line_end >= 0 else len(text)
    else:
        closer += 1
    return text[opener:closer]


def default_zone_for(text: str) -> str:
    """Korean pages print Korea time; anything else without a zone is read as UTC."""
    return SEOUL if _HANGUL.search(text) else UTC_NAME


def _bare(head: list[str], default_zone: str) -> Published | None:
    """A header-area line that is a date and little else ("JUNE 22, 2025")."""
    for line in head:
        for stamp in _stamps(line):
            if _UPDATED_LABEL.search(line[max(0, stamp.start - 40) : stamp.start]):
                continue
            if _is_little_else(line[: stamp.start] + " " + line[stamp.end :]):
                return _place(stamp, default_zone, _quote(line.strip()), implied=False)
    return None


def _labelled(lines: list[str], label: re.Pattern[str], default_zone: str) -> Iterator[Published]:
    for line in lines:
        for stamp in _stamps(line):
            before = line[max(0, stamp.start - 40) : stamp.start]
            found = label.search(before)
            if not found:
                continue
            if label is _PUBLISHED_LABEL and _UPDATED_LABEL.search(before):
                continue
            korean = bool(_HANGUL.search(found.group(0)))
            zone = SEOUL if korean else default_zone
            yield _place(stamp, zone, _quote(line.strip()), implied=korean)


def _stamps(text: str) -> list[_Stamp]:
    """Every date in `text`, each extended by the time and zone written after it.

    A date with no time after it takes a time written just before it ("11:20 GMT ·
    Feb 6, 2026", "3:20 a.m. UTC on Oct 11, 2025"); a weekday before a date ("Thu,
    Dec 5, 2024") belongs to the stamp, so a label before the weekday still labels it.
    """
    found: list[_Stamp] = []
    for pattern in _DATES:
        for match in pattern.finditer(text):
            stamp = _stamp_at(text, match)
            if stamp is not None:
                found.append(stamp)
    found.sort(key=lambda s: (s.start, -s.end))
    kept: list[_Stamp] = []
    for stamp in found:
        if not kept or stamp.start >= kept[-1].end:
            floor = kept[-1].end if kept else 0
            kept.append(_with_leading(text, stamp, floor))
    return kept


def _with_leading(text: str, stamp: _Stamp, floor: int) -> _Stamp:
    """The stamp moved back over a weekday and, when it has no time, a time before it."""
    start = stamp.start
    window = max(floor, start - _LEADING_REACH)
    weekday = _LEADING_WEEKDAY.search(text, window, start)
    if weekday:
        start = weekday.start()
    if stamp.hour is None:
        timed = _LEADING_TIME.search(text, window, start)
        clock = _clock(timed) if timed else None
        if timed and clock:
            hour, minute, second, zone = clock
            return replace(stamp, start=timed.start(), hour=hour, minute=minute, second=second, zone=zone)
    return replace(stamp, start=start)


_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _slashed(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """Month and day of '07/24/2023' or '24/07/2023': a number over 12 is the day; else the weekday
    written before the date decides, and without one the date is ambiguous (None)."""
    a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
    if a > 12 or b > 12:
        return (b, a) if a > 12 else (a, b)
    weekday = _LEADING_WEEKDAY.search(text, max(0, match.start() - _LEADING_REACH), match.start())
    if weekday is None:
        return None
    wanted = _WEEKDAYS[weekday.group(0).strip(" ,.").lower()[:3]]
    fits = []
    for month, day in {(a, b), (b, a)}:
        try:
            if datetime(year, month, day).weekday() == wanted:
                fits.append((month, day))
        except ValueError:
            continue
    return fits[0] if len(fits) == 1 else None


def _stamp_at(text: str, match: re.Match[str]) -> _Stamp | None:
    groups = match.groupdict()
    if groups.get("a") is not None:
        read = _slashed(text, match)
        if read is None:
            return None
        groups = {**groups, "m": str(read[0]), "d": str(read[1])}
    month = _MONTHS[groups["mon"][:3].lower()] if groups.get("mon") else int(groups["m"])
    year, day = int(groups["y"]), int(groups["d"])
    try:
        datetime(year, month, day)
    except ValueError:
        return None
    timed = _TIME.match(text, match.end())
    clock = _clock(timed) if timed else None
    if timed is None or clock is None:
        return _Stamp(match.start(), match.end(), year, month, day)
    hour, minute, second, zone = clock
    return _Stamp(match.start(), timed.end(), year, month, day, hour, minute, second, zone)


def _clock(timed: re.Match[str]) -> tuple[int, int, int, str | None] | None:
    """Hour, minute, second and zone of a matched time, or None when it is not a time."""
    groups = timed.groupdict()
    meridiem = (groups["ampm"] or "").lower() or {"오전": "a", "오후": "p"}.get(groups.get("ko") or "")
    if groups["M"] is None and not meridiem:
        return None  # a bare number is no time; "3 p.m." is
    if groups["sep"] == "." and not (meridiem or groups["zone"]):
        return None  # "11.50" after a date may be a figure; "11.20am", "11.20 GMT" are times
    hour, minute = int(groups["H"]), int(groups["M"] or 0)
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    zone = zone_name(groups["zone"]) if groups["zone"] else None
    return hour, minute, min(int(groups["S"] or 0), 59), zone


def _place(stamp: _Stamp, default_zone: str, where: str, *, implied: bool) -> Published:
    """Put a stamp in its zone and convert it to UTC, noting any zone we assumed."""
    zone = stamp.zone or default_zone
    if stamp.hour is None:
        at = datetime(stamp.year, stamp.month, stamp.day, tzinfo=UTC)
        return Published(at, Precision.day, zone, f"{where} (date only)")
    local = datetime(
        stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute or 0, stamp.second,
        tzinfo=to_tzinfo(zone),
    )  # fmt: skip
    if stamp.zone is None:
        reason = "Korean outlet time" if implied else "no zone written"
        where = f"{where} ({reason}; read as {zone})"
    return Published(local.astimezone(UTC), Precision.minute, zone, where)


def _parse_iso(text: str, *, default_zone: str, where: str) -> Published | None:
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if re.fullmatch(r"\d{4}-?\d{2}-?\d{2}", text):
        return Published(
            datetime(parsed.year, parsed.month, parsed.day, tzinfo=UTC),
            Precision.day, default_zone, f"{where} (date only)" if where != "option" else where,
        )  # fmt: skip
    return _from_datetime(parsed, default_zone, where)


def _from_datetime(parsed: datetime, default_zone: str, where: str) -> Published:
    if parsed.tzinfo is None:
        local = parsed.replace(tzinfo=to_tzinfo(default_zone))
        note = where if where == "option" else f"{where} (no zone written; read as {default_zone})"
        return Published(local.astimezone(UTC), Precision.minute, default_zone, note)
    offset = parsed.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds() // 60)
    zone = UTC_NAME if minutes == 0 else f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return Published(parsed.astimezone(UTC), Precision.minute, zone, where)


def _quote(line: str, limit: int = 100) -> str:
    """A source line as shown in `published_from`: quoted and kept short."""
    line = " ".join(line.split())
    return repr(line if len(line) <= limit else line[: limit - 1] + "…")


def is_date_line(line: str) -> bool:
    """A line that only states a date (and a label or a name): page furniture, not text."""
    stamps = _stamps(line)
    if not stamps:
        return False
    rest, last = [], 0
    for stamp in stamps:
        rest.append(line[last : stamp.start])
        last = stamp.end
    rest.append(line[last:])
    return _is_little_else(" ".join(rest))


# furniture beside a date: a view counter ("97onlookers", "1.2k views") or the same time in another
# zone in brackets ("February 04, 2026 14:28 ET (19:28 GMT)")
_COUNTER = re.compile(r"\b\d[\d,.]*\s*k?\s*(?:views?|onlookers?|comments?|reads?|shares?|likes?)\b", re.IGNORECASE)
_CLOCK_ASIDE = re.compile(rf"\(\s*\d{{1,2}}:\d{{2}}\s*(?:{ZONE_PATTERN})\s*\)")


# "Published: 32/13/2025", "Posted on March 45, 2025": a labelled line whose date we cannot read
_LABELLED_LINE = re.compile(
    r"^\W*(?:published|posted|publish(?:ed)?\s*date|date\s*published|publication\s*(?:date|time)|pub\s*date|"
    r"release\s*date|released|dated?|기사\s*입력|입력|등록|작성|게재)(?:\s+(?:on|at))?\s*[:：]?\s*(?P<rest>.*\d.*)$",
    re.IGNORECASE,
)


def unread_label(text: str) -> str | None:
    """A publication line in the header area that holds a date we could not read, quoted for
    the report ('Published: 32/13/2025'): a time missing for that reason is said so, not just
    'not found'. Only called when no publication time was found."""
    for line in text.split("\n")[:HEAD_LINES]:
        found = _LABELLED_LINE.match(line.strip())
        if found and len(found["rest"]) <= 60:
            return " ".join(line.split())[:120]
    return None


def _is_little_else(rest: str) -> bool:
    """What remains of a line around its date is a label or a name, not a claim."""
    rest = _UPDATE_CLOCK.sub(" ", _READING_TIME.sub(" ", rest))
    rest = _CLOCK_ASIDE.sub(" ", _COUNTER.sub(" ", rest))
    rest = _CREDIT.sub(" credit ", rest)
    words = [word for word in rest.split() if re.search(r"\w", word)]  # separators ("|", "·") are no words
    return len(words) <= _BARE_EXTRA_WORDS and not re.search(r"[\d$%€£₩]", rest)
