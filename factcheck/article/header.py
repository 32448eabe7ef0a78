"""The `key: value` header some saved articles carry above their body.

Articles saved for checking (the project's corpus, batch exports, Markdown
with front matter) state their url, outlet and publication time in a small
header ended by `---`. What a person wrote there beats anything guessed from
the page, so it is read first and kept out of the body, where "published:
2024-02-28" would otherwise look like text.

    url: https://...            ---
    outlet: CoinDesk            title: "..."
    published: 2024-01-02T00:53 published: 2024-01-02
    ---                         ---
    <body>                      <body>
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: header keys we read, by the names people write them under
_KEYS = {
    "url": "url", "link": "url", "canonical": "url", "source_url": "url",
    "outlet": "outlet", "site": "outlet", "publisher": "outlet", "site_name": "outlet",
    "published": "published", "published_at": "published", "date": "published", "pubdate": "published",
    "title": "title", "headline": "title",
    "author": "author", "authors": "author", "by": "author", "byline": "author",
}  # fmt: skip
_FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z0-9 _-]{0,30}?)\s*:(?!//)\s*(?P<value>.*)$")
_RULE = re.compile(r"^\s*-{3,}\s*$")
#: a header longer than this is not a header
_MAX_LINES = 30
_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
# "CoinDesk (via mirror)", "Decrypt; reposted by ..." -> the outlet before the note
_OUTLET_NOTE = re.compile(r"\s+\(|;\s")


@dataclass(frozen=True)
class Header:
    """Fields under their canonical names (url, outlet, published, title, author) and the body."""

    fields: dict[str, str] = field(default_factory=dict)
    body: str = ""
    #: each field as written, for saying where a value came from ("published: 2024-...")
    lines: dict[str, str] = field(default_factory=dict)


def split_header(text: str) -> Header:
    """Separate a leading header block from the body; no header gives empty fields."""
    lines = text.split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    front_matter = start < len(lines) and _RULE.match(lines[start]) is not None
    first = start + 1 if front_matter else start
    fields: dict[str, str] = {}
    written: dict[str, str] = {}
    for index in range(first, min(len(lines), first + _MAX_LINES)):
        line = lines[index]
        if _RULE.match(line):
            if not fields:
                break
            return Header(fields, "\n".join(lines[index + 1 :]), written)
        if not line.strip():
            continue
        match = _FIELD.match(line.strip())
        if match is None:
            break
        key = _KEYS.get(match.group("key").strip().lower().replace(" ", "_"))
        value = match.group("value").strip()
        if key and value and key not in fields:
            fields[key] = _clean(key, value)
            written[key] = f"{match.group('key').strip()}: {value}"
    return Header(body=text)


def _clean(key: str, value: str) -> str:
    """Drop quoting and editorial notes: 'CoinDesk (via cryptonewz mirror)' -> 'CoinDesk'."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    if key == "url":
        return value.split()[0]
    if key == "outlet":
        return _OUTLET_NOTE.split(value, maxsplit=1)[0].strip() or value
    if key == "author":
        return _TRAILING_NOTE.sub("", value) or value
    return value
