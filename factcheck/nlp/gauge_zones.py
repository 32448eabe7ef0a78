"""A zone said of the Fear & Greed index is the index's, not an RSI's: 'A month ago, it was at 42,
placing it in neutral territory', 'the index now sits in neutral territory'. A bare zone is read as
RSI's by default; where no oscillator is named and the sentence, or the one before, reads the
sentiment gauge, the zone goes to the gauge: onto its reading in the same sentence (a value and its
label are one claim), or as a zone of its own. A zone of the gauge read apart from its value in one
sentence ('sits at a value of 19, indicating ... extreme fear') joins the value likewise."""

from __future__ import annotations

import re

from factcheck.model import Claim, ClaimKind, Comparator

_OSCILLATORS = re.compile(
    r"\b(?:RSI|relative strength|stochastic|MACD|oscillator|moving average|SMA|EMA|MFI|money flow|CCI|Williams|momentum indicator)\b",
    re.IGNORECASE,
)
_GAUGE_ZONES = {"neutral", "fear", "greed", "extreme fear", "extreme greed"}


def zones_of_the_gauge(claims: list[Claim]) -> list[Claim]:
    """The claims with a bare zone next to a sentiment reading given to the sentiment gauge."""
    readings = [c for c in claims if c.kind is ClaimKind.sentiment_index]
    if not readings:
        return claims
    sentences = list(dict.fromkeys(c.sentence for c in claims))
    zoned: dict[int, str] = {}  # a reading's id -> the zone its sentence gives it
    turned: dict[int, Claim] = {}  # a zone claim's id -> what it becomes (None: merged into a reading)
    for claim in claims:
        if not _bare_zone(claim) or _OSCILLATORS.search(claim.sentence):
            continue
        here = [r for r in readings if r.sentence == claim.sentence]
        at = sentences.index(claim.sentence)
        if not here and not (at > 0 and any(r.sentence == sentences[at - 1] for r in readings)):
            continue
        reading = next((r for r in here if r.value is not None and id(r) not in zoned
                        and (r.zone is None or r.zone in (claim.zone or ""))), None)  # 'fear' read where 'extreme fear' was written
        if reading is not None:  # '... it was at 42, placing it in neutral territory': one claim
            zoned[id(reading)] = claim.zone or ""
            turned[id(claim)] = reading
            continue
        if claim.kind is ClaimKind.sentiment_index:
            continue  # the gauge's own zone, with no value beside it to join
        turned[id(claim)] = claim.model_copy(update={"kind": ClaimKind.sentiment_index, "metric": "fear_greed", "asset": None,
                                                      "comparator": Comparator.at, "period": None, "timeframe": None})
    out: list[Claim] = []
    for claim in claims:
        if id(claim) in zoned:
            out.append(claim.model_copy(update={"zone": zoned[id(claim)]}))
        elif id(claim) in turned:
            if turned[id(claim)].kind is ClaimKind.sentiment_index and turned[id(claim)] is not claim \
                    and id(turned[id(claim)]) not in zoned:
                out.append(turned[id(claim)])
        else:
            out.append(claim)
    return out


_MOVING = re.compile(r"\b(?:from|out of|toward|towards|into|left|leaves|exit(?:ed|s)?|back)\b", re.IGNORECASE)


def _bare_zone(claim: Claim) -> bool:
    if claim.value is not None or claim.zone not in _GAUGE_ZONES:
        return False
    if claim.kind is ClaimKind.indicator:
        return claim.comparator is Comparator.at
    return claim.kind is ClaimKind.sentiment_index and not _MOVING.search(claim.text)


_LEGEND = re.compile(r"\(\s*(\d{1,3})\s*(?:-|–|—|to)\s*(\d{1,3})\s*\)")


_EXTREMES = r"[\"“'‘]?extreme (?:fear|greed)[\"”'’]?"
# 'bands that range from extreme fear to extreme greed', 'a scale from "Extreme Fear" to "Extreme Greed"':
# the two ends of the gauge's scale, which the gauge does not read
_SCALE = re.compile(r"\b(?:rang(?:e|es|ing)|scale|spectrum|categor(?:y|ies)|zones|goes|runs)\b(?:\W+\w+){0,4}?\W+from\s+"
                    + _EXTREMES + r"\s+(?:to|through|and)\s+" + _EXTREMES, re.IGNORECASE)


def without_zone_legends(claims: list[Claim], text: str) -> list[Claim]:
    """Drop gauge readings that are the bounds of a zone in its legend: 'Extreme Greed (76-100):
    frequently marks a local top', 'Fear (25–44)', and the zones named as the ends of the scale
    ('categories ranging from extreme fear to extreme greed'). A page explaining the gauge defines
    its bands; the gauge read nothing there."""
    scales = [m.span() for m in _SCALE.finditer(text)]
    if scales:
        claims = [c for c in claims if not (c.kind is ClaimKind.sentiment_index and c.value is None
                                            and any(lo <= c.span[0] < hi for lo, hi in scales))]
    legends = [m.span() for m in _LEGEND.finditer(text)]
    if not legends:
        return claims
    return [c for c in claims if not (c.kind in {ClaimKind.sentiment_index, ClaimKind.indicator} and c.value is not None
                                      and any(lo < c.span[1] <= hi for lo, hi in legends))]  # the reading ends inside a legend
