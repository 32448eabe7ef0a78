"""Confidence intervals for shares from small counts.

Wilson's score interval: unlike the normal approximation it stays inside
[0, 1] and is honest at 0 of 3 or 3 of 3, which is what an outlet with a
handful of checked claims gives.
"""

from __future__ import annotations

import math


def wilson(successes: int, trials: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% (z=1.96) Wilson interval for successes/trials; (0, 1) when trials is 0."""
    if trials <= 0:
        return 0.0, 1.0
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)
