"""A record told in a concession: 'Bitcoin may be trading below its 2021 record high, but that
doesn't mean ...', 'The price may have fallen back below its 2021 all-time high ..., but analysts
are still bullish'.

'May' here grants a fact in order to argue past it, as 'although' would; the record clause is the
outlet's statement, not a guess about what might be. Read only where the modal's clause runs into
', but' in the same sentence and the modal is not strengthened into a prospect ('may well', 'may
soon').
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from factcheck.model import Claim, ClaimKind, Modality

_MODALS = {"may", "might"}
_PROSPECT = {"well", "soon", "yet", "still", "eventually", "even"}
_REACH = 8  # tokens before the record's words in which the modal stands


def conceded(doc: Doc, sentence: Span, span: Span) -> bool:
    """Whether the record's clause is granted by 'may ... , but ...'."""
    start = max(sentence.start, span.start - _REACH)
    modal = next((t for t in reversed(doc[start : span.start]) if t.lower_ in _MODALS), None)
    if modal is None or modal.i + 1 >= sentence.end or doc[modal.i + 1].lower_ in _PROSPECT:
        return False
    if any(t.text in {";", ":"} or t.lower_ in {"if", "when", "whether", "unless"} for t in doc[modal.i : span.start]):
        return False
    rest = doc[span.end : sentence.end]
    return any(t.lower_ == "but" and t.i > 0 and doc[t.i - 1].text in {",", "—", "–"} for t in rest)


# the sentence of a concession: 'may be ..., but', 'might have ..., but' (not 'may well', 'may soon')
_GRANTED = re.compile(r"\b(?:may|might)\s+(?!well\b|soon\b|yet\b|still\b|eventually\b|even\b)[^;:]*?[,—–]\s*but\b", re.IGNORECASE)


def without_calls_on_told_records(claims: list[Claim]) -> list[Claim]:
    """'may be trading below its 2021 record high of $69,044, but ... can't double by 2025': the
    record's level read as a call because the sentence looks ahead elsewhere; in a concession the
    record told over the same words is what the figure is ('if history repeats, the 2021 ATH at
    $69k will come under pressure' stays a call on that level)."""
    told = [c for c in claims if c.kind is ClaimKind.all_time_high and c.value is not None
            and c.modality in {Modality.asserted, Modality.attributed} and _GRANTED.search(c.sentence)]
    return [c for c in claims if not (c.kind is ClaimKind.forecast and c.value is not None and any(
        r.value == c.value and r.span[0] < c.span[1] and c.span[0] < r.span[1] for r in told))]
