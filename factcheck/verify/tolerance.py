"""How close is close enough, stated in numbers a reader can check.

A figure is compared at the precision it was written with. A price's
precision is its last significant digit: "$71K" and "$71,000" both cover
70,500–71,499 (a round number is a rounded one), "$63,300" covers
63,250–63,349. That rounding is capped at 1% of the level, so "$100,000" is
not read as "anywhere from $50,000". On top of that, a price level gets 0.5%
for exchange-to-exchange spread and the staleness of an hourly close. A level
missed by up to 2% is imprecise; beyond, inaccurate.

A percent move gets 0.5 percentage points (or the rounding written, if
coarser); a miss of up to 2 points with the right sign is imprecise.
"""

from __future__ import annotations

from factcheck.model import Claim, Verdict

LEVEL_SPREAD = 0.005  # 0.5% of the level
ROUNDING_CAP = 0.01  # a round number covers at most 1% either side
LEVEL_IMPRECISE = 0.02  # a level missed by up to 2% is imprecise
MOVE_SPREAD = 0.5  # percentage points
MOVE_IMPRECISE = 2.0  # percentage points
IMPRECISE_FACTOR = 3.0  # within 3x the tolerance: close, but not what was written


def written_unit(claim: Claim, value: float | None = None) -> float:
    """The unit of the last significant digit written: 1,000 for "$71K" and for "$71,000",
    100 for "$63,300", 0.01 for "$2.21"."""
    unit = claim.magnitude * 10.0 ** (-claim.decimals)
    number = abs(value if value is not None else claim.value or 0.0)
    if claim.decimals == 0 and number >= 10 * unit:
        scaled = round(number / unit)
        while scaled and scaled % 10 == 0:
            scaled //= 10
            unit *= 10
    return unit


def level_tolerance(claim: Claim, value: float | None = None) -> float:
    """Absolute tolerance in USD around a price level."""
    level = abs(value if value is not None else claim.value or 0.0)
    rounding = min(0.5 * written_unit(claim, value), ROUNDING_CAP * level)
    return max(LEVEL_SPREAD * level, rounding)


def level_grade(distance: float, tol: float, level: float) -> Verdict:
    """Within the tolerance: supported; within 2% of the level: imprecise; else inaccurate."""
    if distance <= tol:
        return Verdict.supported
    if distance <= max(LEVEL_IMPRECISE * abs(level), tol):
        return Verdict.imprecise
    return Verdict.inaccurate


def threshold_grade(miss: float, level: float) -> Verdict:
    """A bound ("north of $92,000", "just shy of $95,000") is taken exactly, no rounding:
    on its side, supported; missed by up to 2% of the level, imprecise; beyond, inaccurate."""
    if miss <= 0:
        return Verdict.supported
    return Verdict.imprecise if miss <= LEVEL_IMPRECISE * abs(level) else Verdict.inaccurate


THRESHOLD = "none: a bound is taken exactly; missed by up to 2%: imprecise"

WELL_BELOW = 2.0  # percent: "well below its record" with no figure needs at least this much room
WELL_BELOW_RULE = f"at least {WELL_BELOW:g}% below for 'below the record'"


def below_record_grade(gap: float) -> Verdict:
    """'Well below the January peak': the last price at least WELL_BELOW percent under the record."""
    return Verdict.supported if gap >= WELL_BELOW else Verdict.imprecise if gap > 0 else Verdict.inaccurate


NEAR_RECORD = 10.0  # percent: "nears its record high" with no figure: at most this far under it
NEAR_RECORD_RULE = f"0-{NEAR_RECORD:g}% below for 'nears the record'; up to {2 * NEAR_RECORD:g}%: imprecise"


def near_record_grade(gap: float) -> Verdict:
    """'Ether nears its record high': under the record, and close to it. At or past the record it
    is a new one, not a near miss."""
    if 0 < gap <= NEAR_RECORD:
        return Verdict.supported
    return Verdict.imprecise if gap <= 0 or gap <= 2 * NEAR_RECORD else Verdict.inaccurate


def move_tolerance(claim: Claim) -> float:
    """Absolute tolerance in percentage points around a percent move."""
    written = 0.5 * 10.0 ** (-claim.decimals)
    return max(MOVE_SPREAD, written)


def move_grade(actual: float, written: float, tol: float, bound: str | None = None, *, imprecise: float | None = None) -> Verdict:
    """Within the tolerance: supported. The right sign and within 2 points: imprecise.
    Otherwise, a wrong sign included: inaccurate.

    A bound ("up more than 20%", "less than 1%") is taken exactly, as a level's is: a move
    on its side is supported, one short of it is graded by how far short it fell.
    `imprecise`, when given, is the outer edge of the imprecise band (in points) instead of
    the default one, for moves read from coarse data whose tolerance is already widened."""
    limit = imprecise if imprecise is not None else max(MOVE_IMPRECISE, IMPRECISE_FACTOR * tol)
    if bound is not None:
        if bound_met(actual, written, bound):
            return Verdict.supported
        if actual * written > 0:
            short = abs(abs(actual) - abs(written))
            return Verdict.imprecise if short <= limit else Verdict.inaccurate
    distance = abs(actual - written)
    if distance <= tol:
        return Verdict.supported
    if actual * written < 0:
        return Verdict.inaccurate
    if distance <= limit:
        return Verdict.imprecise
    return Verdict.inaccurate


def bound_met(actual: float, written: float, bound: str | None) -> bool:
    """'More than 20%': as large or larger, the same way; 'less than 1%': no larger, not the other way."""
    if bound == "at_least":
        return actual * written > 0 and abs(actual) >= abs(written)
    if bound == "at_most":
        return actual * written >= 0 and abs(actual) <= abs(written)
    return False


def bound_miss(actual: float, written: float, bound: str | None) -> float:
    """How far a figure is from what the claim says: from the value, or from the bound's side."""
    if bound is None:
        return abs(actual - written)
    return 0.0 if bound_met(actual, written, bound) else abs(actual - written)


def bound_words(claim: Claim) -> str:
    """'more than ' / 'at most ' before the written figure, or nothing."""
    return {"at_least": "more than ", "at_most": "less than "}.get(claim.bound or "", "")


def describe_level(claim: Claim, tol: float) -> str:
    return f"±${tol:,.0f} (the larger of 0.5% and the rounding of {claim.text!r}, at most 1%)"


def describe_move(tol: float) -> str:
    return f"±{tol:.2f} percentage points (the larger of 0.5 pp and the rounding written)"
