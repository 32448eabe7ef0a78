"""An indicator reading the article expects is a forecast, not a reading to check now: "the daily
RSI could fall to 30 if selling continues", "a slide that might drag the RSI down to 25". Checked
against today's RSI it reads as wrong; it is scored, like any call, once its horizon has passed
(corpus/README: a target, with or without a number, is a `forecast`).
"""

from __future__ import annotations

from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality
from factcheck.nlp.timeref import resolve

_EXPECTED = {Modality.forecast, Modality.conditional}
_TARGET_SIDE = {Comparator.crossed_above: Comparator.above, Comparator.crossed_below: Comparator.below}


def indicator_calls(article: Article, claims: list[Claim]) -> list[Claim]:
    """The claims with each indicator reading told as expected made a forecast of that reading."""
    return [c.model_copy(update={
        "kind": ClaimKind.forecast, "comparator": _TARGET_SIDE.get(c.comparator, c.comparator), "unit": None,
        "time": resolve(article, "horizon", None),
    }) if c.kind is ClaimKind.indicator and c.modality in _EXPECTED and c.value is not None and c.unit != "USD" else c for c in claims]
