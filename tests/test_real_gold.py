"""Gold for the published articles in ../shared/articles: it stays true to the text.

The claims of corpus/real point into articles that live outside the repository:
short quotes verbatim, longer ones as character spans, so their text is not
copied. If an article is edited or a gold file drifts, the quotes stop matching
and the measurement on real text silently means something else. The checker and
the gold reader catch that, and these tests keep them honest.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, SHARED

from factcheck.gold import MAX_QUOTED_WORDS, GoldError, quoted_words, read_gold

ARTICLES = SHARED / "articles"
REAL = CORPUS / "real"
CHECKER = CORPUS / "check_gold.py"
VICTIM = "113-blockinsider-btc-surpasses-100k-fear-greed-84"

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
        quotes = [gold.get("published_text", "")] + [e.get("text", "") for e in gold["claims"] + gold["negatives"]]
        assert max(map(quoted_words, quotes)) <= MAX_QUOTED_WORDS, path.name


def test_spans_are_read_back_as_the_words_of_the_article() -> None:
    gold = read_gold(REAL / f"{VICTIM}.gold.json")
    article = (ARTICLES / f"{VICTIM}.txt").read_text(encoding="utf-8")
    assert all("at" not in c and c["text"] in article for c in gold["claims"])
    gain = next(c for c in gold["claims"] if c["kind"] == "price_change")
    assert "6.2%" in gain["text"] and quoted_words(gain["text"]) > MAX_QUOTED_WORDS


def _copied_gold(tmp_path: Path, article: Path) -> Path:
    """The victim's gold in tmp_path, pointing at `article`."""
    gold = json.loads((REAL / f"{VICTIM}.gold.json").read_text(encoding="utf-8"))
    gold["article"] = str(article)
    path = tmp_path / f"{VICTIM}.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_an_edited_article_is_refused_rather_than_quoted_wrong(tmp_path: Path) -> None:
    edited = tmp_path / f"{VICTIM}.txt"
    edited.write_text("Update: " + (ARTICLES / f"{VICTIM}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    gold = _copied_gold(tmp_path, edited)
    with pytest.raises(GoldError, match="SHA-256"):
        read_gold(gold)
    done = run_checker(tmp_path)
    assert done.returncode == 1 and "is not the text its spans were taken from" in done.stdout


def test_a_missing_article_is_named(tmp_path: Path) -> None:
    gold = _copied_gold(tmp_path, tmp_path / "gone.txt")
    with pytest.raises(GoldError, match="gone.txt"):
        read_gold(gold)


def test_a_long_verbatim_quote_is_reported(tmp_path: Path) -> None:
    for path in REAL.glob("*.gold.json"):
        gold = read_gold(path)  # the spans written out as words, as a careless edit would
        gold["article"] = str((path.parent / gold["article"]).resolve())
        (tmp_path / path.name).write_text(json.dumps(gold), encoding="utf-8")
    done = run_checker(tmp_path)
    assert done.returncode == 1
    assert "words of the article verbatim" in done.stdout


def test_a_quote_that_is_not_in_its_article_is_reported(tmp_path: Path) -> None:
    for path in REAL.glob("*.gold.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        gold["article"] = str((path.parent / gold["article"]).resolve())
        (tmp_path / path.name).write_text(json.dumps(gold), encoding="utf-8")
    victim = tmp_path / f"{VICTIM}.gold.json"
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
