"""One side's share of the liquidations, told as a percentage of the traders or positions wiped
out: 'with 76.4% of them being long traders', 'with ~79% being long positions', 'with 64% long
liquidations', '71.3% of the liquidated trades were long positions'.

Wraps add the split after the total in a clause of its own that names the side but often not the
liquidations. In a sentence about liquidations (or right after one), a percentage whose clause names one side (and is
told as a share: 'of them', 'being', 'were', or beside the word 'liquidations') is that side's
share, a realised liquidation imbalance, of the coin the sentence names before it if one alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import text_of, within
from factcheck.nlp.liquidation_clauses import (
    about_liquidations,
    clauses_of,
    coin_before,
    coins_in,
    comparator_of,
    side_of,
)
from factcheck.nlp.modality import modality_of
from factcheck.nlp.timeref import resolve

_SHARE_WORDS = {"of", "being", "were", "was", "are", "is"}
_OTHER_SERIES = {"interest", "funding", "volume", "ratio", "dominance", "accounts", "account", "price", "prices", "market"}


def _told_as_share(doc: Doc, start: int, end: int, figure: Span) -> bool:
    """'76.4% of them being long traders', '~79% being long positions', '64% long liquidations'."""
    after = doc[figure.end : min(end, figure.end + 3)]
    if not len(after) or figure.start > start and doc[figure.start - 1].lower_ in {"by", "fell", "rose", "dropped", "gained", "lost"}:
        return False  # 'fell 4%', 'up by 4%': a move
    return after[0].lower_ in _SHARE_WORDS or side_of(after[0]) is not None


def with_side_shares(doc: Doc, article, claims: list[Claim]) -> list[Claim]:
    """The claims, with each side's share of the liquidations told in a clause of its own."""
    text = text_of(doc)
    added: list[Claim] = []
    previous = False
    for sentence in doc.sents:
        about, previous = previous or about_liquidations(sentence), about_liquidations(sentence)
        if not about:
            continue  # '... were liquidated on various altcoins. 81% of the trades were long positions.'
        shares = [q for q in within(doc, "quantities", sentence) if q.end <= sentence.end
                  and q._.quantity.unit == "%" and 0 < q._.quantity.value <= 100]
        if not shares:
            continue
        clauses = clauses_of(doc, sentence, shares)
        for figure in shares:
            if any(c.span[0] < figure.end_char and figure.start_char < c.span[1] for c in claims):
                continue  # read already, as this kind or another
            start, end = next((a, b) for a, b in clauses if a <= figure.start < b)
            words = doc[start:end]
            sides = {s for t in words if (s := side_of(t)) is not None}
            if len(sides) != 1 or any(t.lower_ in _OTHER_SERIES for t in words) or not _told_as_share(doc, start, end, figure):
                continue
            coins = coins_in(doc, start, end)
            coin = coins[0].label_ if coins else coin_before(doc, sentence, figure)
            side_end = max(t.idx + len(t) for t in words if side_of(t) is not None)
            span = (figure.start_char, max(figure.end_char, side_end))
            modality, source = modality_of(figure, sentence)
            q = figure._.quantity
            added.append(Claim(kind=ClaimKind.liquidation_imbalance, asset=coin, metric="liquidation_imbalance", value=q.value,
                               unit="%", decimals=q.decimals, magnitude=q.magnitude, comparator=comparator_of(doc, figure),
                               side=next(iter(sides)),
                               time=resolve(article, "recent", None, sentence=sentence), modality=modality,
                               attributed_to=source, text=text[span[0] : span[1]], sentence=sentence.text.strip(), span=span))
    return sorted(claims + added, key=lambda c: c.span) if added else claims
