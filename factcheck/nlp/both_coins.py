"""'Cardano and Avalanche fared worst. Both lost over 12% this week, ending at $0.58 and $19,
respectively.': a sentence that opens with 'Both' (or 'The two', 'The pair') and names no
coin is about the two coins the sentence before it named together.

A figure said once is each coin's (both lost over 12%); two figures of one unit joined
by 'and' are one for each coin, in the order the coins were named. Left to themselves, these
figures would fall to the article's main coin.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import group, text_of, within

_OPENERS = (("both",), ("the", "two"), ("the", "pair"))
_SHARED_KINDS = {ClaimKind.price_change, ClaimKind.price_level, ClaimKind.intraday_high, ClaimKind.intraday_low}
_PAIR_GLUE = {"and", ",", "&"}


def _opens_with_both(sentence: Span) -> bool:
    words = tuple(t.lower_ for t in sentence[:2])
    return any(words[: len(o)] == o for o in _OPENERS)


def _pair_before(doc: Doc, sentence: Span) -> list[Span]:
    """The two coins the sentence before named, joined by 'and' ('Cardano and Avalanche')."""
    if sentence.start == 0:
        return []
    before = doc[sentence.start - 1].sent
    coins = [a for a in group(doc, "assets") if before.start <= a.start < before.end]
    for a, b in pairwise(coins):
        glue = [t.lower_ for t in doc[a.end : b.start]]
        if glue == ["and"] and a.label_ != b.label_ and len({c.label_ for c in coins}) == 2:
            return [a, b]
    return []


def with_both_coins(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims of a 'Both ...' sentence put on the two coins it is about."""
    for sentence in doc.sents:
        if not _opens_with_both(sentence) or any(sentence.start <= a.start < sentence.end for a in group(doc, "assets")):
            continue
        pair = _pair_before(doc, sentence)
        if not pair:
            continue
        here = [c for c in claims if c.kind in _SHARED_KINDS and sentence.start_char <= c.span[0] < sentence.end_char]
        if not here:
            continue
        figures = [q for q in within(doc, "quantities", sentence) if q._.quantity is not None]
        paired: dict[int, str] = {}  # a figure's start -> the coin it is told of
        for a, b in pairwise(figures):
            glue = {t.lower_ for t in doc[a.end : b.start]}
            if glue and glue <= _PAIR_GLUE and a._.quantity.unit == b._.quantity.unit:
                paired[a.start_char], paired[b.start_char] = pair[0].label_, pair[1].label_
                break
        out = [c for c in claims if c not in here]
        for claim in here:
            figure = next((q for q in figures if claim.span[0] <= q.start_char and q.end_char <= claim.span[1]), None)
            if figure is not None and figure.start_char in paired:
                out.append(claim.model_copy(update={"asset": paired[figure.start_char]}))
            else:  # "Both lost over 12% this week": each coin's
                out.extend(claim.model_copy(update={"asset": coin.label_}) for coin in pair)
        first, second = (next((q for q in figures if q.start_char == start), None) for start in list(paired)[:2]) if paired else (None, None)
        told = next((c for c in out if first is not None and c.span[0] <= first.start_char < c.span[1]), None)
        if second is not None and told is not None and not any(c.span[0] <= second.start_char < c.span[1] for c in out):
            # "... ending at $0.58 and $19, respectively": the second figure read as the first one was
            q = second._.quantity
            value = -abs(q.value) if (told.value or 0) < 0 else q.value
            out.append(told.model_copy(update={"asset": pair[1].label_, "value": value, "decimals": q.decimals, "magnitude": q.magnitude,
                                               "text": text_of(doc)[second.start_char : second.end_char],
                                               "span": (second.start_char, second.end_char)}))
        claims = sorted(out, key=lambda c: c.span)
    return claims
