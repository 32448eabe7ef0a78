"""Rows of a table under a heading that names a derivatives or market series: 'Altcoin futures open
interest' then 'Ethereum up 1.32% to $12.095 billion' and 'XRP up 6.93% to $836 million', or 'Funding
rates' then 'Solana 0.0018%'. Data-driven wires print such blocks with one coin a line and no verb
naming the series, so binding reads the rows as price moves. A heading is a short line with a
series' name and no figure; each following line that opens with a coin and holds only its figures
is that series' reading for the coin: a percent with up/down its change, a sum its level, and for
funding a percent its rate. The rows' other readings give way to these.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Comparator
from factcheck.nlp.components import group, text_of
from factcheck.nlp.timeref import DEFAULT_CHANGE_WINDOW, resolve

_SERIES = {"open_interest": ClaimKind.open_interest, "funding_rate": ClaimKind.funding_rate,
           "liquidations": ClaimKind.liquidations, "volume": ClaimKind.volume}
_HEADING_WORDS = 8  # a heading is a short line
_ROW_WORDS = 12
_ROW_GLUE = {"up", "down", "to", "at", "from", "by", ",", "(", ")", "-", "–", ":", "and", "rose", "fell", "increased",
             "decreased", "gained", "lost", "+", "%"}


def _lines(doc: Doc) -> list[Span]:
    """The Doc cut at its newlines, as token spans."""
    out, start = [], 0
    for t in doc:
        if "\n" in t.text:
            if t.i > start:
                out.append(doc[start : t.i])
            start = t.i + 1
    if start < len(doc):
        out.append(doc[start:])
    return out


def _heading(doc: Doc, line: Span) -> ClaimKind | None:
    if len([t for t in line if not t.is_punct]) > _HEADING_WORDS:
        return None
    if any(line.start <= q.start < line.end for q in group(doc, "quantities")):
        return None
    named = [m for m in group(doc, "metrics") if line.start <= m.start and m.end <= line.end and m.label_ in _SERIES]
    return _SERIES[named[0].label_] if len(named) == 1 else None


def _row(doc: Doc, line: Span) -> tuple[Span, list[Span]] | None:
    """A coin opening the line and the figures after it, with nothing but glue between."""
    coins = [a for a in group(doc, "assets") if a.start == line.start]
    if not coins or len(line) > _ROW_WORDS:
        return None
    figures = [q for q in group(doc, "quantities") if line.start <= q.start and q.end <= line.end]
    if not figures:
        return None
    inside = {t.i for q in figures for t in q} | {t.i for t in coins[0]}
    if not all(t.i in inside or t.lower_ in _ROW_GLUE or t.is_punct for t in line):
        return None
    return coins[0], figures


def _reading(doc: Doc, article: Article, kind: ClaimKind, coin: Span, figure: Span, line: Span) -> Claim | None:
    q = figure._.quantity
    before = {t.lower_ for t in doc[max(line.start, figure.start - 2) : figure.start]}
    direction = Comparator.up if before & {"up", "rose", "increased", "gained", "+"} else \
        Comparator.down if before & {"down", "fell", "decreased", "lost", "-"} else None
    if q.unit == "%" and kind is not ClaimKind.funding_rate:
        if direction is None:
            return None
        metric, value, comparator = f"{kind.value}_change", abs(q.value) if direction is Comparator.up else -abs(q.value), direction
        time = resolve(article, "instant", None, default=DEFAULT_CHANGE_WINDOW)
    elif q.unit == "%" or q.is_money and kind is not ClaimKind.funding_rate:
        metric, value, comparator = kind.value, q.value, Comparator.at
        time = resolve(article, "instant", None)
    else:
        return None
    span = (figure.start_char, figure.end_char)
    return Claim(kind=kind, asset=coin.label_, metric=metric, value=value, unit=q.unit, decimals=q.decimals,
                 magnitude=q.magnitude, comparator=comparator, time=time,
                 side="total" if kind is ClaimKind.liquidations else None,
                 text=text_of(doc)[span[0] : span[1]], sentence=line.text.strip(), span=span)


def with_metric_tables(doc: Doc, article: Article, claims: list[Claim]) -> list[Claim]:
    """The claims with the rows of a series' table read as that series' figures, coin by coin."""
    lines = _lines(doc)
    for at, line in enumerate(lines):
        kind = _heading(doc, line)
        if kind is None:
            continue
        for row_line in lines[at + 1 :]:
            row = _row(doc, row_line)
            if row is None:
                break
            coin, figures = row
            readings = [r for f in figures if (r := _reading(doc, article, kind, coin, f, row_line)) is not None]
            if not readings:
                break
            lo, hi = row_line.start_char, row_line.end_char
            claims = [c for c in claims if not (lo <= c.span[0] < hi)] + readings
    return sorted(claims, key=lambda c: c.span)
