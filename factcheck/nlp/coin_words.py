"""Coin names that are ordinary words: 'sui generis', 'bajo el sol', 'Ada, a trader in Lagos',
'an avalanche of sell orders', 'a ripple of selling', 'Pepe the frog'. Matched case-blind they
hand an article's figures to a coin it never names. Such a word is the coin only when written
as a ticker (capitals), with a crypto word after it ('the sui token', "Sui's price"), capitalised
before a price verb ('Sui rose 7%'), or capitalised in an article that names the coin in an
unambiguous way too ('Solana ... Sol'). The words and the context are data
(models/patterns/coin_words.json)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

_DATA = Path(__file__).resolve().parents[2] / "models" / "patterns" / "coin_words.json"


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    return {"words": set(data["words"]), "after": set(data["context_after"]), "moves": set(data["moves_after"])}


def _ambiguous(span: Span) -> bool:
    return len(span) == 1 and span.text.lower() in _words()["words"] and not span.text.isupper()


def _in_context(doc: Doc, span: Span, vouched: set[str]) -> bool:
    words = _words()
    after = doc[span.end] if span.end < len(doc) else None
    if span.start > 0 and doc[span.start - 1].text == "$":
        return True  # '$sui': a cashtag
    if after is not None and after.lower_ in words["after"]:
        return True
    if not span.text[:1].isupper():
        return False
    verb = _past_auxiliaries(doc, span.end)  # 'Avalanche is trading at ...', 'Sui has also risen ...'
    if verb is not None and (verb.lemma_.lower() in words["moves"] or verb.lower_ in words["moves"] | {"up", "down"}):
        return True
    return span.label_ in vouched


def _past_auxiliaries(doc: Doc, i: int):
    """The first word at or after `i` past at most two auxiliaries or adverbs."""
    for j in range(i, min(i + 3, len(doc))):
        if doc[j].pos_ not in {"AUX", "ADV"} or doc[j].lower_ in {"up", "down"}:
            return doc[j]
    return None


def coins_not_words(doc: Doc, spans: list[Span]) -> list[Span]:
    """The asset spans without the ordinary words among them."""
    vouched = {s.label_ for s in spans if not _ambiguous(s)}
    plain = [s for s in spans if not _ambiguous(s)]
    return [s for s in spans if not _ambiguous(s) or _in_context(doc, s, vouched) or _listed_with_a_coin(doc, s, plain)]


_LIST_GLUE = {",", "and", "&", "or"}


def _listed_with_a_coin(doc: Doc, span: Span, plain: list[Span]) -> bool:
    """'Cardano and Avalanche', 'BNB, Avalanche and Polkadot': a capitalised name listed right
    beside a coin named plainly is a coin too."""
    if not span.text[:1].isupper():
        return False
    ends = {s.end for s in plain}
    starts = {s.start for s in plain}
    before = span.start - 1
    if before >= 0 and doc[before].lower_ in _LIST_GLUE and (before in ends or before - 1 >= 0 and doc[before - 1].text == "," and before - 1 in ends):
        return True  # "Cardano and Avalanche", "Cardano, and Avalanche"
    after = span.end
    return after < len(doc) and doc[after].lower_ in _LIST_GLUE and (after + 1 in starts or after + 2 in starts and doc[after + 1].lower_ == "and")
