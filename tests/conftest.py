"""Shared test fixtures: where the shared data lies, a fresh store per test."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
MARKET = SHARED / "market"
SEED = SHARED / "seeds" / "000_5bfaec31ae9f4ddf.txt"
CORPUS = REPO / "corpus"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own factcheck home, so no test sees another's store."""
    home = tmp_path / "factcheck-home"
    monkeypatch.setenv("FACTCHECK_HOME", str(home))
    return home
