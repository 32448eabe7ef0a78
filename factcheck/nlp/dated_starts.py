"""Where a series started, when the text dates it: 'funding fell from 0.0031% on Tuesday to -0.0014% on
Wednesday', 'open interest slid from $61 billion on Friday to $57 billion on Sunday'.

The reading now is the figure after 'to'; the one after 'from' is only the start of the move, unless
the text gives it a time of its own. Dated, it is a reading of the same series at that time, which a
checker can look up as it looks up any other (the corpus annotates 'from $9.10 billion a day
earlier' as a claim of its own)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.nlp.components import group

_LINKS = {"to", "around", "about", "nearly", "roughly", "almost", "over", "some", "approximately", "just", "the", "a", "an",
          "recorded", "seen", "registered", "posted", "logged", "on", "in", ","}


def dated_start(doc: Doc, sentence: Span, reading: Span, quantities: list[Span], taken: set[int]) -> list[Span]:
    """The figure the move to `reading` started from, when a window dates it ('from 0.0031% on Tuesday to')."""
    start = next((q for q in reversed(quantities) if q.end <= reading.start and q.start >= sentence.start), None)
    if start is None or start.start in taken or start.start == 0 or doc[start.start - 1].lower_ != "from":
        return []
    if start._.quantity.unit != reading._.quantity.unit:
        return []
    windows = [w for w in group(doc, "windows") if start.end <= w.start and w.end <= reading.start]
    if not windows:
        return []
    dated = {t.i for w in windows for t in w}
    between = [t for t in doc[start.end : reading.start] if t.i not in dated]
    if not between or not any(t.lower_ == "to" for t in between) or not all(t.lower_ in _LINKS for t in between):
        return []
    return [start]
