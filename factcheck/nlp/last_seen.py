"""Levels said to be the first of their kind since a date: "rose to $71,000, its highest
since early April", "under $100k for the first time since May", "a price not
seen since November 2021".

The date is a claim of its own: nothing as high (or as low) in between, and the market
that high (or low) then. It is kept on the level's claim as `last_seen`, with its side,
so the check can test both without reading the words again. A "since" with no extreme
or first time before it ("up 20% since Tuesday") is a window, not this.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Article, Claim, ClaimKind, Comparator, LastSeen, TimeRef
from factcheck.nlp.components import text_of
from factcheck.nlp.record_dates import dates_in, period_of, plain_between
from factcheck.nlp.timeref import _midnight, _today

_SIDE_WORDS = {"highest": "high", "high": "high", "highs": "high", "lowest": "low", "low": "low", "lows": "low",
               "strongest": "high", "weakest": "low", "peak": "high"}
_FIRST = {"first", "seen", "unseen", "witnessed", "touched", "reached", "traded"}  # the side comes from the claim
_QUALIFIER_REACH = 5  # tokens before 'since' where 'highest', 'first time', 'not seen' may stand
_CLAIM_REACH = 12  # tokens between the level's words and the phrase
_LEVEL_KINDS = {ClaimKind.price_level, ClaimKind.intraday_high, ClaimKind.intraday_low}
_HIGH = {Comparator.above, Comparator.crossed_above}
_LOW = {Comparator.below, Comparator.crossed_below}


def _phrases(doc: Doc, sentence: Span) -> list[tuple[int, str | None, Span]]:
    """(position of the qualifier, its side or None, the date) for each phrase of the sentence."""
    if not any(t.lower_ in {"since", "in", "on"} for t in sentence):
        return []  # no qualifier: no need to read the sentence's dates
    dates = {date.start: (date, grain) for date, grain in dates_in(doc, sentence)}
    out = []
    for t in sentence:
        if t.lower_ == "since" or (t.lower_ in {"in", "on"} and t.i > 1 and doc[t.i - 2].lower_ == "last"
                                  and doc[t.i - 1].lower_ in {"seen", "reached", "traded", "touched", "hit"}):
            found = dates.get(t.i + 1)
            if found is None:
                continue
            before = doc[max(sentence.start, t.i - _QUALIFIER_REACH) : t.i]
            side = next((_SIDE_WORDS[w.lower_] for w in reversed(before) if w.lower_ in _SIDE_WORDS), None)
            if side is None and not any(w.lower_ in _FIRST for w in before):
                continue  # 'up 20% since Tuesday': a window
            qualifier = next((w.i for w in before if w.lower_ in _SIDE_WORDS or w.lower_ in _FIRST), t.i)
            out.append((qualifier, side, found))
    return out


def _side(claim: Claim, said: str | None) -> str | None:
    """The side the phrase names, else the one the level's claim implies; None when they disagree."""
    implied = ("high" if claim.kind is ClaimKind.intraday_high or claim.comparator in _HIGH
               else "low" if claim.kind is ClaimKind.intraday_low or claim.comparator in _LOW else None)
    if said is not None and implied is not None and said != implied:
        return None
    return said or implied


def with_last_seen(doc: Doc, article: Article, claims: list[Claim]) -> list[Claim]:
    """Level claims with the 'since' date written beside them as `last_seen`."""
    if article.published_at is None or "since" not in text_of(doc).lower() and "last " not in text_of(doc).lower():
        return claims
    day_start = _midnight(article, _today(article))
    taken: dict[int, LastSeen] = {}
    for sentence in doc.sents:
        for qualifier, said, (date, grain) in _phrases(doc, sentence):
            period = period_of(article, date, grain)
            if period is None or period[1] > day_start:
                continue
            best: tuple[tuple[int, int], int] | None = None
            for n, claim in enumerate(claims):
                if claim.kind not in _LEVEL_KINDS or claim.value is None or claim.comparator is Comparator.between \
                        or n in taken:
                    continue
                words = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
                if words is None or not sentence.start <= words.start < sentence.end:
                    continue
                before = words.end <= qualifier
                a, b = (words.end, qualifier) if before else (date.end, words.start)
                gap = max(0, b - a)
                if gap > _CLAIM_REACH or not plain_between(doc, a, b) or _side(claim, said) is None:
                    continue
                rank = (0 if before else 1, gap)  # 'rose to $X, its highest since May': the figure before it first
                if best is None or rank < best[0]:
                    best = (rank, n)
            if best is None:
                continue
            claim = claims[best[1]]
            start, end = period
            taken[best[1]] = LastSeen(
                side=_side(claim, said),  # type: ignore[arg-type]
                period=TimeRef(text=doc[qualifier : date.end].text.rstrip(",.;:"), start=start, end=end,
                               kind="day" if (end - start).days <= 1 else "window"),
            )
    return [c.model_copy(update={"last_seen": taken[n]}) if n in taken else c for n, c in enumerate(claims)]
