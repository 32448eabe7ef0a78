"""A fall measured from a record named at the head of the sentence: "From its record of $3.10 in
2021, cardano has since shed 77%", "Since its record in March, bitcoin has lost 22%".
The move is the distance below the record, not a change over a recent window.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from factcheck.model import Article, Claim, ClaimKind, Comparator
from factcheck.nlp.components import lead_of
from factcheck.nlp.timeref import resolve

_FRONTED_RECORD = re.compile(
    r"^\s*(?:from|since)\s+(?:its|the|their|[\w.]+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:all-time|all time|record|ath|lifetime)\b"
    r".{0,90}?,\s*(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)


def falls_from_fronted_records(doc: Doc, article: Article, claims: list[Claim]) -> list[Claim]:
    """The claims with a fall told after a fronted 'From its record ...,' made the distance below it."""
    out: list[Claim] = []
    for claim in claims:
        if claim.kind is ClaimKind.price_change and claim.comparator is Comparator.down and claim.unit == "%" \
                and claim.value is not None:
            lead = lead_of(doc, claim.span)
            if lead is not None and _FRONTED_RECORD.search(lead):
                claim = claim.model_copy(update={"kind": ClaimKind.all_time_high, "comparator": Comparator.below,
                                                 "value": abs(claim.value), "metric": "price",
                                                 "time": resolve(article, "instant", None)})
        out.append(claim)
    return out
