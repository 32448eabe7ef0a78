"""An exchange that a volume, open-interest, funding or liquidation figure is told of: 'Upbit,
the leading exchange in South Korea, recorded a trading volume of US$7,352 million', 'Upbit's
24-hour trading volume reached $7.3 billion'. The figure is that exchange's, so it is checked
as one (and left unverifiable where we hold no such series), not as the whole market's. An
exchange's volume with no coin named in its sentence is its volume across coins: no asset."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import text_of, within
from factcheck.nlp.markets import exchanges_in

_BY_VENUE = {ClaimKind.volume, ClaimKind.open_interest, ClaimKind.funding_rate, ClaimKind.liquidations}
_APART = re.compile(r"[;:]|\b(?:while|whereas|but|and|than|versus|vs)\b|\d", re.IGNORECASE)
_CREDIT = re.compile(r"(?:according to|per|data from|reported by|via|said|says|cited)\W*$", re.IGNORECASE)


_EXCHANGES_OWN = re.compile(r"\bvolumes?\s+(?:\w+\s+){0,2}(?:of|on|at)\s+(?:the\s+)?(?:\w+\s+){0,4}exchanges\b|"
                           r"\bexchanges'\s+(?:\w+\s+){0,3}volumes?\b", re.IGNORECASE)


def with_exchange_subjects(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims with the exchange their clause opens with as their venue. A volume told of a set of
    exchanges ('the volume of the top five crypto exchanges here surpassed 20 trillion won') with no
    coin named is their volume across coins: no asset."""
    text = text_of(doc)
    out = []
    for claim in claims:
        if claim.kind not in _BY_VENUE or claim.venue is not None:
            out.append(claim)
            continue
        sentence = next((s for s in doc.sents if s.start_char <= claim.span[0] < s.end_char), None)
        if sentence is None:
            out.append(claim)
            continue
        coins = within(doc, "assets", sentence)
        if claim.kind is ClaimKind.volume and not coins and _EXCHANGES_OWN.search(sentence.text):
            out.append(claim.model_copy(update={"asset": None}))
            continue
        named = exchanges_in(text[sentence.start_char : sentence.end_char])
        if len({name for _, _, name in named}) != 1:
            out.append(claim)
            continue  # none, or several exchanges: whose figure this is takes more than its clause
        start, end, name = named[0]
        start, end = sentence.start_char + start, sentence.start_char + end
        credited = bool(_CREDIT.search(text[sentence.start_char : start])) or name in (claim.attributed_to or "")
        if end > claim.span[0] or credited or _APART.search(_without_asides(text[end : claim.span[0]])):
            out.append(claim)
            continue  # named after the figure, as its source, or in another clause
        update: dict[str, object] = {"venue": name}
        if claim.kind is ClaimKind.volume and not coins:
            update["asset"] = None  # the exchange's volume across its coins
        out.append(claim.model_copy(update=update))
    return out


def _without_asides(words: str) -> str:
    """'Upbit, the leading exchange in South Korea by market share, recorded ...': an appositive
    between two commas is the exchange described, not a clause of its own."""
    return re.sub(r",[^,]*,", " ", words, count=1)
