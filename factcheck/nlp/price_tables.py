"""Coin prices laid out as a table whose header names the currency once: 'NAME PRICE (INR)
24H % Bitcoin 84,10,250 -1.85% Ethereum 2,61,340.5 -3.02% ...', the rupee table of Indian
'prices today' pages, flattened into a line when the page is read as text.

Each row is a coin, its price as a bare number, and its change over the last 24 hours (the '24H %' column). The
number carries no currency of its own: the header's 'PRICE (INR)' gives it. A row's change is
read wherever it is signed ('-1.85%'); an unsigned one ('Solana 12,450.7 1.4%') is a rise in the
row layout. Without a price header nothing here applies: a bare number after a coin's name in
prose is no price.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Comparator
from factcheck.nlp.components import group, text_of
from factcheck.nlp.timeref import DEFAULT_CHANGE_WINDOW, resolve

_HEADER = re.compile(r"\bprice\s*\(\s*(inr|usd|us\$|\$|₹|rs\.?|krw|₩|jpy|¥)\s*\)", re.IGNORECASE)
_CURRENCIES = {"inr": "INR", "₹": "INR", "rs": "INR", "rs.": "INR", "usd": "USD", "us$": "USD", "$": "USD",
               "krw": "KRW", "₩": "KRW", "jpy": "JPY", "¥": "JPY"}
TABLE_REACH = 400  # characters after the header a flattened table may run to
ROW_REACH = 80  # characters from one row's coin to the next


def _rows(doc: Doc, start: int, end: int) -> list[tuple[Span, Span, Span | None]]:
    """(coin, price, change) of each row between the character offsets."""
    quantities = [q for q in group(doc, "quantities") if start <= q.start_char < end and q._.quantity is not None]
    rows = []
    last = start
    for coin in group(doc, "assets"):
        if not start <= coin.start_char < end or coin.start_char - last > ROW_REACH:
            continue
        price = next((q for q in quantities if q.start == coin.end), None)
        if price is None or price._.quantity.unit is not None or price._.quantity.value <= 0:
            continue
        change = next((q for q in quantities if q.start == price.end and q._.quantity.unit == "%"), None)
        rows.append((coin, price, change))
        last = (change or price).end_char
    return rows


def with_price_tables(doc: Doc, article: Article, claims: list[Claim]) -> list[Claim]:
    """The claims, with the prices (and unsigned changes) of a currency-headed table's rows."""
    text = text_of(doc)
    added: list[Claim] = []
    for header in _HEADER.finditer(text):
        unit = _CURRENCIES[header.group(1).lower()]
        end = min(len(text), header.end() + TABLE_REACH)
        cut = text.find("\n\n", header.end())
        end = min(end, cut) if cut > 0 else end
        rows = _rows(doc, header.end(), end)
        if len(rows) < 2:
            continue  # one coin and a number is no table
        for coin, price, change in rows:
            if any(c.span[0] < price.end_char and price.start_char < c.span[1] for c in claims):
                continue
            sentence = price.sent
            q = price._.quantity
            span = (coin.start_char, price.end_char)
            added.append(Claim(kind=ClaimKind.price_level, asset=coin.label_, metric="price", value=q.value, unit=unit,
                               decimals=q.decimals, magnitude=q.magnitude, comparator=Comparator.at,
                               time=resolve(article, "instant", None, sentence=sentence), text=text[span[0] : span[1]],
                               sentence=sentence.text.strip(), span=span))
            if change is None or change.text.lstrip()[:1] in {"+", "-", "−", "‑", "–"} \
                    or any(c.span[0] < change.end_char and change.start_char < c.span[1] for c in claims):
                continue  # a signed change is read as a move already
            p = change._.quantity
            added.append(Claim(kind=ClaimKind.price_change, asset=coin.label_, metric="return", value=abs(p.value), unit="%",
                               decimals=p.decimals, magnitude=p.magnitude, comparator=Comparator.up,
                               time=resolve(article, "instant", None, default=DEFAULT_CHANGE_WINDOW, sentence=sentence),
                               text=change.text, sentence=sentence.text.strip(), span=(change.start_char, change.end_char)))
    return sorted(claims + added, key=lambda c: c.span) if added else claims
