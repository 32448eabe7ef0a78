"""A coin's liquidations split by side after its total: 'Ether led the altcoins with a total
liquidation of $86 million. Long traders saw $45 million wiped out, with shorts accounting for
$41 million', 'About $2.1 billion in Bitcoin positions were liquidated; long positions took $300,000
of it and short positions $2 million'.

The coin is named once, with its total; the side figures after it name no coin of their own, and
are that coin's, in the same sentence or in the next one when that sentence names no coin and no
market-wide total and the coin's sides were not told with its total. A coin fronted by 'for' ('For
Ethereum, the long liquidation amount was $176 million') is what its sentence's figures are about. Read figure by figure they would pass for the whole market's sides.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import claim_sentence, group

# words by which a figure is said of the whole market, not of the coin named before it
_MARKET_WORDS = {"across", "market", "market-wide", "marketwide", "crypto", "cryptocurrency", "overall", "all", "entire",
                 "broader", "total", "exchanges", "altcoins"}
_SIDED = {"long", "short"}



def _coins_in(doc: Doc, start: int, end: int) -> set[str]:
    return {a.label_ for a in group(doc, "assets") if start <= a.start < end}


def _market_words(doc: Doc, start: int, end: int) -> bool:
    """Market-wide words between two token positions; 'a total of' only sums a figure."""
    for t in doc[start:end]:
        if t.lower_ == "total" and t.i > 0 and doc[t.i - 1].lower_ == "a":
            continue
        if t.lower_ in _MARKET_WORDS:
            return True
    return False


_FRONTING = {"for", "as", "among", "in"}
_OPENERS = {"specifically", "meanwhile", "separately", "in", "particular", "individually", ","}


def _fronted_coin(doc: Doc, sentence: Span) -> str | None:
    """'Specifically, for Ethereum, the long liquidation amount was $176 million': a coin fronted
    by 'for' (or 'as for') and a comma is what the sentence's figures are about."""
    i = sentence.start
    while i < sentence.end and doc[i].lower_ in _OPENERS and not (doc[i].lower_ == "in" and i + 1 < sentence.end
                                                                   and doc[i + 1].lower_ != "particular"):
        i += 1
    if i >= sentence.end or doc[i].lower_ not in _FRONTING:
        return None
    if doc[i].lower_ == "as":
        i += 1
        if i >= sentence.end or doc[i].lower_ != "for":
            return None
    coin = next((a for a in group(doc, "assets") if a.start == i + 1), None)
    if coin is None or coin.end >= sentence.end or doc[coin.end].text != ",":
        return None
    return coin.label_ if _coins_in(doc, sentence.start, sentence.end) == {coin.label_} else None


def with_coin_sides(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """Side figures of liquidations with no coin take the coin whose total opened the account."""
    liquidations = sorted((c for c in claims if c.kind is ClaimKind.liquidations), key=lambda c: c.span)
    if not liquidations:
        return claims
    placed: dict[int, Span] = {}
    for c in liquidations:
        sentence = claim_sentence(doc, c)
        if sentence is not None:
            placed[id(c)] = sentence
    changed: dict[int, str] = {}
    for c in liquidations:
        if c.asset is None and c.meaning is None and id(c) in placed and (coin := _fronted_coin(doc, placed[id(c)])) is not None:
            changed[id(c)] = coin  # "For Ethereum, long liquidations came to $176 million"
    for i, c in enumerate(liquidations):
        if id(c) in changed:
            continue
        if c.asset is not None or c.side not in _SIDED or c.meaning is not None or id(c) not in placed:
            continue
        sentence = placed[id(c)]
        start = doc.char_span(c.span[0], c.span[1], alignment_mode="expand").start
        before = [o for o in liquidations[:i] if id(o) in placed and placed[id(o)].start == sentence.start]
        opener = next((o for o in reversed(before) if o.asset is not None and o.side == "total"), None)
        if opener is not None:
            at = doc.char_span(opener.span[0], opener.span[1], alignment_mode="expand").end
            later = [o for o in before if o.span > opener.span]
            if not _coins_in(doc, at, start) - {opener.asset} and not _market_words(doc, at, start) \
                    and all(o.asset in {None, opener.asset} and o.side != "total" for o in later):
                changed[id(c)] = opener.asset
            continue
        if _coins_in(doc, sentence.start, sentence.end) or _market_words(doc, sentence.start, sentence.end) \
                or any(o.asset is None and o.side == "total" for o in before):
            continue
        if sentence.start == 0:
            continue
        previous = doc[sentence.start - 1].sent
        told = [o for o in liquidations if id(o) in placed and placed[id(o)].start == previous.start]
        coins = {o.asset for o in told}
        if len(coins) == 1 and None not in coins and _coins_in(doc, previous.start, previous.end) == coins \
                and told and all(o.side == "total" for o in told):  # the coin's sides not told yet
            changed[id(c)] = coins.pop()  # "Ether ... $86 million. Long traders saw $45 million, ..."
    if not changed:
        return claims
    return [c.model_copy(update={"asset": changed[id(c)]}) if id(c) in changed else c for c in claims]
