"""A record being passed now, the old one dated: "Bitcoin eclipses its previous peak in
mid-August", "ether is clearing its prior high from March".

The date after the old record is when that record was set (record_dates.py reads it into
`record_time`); a verb in the present says the passing is happening as the article is
written, so the crossing is checked at publication, not in the month that dates the old
peak. A past verb ("surpassed its previous record in March") may date the passing itself,
and is left as read.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.model import Article, Claim, ClaimKind, Comparator, TimeRef

_PRESENT = {"VBZ", "VBP", "VBG"}


def _told_in_present(doc: Doc, claim: Claim) -> bool:
    span = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = next((t for t in span if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.tag_ not in _PRESENT:
        return False
    return verb.tag_ != "VBG" or any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)


def with_crossings_now(doc: Doc, article: Article, found: list[Claim]) -> list[Claim]:
    """Crossings of a dated old record told in the present, moved to the publication time."""
    published = article.published_at
    if published is None:
        return found
    out = []
    for claim in found:
        record = claim.record_time
        if claim.kind is ClaimKind.all_time_high and claim.comparator is Comparator.crossed_above and record is not None \
                and claim.time.text is not None and claim.time.start == record.start and _told_in_present(doc, claim):
            claim = claim.model_copy(update={"time": TimeRef(text=None, start=published, end=published, kind="instant")})
        out.append(claim)
    return out
