"""Time-zone words as articles write them, resolved to tzinfo.

Abbreviations are ambiguous in general (CST, GST); only the ones crypto news
actually prints and that mean one thing there are listed. IST is India's (the
Irish and Israeli readings do not occur in the outlets we read). Zones without
daylight saving that belong to one country are named by their IANA zone
(SGT -> Asia/Singapore, IST -> Asia/Kolkata). Fixed-offset abbreviations of
zones that do change with the season (EST, CEST, AEDT, BRT...) keep their
written offset even when it is the wrong season: we read what the page says,
we do not correct it. ET and PT follow daylight saving through zoneinfo.
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

#: abbreviation -> zone name as reported in `Article.published_zone`
ABBREVIATIONS: dict[str, str] = {
    "UTC": "UTC",
    "GMT": "UTC",
    "Z": "UTC",
    "KST": "Asia/Seoul",
    "JST": "Asia/Tokyo",
    "HKT": "Asia/Hong_Kong",
    "SGT": "Asia/Singapore",
    "IST": "Asia/Kolkata",
    "PHT": "Asia/Manila",
    "PKT": "Asia/Karachi",
    "WIB": "Asia/Jakarta",
    "WITA": "Asia/Makassar",
    "WIT": "Asia/Jayapura",
    "ICT": "+07:00",
    "MSK": "Europe/Moscow",
    "TRT": "Europe/Istanbul",
    "AEST": "+10:00",
    "AEDT": "+11:00",
    "ACST": "+09:30",
    "ACDT": "+10:30",
    "AWST": "+08:00",
    "NZST": "+12:00",
    "NZDT": "+13:00",
    "BRT": "-03:00",
    "EET": "+02:00",
    "EEST": "+03:00",
    "WAT": "+01:00",
    "EAT": "+03:00",
    "SAST": "+02:00",
    "EST": "-05:00",
    "EDT": "-04:00",
    "CDT": "-05:00",
    "MST": "-07:00",
    "MDT": "-06:00",
    "CET": "+01:00",
    "CEST": "+02:00",
    "BST": "+01:00",
    "PST": "-08:00",
    "PDT": "-07:00",
    "ET": "America/New_York",
    "PT": "America/Los_Angeles",
}

_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+\-\u2212])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)

#: a regex alternative matching every zone word we understand, longest first
ZONE_PATTERN = (
    r"(?:(?:UTC|GMT)\s*[+\-\u2212]\d{1,2}(?::?\d{2})?|[+\-\u2212]\d{2}:?\d{2}|"
    + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")"
)

SEOUL = "Asia/Seoul"
UTC_NAME = "UTC"


def zone_name(word: str) -> str | None:
    """The canonical name of a written zone ('KST' -> 'Asia/Seoul', 'UTC+9' -> '+09:00')."""
    word = word.strip().strip("()").strip()
    named = ABBREVIATIONS.get(word.upper())
    if named:
        return named
    match = _OFFSET.match(word)
    if not match:
        return None
    sign = "-" if match.group(1) in "-\u2212" else "+"
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes > 59:
        return None
    if hours == 0 and minutes == 0:
        return UTC_NAME
    return f"{sign}{hours:02d}:{minutes:02d}"


def to_tzinfo(name: str) -> tzinfo:
    """A tzinfo for a name returned by `zone_name` (IANA name, 'UTC' or '±HH:MM')."""
    if name == UTC_NAME:
        return UTC
    if name[0] in "+-":
        sign = -1 if name[0] == "-" else 1
        hours, minutes = int(name[1:3]), int(name[4:6])
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    return ZoneInfo(name)
