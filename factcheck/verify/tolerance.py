"""How close is close enough, stated in numbers a reader can check.

A figure is compared at the precision it was written with: "$71K" covers
70,500–71,499, "15%" covers 14.5–15.5. On top of that, a price level gets
0.5% for exchange-to-exchange spread and the staleness of an hourly close,
and a percent move 0.25 percentage points for the same reasons.
"""

from __future__ import annotations

from factcheck.model import Claim

LEVEL_SPREAD = 0.005  # 0.5% of the level
MOVE_SPREAD = 0.25  # percentage points
IMPRECISE_FACTOR = 3.0  # within 3x the tolerance: close, but not what was written


def level_tolerance(claim: Claim, value: float | None = None) -> float:
    """Absolute tolerance in USD around a price level."""
    level = abs(value if value is not None else claim.value or 0.0)
    written = 0.5 * claim.magnitude * 10.0 ** (-claim.decimals)
    return max(LEVEL_SPREAD * level, written)


def move_tolerance(claim: Claim) -> float:
    """Absolute tolerance in percentage points around a percent move."""
    written = 0.5 * 10.0 ** (-claim.decimals)
    return max(MOVE_SPREAD, written)


def describe_level(claim: Claim, tol: float) -> str:
    return f"±${tol:,.0f} (the larger of 0.5% and the rounding of {claim.text!r})"


def describe_move(tol: float) -> str:
    return f"±{tol:.2f} percentage points (the larger of 0.25 pp and the rounding written)"
