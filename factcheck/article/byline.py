"""The author's byline near the top of a page: who wrote it, and which lines say so.

Copied pages print the author as "Travis | 기사입력 2026/02/09 [10:17]",
"Decrypt, By Andrew Hayward", "BY Ryan Weeks and Suvashree Ghosh", or
"Published by" above the name. We want the name for the report and the
lines out of the body: a byline's date is not a claim.
"""

from __future__ import annotations

import re

#: how many lines from the top may hold a byline
BYLINE_LINES = 15
_MAX_NAME_WORDS = 8
_NAME_JOINERS = {"and", "&", "de", "van", "von", "der", "da", "di", "le", "la", "bin", "al"}

# "Travis | 기사입력 2026/02/09 [10:17]", "Jane Doe · Published Feb 9, 2026"
_NAME_THEN_DATE = re.compile(
    r"^(?P<name>[^|·•\d]{1,40}?)\s*[|·•]\s*"
    r"(?:기사\s*입력|입력|등록|승인|수정|published|updated|posted|\d{4}[-./]|[A-Z][a-z]{2,8}\.? \d)",
    re.IGNORECASE,
)
# "By Andrew Hayward", "Decrypt, By Andrew Hayward", "BY Ryan Weeks and Suvashree Ghosh | Feb 9"
_BY_NAME = re.compile(
    r"^(?:[\w .&'-]{1,40},\s*)?by\s+(?P<name>[^|·•]+?)\s*(?:[|·•].*)?$", re.IGNORECASE
)
# "홍길동 기자", "홍길동 기자 hong@example.com"
_KOREAN_REPORTER = re.compile(r"^(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)(?:\s|$|[|·•=])")
# "Published by" / "Written by" / "Author:" alone on a line, the name on the next one
_LABEL_ONLY = re.compile(r"^(?:published by|written by|posted by|by|author|authors|글|작성자)\s*:?$", re.IGNORECASE)
_AUTHOR_FIELD = re.compile(r"^(?:author|authors|written by|기자)\s*:\s*(?P<name>.+)$", re.IGNORECASE)


def find_byline(lines: list[str]) -> tuple[str | None, set[int]]:
    """The author named in the first lines, and the indices of every byline line seen there."""
    author: str | None = None
    used: set[int] = set()
    top = lines[:BYLINE_LINES]
    for index, raw in enumerate(top):
        line = raw.strip()
        if not line:
            continue
        name = _match_name(line)
        if name is None and _LABEL_ONLY.match(line):
            following = next((j for j in range(index + 1, len(top)) if top[j].strip()), None)
            if following is not None and _is_name(top[following].strip()):
                name = top[following].strip()
                used.add(following)
        if name is not None:
            used.add(index)
            author = author or name
    return author, used


def _match_name(line: str) -> str | None:
    for pattern in (_NAME_THEN_DATE, _BY_NAME, _KOREAN_REPORTER, _AUTHOR_FIELD):
        match = pattern.match(line)
        if match:
            name = re.sub(r"^by\s+", "", match.group("name").strip(" ,;:"), flags=re.IGNORECASE)
            if _is_name(name):
                return name
    return None


def _is_name(text: str) -> bool:
    """Capitalised words (or a Korean name) without digits or sentence punctuation."""
    if not text or re.search(r"[\d!?:;\"“”]", text) or text.endswith("."):
        return False
    if re.fullmatch(r"[가-힣]{2,5}", text):
        return True
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS:
        return False
    return all(w[0].isupper() or w.lower() in _NAME_JOINERS for w in words)
