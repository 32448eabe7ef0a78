"""A figure asked about is no reading: in 'open interest climbs as shorts get squeezed - Is $94K
next?' the $94K is a price the headline wonders about, not the open interest. A metric claim whose
figure sits in a question that opens after the metric's words (past a dash, a colon or a full stop)
reads a figure that is no part of its own clause."""

from __future__ import annotations

import re

from factcheck.model import Claim, ClaimKind

_METRIC_KINDS = {ClaimKind.open_interest, ClaimKind.volume, ClaimKind.liquidations, ClaimKind.liquidation_imbalance,
                 ClaimKind.funding_rate, ClaimKind.market_cap}
# What opens a new clause in a headline or a line: a spaced dash, a colon, a sentence stop, a line break.
_OPENER = re.compile(r"\s[-–—]\s|:\s|[.!?]\s|\n")
_QUESTION_END = re.compile(r"[?.!\n]")


def _question_start(text: str, at: int) -> int | None:
    """Where the question holding offset `at` opens, or None when that clause is no question."""
    end = _QUESTION_END.search(text, at)
    if end is None or end.group() != "?":
        return None
    opens = [m.end() for m in _OPENER.finditer(text, 0, at)]
    return opens[-1] if opens else 0


def without_questioned_figures(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims less metric readings whose figure lies in a later question than their words."""
    out = []
    for claim in claims:
        if claim.kind in _METRIC_KINDS and claim.value is not None:
            start = _question_start(text, claim.span[1] - 1)
            if start is not None and start > claim.span[0]:
                continue
        out.append(claim)
    return out
