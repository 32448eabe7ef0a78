"""The batch's memory: one SQLite row per finished article, written atomically.

A killed run restarts from here: finished articles are skipped, nothing is
done twice, and an article counts as finished only once its whole report is
on disk.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS done (
    id TEXT PRIMARY KEY,
    report TEXT,          -- the Report's JSON, or NULL when the article could not be read
    error TEXT,           -- why it could not be read
    item TEXT NOT NULL    -- the input row: outlet, author, extra columns
);
"""


class Checkpoint:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None, timeout=30.0)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Checkpoint:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def finished(self) -> set[str]:
        return {row[0] for row in self._db.execute("SELECT id FROM done")}

    def record(self, item_id: str, item: dict[str, object], report_json: str | None, error: str | None) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO done VALUES (?, ?, ?, ?)",
            (item_id, report_json, error, json.dumps(item, ensure_ascii=False, default=str)),
        )

    def rows(self) -> Iterator[tuple[str, str | None, str | None, dict[str, object]]]:
        for item_id, report, error, item in self._db.execute("SELECT id, report, error, item FROM done ORDER BY rowid"):
            yield item_id, report, error, json.loads(item)
