"""What a liquidation figure is, read from its words so verification need not read them:
positions at risk on a liquidation map (`Claim.meaning`), and a side said to have taken
most of them (`Claim.led`). The words are data, in models/patterns/liquidation_words.json."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from factcheck.model import Claim, ClaimKind
from factcheck.nlp.components import PATTERNS

_LIQUIDATIONS = {ClaimKind.liquidations, ClaimKind.liquidation_imbalance}


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads((PATTERNS / "liquidation_words.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(_data()["map"]), tuple(_data()["led"])


_CLEARED_AT_LEAST = 1e6  # dollars; a smaller figure beside a verb of clearing alone is most often a price


def _clears_positions(claim: Claim) -> bool:
    """A figure under a million read as liquidations from a verb of clearing ('wiped out', 'flushed
    out') is liquidations only where the sentence speaks of positions, leverage or liquidations:
    'bitcoin wiped out its weekly gains, falling to $88,000' clears none."""
    if claim.kind is not ClaimKind.liquidations or claim.value is not None and claim.value >= _CLEARED_AT_LEAST:
        return True  # '$450 million was wiped out across crypto': a sum that size is the positions'
    sentence = claim.sentence.lower()
    if claim.value is not None and any(_figure(m) == claim.value for m in _DESTINATION.finditer(sentence)):
        return False  # 'the drop to $70,000 wiped out longs': the figure is where the price went, not a sum cleared
    return any(w in sentence for w in _data()["positions"])


_DESTINATION = re.compile(r"\b(?:to|toward|towards)\s+(?:about |around |near |roughly |just )?\$\s?(\d[\d,]*(?:\.\d+)?)\s*(k\b)?")


def _figure(match: re.Match[str]) -> float:
    return float(match.group(1).replace(",", "")) * (1e3 if match.group(2) else 1.0)


def _on_map(claim: Claim, imbalance_sentences: list[str]) -> bool:
    """The words around the figure describe positions at risk, not liquidations."""
    map_words, _ = _words()
    sentences = [claim.sentence.lower()]
    if claim.kind is ClaimKind.liquidation_imbalance:
        sentences += imbalance_sentences
    return any(w in s for s in sentences for w in map_words)


_SIDES = {"long": re.compile(r"\blongs?\b"), "short": re.compile(r"\bshorts?\b")}


def _led(claim: Claim) -> str | None:
    """The side said to have taken most of the liquidations: an imbalance's own side; else, where
    the sentence says one side took the larger share ('longs made up most of the $1.2 billion',
    'long positions accounted for the majority, with $480 million'), the figure's side or the one
    side the sentence names. '$297 million of it shorts' only says how much, and leads nothing."""
    sided = claim.side if claim.side in ("long", "short") else None
    if claim.kind is ClaimKind.liquidation_imbalance:
        return sided
    _, led_words = _words()
    sentence = claim.sentence.lower()
    words = " " + " ".join(re.findall(r"[a-z]+", sentence))
    if not any(f" {w}" in words for w in led_words):
        return None
    named = [side for side, pattern in _SIDES.items() if pattern.search(sentence)]
    return sided or (named[0] if len(named) == 1 else None)


def _price_on_map(claim: Claim) -> bool:
    """'Liquidation heatmap points to $94K', 'short liquidations near $95,000': on a map a dollar
    figure under a million is a price the positions sit at, not the positions' size."""
    return claim.kind is ClaimKind.liquidations and claim.unit == "USD" and claim.value is not None \
        and claim.value < _CLEARED_AT_LEAST


def with_liquidation_words(claims: list[Claim], sentences: list[str], dominant: str | None = None) -> list[Claim]:
    """Each liquidation claim with what its words, and the article's `sentences`, say it is. A map
    is drawn on one coin's price axis: positions at risk with no coin named are the article's
    `dominant` coin's (an imbalance of the map's sides may be the market's, and keeps its own reading)."""
    if not any(c.kind in _LIQUIDATIONS for c in claims):
        return claims
    imbalance = [s.lower() for s in sentences if "imbalance" in s.lower()]
    out = []
    for claim in claims:
        if not _clears_positions(claim):
            continue
        if claim.kind in _LIQUIDATIONS:
            on_map = _on_map(claim, imbalance)
            if on_map and _price_on_map(claim):
                continue
            claim = claim.model_copy(update={"meaning": "liquidation_map" if on_map else None, "led": _led(claim),
                                             "asset": claim.asset or (dominant if on_map and claim.kind is ClaimKind.liquidations else None)})
        out.append(claim)
    return out
