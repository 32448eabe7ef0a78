"""In an article about one altcoin, liquidation figures that name no coin are that coin's:
'XRP open interest hit a record ... The rekt data shows $2.1M liquidated in the last hour and $9.8M
over the day', 'Cardano rallied 9% ... short positions worth $6 million were liquidated'.

A story on a single coin's derivatives gives the coin once, in its headline figures, and tells the
liquidations without naming it again; read alone those sums would pass for the whole market's.
Only where the article names no other coin at all, and the figure's sentence names neither a coin,
an exchange nor the market ('across crypto', 'total crypto liquidations'), which keep their own reading.
Bitcoin and ether stories are left alone: they quote the whole market's liquidations as their backdrop
('the long liquidation amounted to $583 million' in an ether story is the market's), where an altcoin's
derivatives story quotes the coin's own rekt data.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import claim_sentence, group
from factcheck.nlp.liquidated_coin import coins_named, market_wide

_LIQUIDATIONS = {ClaimKind.liquidations, ClaimKind.liquidation_imbalance}
_MENTIONS_AT_LEAST = 2  # a coin named once may only be an aside of a market story
_MARKET_LEADERS = {"BTC", "ETH"}


def _only_coin(doc: Doc) -> str | None:
    """The one coin the article names, if it names exactly one, at least twice, and it is no market leader."""
    labels = [a.label_ for a in group(doc, "assets")]
    one = len(set(labels)) == 1 and len(labels) >= _MENTIONS_AT_LEAST
    return labels[0] if one and labels[0] not in _MARKET_LEADERS else None


def with_single_coin_liquidations(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """Unowned liquidation figures of a one-coin article, given that coin."""
    if not any(c.kind in _LIQUIDATIONS and c.asset is None for c in claims):
        return claims
    coin = _only_coin(doc)
    if coin is None:
        return claims
    out = []
    for c in claims:
        if c.kind in _LIQUIDATIONS and c.asset is None and c.venue is None:
            sentence = claim_sentence(doc, c)
            if sentence is not None and not coins_named(doc, sentence) and not market_wide(sentence):
                c = c.model_copy(update={"asset": coin})
        out.append(c)
    return out
