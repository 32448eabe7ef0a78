"""A headline's nearness to a record restated by a figured distance: 'Solana Inching Closer To
All-Time High' over 'Solana is only 6.8% below its all-time high'.

The price near its record without a figure ('closing in on its all-time high') is the record
`below`, by an amount not said; when the article gives the distance in figures for the same coin,
the words of nearness only announce it and are not a claim of their own.
"""

from __future__ import annotations

import re

from factcheck.model import Claim, ClaimKind, Comparator

# words that put the price near its record, rather than only under it ('below', 'under': a position of its own)
_NEARNESS = re.compile(r"^(?:nears|neared|nearing|approaching|approaches|closing\s+in\s+on|closes\s+in\s+on|close\s+in\s+on"
                       r"|within\s+(?:striking|touching)\s+distance\s+of|within\s+reach\s+of|a\s+long\s+way\s+(?:off|from)"
                       r"|far\s+(?:from|off)|closer\s+to|(?:creeping|creeps|crept|inching|inches|edging|edges)(?:\s+(?:up|higher|back))?\s+towards?)\b",
                       re.IGNORECASE)


def without_nearness_restated(claims: list[Claim]) -> list[Claim]:
    """The claims without a record's nearness told in words on a coin whose distance below its
    record the article gives in figures."""
    figured = {c.asset for c in claims if c.kind is ClaimKind.all_time_high and c.comparator is Comparator.below and c.value is not None}
    return [c for c in claims if not (c.kind is ClaimKind.all_time_high and c.comparator is Comparator.below and c.value is None
                                      and c.asset in figured and _NEARNESS.match(c.text))]
