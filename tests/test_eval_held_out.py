"""`factcheck eval --no-misses` is how a held-out set is scored: its output must name no claim
and no article, only the aggregates, or the set stops being held out."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta
from pathlib import Path

from conftest import REPO
from test_cli import run

ARTICLE = "001-bitcoin-touches-2021-peak-then-slumps"


def _held_out_copy(tmp_path: Path) -> Path:
    """One corpus article whose gold has a claim nobody can find and a publication time an hour
    off, so that a miss and a wrong time are there to be (not) printed."""
    folder = tmp_path / "held"
    folder.mkdir()
    shutil.copy(REPO / "corpus" / f"{ARTICLE}.txt", folder)
    gold = json.loads((REPO / "corpus" / f"{ARTICLE}.gold.json").read_text())
    gold["claims"].append({"kind": "price_level", "asset": "BTC", "value": 12345, "comparator": "at", "unit": "USD",
                           "text": "a figure the article never gives", "modality": "asserted"})
    published = datetime.fromisoformat(gold["published_at"].replace("Z", "+00:00")) + timedelta(hours=1)
    gold["published_at"] = published.isoformat().replace("+00:00", "Z")
    (folder / f"{ARTICLE}.gold.json").write_text(json.dumps(gold))
    return folder


def test_no_misses_prints_only_aggregates(tmp_path: Path) -> None:
    folder = _held_out_copy(tmp_path)
    full = run("eval", str(folder))
    assert full.returncode == 0, full.stderr
    shown = " ".join(full.stdout.split())  # the console wraps long lines
    assert "a figure the article never gives" in shown
    assert "time: " in shown
    held = run("eval", str(folder), "--no-misses")
    assert held.returncode == 0, held.stderr
    shown = " ".join(held.stdout.split())
    assert "overall" in shown and "publication times: 0/1 right" in shown
    assert "a figure the article never gives" not in shown and "time: " not in shown
    assert ARTICLE not in shown.replace(str(folder), "")
