"""Liquidations tallied coin by coin: 'forced liquidations in the last 24 hours: BTC: $145.11
million (long $105.66 million, short $39.45 million) ... ETH: $98.03 million (long ..., short
...)', the data-feed style of exchange and wire digests.

The metric is named once, before the list; each entry is a ticker, its total, and its sides in
brackets, with no verb to bind them. After a liquidation word in the sentence, a coin followed
(after an optional colon) by a sum of dollars is that coin's total, and 'long'/'short' with a sum
inside the brackets right after it are its sides. Claims read on those figures some other way
give way to these.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Comparator
from factcheck.nlp.components import group, text_of, within
from factcheck.nlp.modality import modality_of
from factcheck.nlp.timeref import resolve

_LIQUIDATION_WORDS = {"liquidation", "liquidations", "liquidated"}
_SIDES = {"long": "long", "longs": "long", "short": "short", "shorts": "short"}


def _money(q: Span) -> bool:
    return q._.quantity.unit == "USD" and q._.quantity.value > 0


def _entries(doc: Doc, sentence: Span) -> list[tuple[Span, Span, list[tuple[str, Span]]]]:
    """(coin, total, [(side, figure)]) for each tallied coin of the sentence."""
    named = next((t.i for t in sentence if t.lower_ in _LIQUIDATION_WORDS), None)
    if named is None and _list_carried_on(doc, sentence):
        named = sentence.start - 1  # "... $23.66 million in liquidations. XRP $16.48 million, DOGE $15.22 million, ..."
    if named is None:
        return []
    quantities = [q for q in within(doc, "quantities", sentence) if q.end <= sentence.end]
    found = []
    for coin in group(doc, "assets"):
        if not (named < coin.start and coin.end <= sentence.end):
            continue
        i = _after_coin(doc, sentence, coin)
        total = next((q for q in quantities if q.start == i and _money(q)), None)
        if total is None:
            continue
        if i > coin.end and doc[i - 1].text == "(" and not (total.end < sentence.end and doc[total.end].text == ")"):
            continue  # "XRP ($5.24 million)": the bracket holds the figure alone
        if (i > coin.end and doc[i - 1].text == "(" or named < sentence.start) and total._.quantity.magnitude < 1e3:
            continue  # "XRP ($2.31)": a price; tallied sums are written in thousands, millions, billions
        sides: list[tuple[str, Span]] = []
        if total.end < sentence.end and doc[total.end].text == "(":
            close = next((t.i for t in doc[total.end : min(sentence.end, total.end + 16)] if t.text == ")"), None)
            for q in quantities:
                if close is not None and total.end < q.start < close and _money(q) and doc[q.start - 1].lower_ in _SIDES:
                    sides.append((_SIDES[doc[q.start - 1].lower_], q))
        found.append((coin, total, sides))
    return found if len(found) >= 2 or any(s for _, _, s in found) else []


def _after_coin(doc: Doc, sentence: Span, coin: Span) -> int:
    """Where a tallied coin's figure stands: right after the coin, its colon, the ticker closing
    'Ripple (XRP) $16.48 million', or the bracket opening 'XRP ($5.24 million)'."""
    i = coin.end
    if i < sentence.end and doc[i].text == ")" and coin.start > sentence.start and doc[coin.start - 1].text == "(":
        i += 1  # "Dogecoin (DOGE) $15.22 million": the coin's ticker in brackets after its name
    if i < sentence.end and doc[i].text in {":", "("}:
        i += 1
    return i


def _list_carried_on(doc: Doc, sentence: Span) -> bool:
    """A sentence that opens on a coin, right after a sentence about liquidations: a ranking of
    coins by liquidations carried on ('... comes next, with $23.66 million in liquidations. Ripple
    (XRP) $16.48 million, Dogecoin (DOGE) $15.22 million, ...')."""
    if sentence.start == 0 or not any(a.start <= sentence.start + 1 for a in group(doc, "assets") if a.start >= sentence.start):
        return False
    before = doc[sentence.start - 1].sent
    return any(t.lower_ in _LIQUIDATION_WORDS for t in before)


def _claim(doc: Doc, article: Article, sentence: Span, coin: Span, side: str, figure: Span, window: Span | None) -> Claim:
    q = figure._.quantity
    modality, source = modality_of(figure, sentence)
    span = (figure.start_char if side != "total" else coin.start_char, figure.end_char)
    return Claim(kind=ClaimKind.liquidations, asset=coin.label_, metric="liquidations", value=q.value, unit="USD",
                 decimals=q.decimals, magnitude=q.magnitude, comparator=Comparator.at, side=side,
                 time=resolve(article, "recent", window, sentence=sentence), modality=modality, attributed_to=source,
                 text=text_of(doc)[span[0] : span[1]], sentence=sentence.text.strip(), span=span)


def with_coin_tallies(doc: Doc, article: Article, claims: list[Claim]) -> list[Claim]:
    """The claims, with each coin's tallied liquidations (total and sides) read as such."""
    added: list[Claim] = []
    for sentence in doc.sents:
        entries = _entries(doc, sentence)
        if not entries:
            continue
        windows = within(doc, "windows", sentence)
        window = windows[0] if windows else None
        figures = [(coin, "total", total) for coin, total, _ in entries] + [(coin, side, q) for coin, _, sides in entries for side, q in sides]
        for coin, side, figure in figures:
            lo, hi = figure.start_char, figure.end_char
            claims = [c for c in claims if not (c.kind in {ClaimKind.liquidations, ClaimKind.price_level, ClaimKind.volume}
                                                and c.span[0] < hi and lo < c.span[1])]
            added.append(_claim(doc, article, sentence, coin, side, figure, window))
    return sorted(claims + added, key=lambda c: c.span)
