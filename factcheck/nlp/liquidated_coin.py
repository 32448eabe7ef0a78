"""The coin whose positions a sentence says were hit owns the liquidation figures of the next one:
'Solana longs took a beating overnight. Long liquidations reached $41 million while shorts lost $3
million', 'Traders closed out their Ether positions in droves. The total liquidated came to $90 million'.

Outlets name the coin once, in a sentence with no figure ('Dogecoin traders got caught out', 'leveraged
long XRP bets are hurting'), and give the sums in the next sentence without naming it again.
Read alone, those sums would pass for the whole market's. The next sentence keeps no coin of its own
when it names a coin, an exchange or the market ('across crypto', 'market-wide'), or when the sentence
before told liquidation figures of its own; a sentence before that names two coins decides nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import claim_sentence, within
from factcheck.nlp.markets import exchanges_in

_LIQUIDATIONS = {ClaimKind.liquidations, ClaimKind.liquidation_imbalance}
# words by which a figure is said of the whole market ('total' and 'all' are not: 'the total liquidated',
# 'nearly all of it longs' sum the coin's own)
_MARKET = {"across", "market", "market-wide", "marketwide", "crypto", "cryptocurrency", "cryptocurrencies",
           "overall", "entire", "exchanges", "venues", "broader", "whole", "altcoins", "altcoin", "coins", "tokens",
           "assets", "sector", "industry"}
# what a coin owns when its holders are hit: 'Ether positions', 'XRP traders', 'Solana contracts', 'BTC longs'
_HELD = re.compile(r"^(positions?|traders?|longs?|shorts?|contracts?|bets?|futures|perps?|perpetuals?|holders?|"
                   r"bulls?|bears?|liquidations?|leverage|speculators?)$")
_HIT = re.compile(r"liquidat|wipe-?outs?$|flush|rekt")
_SAW = {"see", "experience", "suffer", "record", "register", "log", "take", "endure", "face", "post"}
_ONE_ORDER = re.compile(r"\bsingle\b|\border\b")


def coins_named(doc: Doc, sentence: Span) -> set[str]:
    """The coins a sentence names: a liquidation there is theirs, not one guessed from context."""
    return {a.label_ for a in within(doc, "assets", sentence)}


def _holders_hit(doc: Doc, sentence: Span) -> str | None:
    """The one coin a sentence names as the owner of positions ('long Cardano positions', 'BNB
    traders', 'traders in Avalanche contracts') or as having seen liquidations ('Litecoin saw heavy
    liquidations too'), in a sentence that speaks of positions being hit. A coin that only moved
    ('Bitcoin fell, triggering liquidations') owns nothing, nor does one order ('a single $6 million SOL
    long was the day's biggest')."""
    coins = within(doc, "assets", sentence)
    if len({a.label_ for a in coins}) != 1 or _ONE_ORDER.search(sentence.text.lower()):
        return None
    for coin in coins:
        near = doc[max(sentence.start, coin.start - 1) : min(sentence.end, coin.end + 2)]
        if any(_HELD.match(t.lower_) for t in near if not (coin.start <= t.i < coin.end)):
            return coin.label_
        verb = coin.root.head
        if coin.root.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_.lower() in _SAW \
                and any(_HIT.match(t.lower_) for t in verb.children if t.dep_ == "dobj"):
            return coin.label_
    return None


def market_wide(sentence: Span) -> bool:
    """A sentence about the whole market or a venue ('across crypto', 'on Binance'): its liquidations are no one coin's."""
    return any(t.lower_ in _MARKET for t in sentence) or bool(exchanges_in(sentence.text))


def with_liquidated_coin(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """Liquidation figures of a sentence that names no coin take the coin whose holders the sentence
    before said were hit."""
    placed = {id(c): s for c in claims if c.kind in _LIQUIDATIONS and (s := claim_sentence(doc, c)) is not None}
    changed: dict[int, str] = {}
    for c in claims:
        if id(c) not in placed or c.asset is not None or c.meaning is not None or c.venue is not None:
            continue
        sentence = placed[id(c)]
        if sentence.start == 0 or coins_named(doc, sentence) or market_wide(sentence):
            continue
        before = doc[sentence.start - 1].sent
        told = [o for o in claims if id(o) in placed and placed[id(o)].start == before.start]
        if told:
            continue  # the sentence before told its own figures: whose they are is read there
        if (coin := _holders_hit(doc, before)) is not None:
            changed[id(c)] = coin
    if not changed:
        return claims
    return [c.model_copy(update={"asset": changed[id(c)]}) if id(c) in changed else c for c in claims]
