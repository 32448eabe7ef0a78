"""The Crypto Fear & Greed index's classes, as alternative.me labels its values. Kept apart from
the fetcher (`factcheck.market.fear_greed`) so that extraction can name a reading's zone without
importing the market stage and pandas."""

from __future__ import annotations

BANDS: tuple[tuple[int, str], ...] = (
    (25, "Extreme Fear"),
    (46, "Fear"),
    (54, "Neutral"),
    (75, "Greed"),
    (100, "Extreme Greed"),
)
"""Each class with its highest value, as alternative.me's API itself labels values.

Read off the API's own `value_classification` over its whole history (the
limit=0 answer of 2026-02-14, saved as `data/fear_and_greed_index.csv` in
github.com/MuLancer/DSE4101-Stablecoin-Depegging-Prediction-Project, commit
93d23a77): 25 is always "Extreme Fear" and 26 "Fear", 46 "Fear" and 47
"Neutral", 54 "Neutral" and 55 "Greed", 75 "Greed" and 76 "Extreme Greed",
from 2020 to 2026. Write-ups elsewhere quote other bands (0-24 / 25-44 /
45-55 / 56-75); where they differ, the API's labels are what an article
quoting "Extreme Fear" saw.
"""


def classify_fear_greed(value: int) -> str:
    """The class alternative.me gives an index value ("Extreme Fear" ... "Extreme Greed")."""
    if not 0 <= value <= 100:
        raise ValueError(f"a Fear & Greed value lies in 0..100, not {value}")
    return next(name for highest, name in BANDS if value <= highest)
