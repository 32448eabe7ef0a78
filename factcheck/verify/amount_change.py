"""Totals that changed by an amount of money: "open interest fell by $2 billion",
"$811 million of open interest evaporated", "market cap shed $90 billion",
"volume rose by $5 billion".

Such an amount is the same claim as the percent change it makes of the total it
started from, so it gets that metric's percent-change tolerance, applied to the
starting total (open interest ±1.5 points, volume ±10, a market cap the price's
±0.5), or the rounding of the figure as written when coarser ("$2 billion" covers
$1.5–2.5 billion, at most 10% of the amount either way). A change of the wrong
sign is inaccurate; the right sign within the metric's wider band, imprecise.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.formatting import usd
from factcheck.model import Claim, Comparator, Verdict
from factcheck.verify.tolerance import written_unit

ROUNDING_SHARE = 0.10  # the rounding of a written amount covers at most 10% of it


@dataclass(frozen=True)
class ChangeBands:
    """A metric's percent-change tolerances, in percentage points of the starting total."""

    supported: float
    imprecise: float


def is_amount_change(claim: Claim) -> bool:
    """A change told in dollars (signed value, `up`/`down`), not a level."""
    return (claim.unit == "USD" and claim.value is not None
            and (claim.comparator in {Comparator.up, Comparator.down} or claim.metric.endswith("_change")))


def written_amount(claim: Claim) -> float:
    """The signed amount: 'fell by $2 billion' is -2e9 whether or not the sign was stored."""
    assert claim.value is not None
    return -abs(claim.value) if claim.comparator is Comparator.down else claim.value


def amount_tolerance(claim: Claim, base: float, bands: ChangeBands) -> float:
    """Dollars either side of the written amount that still support it."""
    amount = abs(written_amount(claim))
    rounding = min(0.5 * written_unit(claim, amount), ROUNDING_SHARE * amount)
    return max(bands.supported / 100 * abs(base), rounding)


def amount_grade(actual: float, claim: Claim, base: float, bands: ChangeBands) -> Verdict:
    """Grade a recomputed change (dollars) against the written one, both measured on `base`."""
    written = written_amount(claim)
    distance = abs(actual - written)
    tol = amount_tolerance(claim, base, bands)
    if distance <= tol:
        return Verdict.supported
    if actual * written < 0:
        return Verdict.inaccurate
    if distance <= max(bands.imprecise / 100 * abs(base), tol):
        return Verdict.imprecise
    return Verdict.inaccurate


def describe_amount(claim: Claim, base: float, bands: ChangeBands) -> str:
    tol = amount_tolerance(claim, base, bands)
    return (f"±{usd(tol)} (the larger of {bands.supported:g}% of the starting {usd(base)} and the rounding written); "
            f"the right sign within {bands.imprecise:g}% of it: imprecise")


def said_change(actual: float, base: float) -> str:
    """'-$1.20 billion (-14.6%)' for a change and the total it started from."""
    return f"{'+' if actual >= 0 else '-'}{usd(abs(actual))} ({actual / base * 100:+.1f}%)"
