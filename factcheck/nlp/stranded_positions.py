"""A price's side of a moving average told in a clause that ends on its preposition: "the
200-day moving average, around $102,300, which the price sits far below", "the 50-day SMA,
near $3,100, that ether now trades above".

The line comes first and its level with it; the position follows as a relative clause whose
preposition has nothing after it, so no rule that reads 'below the 200-day' sees it. It is a
claim of its own (corpus/README.md: "A position and a level are two claims"), of the same line:
the position claim copies the line's level claim in the sentence with `above`/`below` and no
value. The clause shapes are data (models/patterns/stranded_positions.jsonl).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.model import Claim, ClaimKind, Comparator
from factcheck.nlp.components import file_matcher

_LINES = {"sma", "ema", "bollinger"}


def with_stranded_positions(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims, with a position claim for each line whose side the sentence tells after it."""
    lines = [c for c in claims if c.kind is ClaimKind.indicator and c.metric in _LINES and c.comparator is Comparator.at
             and c.value is not None]
    added: list[Claim] = []
    taken: set[int] = set()
    for match_id, start, end in sorted(file_matcher(doc.vocab, "stranded_positions.jsonl")(doc), key=lambda m: (m[1], -(m[2] - m[1]))):
        if start in taken or start == 0 or doc[start - 1].text != ",":
            continue  # the clause must be set off from the line it speaks of
        taken.add(start)
        clause = doc[start : end - 1]
        before = [c for c in lines if clause.sent.start_char <= c.span[0] and c.span[1] <= clause.start_char]
        if not before:
            continue
        line = max(before, key=lambda c: c.span[1])
        if any(doc[i].text in {".", ";"} for i in range(doc.char_span(line.span[0], line.span[1], alignment_mode="expand").end, start)):
            continue
        side = Comparator.below if doc.vocab.strings[match_id] == "below" else Comparator.above
        added.append(line.model_copy(update={
            "comparator": side, "value": None, "value_high": None, "unit": None, "bound": None,
            "text": clause.text, "span": (clause.start_char, clause.end_char),
        }))
    return claims + added
