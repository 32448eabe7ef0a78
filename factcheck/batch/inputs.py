"""What a batch reads: a folder of articles, or a JSONL / CSV file of rows.

Rows carry `text` (or `url`), and optionally `outlet`, `author`,
`published_at`, `id`; any other column is kept and copied to the results, so
a researcher's own labels travel with each article.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import InputError

ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
KNOWN = {"id", "text", "url", "outlet", "author", "published_at", "title"}


@dataclass(frozen=True)
class BatchItem:
    """One article of a batch, before it is read."""

    id: str
    source: str  # a path or URL, or a label when `text` is given
    text: str | None = None
    outlet: str | None = None
    author: str | None = None
    published_at: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _from_row(row: dict[str, object], number: int, label: str) -> BatchItem:
    text, url = _clean(row.get("text")), _clean(row.get("url"))
    item_id = _clean(row.get("id")) or f"{label}:{number}"
    if text is None and url is None:
        return BatchItem(item_id, f"{label}:{number}", text="", extra={"error": "row has neither text nor url"})
    return BatchItem(
        id=item_id,
        source=url if text is None and url else (url or f"{label}:{number}"),
        text=text,
        outlet=_clean(row.get("outlet")),
        author=_clean(row.get("author")),
        published_at=_clean(row.get("published_at")),
        extra={k: str(v) for k, v in row.items() if k not in KNOWN and v is not None},
    )


def read_inputs(path: Path) -> Iterator[BatchItem]:
    """The articles of a batch input, in a stable order (so a resumed run lines up)."""
    if path.is_dir():
        for file in sorted(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()):
            yield BatchItem(id=str(file.relative_to(path)), source=str(file))
    elif path.suffix.lower() == ".jsonl":
        with path.open(encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield BatchItem(f"{path.name}:{number}", f"{path.name}:{number}", text="", extra={"error": f"bad JSON: {exc}"})
                    continue
                yield _from_row(row if isinstance(row, dict) else {}, number, path.name)
    elif path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8", newline="") as f:
            for number, row in enumerate(csv.DictReader(f), 1):
                yield _from_row(dict(row), number, path.name)
    elif path.is_file():
        raise InputError(f"{path}: a batch is a folder of articles, a .jsonl or a .csv file")
    else:
        raise InputError(f"{path}: no such file or folder")
