"""A record given to the wrong coin: "The token ... remains well short of its record of $3.65"
in an XRP story whose sentence also names "the fourth-largest cryptocurrency". A record sits
near its coin's prices in the article (rarely more than a few times them), so a record level far
from the scale of the coin it was given and near exactly one other coin's is that coin's; the
distance told with it in the same words ('well short of its record of $3.65') goes with it.
"""

from __future__ import annotations

from factcheck.model import Claim, ClaimKind, Comparator
from factcheck.nlp.price_scale import (
    FAR,
    fits_scale,
    other_coins_fitting,
    scale_of,
    stated_levels,
)

_NAMES = {"BTC": ("bitcoin",), "ETH": ("ether", "ethereum"), "SOL": ("solana",), "XRP": ("ripple",)}


def _named_in(asset: str, sentence: str) -> bool:
    words = sentence.lower()
    return asset.lower() in words or any(name in words for name in _NAMES.get(asset, ()))


def _record_level(claim: Claim) -> bool:
    return claim.kind is ClaimKind.all_time_high and claim.unit == "USD" and claim.value is not None and claim.value > 0 \
        and claim.asset is not None and claim.comparator is Comparator.at


def records_to_coin_of_their_scale(claims: list[Claim]) -> list[Claim]:
    """The claims, each USD record level (and the distance read from the same words) on the coin
    whose price scale it fits."""
    levels = stated_levels(claims)
    coins = {a for _, a, _ in levels}
    out = list(claims)
    dropped = {i for i, c in enumerate(claims) if _other_market(c, levels, i)}
    for i, c in enumerate(claims):
        if i in dropped:
            continue
        if not _record_level(c) or fits_scale(c.value, scale_of(levels, c.asset, i)):
            continue
        if c.asset not in coins and _named_in(c.asset, c.sentence):
            continue  # 'BNB rose to a record $1,370': a coin named beside its record, with no other level to judge by
        others = other_coins_fitting(levels, c.value, c.asset, i)
        if len(others) != 1:
            continue
        for n, o in enumerate(out):
            if n not in dropped and o.kind is ClaimKind.all_time_high and o.asset == c.asset and o.sentence == c.sentence \
                    and (n == i or o.span[0] < c.span[1] and c.span[0] < o.span[1]):
                out[n] = o.model_copy(update={"asset": others[0]})
    return [c for n, c in enumerate(out) if n not in dropped]


def _other_market(c: Claim, levels: list[tuple[int, str, float]], i: int) -> bool:
    """'propelled gold to a record high of more than $4,000' in a bitcoin story: a record over
    FAR times off its coin's prices in the article, and near no other coin's, is another market's."""
    if c.kind is not ClaimKind.all_time_high or c.unit != "USD" or c.asset is None or not c.value or c.value <= 0:
        return False
    scale = scale_of(levels, c.asset, i)
    if scale is None or scale / FAR <= c.value <= scale * FAR:
        return False
    return not other_coins_fitting(levels, c.value, c.asset, i)
