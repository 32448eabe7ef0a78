"""Gold for the published articles in ../shared/articles: it stays true to the text.

The claims of corpus/real quote articles that live outside the repository; if
an article is edited or a gold file drifts, the quotes stop matching and the
measurement on real text silently means something else. The checker catches
that, and these tests keep the checker honest.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, SHARED

ARTICLES = SHARED / "articles"
REAL = CORPUS / "real"
CHECKER = CORPUS / "check_gold.py"

pytestmark = pytest.mark.skipif(not ARTICLES.is_dir(), reason="../shared/articles is not present")


def run_checker(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(CHECKER), str(folder)], capture_output=True, text=True)


def test_every_real_gold_file_validates() -> None:
    done = run_checker(REAL)
    assert done.returncode == 0, done.stdout + done.stderr
    published = sorted(ARTICLES.glob("*.txt"))
    assert f"{len(published)} gold files" in done.stdout
    assert all((REAL / f"{art.stem}.gold.json").exists() for art in published)


def test_real_gold_points_at_the_shared_text_and_copies_none_of_it() -> None:
    assert not list(REAL.glob("*.txt"))
    for path in REAL.glob("*.gold.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert (path.parent / gold["article"]).resolve().parent == ARTICLES.resolve(), path.name
        assert len(gold["kinds_annotated"]) == 18, path.name


def test_a_quote_that_is_not_in_its_article_is_reported(tmp_path: Path) -> None:
    for path in REAL.glob("*.gold.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        gold["article"] = str((path.parent / gold["article"]).resolve())
        (tmp_path / path.name).write_text(json.dumps(gold), encoding="utf-8")
    victim = tmp_path / "113-blockinsider-btc-surpasses-100k-fear-greed-84.gold.json"
    gold = json.loads(victim.read_text(encoding="utf-8"))
    gold["claims"][0]["text"] = "Bitcoin Surpasses $110K Landmark"
    victim.write_text(json.dumps(gold), encoding="utf-8")

    done = run_checker(tmp_path)
    assert done.returncode == 1
    assert "'Bitcoin Surpasses $110K Landmark': text not in article" in done.stdout


def test_the_default_run_still_checks_the_written_corpus_only() -> None:
    done = subprocess.run([sys.executable, str(CHECKER)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
    assert f"{len(list(CORPUS.glob('*.gold.json')))} gold files" in done.stdout
