"""Figures listed against exchanges, either way round: 'bitcoin traded at 102,814,000 won and
101,976,000 won on Upbit and Bithumb, respectively', 'at $70,100 on Coinbase and $70,050 on Kraken',
and, as derivatives wraps rank exchanges, 'OKX and Bybit followed with $79 million and $52 million
liquidated, respectively' (`respective_venues`). Binding reads the first figure with the cue and the later ones are left alone; two
lists of the same length pair member by member, each figure the first's kind and coin on its
own exchange."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import group, text_of, within
from factcheck.nlp.markets import exchanges_in
from factcheck.nlp.respective_lists import LIST_GLUE, _chain, _figures_after
from factcheck.nlp.venue_figures import _venues

_BEFORE_VENUES = {"on", "at", "across", "via", "the", "exchanges", "exchange", "domestic", "cryptocurrency", "crypto",
                  "korean", "local", "major"}
_LISTED = {ClaimKind.price_level, ClaimKind.intraday_high, ClaimKind.intraday_low, ClaimKind.volume,
           ClaimKind.open_interest, ClaimKind.funding_rate}


def _run_of_figures(doc: Doc, sentence: Span) -> list[list[Span]]:
    figures = [q for q in within(doc, "quantities", sentence) if q.end <= sentence.end]
    runs: list[list[Span]] = []
    for q in figures:
        between = doc[runs[-1][-1].end : q.start] if runs else None
        if between is not None and len(between) and all(t.lower_ in LIST_GLUE for t in between) \
                and q._.quantity.unit == runs[-1][-1]._.quantity.unit:
            runs[-1].append(q)
        else:
            runs.append([q])
    return [r for r in runs if len(r) >= 2]


def _venues_after(text: str, sentence: Span, figure: Span, size: int) -> list[str]:
    """The exchanges listed right after the figures: only venue words and list glue between."""
    tail = text[figure.end_char : sentence.end_char]
    names: list[str] = []
    at = 0
    for a, b, name in exchanges_in(tail):
        words = tail[at:a].replace(",", " , ").split()
        if any(w.lower() not in _BEFORE_VENUES | LIST_GLUE for w in words):
            break
        names.append(name)
        at = b
        if len(names) == size:
            break
    return names if len(names) == size else []


def _interleaved(doc: Doc, text: str, sentence: Span) -> list[tuple[list[Span], list[str]]]:
    """'$70,100 on Coinbase and $70,050 on Kraken': each figure followed by its own exchange."""
    figures = [q for q in within(doc, "quantities", sentence) if q.end <= sentence.end]
    found: list[tuple[list[Span], list[str]]] = []
    run: list[Span] = []
    venues: list[str] = []
    for q in figures:
        venue = _venues_after(text, sentence, q, 1)
        joined = bool(venue) and run and q._.quantity.unit == run[-1]._.quantity.unit \
            and _only_glue(text[_venue_end(text, sentence, run[-1]) : q.start_char])
        if venue and (joined or not run):
            run.append(q)
            venues += venue
        else:
            if len(run) >= 2:
                found.append((run, venues))
            run, venues = ([q], venue) if venue else ([], [])
    if len(run) >= 2:
        found.append((run, venues))
    return found


def _venue_end(text: str, sentence: Span, figure: Span) -> int:
    tail = text[figure.end_char : sentence.end_char]
    hits = exchanges_in(tail)
    return figure.end_char + hits[0][1] if hits else figure.end_char


def _only_glue(words: str) -> bool:
    return all(w.lower() in LIST_GLUE for w in words.replace(",", " , ").split())


def by_venue(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims with each figure of an exchange list on its own exchange."""
    text = text_of(doc)
    for sentence in doc.sents:
        listed = [(figures, _venues_after(text, sentence, figures[-1], len(figures))) for figures in _run_of_figures(doc, sentence)]
        for figures, venues in listed + _interleaved(doc, text, sentence):
            if not venues or len(set(venues)) < len(venues):
                continue
            first = figures[0]
            template = next((c for c in claims if c.kind in _LISTED and c.span[0] < first.end_char and first.start_char < c.span[1]), None)
            if template is None or any(c.span[0] < q.end_char and q.start_char < c.span[1] for c in claims for q in figures[1:]):
                continue  # no claim to copy, or the later figures were read already
            kept = [c for c in claims if c is not template]
            for figure, venue in zip(figures, venues):
                q = figure._.quantity
                if figure is first:
                    kept.append(template.model_copy(update={"venue": venue}))
                    continue
                span = (figure.start_char, figure.end_char)
                kept.append(template.model_copy(update={
                    "value": q.value if (template.value or 0) >= 0 else -abs(q.value), "decimals": q.decimals,
                    "magnitude": q.magnitude, "text": text[span[0] : span[1]], "span": span, "venue": venue}))
            claims = sorted(kept, key=lambda c: c.span)
    return claims


# Venues named before their figures: reading the figures binds the metric to the figure next to its
# word, so the other figures of the list were lost or left on no venue. With 'respectively', the
# n-th figure is the n-th venue's, read as the claim found on any one of the figures (kind, coin,
# side, time).
_BY_VENUE = {ClaimKind.liquidations, ClaimKind.open_interest, ClaimKind.volume, ClaimKind.funding_rate}


def _overlaps(claim: Claim, figure: Span) -> bool:
    return claim.span[0] < figure.end_char and figure.start_char < claim.span[1]


def respective_venues(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims with each figure of a venue list read 'respectively' on its own venue."""
    for sentence in doc.sents:
        if not any(t.lower_ == "respectively" for t in sentence):
            continue
        venues = _chain(doc, _venues(doc, sentence))
        if len(venues) < 2 or len({v.label_ for v in venues}) < len(venues):
            continue
        figures = _figures_after(doc, sentence, venues[-1].end, len(venues))
        if not figures or any(figures[0].end <= a.start < figures[-1].start for a in group(doc, "assets")):
            continue  # 'Binance and OKX at $2 billion for bitcoin and $900 million for ether': coins, not venues, split them
        template = next((c for c in claims if c.kind in _BY_VENUE and any(_overlaps(c, f) for f in figures)), None)
        if template is None:
            continue
        kept = [c for c in claims if not (c.kind is template.kind and any(_overlaps(c, f) for f in figures))]
        text = text_of(doc)
        for venue, figure in zip(venues, figures):
            q = figure._.quantity
            sign = -1.0 if (template.value or 0) < 0 else 1.0
            span = (figure.start_char, figure.end_char)
            kept.append(template.model_copy(update={
                "venue": venue.label_, "value": sign * abs(q.value), "decimals": q.decimals, "magnitude": q.magnitude,
                "text": text[span[0] : span[1]], "span": span}))
        claims = sorted(kept, key=lambda c: c.span)
    return claims
