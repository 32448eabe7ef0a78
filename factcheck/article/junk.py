"""Removing site furniture lines (logos, menus, pagers, share bars, captions).

Text copied from a news page keeps its chrome: "로고", "1/3", "[포토]..."
teasers for other stories, "▲ Bitcoin (BTC)" photo captions. None of it is
the article's claim, and "1/3" would even read as a number. The words live as
data in `models/junk/lines.json` so an editor can add a site's quirks without
touching code; the rules here are line-based and deliberately conservative:
a line holding a number among six or more words is a sentence and stays,
unless it starts with an explicit marker (▲, "Read more:").

A live-price strip copied with the page ("BTC $61,204 +1.2% ETH $3,410 -0.4%", or
the same laid out one value a line) is the market at the moment of copying, not
the article's figure: a line of tickers and quotes for two or more coins, and a
lone quote under a short label, are junk. One coin's quote on a line stays (a
newsletter's snapshot), as do tables, which separate their cells with "|".

A heading such as "Related" or "You may also like" is followed by the titles
of other stories ("XRP: $2.70 barrier in focus"), which read like claims. So
the lines under such a heading are junk too, until a blank line or a line
that reads as body text (a long sentence ending in a full stop).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

JUNK_FILE = Path(__file__).resolve().parents[2] / "models" / "junk" / "lines.json"

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_TRIM = " \t:|>•·-–—*#"
_SEPARATORS = re.compile(r"[\s|/·•,>]+")
#: a label such as "비트코인(BTC)" on an English page of a Korean outlet has at most this many words
_FOREIGN_LABEL_WORDS = 4
#: a heading over links to other stories is short ("More from Example Markets")
_TEASER_HEADING_WORDS = 6
#: a line ending in a full stop with this many words is body text, not a teaser title
_BODY_SENTENCE_WORDS = 10
#: ... as is any line this long, full stop or not
_BODY_PARAGRAPH_WORDS = 25
#: a sentence in Korean or Japanese has fewer spaces; this many characters make it body text
_CJK_SENTENCE_CHARS = 15
_CJK = re.compile(r"[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]")
_CLOSERS = "\"'”’)]» "
#: the parts of a price strip: a ticker ("BTC", "(ETH)", "BTC/USDT"), a quote ("$61,204.11", "+1.2%",
#: "▼0.4%"), an arrow or a dot between items
_TICKER = re.compile(r"\(?[A-Z][A-Z0-9]{1,5}\)?(?:/[A-Z]{3,4})?:?")
_QUOTE = re.compile(r"[(]?[▲▼↑↓+\-−–]?\s?(?:US)?\$?[\d,]*\d(?:\.\d+)?[KMBkmb]?%?[)]?")
_STRIP_MARK = re.compile(r"[▲▼↑↓·•]")
#: a label above a lone quote is this short ("BTC", "Bitcoin price")
_QUOTE_LABEL_WORDS = 3


@dataclass(frozen=True)
class JunkRules:
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    nav_words: frozenset[str]
    social_words: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    teaser_headings: frozenset[str] = frozenset()
    teaser_heading_patterns: tuple[re.Pattern[str], ...] = ()
    #: like `prefixes`, junk whatever the line holds, but written as a regular expression
    marker_patterns: tuple[re.Pattern[str], ...] = ()


@lru_cache(maxsize=4)
def load_rules(path: Path = JUNK_FILE) -> JunkRules:
    """The junk word lists, read once per process."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return JunkRules(
        exact=frozenset(word.casefold() for word in data["exact"]),
        prefixes=tuple(prefix.casefold() for prefix in data["prefixes"]),
        nav_words=frozenset(word.casefold() for word in data["nav_words"]),
        social_words=frozenset(word.casefold() for word in data["social_words"]),
        patterns=tuple(re.compile(p, re.IGNORECASE) for p in data["patterns"]),
        teaser_headings=frozenset(word.casefold() for word in data.get("teaser_headings", ())),
        teaser_heading_patterns=tuple(
            re.compile(p, re.IGNORECASE) for p in data.get("teaser_heading_patterns", ())
        ),
        marker_patterns=tuple(re.compile(p, re.IGNORECASE) for p in data.get("marker_patterns", ())),
    )


def is_junk(line: str, *, korean_body: bool, rules: JunkRules | None = None) -> bool:
    """Whether a single line is site furniture rather than article text.

    `korean_body` says whether the article itself is written in Korean; on an
    English page, short Hangul-only lines are the Korean site's labels.
    """
    rules = rules or load_rules()
    text = line.strip()
    if not text:
        return False
    folded = text.casefold()
    if folded.startswith(rules.prefixes) or is_teaser_heading(text, rules=rules):
        return True
    if any(pattern.fullmatch(text) for pattern in rules.marker_patterns):
        return True  # a feed's footer repeats the headline, figures and all
    if _is_sentence_with_number(text):
        return False
    if not folded.strip(_TRIM) or not _LETTER.search(folded) and not _DIGIT.search(folded):
        return True  # a rule such as "---", "|" or "* * *"
    if folded.strip(_TRIM) in rules.exact or folded in rules.exact:
        return True
    if any(pattern.fullmatch(text) for pattern in rules.patterns):
        return True
    words = [w for w in _SEPARATORS.split(folded) if w]
    if words and all(w in rules.nav_words for w in words):
        return True
    if words and all(w.strip(_TRIM) in rules.social_words for w in words) and len(text) < 80:
        return True
    return not korean_body and _is_foreign_label(text)


def is_teaser_heading(line: str, *, rules: JunkRules | None = None) -> bool:
    """Whether a line heads a block of links to other stories ("Related", "More from ...")."""
    rules = rules or load_rules()
    text = line.strip()
    if not text or len(text.split()) > _TEASER_HEADING_WORDS or text.rstrip(_CLOSERS).endswith("."):
        return False
    heading = text.casefold().strip(_TRIM + "»›→")
    return heading in rules.teaser_headings or any(
        pattern.fullmatch(heading) for pattern in rules.teaser_heading_patterns
    )


def is_body_text(line: str) -> bool:
    """Whether a line reads as the article's own prose rather than a story title."""
    text = line.strip()
    words = len(text.split())
    if words >= _BODY_PARAGRAPH_WORDS:
        return True
    if not text.rstrip(_CLOSERS).endswith((".", "。")) or text.rstrip(_CLOSERS).endswith("..."):
        return False
    return words >= _BODY_SENTENCE_WORDS or len(_CJK.findall(text)) >= _CJK_SENTENCE_CHARS


def is_quote_strip(line: str) -> bool:
    """A line of tickers and quotes naming two or more coins: a live-price widget."""
    if "|" in line:
        return False  # a table's row
    tickers: set[str] = set()
    quotes = 0
    for token in line.split():
        if _TICKER.fullmatch(token):
            tickers.add(token.strip("():").split("/")[0])
        elif _QUOTE.fullmatch(token):
            quotes += 1
        elif not _STRIP_MARK.fullmatch(token):
            return False
    return len(tickers) >= 2 and quotes >= 2


def is_lone_quote(line: str) -> bool:
    """A line that is one quote and nothing else ("$86,120.44", "-2.31%", "▲ 0.84%"); a bare
    whole number ("2025", "12") is not one: it may be part of a date laid over two lines."""
    text = line.strip()
    if not _QUOTE.fullmatch(_STRIP_MARK.sub("", text).strip()) or not _DIGIT.search(text):
        return False
    return any(mark in text for mark in "$%▲▼↑↓+-−–,.")


def remove_junk(lines: list[str], *, korean_body: bool) -> list[str]:
    """The lines that are article text, in order; blank lines are kept as paragraph breaks.

    Under a teaser heading, lines go until a blank line or body text; blank lines
    right after the heading, before any title, do not end the block.
    """
    rules = load_rules()
    kept: list[str] = []
    under_heading = False
    titles_seen = False
    for line in lines:
        if is_teaser_heading(line, rules=rules):
            under_heading, titles_seen = True, False
            continue
        if under_heading:
            if not line.strip():
                under_heading = not titles_seen
                kept.append(line)
                continue
            if is_body_text(line):
                under_heading = False
            else:
                titles_seen = True
                continue
        if is_quote_strip(line) or is_lone_quote(line) and _after_label(kept):
            continue
        if not is_junk(line, korean_body=korean_body, rules=rules):
            kept.append(line)
    return kept


def _after_label(kept: list[str]) -> bool:
    """Whether the line kept last is a short label or a quote (a widget's layout), not the start of
    a sentence a line break cut ("Bitcoin rose to" / "$86,120")."""
    previous = next((line.strip() for line in reversed(kept) if line.strip()), "")
    if not previous:
        return True
    if is_lone_quote(previous):
        return True
    words = previous.split()
    return len(words) <= _QUOTE_LABEL_WORDS and not previous.rstrip(_CLOSERS).endswith((".", ",", ":"))


def is_korean(text: str) -> bool:
    """Whether an article is written in Korean (not merely carries a Korean site's labels)."""
    letters = _LETTER.findall(text)
    hangul = sum(1 for c in letters if _HANGUL.match(c))
    return bool(letters) and hangul >= 0.3 * len(letters)


def _is_sentence_with_number(text: str) -> bool:
    return len(text.split()) >= 6 and bool(_DIGIT.search(text))


def _is_foreign_label(text: str) -> bool:
    """A short Hangul line without numbers, such as the tag line '비트코인(BTC)'."""
    return (
        bool(_HANGUL.search(text))
        and not _DIGIT.search(text)
        and len(text.split()) <= _FOREIGN_LABEL_WORDS
    )
