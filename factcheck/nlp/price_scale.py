"""A price given to the wrong coin: 'a squeeze toward $98,000' in a paragraph about ether
and bitcoin is bitcoin's, '$2,720' in an ether story is not bitcoin's. Coins trade at
prices orders of magnitude apart, so the article's own levels for each coin tell which
coin a figure can belong to; a figure far from its coin's scale and near exactly one
other coin's is moved to that coin."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from statistics import median

from factcheck.model import Claim, ClaimKind, Comparator

_PRICED = {ClaimKind.price_level, ClaimKind.intraday_high, ClaimKind.intraday_low, ClaimKind.support,
           ClaimKind.resistance, ClaimKind.forecast}
_NEAR = 2.0  # a level within 2x of a coin's other levels in the article fits that coin
FAR = 10.0  # a level over 10x off every coin's levels in the article is no coin's price
_HELD = {ClaimKind.price_level, ClaimKind.intraday_high, ClaimKind.intraday_low}


def stated_levels(claims: list[Claim]) -> list[tuple[int, str, float]]:
    """(position, coin, value) of every USD level the article states as fact; forecasts
    are left out, as they are the figures most often given to the wrong coin."""
    return [(i, c.asset, c.value) for i, c in enumerate(claims)
            if c.kind in _PRICED and c.kind is not ClaimKind.forecast and c.asset and c.unit == "USD" and c.value is not None and c.value > 0]


def scale_of(levels: list[tuple[int, str, float]], asset: str, leave_out: int) -> float | None:
    """A coin's typical price in the article, from its levels other than the one being judged."""
    values = [v for i, a, v in levels if a == asset and i != leave_out]
    return median(values) if values else None


def fits_scale(value: float, scale: float | None) -> bool:
    return scale is not None and scale / _NEAR <= value <= scale * _NEAR


def other_coins_fitting(levels: list[tuple[int, str, float]], value: float, asset: str, leave_out: int) -> list[str]:
    """The coins other than `asset` whose price scale in the article `value` fits: when there is
    exactly one, a figure given to `asset` that does not fit its own scale is that coin's."""
    coins = {a for _, a, _ in levels}
    return [a for a in coins if a != asset and fits_scale(value, scale_of(levels, a, leave_out))]


def to_coin_of_its_scale(claims: list[Claim]) -> list[Claim]:
    """The claims, each USD level on the coin whose price scale it fits."""
    levels = stated_levels(claims)
    coins = {a for _, a, _ in levels}
    out = []
    for i, c in enumerate(claims):
        priced = c.kind in _PRICED and c.asset is not None and c.unit == "USD" and c.value is not None and c.value > 0
        own = scale_of(levels, c.asset, i) if priced and c.asset in coins else None
        if priced and not fits_scale(c.value, own) and (own is not None or c.kind is ClaimKind.forecast):
            others = other_coins_fitting(levels, c.value, c.asset, i)
            if len(others) == 1:
                c = c.model_copy(update={"asset": others[0]})
            elif not others and c.kind in _HELD and _off_scale(levels, c.asset, c.value):
                continue  # '$38' in a story with bitcoin at $91,000: another token's price, not bitcoin's
            elif not others and own is not None and _off_scale(levels, c.asset, c.value) and not names_coin(c.sentence, c.asset):
                # 'traders eye the $3,000 target' after a bitcoin paragraph, with ether named before: the
                # article's coin at its own scale is not bitcoin, and it does not say which coin it is
                c = c.model_copy(update={"asset": None})
        out.append(c)
    return out


@lru_cache(maxsize=1)
def _aliases() -> dict[str, re.Pattern[str]]:
    lexicon = json.loads((Path(__file__).resolve().parents[2] / "models" / "assets.json").read_text(encoding="utf-8"))
    return {coin: re.compile(r"(?<![\w$])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)",
                             re.IGNORECASE) for coin, words in lexicon.items() if isinstance(words, list) and words}


def names_coin(sentence: str, coin: str) -> bool:
    """Whether the sentence names the coin by one of its aliases (models/assets.json)."""
    pattern = _aliases().get(coin)
    return pattern is not None and bool(pattern.search(sentence))


def _off_scale(levels: list[tuple[int, str, float]], asset: str, value: float) -> bool:
    """Whether a level is over FAR times off the middle of all its coin's levels (itself
    included, so that of two levels the one far from the rest goes, not both)."""
    values = [v for _, a, v in levels if a == asset]
    middle = median(values)
    return not middle / FAR <= value <= middle * FAR


_HALF = 0.5  # a coin moving by half its price or more in one telling is a level misread as a move


def moves_at_level_scale(claims: list[Claim]) -> list[Claim]:
    """'Bitcoin shot up, popping $88,543': a dollar "move" at the coin's own price scale in
    the article is where it got to, not how far it went (a move of half the price or more is
    told in percent or multiples), so it becomes the level."""
    levels = stated_levels(claims)
    out = []
    for i, c in enumerate(claims):
        if c.kind is ClaimKind.price_change and c.unit == "USD" and c.asset is not None and c.value:
            scale = scale_of(levels, c.asset, i)
            if scale is not None and abs(c.value) >= scale * _HALF and fits_scale(abs(c.value), scale):
                c = c.model_copy(update={"kind": ClaimKind.price_level, "value": abs(c.value), "comparator": Comparator.at,
                                          "metric": "price"})
        out.append(c)
    return out


_LOSING = ("lost ", "loses ", "losing ", "lose ", "shed ", "sheds ", "shedding ")
_AMOUNT_BELOW = 3.0  # a level 'lost' under a third of the coin's price is an amount lost, not a level


def amounts_lost(claims: list[Claim]) -> list[Claim]:
    """'Ether lost $200 on Tuesday' with ether at $3,100: 'lost' names a level broken ('lost $3,000')
    only at the coin's scale; far under it, the figure is how much the coin lost, a move."""
    levels = stated_levels(claims)
    out = []
    for i, c in enumerate(claims):
        if c.kind is ClaimKind.price_level and c.comparator is Comparator.crossed_below and c.unit == "USD" \
                and c.asset is not None and c.value and c.text.lower().startswith(_LOSING):
            scale = scale_of(levels, c.asset, i)
            if scale is not None and c.value * _AMOUNT_BELOW < scale:
                c = c.model_copy(update={"kind": ClaimKind.price_change, "value": -abs(c.value), "comparator": Comparator.down,
                                          "metric": "change"})
        out.append(c)
    return out

