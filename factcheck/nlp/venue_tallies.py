"""Liquidations tallied exchange by exchange: 'Exchanges like Binance $348.05M, OKX $343.97M,
Bybit $103.49M, BitMEX $60.50M experienced the respective liquidations', the data-feed style of
liquidation digests, as coins are tallied in coin_tallies.py.

In a sentence that speaks of liquidations, a run of three or more exchanges each followed straight
by a sum of dollars (or by the sum in brackets: 'Bybit ($61M), OKX ($40M) and Binance ($38M)') gives each exchange's liquidations (all sides, across its coins). Claims read on
those figures some other way give way to these.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Comparator
from factcheck.nlp.components import group, text_of, within
from factcheck.nlp.markets import exchanges_in
from factcheck.nlp.modality import modality_of
from factcheck.nlp.timeref import resolve

_LIQUIDATION_WORDS = {"liquidation", "liquidations", "liquidated"}
_GLUE = {",", "and", ";"}
_AT_LEAST = 3  # fewer pairs are read by the sentence's own words


def _tally(doc: Doc, sentence: Span) -> list[tuple[str, int, Span]]:
    """(exchange, its name's start, its figure) for the run of exchange-and-sum pairs. A name the
    exchange list does not hold ('FTX', an old brand) may stand in a run of ones it holds."""
    if not any(t.lower_ in _LIQUIDATION_WORDS for t in sentence):
        return []
    text = text_of(doc)
    known = {start + sentence.start_char: (name, end + sentence.start_char)
             for start, end, name in exchanges_in(text[sentence.start_char : sentence.end_char])}
    pairs = []
    for q in group(doc, "quantities"):
        if not (sentence.start <= q.start and q.end <= sentence.end and q._.quantity.unit == "USD" and q._.quantity.value > 0):
            continue
        if q._.quantity.magnitude < 1e3:
            continue  # "Coinbase $94,100": a price; tallied sums are written in thousands, millions, billions
        i = q.start - 1
        while i > sentence.start and doc[i].text in {"(", ":"}:
            i -= 1
        named = next(((at, name) for at, (name, end) in known.items() if end == doc[i].idx + len(doc[i])), None)
        if named is None and (doc[i].is_title or doc[i].is_upper and len(doc[i]) > 1) and doc[i].pos_ == "PROPN":
            named = (doc[i].idx, doc[i].text)
        if named is not None:
            pairs.append((named[1], named[0], q))
    run: list[tuple[str, int, Span]] = []
    best: list[tuple[str, int, Span]] = []
    for pair in pairs:
        gap = text[run[-1][2].end_char : pair[1]].replace(",", " ").replace(")", " ").split() if run else []
        if not all(w.lower() in _GLUE for w in gap):
            run = []  # words between: no longer the one list
        run.append(pair)
        best = run if len(run) > len(best) else best
    held = sum(1 for _, at, _ in best if at in known)
    return best if len(best) >= _AT_LEAST and held >= _AT_LEAST - 1 else []


def with_venue_tallies(doc: Doc, article: Article, claims: list[Claim]) -> list[Claim]:
    """The claims, with each tallied exchange's liquidations read as such."""
    added: list[Claim] = []
    for sentence in doc.sents:
        tally = _tally(doc, sentence)
        if not tally:
            continue
        windows = within(doc, "windows", sentence)
        window = windows[0] if windows else None
        for name, start, figure in tally:
            lo, hi = figure.start_char, figure.end_char
            claims = [c for c in claims if not (c.kind in {ClaimKind.liquidations, ClaimKind.price_level, ClaimKind.volume}
                                                and c.span[0] < hi and lo < c.span[1])]
            q = figure._.quantity
            modality, source = modality_of(figure, sentence)
            added.append(Claim(kind=ClaimKind.liquidations, asset=None, metric="liquidations", value=q.value, unit="USD",
                               decimals=q.decimals, magnitude=q.magnitude, comparator=Comparator.at, side="total", venue=name,
                               time=resolve(article, "recent", window, sentence=sentence), modality=modality,
                               attributed_to=source, text=text_of(doc)[start:hi], sentence=sentence.text.strip(),
                               span=(start, hi)))
    return sorted(claims + added, key=lambda c: c.span)
