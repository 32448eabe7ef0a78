"""Live-blog entries: a line that opens with a clock time ("3:20 p.m. ET: Bitcoin hits a
fresh low", or the time alone on its line) starts an entry, and the figures under it, up to
the next such line, are told at that time, not at the article's last update. An update stamp
written inside a sentence ("Last updated: ... at 3:20 PM EST") opens no entry.
"""

from __future__ import annotations

import re
from datetime import datetime

from spacy.tokens import Doc, Span

from factcheck.model import Article
from factcheck.nlp.components import text_of

# A clock at the start of a line: with its half of the day and, optionally, a zone ('3:20 p.m. ET'),
# or a 24-hour clock with its zone ('14:05 UTC'); then a colon, a dash or the end of the line.
_STAMP = re.compile(
    r"^[ \t]*(\d{1,2}(?::\d{2})?[ \t]*(?:a\.m\.|p\.m\.|am|pm|a\.m|p\.m)(?:[ \t]+[A-Za-z]{2,4})?"
    r"|\d{1,2}:\d{2}[ \t]+(?:UTC|GMT|ET|EST|EDT|BST|CET|CEST|SGT|HKT|KST|JST|IST|WIB|AEDT|AEST))"
    r"[ \t]*(?::|—|–|-|\|)?[ \t]*(?=\S|$)",
    re.IGNORECASE | re.MULTILINE,
)
_KEY = "live_entry_stamps"


def _stamps(doc: Doc) -> list[tuple[int, Span]]:
    """The entry stamps of a document: (character offset, the stamp's tokens), in order."""
    if _KEY not in doc.user_data:
        found = []
        for match in _STAMP.finditer(text_of(doc)):
            line_end = text_of(doc).find("\n", match.start())
            rest = text_of(doc)[match.end(): line_end if line_end >= 0 else len(text_of(doc))]
            if rest and not text_of(doc)[match.end(1): match.end()].strip(" \t"):
                continue  # "9:45 am bitcoin ..." with no colon or dash: a line of prose, unless the time stands alone
            span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            if span is not None:
                found.append((match.start(), span))
        doc.user_data[_KEY] = found
    return doc.user_data[_KEY]


def entry_time(article: Article, sentence: Span) -> datetime | None:
    """The time of the live-blog entry the sentence stands under, if any."""
    from factcheck.nlp.timeref import clock_start

    under = [span for offset, span in _stamps(sentence.doc) if offset <= sentence.start_char]
    return clock_start(article, under[-1]) if under else None
