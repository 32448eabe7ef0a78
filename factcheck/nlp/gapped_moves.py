"""A move said once for a list of coins: 'Cardano is down by 4.1%, Polkadot by 3.2% and
Chainlink by almost 6%', 'Ether fell 3.1%, Solana 5.2% and XRP 2.4%'.

Roundups and wires write the verb for the first coin and leave it out for the ones after it.
Each later member, a coin and its percent joined to the move by the list's glue (a comma,
'and'), with only 'by' or a word of approximation between them, is the same move over the
same window: its own coin, its own figure, the first member's direction. A member that a
verb of its own already reads ('while Solana added 4%') is left to that reading.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import group, text_of, within

_GLUE = {",", "and", "&"}
_BETWEEN = {"by", "about", "around", "roughly", "nearly", "almost", "some", "over", "just", "approximately", "more", "than"}


def _percent_at(doc: Doc, start: int, sentence: Span) -> Span | None:
    """The percent figure that starts at `start`, past 'by' and words of approximation."""
    i = start
    while i < sentence.end and doc[i].lower_ in _BETWEEN:
        i += 1
    return next((q for q in group(doc, "quantities") if q.start == i and q._.quantity is not None
                 and q._.quantity.unit == "%"), None)


def _past_ticker(doc: Doc, i: int, sentence: Span) -> int:
    """Past a ticker in brackets after a coin's name: 'Avalanche (AVAX) 11%'."""
    if i + 2 < sentence.end and doc[i].text == "(" and doc[i + 2].text == ")":
        return i + 3
    return i


def _members(doc: Doc, sentence: Span, after: int) -> list[tuple[Span, Span]]:
    """(coin, figure) of each gapped member from token `after` on."""
    assets = {a.start: a for a in within(doc, "assets", sentence)}
    found: list[tuple[Span, Span]] = []
    i = after
    while i < sentence.end:
        j = i
        while j < sentence.end and doc[j].lower_ in _GLUE:
            j += 1
        coin = assets.get(j)
        if j == i or coin is None:
            break
        figure = _percent_at(doc, _past_ticker(doc, coin.end, sentence), sentence)
        if figure is None:
            break
        found.append((coin, figure))
        i = figure.end
    return found


def with_gapped_moves(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims, with a percent move shared by the coins listed after it without a verb."""
    added: list[Claim] = []
    taken = [c.span for c in claims]
    for claim in claims:
        if claim.kind is not ClaimKind.price_change or claim.unit != "%" or claim.value is None:
            continue
        figures = [q for q in group(doc, "quantities") if claim.span[0] <= q.start_char and q.end_char <= claim.span[1]
                   and q._.quantity is not None and q._.quantity.unit == "%"]
        if not figures:
            continue
        first = figures[-1]
        sentence = first.sent
        end = max(first.end, next((t.i + 1 for t in reversed(sentence) if t.idx < claim.span[1]), first.end))
        sign = -1.0 if claim.value < 0 else 1.0
        for coin, figure in _members(doc, sentence, end):
            span = (coin.start_char, figure.end_char)
            if coin.label_ == claim.asset or any(s[0] < span[1] and span[0] < s[1] for s in taken):
                continue
            q = figure._.quantity
            added.append(claim.model_copy(update={
                "asset": coin.label_, "value": sign * abs(q.value), "decimals": q.decimals, "magnitude": q.magnitude,
                "text": text_of(doc)[span[0] : span[1]], "span": span, "bound": None}))
            taken.append(span)
    return sorted(claims + added, key=lambda c: c.span) if added else claims
