"""A record named as the subject, dated, and its level told in a 'when' clause after the date:
"Cardano's all-time high came on Sept. 2, when it touched $3.10", "the record for BNB was
set in June, when it reached $790". The level of that clause is the record itself, not a
price of that day; its date is the record's date (record_dates.py reads it from the words).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality
from factcheck.nlp.components import lead_of
from factcheck.nlp.timeref import resolve

_LEVEL_KINDS = {ClaimKind.price_level, ClaimKind.intraday_high}
_TOLD = {Modality.asserted, Modality.attributed}
_RECORD_SUBJECT = re.compile(
    r"(?:^|\b(?:the|its|their|[\w.]+['’]s)\s+)(?:(?:previous|prior|former|current|latest)\s+)?"
    r"(?:all-time high|all time high|record high|record|ath|lifetime high)"
    r"(?:\s+(?:for|of|by)\s+(?:the\s+)?[\w.]+)?\s+"
    r"(?:came|was\s+(?:set|reached|achieved|hit|recorded|notched|posted|registered|logged|printed|made)|occurred|arrived)\b"
    r"[^;$]{0,40}?,\s*when\s+(?:it|they|the\s+\w+|[\w.]+)\s+$",
    re.IGNORECASE,
)


def levels_told_when_record(doc: Doc, article: Article, claims: list[Claim]) -> list[Claim]:
    """The claims with a level told in the 'when' clause of a dated record made that record."""
    out: list[Claim] = []
    for claim in claims:
        if claim.kind in _LEVEL_KINDS and claim.comparator is Comparator.at and claim.value is not None \
                and claim.unit == "USD" and claim.modality in _TOLD:
            lead = lead_of(doc, claim.span)
            if lead is not None and _RECORD_SUBJECT.search(lead):
                claim = claim.model_copy(update={"kind": ClaimKind.all_time_high, "time": resolve(article, "instant", None)})
        out.append(claim)
    return out
