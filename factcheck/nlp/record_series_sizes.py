"""A peak whose level is a series' size, not a coin's price: '15% below its September 13 peak of
$10.73 billion' (open interest), 'less than the Dec. 11 peak of $4.0 billion' (profit-taking).

A price record is a price; a peak written in billions or millions is the record of a total (open
interest, volume, inflows, profits, a market cap), whose own claim the metric passes read. The
price's record read from the same words, or a distance below it, is dropped.
"""

from __future__ import annotations

import re

from factcheck.model import Claim, ClaimKind

# the level right after the record's words: 'of $10.73 billion', 'at roughly US$4bn', 'near 2.1 trillion won'
_SIZE_AFTER = re.compile(r"^\s*(?:of|at|near|around|above|over)\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|just\s+(?:over|under)\s+)?"
                         r"(?:US\$|\$|€|£)?\s?\d[\d,.]*\s*(?:billion|bn|trillion|tn|million|mn|m|b)\b", re.IGNORECASE)
_REACH = 40


def without_records_of_series_sizes(claims: list[Claim], text: str) -> list[Claim]:
    """The claims without price records whose level, written right after them, is a series' size."""
    return [c for c in claims if not (c.kind is ClaimKind.all_time_high and c.unit != "USD"
                                      and _SIZE_AFTER.match(text[c.span[1] : c.span[1] + _REACH]))]
