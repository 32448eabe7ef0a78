"""A level neared and then left: 'hovering around $23,000 after briefly approaching $24,000 on
Sunday', 'came close to $0.2300 on Monday and retreated to $0.2225'.

'Nears $98,000' said of the present is where the price is now, just under the level (a
price_level `below`). Said 'briefly', or followed by the move away, it is how far that stretch
got: its high fell short of the level (an intraday_high `below`), or, for a coin that came down
towards it from higher up, its low held above it (an intraday_low `above`). The side is read from
another price of the coin in the sentence (a lower one: approached from below), or else from the
side the nearing was read with. 'Hovers near $3,000' is no nearing: the price sits there."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Claim, ClaimKind, Comparator
from factcheck.nlp.price_direction import DOWN_WORDS

_NEARING = {"approached", "approaching", "neared", "nearing", "close"}  # verbs ('hovers near $3,000' is where it sits)
_BRIEF = {"briefly", "momentarily", "earlier"}
_AFTER = {"before", "then", "but"}  # 'neared $210, then slid', 'neared $4,000 before sellers stepped in'
# 'came close to $0.23 on Monday and retreated', 'before sellers stepped in'
_AWAY = DOWN_WORDS | {"retreat", "reverse", "pull", "ease", "fade", "retrace", "sellers", "selling", "back"}


def _nearing_word(doc: Doc, claim: Claim) -> Span | None:
    """The word of nearing the claim was read from ('approaching', 'neared', 'came close to')."""
    span = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    if span is None:
        return None
    window = doc[max(span.sent.start, span.start - 3) : span.end]
    for t in window:
        if t.lower_ not in _NEARING:
            continue
        if t.lower_ == "close" and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to" and t.i > 0
                                        and doc[t.i - 1].lemma_.lower() in {"come", "get", "move", "edge", "climb"}):
            continue  # only 'came close to', 'got close to': 'trading close to $2' is where it trades
        return doc[t.i : t.i + 1]
    return None


def _left_after(doc: Doc, sentence: Span, claim_end: int) -> bool:
    """Whether the sentence goes on to a move away from the level, joined to it: 'and retreated',
    'then slid', 'before sellers stepped in' ('after a week that took it down' is no move away)."""
    after = [t for t in sentence if t.idx >= claim_end][:8]
    # the joiner must lead to a move away: 'before peaking' went on up
    for i, t in enumerate(after):
        if t.lower_ in _AFTER | {"and"} and any(u.lemma_.lower() in _AWAY or u.lower_ in _AWAY for u in after[i + 1 : i + 4]):
            return True
    return False


def fallen_short(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """Levels neared on a stretch already behind, read as that stretch's high (or low) falling short."""
    out: list[Claim] = []
    for claim in claims:
        if claim.kind is not ClaimKind.price_level or claim.unit in {None, "%"} or claim.value is None \
                or claim.comparator not in {Comparator.below, Comparator.above, Comparator.at}:
            out.append(claim)
            continue
        word = _nearing_word(doc, claim)
        if word is None:
            out.append(claim)
            continue
        sentence = word.sent
        before = doc[max(sentence.start, word.start - 2) : word.start]
        brief = any(t.lower_ in _BRIEF for t in before) or "earlier in the day" in sentence.text.lower()
        if not (brief or _left_after(doc, sentence, claim.span[1])):
            out.append(claim)
            continue
        others = [c.value for c in claims if c is not claim and c.asset == claim.asset and c.unit == claim.unit
                  and c.value is not None and c.sentence == claim.sentence and c.kind in {ClaimKind.price_level, ClaimKind.intraday_low}]
        from_above = all(v > claim.value for v in others) if others else claim.comparator is Comparator.above
        kind, comparator = (ClaimKind.intraday_low, Comparator.above) if from_above else (ClaimKind.intraday_high, Comparator.below)
        out.append(claim.model_copy(update={"kind": kind, "comparator": comparator}))
    return out
