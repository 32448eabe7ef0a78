"""What a liquidation figure is, read from its words so verification need not read them:
positions at risk on a liquidation map (`Claim.meaning`), and a side said to have taken
most of a total (`Claim.side_led`). The words are data, in models/patterns/liquidation_words.json."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import PATTERNS

_LIQUIDATIONS = {ClaimKind.liquidations, ClaimKind.liquidation_imbalance}


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = json.loads((PATTERNS / "liquidation_words.json").read_text(encoding="utf-8"))
    return tuple(data["map"]), tuple(data["led"])


def _on_map(claim: Claim, imbalance_sentences: list[str]) -> bool:
    """The words around the figure describe positions at risk, not liquidations."""
    map_words, _ = _words()
    sentences = [claim.sentence.lower()]
    if claim.kind is ClaimKind.liquidation_imbalance:
        sentences += imbalance_sentences
    return any(w in s for s in sentences for w in map_words)


def _led(claim: Claim) -> bool:
    """An imbalance with a side says its side led by itself; '$297 million of it shorts' only says how much."""
    if claim.side not in ("long", "short"):
        return False
    _, led_words = _words()
    words = " " + " ".join(re.findall(r"[a-z]+", claim.sentence.lower()))
    return claim.kind is ClaimKind.liquidation_imbalance or any(f" {w}" in words for w in led_words)


def with_liquidation_words(claims: list[Claim], sentences: list[str]) -> list[Claim]:
    """Each liquidation claim with what its words, and the article's `sentences`, say it is."""
    if not any(c.kind in _LIQUIDATIONS for c in claims):
        return claims
    imbalance = [s.lower() for s in sentences if "imbalance" in s.lower()]
    out = []
    for claim in claims:
        if claim.kind in _LIQUIDATIONS:
            claim = claim.model_copy(update={"meaning": "liquidation_map" if _on_map(claim, imbalance) else None,
                                             "side_led": _led(claim)})
        out.append(claim)
    return out
