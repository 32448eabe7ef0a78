"""Market caps of stablecoins: 'Tether (USDT) has reached a market capitalization of $100 billion',
'UST is now ahead of DAI's $9 billion market cap', 'the total market capitalization of stablecoins
fell by 1.08%'.

Stablecoins are no assets of the lexicon (models/assets.json): 'USDT' is mostly the quote of a pair
or the unit of an amount. So a stablecoin's market cap was given to the coin named before it in the
story, or to the whole market. The name written nearest before the cap's figure in its sentence
(models/stablecoins.json), with no coin named between them, owns the figure: that stablecoin's cap
(corpus/README: a coin's ticker). 'With a market cap of $9.9 billion, UST ...' names it after a
fronted phrase. Stablecoins as a group ('the market capitalization of stablecoins') are a sector:
neither a coin nor the whole market, so the figure is dropped.
"""

from __future__ import annotations

import json
from functools import cache

from spacy.tokens import Doc, Span

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import MODELS, group, within

_SECTOR_WORDS = {"stablecoins", "memecoins"}  # a group of coins: 'the market cap of stablecoins'
_WHOLE_WORDS = {"total", "overall", "global", "combined", "entire", "whole"}  # 'USDT grew as the total market cap ...'


@cache
def _names() -> dict[tuple[str, ...], str]:
    rows = json.loads((MODELS / "stablecoins.json").read_text(encoding="utf-8"))
    return {tuple(alias.split()): ticker for ticker, aliases in rows.items() if not ticker.startswith("_") for alias in aliases}


def _mentions(doc: Doc, sentence: Span) -> list[tuple[int, int, str | None]]:
    """(start, end, owner) of every name in the sentence: a stablecoin's ticker, a coin's ticker,
    or None for a group of coins."""
    found = [(a.start, a.end, a.label_) for a in within(doc, "assets", sentence)]
    names = _names()
    longest = max(len(k) for k in names)
    i = sentence.start
    while i < sentence.end:
        for size in range(longest, 0, -1):
            words = tuple(t.lower_ for t in doc[i : min(i + size, sentence.end)])
            if len(words) == size and words in names and not any(s <= i < e for s, e, _ in found):
                found.append((i, i + size, "stable:" + names[words]))
                i += size - 1
                break
        else:
            if doc[i].lower_ in _SECTOR_WORDS:
                found.append((i, i + 1, None))
        i += 1
    return sorted(found)


def _figure(doc: Doc, claim: Claim) -> Span | None:
    inside = [q for q in group(doc, "quantities") if claim.span[0] <= q.start_char < claim.span[1]
              and q._.quantity is not None and q._.quantity.value is not None]
    return inside[-1] if inside else None


def _compared_with(name: Span) -> bool:
    """'XRP has surpassed Tether, becoming the third-largest ... with a market capitalization of
    $175 billion': a stablecoin that is the object of the sentence's verb is what the subject is
    measured against, not the cap's owner ('the market cap of Tether' owns it)."""
    root = name.root
    return root.dep_ in {"dobj", "attr", "dative"} or root.dep_ == "pobj" and root.head.lower_ != "of"


def stablecoin_caps(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims, a stablecoin's market cap given to it, a stablecoin sector's cap dropped."""
    out = []
    for claim in claims:
        if claim.kind is not ClaimKind.market_cap or claim.metric != "market_cap" or claim.value is None:
            out.append(claim)
            continue
        figure = _figure(doc, claim)
        if figure is None:
            out.append(claim)
            continue
        sentence = figure.sent
        mentions = _mentions(doc, sentence)
        before = [m for m in mentions if m[1] <= figure.start]
        owner: tuple[int, int, str | None] | None = before[-1] if before else None
        if owner is None and sentence[0].lower_ == "with":  # 'With a market cap of $9.9 billion, UST is ...'
            after = [m for m in mentions if m[0] >= figure.end]
            owner = after[0] if after else None
        elif owner is not None and any(t.lower_ in _WHOLE_WORDS for t in doc[owner[1] : figure.start]):
            owner = None  # the whole market's cap, told after a stablecoin was named
        if owner is not None and owner[2] is None:
            continue  # 'the market capitalization of stablecoins fell by 1.08%': a sector's
        if owner is not None and owner[2].startswith("stable:") and not _compared_with(doc[owner[0] : owner[1]]):
            claim = claim.model_copy(update={"asset": owner[2].removeprefix("stable:")})
        out.append(claim)
    return out
