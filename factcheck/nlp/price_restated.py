"""A price restated with fewer decimals: a headline's 'climbs to $145' over the body's 'trading
at $145.4'. Both are the same reading of the coin; the shorter one repeats the precise one, so it
is no claim of its own (corpus/README: restatements are not listed twice) and would otherwise be
checked, and counted, twice. A figure written at another scale ('nearly $46K' in a headline,
'$45,707' in the body) is left alone: it is often told of another moment."""

from __future__ import annotations

from factcheck.model import Claim, ClaimKind, Comparator


def _written_step(claim: Claim) -> float:
    """The precision a figure was written at: 1 for '$145', 0.1 for '$145.4', 1,000 for '$71K'."""
    return claim.magnitude * 10.0 ** -claim.decimals


def _rounds_to(rounder: Claim, precise: Claim) -> bool:
    if rounder.magnitude != precise.magnitude:
        return False
    step = _written_step(rounder)
    return step > _written_step(precise) and precise.value is not None and rounder.value is not None \
        and abs(precise.value - rounder.value) <= step / 2


def _level(claim: Claim) -> bool:
    return claim.kind is ClaimKind.price_level and claim.comparator is Comparator.at and claim.value is not None


def without_rounder_restatements(claims: list[Claim]) -> list[Claim]:
    """The claims, less each price level that a more precise level of the same coin, in the same
    currency, rounds to."""
    levels = [c for c in claims if _level(c)]
    return [c for c in claims if not (_level(c) and any(
        o is not c and o.asset == c.asset and o.unit == c.unit and _rounds_to(c, o) for o in levels))]
