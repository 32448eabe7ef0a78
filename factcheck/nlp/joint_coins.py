"""One derivatives figure said of coins named together is each coin's: 'funding for BTC and ETH
touched 0.05%', 'open interest in both SOL and XRP fell', 'funding on SOL, XRP and a few large caps hit
the 0.12% line'.

The coins hang together from the metric ('funding for', 'open interest of/in') as one list, or stand
before it as its modifiers ('BTC and ETH funding rates are negative', 'a negative BTC and ETH funding
rate'); the reading comes once. Read alone, the figure falls to the first coin only. A coin that gets a reading
of its own in the sentence ('BTC funding at 0.01% and ETH's at 0.02%') keeps it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import claim_sentence, group, within

_JOINT_KINDS = {ClaimKind.funding_rate: "funding_rate", ClaimKind.open_interest: "open_interest"}
_OF = {"for", "of", "in", "on"}


def _listed_with(doc: Doc, first: Span, coins: dict[int, Span]) -> list[str]:
    """The coins joined to `first` by 'and' or commas (its conjuncts), in order."""
    out: list[str] = []
    todo: list[Token] = list(first.root.children)
    while todo:
        t = todo.pop(0)
        if t.dep_ == "conj":
            if t.i in coins and coins[t.i].label_ not in out:
                out.append(coins[t.i].label_)
            todo.extend(t.children)
    i = first.end  # the parser may hang 'and ETH' elsewhere: read the list as written
    while i + 1 < len(doc) and doc[i].lower_ in {",", "and", "&"}:
        nxt = coins.get(i + 1) if doc[i + 1].lower_ != "and" else coins.get(i + 2)
        if nxt is None:
            break
        if nxt.label_ not in out:
            out.append(nxt.label_)
        i = nxt.end
    return out


def _metric_owns(metric: Span, coin: Span) -> bool:
    """'funding for BTC', 'open interest (OI) of BTC', 'Open Interest for both BTC': the coin is the
    object of a preposition hanging from the metric's name."""
    prep = coin.root.head
    return coin.root.dep_ == "pobj" and prep.lower_ in _OF and (prep.head.i in range(metric.start, metric.end)
                                                                 or prep.head.head.i in range(metric.start, metric.end))


_GLUE = {",", "and", "&", "/"}


def coins_before(doc: Doc, start: int, coins: list[Span]) -> list[Span]:
    """The coins written as one list right before token `start` ('BTC and ETH funding', 'BTC, ETH
    and SOL open interest'), in order; none when a coin does not end right there."""
    ends = {a.end: a for a in coins}
    found: list[Span] = []
    i = start
    while (coin := ends.get(i)) is not None:
        found.insert(0, coin)
        i = coin.start
        while i > 0 and doc[i - 1].lower_ in _GLUE:
            i -= 1
        if i == coin.start:
            break
    return found


def with_joint_coins(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """Each coin of a list the metric is said of gets the figure the first coin got."""
    added: list[Claim] = []
    for c in claims:
        label = _JOINT_KINDS.get(c.kind)
        if label is None or c.asset is None or (sentence := claim_sentence(doc, c)) is None:
            continue
        coins = {t.i: a for a in within(doc, "assets", sentence) for t in a}
        words = doc.char_span(c.span[0], c.span[1], alignment_mode="expand")
        metrics = [m for m in group(doc, "metrics") if m.label_ == label and sentence.start <= m.start < sentence.end
                   and m.start <= words.end]
        for metric in metrics:
            before = [a.label_ for a in coins_before(doc, metric.start, list(dict.fromkeys(coins.values())))]
            first = next((a for a in coins.values() if a.label_ == c.asset and _metric_owns(metric, a)), None)
            if first is None and (len(before) < 2 or c.asset not in before):
                continue
            for coin in before if first is None else _listed_with(doc, first, coins):
                own = any(o.kind is c.kind and o.asset == coin and claim_sentence(doc, o) == sentence for o in claims)
                if coin != c.asset and not own:
                    added.append(c.model_copy(update={"asset": coin}))
            break
    return claims + added
