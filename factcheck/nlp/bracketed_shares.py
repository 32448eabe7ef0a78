"""A share written in brackets beside a figure: '$354 million (21.1%) in liquidations', 'long
positions accounted for $80 million (19.6%)', 'Binance, with $681 million (accounting for 40.5%)';
or the figure restated in the outlet's own currency or in coins: '$1.68 billion (around 2.4 trillion
won) of leveraged positions were liquidated', '$75 million (113,000 ETH) lost to liquidations'.

Exchange and data-feed digests put each figure's share of the total right after it. The brackets
do not part the figure from the metric words that follow them, and the share is the figure's own:
a side's share of the liquidations when the figure is a side's, no claim of its own otherwise.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

# words a bracketed share may hold beside its percent
_SHARE_WORDS = {"accounting", "for", "or", "of", "the", "total", "about", "around", "approximately", "roughly", "nearly",
                "some", "~", "representing", "all"}
# '$1.68 billion (around 2.4 trillion won) of positions': the same sum restated in the outlet's currency
_OTHER_MONEY = {"won", "krw", "yen", "jpy", "rupees", "inr", "yuan", "cny", "rmb"}
_SCALES = {"million", "billion", "trillion", "thousand", "lakh", "crore"}
_COIN_WORDS = {"bitcoin", "bitcoins", "ether", "btc", "eth"}
_SHORT_NUMBER = re.compile(r"\d[\d,.]*[kKmM]?")


def bracketed_share(doc: Doc, start: int) -> Span | None:
    """The brackets opening at `start` when they hold one percentage and share words only."""
    if start >= len(doc) or doc[start].text != "(":
        return None
    close = next((t.i for t in doc[start + 1 : min(len(doc), start + 8)] if t.text == ")"), None)
    if close is None:
        return None
    inside = doc[start + 1 : close]
    percents = [t for t in inside if t.text == "%" or t.lower_ == "percent"]
    numbers = [t for t in inside if _number(t) and t.lower_ not in _SCALES]
    currency = [t for t in inside if t.lower_ in _OTHER_MONEY or _coins(t)]
    if len(numbers) != 1 or len(percents) + len(currency) != 1:
        return None
    if not all(_number(t) or t.text == "%" or t.lower_ in _SHARE_WORDS | _OTHER_MONEY | _SCALES | {"percent", "k"} or _coins(t)
               for t in inside):
        return None
    return doc[start : close + 1]


def _number(token) -> bool:
    return token.like_num or bool(_SHORT_NUMBER.fullmatch(token.text))


def _coins(token) -> bool:
    """A coin the sum is restated in: '$75 million (113,000 ETH)', '$16.5 billion (or 337.36k BTC)'."""
    return token.lower_ in _COIN_WORDS or token.is_upper and token.is_alpha and 2 <= len(token) <= 6


def share_tokens(doc: Doc, start: int, end: int) -> set[int]:
    """Positions of the tokens of bracketed shares between `start` and `end`."""
    found: set[int] = set()
    i = start
    while i < end:
        share = bracketed_share(doc, i)
        if share is not None and share.end <= end:
            found.update(range(share.start, share.end))
            i = share.end
        else:
            i += 1
    return found


def share_after(doc: Doc, figure: Span, quantity: Span) -> bool:
    """`quantity` is a share written right after `figure`: in brackets ('$80 million (19.6%)') or
    after 'or' ('$221 million, or 32.5%', '$160.9 million—or a striking 69.7%')."""
    between = [t.lower_ for t in doc[figure.end : quantity.start]]
    if between and between[0] == "(":
        share = bracketed_share(doc, figure.end)
        return share is not None and share.start < quantity.start < share.end
    words = [t for t in doc[figure.end : quantity.start] if t.text not in {",", "—", "–", "-"}]
    # "$221 million, or 32.5%", "$160.9 million—or a striking 69.7%": 'or', then at most a few words of degree
    return bool(words) and words[0].lower_ == "or" and len(words) <= 4 \
        and all(t.pos_ in {"DET", "ADJ", "ADV"} or t.lower_ in _SHARE_WORDS for t in words[1:])
