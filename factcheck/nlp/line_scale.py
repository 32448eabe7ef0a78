"""A chart line given to the wrong coin: 'The price also slipped back under the 20-day EMA near
$92,600' after a paragraph about ether is bitcoin's line, as $92,600 is bitcoin's price scale. A
moving average or a band is drawn on the price, so its level is a price; when it lies far from
its coin's levels in the article and near exactly one other coin's, the line is that coin's, and
so is the position on it told in the same sentence ('slipped back under the 20-day EMA')."""

from __future__ import annotations

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.price_scale import (
    fits_scale,
    other_coins_fitting,
    scale_of,
    stated_levels,
)

_LINES = {"sma", "ema", "bollinger"}


def lines_to_coin_of_their_scale(claims: list[Claim]) -> list[Claim]:
    levels = stated_levels(claims)
    coins = {a for _, a, _ in levels}
    moved: dict[tuple[str, str, int | None], str] = {}  # (sentence, metric, period) -> the coin the line's level fits
    for c in claims:
        if c.kind is not ClaimKind.indicator or c.metric not in _LINES or c.unit != "USD" or not c.value or c.asset not in coins:
            continue
        if fits_scale(c.value, scale_of(levels, c.asset, -1)):
            continue
        others = other_coins_fitting(levels, c.value, c.asset, -1)
        if len(others) == 1:
            moved[(c.sentence, c.metric, c.period)] = others[0]
    if not moved:
        return claims
    return [c.model_copy(update={"asset": moved[(c.sentence, c.metric, c.period)]})
            if c.kind is ClaimKind.indicator and (c.sentence, c.metric, c.period) in moved else c for c in claims]
