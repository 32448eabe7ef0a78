"""The two ends of the move a Fibonacci level is drawn on: "the 23.6% Fib line over the slide
from high $35,140 to low $33,717", "the 61.8% Fibonacci mark, measured on the fall from the high
of $35,140 to the low of $33,717".

The ends are the swing high and the swing low the chart made (corpus: "Sunday's $62,050 swing low"
is an intraday low), whatever the sentence around them foresees: "the next resistance could be
near the 61.8% Fib level of the move from the high of $X" expects nothing of $X. Written with the
label before the figure ('from high $X', 'to the low of $Y') or after it ('to the $98,728 low'),
the figure was read as a price, a target, or the wrong extreme; the label next to it decides.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Claim, ClaimKind, Comparator, Modality
from factcheck.nlp.components import group, text_of
from factcheck.nlp.price_cues import FIB_WORDS

_EXTREMES = {"high": ClaimKind.intraday_high, "low": ClaimKind.intraday_low}
_ENDS = {"from", "to"}  # 'from high $X to low $Y': the move's start and end
_READ_AS = {ClaimKind.price_level, ClaimKind.forecast, ClaimKind.intraday_high, ClaimKind.intraday_low}


def with_fib_swings(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims, with each end of a Fibonacci move labelled 'high' or 'low' before its figure
    read as that extreme."""
    out = list(claims)
    for quantity in group(doc, "quantities"):
        kind = _swing_end(doc, quantity)
        if kind is None:
            continue
        lo, hi = quantity.start_char, quantity.end_char
        owners = [c for c in out if c.kind in _READ_AS and c.value == quantity._.quantity.value and c.span[0] < hi and lo < c.span[1]]
        if not owners:
            continue
        first = owners[0]
        after = _label_after(doc, quantity)
        if after is not None:  # 'to the $98,728 low': the figure, then its label
            span = (lo, after.idx + len(after.text))
        else:
            label = doc[quantity.start - 1] if doc[quantity.start - 1].lower_ in _EXTREMES else doc[quantity.start - 2]
            span = (label.idx, hi)
        swing = first.model_copy(update={
            "kind": kind, "comparator": Comparator.at, "value_high": None, "metric": "price",
            "modality": Modality.asserted if first.modality is Modality.forecast else first.modality,
            "span": span, "text": text_of(doc)[span[0] : span[1]],
        })
        out = [swing if c is first else c for c in out if c is first or c not in owners]
    return out


def _swing_end(doc: Doc, quantity: Span) -> ClaimKind | None:
    """'from high $X', 'to low $Y', 'from the high of $X', 'to the low of $Y' in a sentence that
    draws a Fibonacci level."""
    sentence = quantity.sent
    if not any(t.lower_ in FIB_WORDS for t in doc[sentence.start : quantity.start]):
        return None
    after = _label_after(doc, quantity)
    if after is not None:
        return _EXTREMES[after.lower_]
    i = quantity.start - 1
    if i > sentence.start and doc[i].lower_ == "of":
        i -= 1
    if i <= sentence.start or doc[i].lower_ not in _EXTREMES:
        return None
    before = doc[i - 1].lower_
    if before == "the" and i - 1 > sentence.start:
        before = doc[i - 2].lower_
    return _EXTREMES[doc[i].lower_] if before in _ENDS else None


def _label_after(doc: Doc, quantity: Span):
    """'from the $108,297 swing high', 'to the $98,728 low': the move's end named after its figure,
    which follows 'from' or 'to' (with 'the'); the label token, or None."""
    sentence = quantity.sent
    i = quantity.start - 1
    if i > sentence.start and doc[i].lower_ == "the":
        i -= 1
    if i < sentence.start or doc[i].lower_ not in _ENDS:
        return None
    j = quantity.end
    if j < sentence.end and doc[j].lower_ == "swing":
        j += 1
    return doc[j] if j < sentence.end and doc[j].lower_ in _EXTREMES else None
