"""Reading a gold file, with its quotes of articles that are not ours resolved to words.

The gold of the published articles (corpus/real) and of the seed must not copy their text,
so a quote of seven words or more is stored as a character span, `"at": [start, end]` on a
claim or negative and `"published_text_at"` for the publication stamp. The offsets index the
article file as read from disk (UTF-8, Python string indices), not the loaded Article.text:
the file does not change, while the loader's cleaning (header, site junk, normalisation) does
with the code. A gold with spans names the file's SHA-256 (`article_sha256`), so an edited
article is refused rather than quoted wrong. `read_gold` puts the words back as `text` / `published_text`, so every reader
sees the same fields as for a gold that quotes. Stdlib only: corpus/check_gold.py uses it too.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

#: the longest quote of another's article a gold file may hold verbatim; longer ones are spans
MAX_QUOTED_WORDS = 6


class GoldError(ValueError):
    """A gold file whose spans cannot be resolved: the article is missing or the span is off."""


def quoted_words(text: str) -> int:
    """Words as the copy check counts them: runs of letters or digits, apostrophes dropped and
    digit groups joined ("$71,000" is one word, "U.S." two)."""
    text = re.sub(r"['’‘`]", "", text)
    text = re.sub(r"(?<=\d)[,.](?=\d)", "", text)
    return len(re.findall(r"[^\W_]+", text))


def article_path(gold_path: Path, gold: dict[str, Any]) -> Path:
    """The gold's `article`, relative to the gold file's folder."""
    return (gold_path.parent / gold["article"]).resolve()


def _words_at(span: Any, text: str, where: str) -> str:
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(i, int) for i in span)
            and 0 <= span[0] < span[1] <= len(text)):
        raise GoldError(f"{where}: span {span!r} is not inside the article ({len(text)} characters)")
    return text[span[0] : span[1]]


def sha256(article: Path) -> str:
    return hashlib.sha256(article.read_bytes()).hexdigest()


def _renamed(entry: dict[str, Any], span_key: str, key: str, text: str, where: str) -> dict[str, Any]:
    """`entry` with its span under `span_key` replaced, in place in the key order, by `key`: the words."""
    return {(key if k == span_key else k): (_words_at(v, text, where) if k == span_key else v) for k, v in entry.items()}


def resolve(gold: dict[str, Any], text: str, label: str) -> dict[str, Any]:
    """The gold with every span replaced by the words it points at in `text` (the article)."""
    gold = _renamed(gold, "published_text_at", "published_text", text, f"{label} published_text_at")
    for part in ("claims", "negatives"):
        if part in gold:
            gold[part] = [_renamed(e, "at", "text", text, f"{label} {part}[{i}]") for i, e in enumerate(gold[part])]
    return gold


def read_gold(gold_path: Path) -> dict[str, Any]:
    """Load a gold file; its spans, if any, are read from the article it names."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    spans = "published_text_at" in gold or any("at" in e for p in ("claims", "negatives") for e in gold.get(p, []))
    if not spans:
        return gold
    article = article_path(gold_path, gold)
    if not article.is_file():
        raise GoldError(f"{gold_path.name}: its quotes are spans into {article}, which is not there")
    if gold.get("article_sha256") != sha256(article):
        raise GoldError(f"{gold_path.name}: {article} is not the text its spans were taken from (SHA-256 differs)")
    return resolve(gold, article.read_text(encoding="utf-8"), gold_path.name)
