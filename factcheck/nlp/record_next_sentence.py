"""A new record told in one sentence and its level in the next: "Ether surged to a fresh all-time
high. It traded as high as $5,020 in Asian hours."

Wires announce the record first and give its figure right after; the high the next sentence
reaches is the record's level, not a session high beside it. Only the sentence right after a
record told without a level, on the same coin, and only a high ('as much as', 'as high as', 'a
peak of'): a price the coin 'surged to' may be where it stood later, and stays a price. No turn of
time ('later', 'then', a new day) in between.
"""

from __future__ import annotations

import re

from factcheck.model import Claim, ClaimKind, Comparator, Modality

_REACHING = re.compile(r"^(rose|rising|rises|climb|jump|surg|soar|rall|spik|hit|touch|reach|peak|top|trading as high|traded as high|as high"
                       r"|went|push|rocket|shot|vault|advanc|gain|a peak|to a peak)", re.IGNORECASE)
_TURNED = re.compile(r"\b(later|then|since|afterwards|subsequently|yesterday|tomorrow|last week|next)\b", re.IGNORECASE)
_GAP = re.compile(r"^[ \t]*\n?[ \t]*$")  # the next sentence of the same paragraph (or the line right below)


def _record_without_level(claim: Claim) -> bool:
    return claim.kind is ClaimKind.all_time_high and claim.comparator is Comparator.crossed_above and claim.value is None \
        and claim.modality in {Modality.asserted, Modality.attributed}


def _follows(text: str, first: Claim, second: Claim) -> bool:
    start = text.find(first.sentence, max(0, first.span[0] - len(first.sentence)))
    if start < 0:
        return False
    end = start + len(first.sentence)
    nxt = text.find(second.sentence, end)
    return nxt >= 0 and second.span[0] >= nxt and bool(_GAP.match(text[end:nxt]))


def records_told_then_levelled(claims: list[Claim], text: str) -> list[Claim]:
    """The claims with the high reached in the sentence after a record without a level made that
    record's level."""
    out = list(claims)
    for record in claims:
        if not _record_without_level(record):
            continue
        if any(c.kind is ClaimKind.all_time_high and c.value is not None and c.sentence == record.sentence for c in out):
            continue  # the record's level is already told beside it
        for n, level in enumerate(out):
            if level.kind is not ClaimKind.intraday_high or level.comparator is not Comparator.at \
                    or level.value is None or level.unit != "USD" or level.asset != record.asset \
                    or level.modality not in {Modality.asserted, Modality.attributed} or not _follows(text, record, level):
                continue
            lead = level.sentence[: max(0, level.sentence.find(level.text))]
            if not _REACHING.search(level.text) and not re.search(r"\b(rose|climbed|jumped|surged|soared|rallied|spiked)\b", lead) \
                    or _TURNED.search(lead):
                continue
            if any(c.kind is ClaimKind.all_time_high and c.sentence == level.sentence for c in out):
                continue  # the next sentence tells a record of its own
            out[n] = level.model_copy(update={"kind": ClaimKind.all_time_high})
            break
    return out
