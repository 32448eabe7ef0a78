"""'On May 28, bitcoin traded below its 200-day moving average', 'slipped under its 50-day EMA
on Friday': a chart state told in the past tense with a day named is about that day, read at its
close, not about publication. A state in the present ('trades below its 200-day after Friday's
sell-off') stays about now."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.nlp.components import within
from factcheck.nlp.timeref import ONE_DAY_NAMED


def day_of_past_state(doc: Doc, sentence: Span, span: Span) -> Span | None:
    """The day named in the sentence of a past-tense state, nearest the state; None otherwise."""
    if not (any(t.tag_ == "VBD" for t in span) or sentence.root.tag_ == "VBD"):
        return None
    if any(t.tag_ in {"VBZ", "VBP"} and t.dep_ in {"ROOT", "conj"} for t in sentence):
        return None  # 'fell below its 200-day on Friday and is still there': about now as well
    days = [w for w in within(doc, "windows", sentence) if w.label_ in ONE_DAY_NAMED and w[0].lower_ != "since"
            and not (w.start < span.end and span.start < w.end)]
    return min(days, key=lambda w: abs(w.start - span.start)) if days else None
