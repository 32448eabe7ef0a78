"""One SQLite file opened the way every table of the store needs it: WAL (many
readers, one writer), atomic write transactions, errors as StoreError."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Self

import pandas as pd

from factcheck.errors import StoreError


def epoch_ms(moment: datetime | pd.Timestamp) -> int:
    """The key every table stores time by: ms since the epoch, UTC (a naive time is UTC)."""
    stamp = pd.Timestamp(moment)
    stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
    return int(stamp.value // 1_000_000)


def default_path() -> Path:
    """The store lives in $FACTCHECK_HOME (default ~/.cache/factcheck)."""
    import os

    home = os.environ.get("FACTCHECK_HOME") or str(Path.home() / ".cache" / "factcheck")
    return Path(home) / "market.sqlite"


class SqliteFile:
    """A connection to the store file with `schema` applied; subclasses add the tables' methods."""

    schema = ""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path else default_path()
        self.writes = 0  # committed write transactions through this handle (lets readers cache)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(self.schema)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open the market store at {self.path}: {exc}") from exc

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            self.writes += 1
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to the market store at {self.path}: {exc}") from exc
