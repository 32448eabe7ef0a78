"""'The Fear & Greed Index sits at 17 ... as sentiment slides back into extreme fear': the zone
named apart from the reading, in another sentence (a headline, a summary), is the same reading told
again when a reading of the same moment falls in that zone (corpus/README: restatements are not
listed twice). A zone of another moment ('in June it hit 9', 'has been in extreme fear for six
weeks' told as a window) or a zone the readings do not fall in stays a claim of its own.
"""

from __future__ import annotations

from factcheck.fear_greed_classes import classify_fear_greed
from factcheck.model import Claim, ClaimKind, Comparator


def _zone_of(reading: Claim) -> str | None:
    if reading.zone:
        return reading.zone.lower()
    if reading.value is None or reading.comparator is not Comparator.at or not 0 <= reading.value <= 100:
        return None
    return classify_fear_greed(int(reading.value)).lower()


def _same_moment(reading: Claim, zone: Claim) -> bool:
    """The zone's moment is the reading's: the same instant, or an instant inside the reading's day
    or window ('reads 81 this morning', then 'firmly in extreme greed')."""
    a, b = reading.time, zone.time
    if (a.start, a.end, a.kind) == (b.start, b.end, b.kind):
        return True
    return b.kind == "instant" and b.start is not None and a.start is not None and a.end is not None and a.start <= b.start <= a.end


def without_zone_restatements(claims: list[Claim]) -> list[Claim]:
    """The claims, less each bare Fear & Greed zone that a reading of the same moment already gives."""
    readings = [c for c in claims if c.kind is ClaimKind.sentiment_index and c.value is not None and c.metric == "fear_greed"]
    if not readings:
        return claims
    return [c for c in claims if not (
        c.kind is ClaimKind.sentiment_index and c.value is None and c.comparator is Comparator.at and c.zone
        and any(r.sentence != c.sentence and r.asset == c.asset and _same_moment(r, c) and _zone_of(r) == c.zone.lower()
                for r in readings))]
