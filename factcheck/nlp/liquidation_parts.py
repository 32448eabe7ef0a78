"""Parts of the liquidations told the sentence before: 'Short traders lost around $457 million over the
day. OKX took the lion's share of these liquidations at over $241 million, followed by Binance at $116
million', '$105 million of ether shorts were liquidated. FTX accounts for the lion's share of the wipeout
with $62.74 million'.

Wraps break a total down by exchange in the next sentence and point back to it ('these liquidations',
'the wipeout') instead of naming its coin or side again. Read alone, each part would pass for the whole
market's, of both sides. A sentence that takes a share of the liquidations before ('the lion's share of',
'the bulk of', 'most of' + 'these'/'the' + a word for them) and names no coin of its own gives its smaller
figures the coin of the total before; a figure whose own words name no side takes that total's side.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import claim_sentence, group

_SHARES = {"share", "bulk", "majority", "most", "portion", "half", "chunk", "brunt"}
_POINTING = {"these", "those", "the", "this", "that"}
_WHOLES = {"liquidations", "liquidation", "wipeout", "wipe-out", "losses", "total", "flush", "positions", "washout", "sum",
           "figure", "purge"}
_SIDE_WORDS = {"long", "longs", "short", "shorts", "bulls", "bears", "bullish", "bearish"}
_MARKET_WORDS = {"across", "market-wide", "marketwide", "crypto-wide"}


def _takes_a_share(sentence: Span) -> bool:
    """'the lion's share of these liquidations', 'the bulk of the wipeout', 'most of those losses'."""
    words = [t.lower_ for t in sentence]
    for i, w in enumerate(words[:-3]):
        if w in _SHARES and words[i + 1] == "of" and words[i + 2] in _POINTING and words[i + 3] in _WHOLES:
            return True
    return False


def with_liquidation_parts(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """The claims, with the parts of a total told the sentence before given its coin and side."""
    sentences = list(doc.sents)
    liquidations = [c for c in claims if c.kind is ClaimKind.liquidations and c.value is not None]
    if not liquidations:
        return claims
    where = {id(c): claim_sentence(doc, c) for c in liquidations}
    out = list(claims)
    for i, sentence in enumerate(sentences[1:], start=1):
        if not _takes_a_share(sentence):
            continue
        if any(sentence.start <= a.start < sentence.end for a in group(doc, "assets")):
            continue  # the sentence names its own coin
        if any(t.lower_ in _MARKET_WORDS for t in sentence):
            continue
        before = sentences[i - 1]
        wholes = [c for c in liquidations if (s := where[id(c)]) is not None and s.start == before.start]
        if not wholes:
            continue
        whole = max(wholes, key=lambda c: c.value or 0)
        for c in liquidations:
            s = where[id(c)]
            if s is None or s.start != sentence.start or (c.value or 0) >= (whole.value or 0):
                continue
            update: dict[str, object] = {}
            if c.asset is None and whole.asset is not None:
                update["asset"] = whole.asset
            own_words = [t.lower_ for t in doc.char_span(c.span[0], c.span[1], alignment_mode="expand") or []]
            if c.side in {None, "total"} and whole.side in {"long", "short"} and not _SIDE_WORDS & set(own_words):
                update["side"] = whole.side
            if update:
                out[out.index(c)] = c.model_copy(update=update)
    return out
