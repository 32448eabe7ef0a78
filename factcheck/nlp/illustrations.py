"""Figures made up to explain something are no claims: "Let's assume the previous day's high was
$3,518", "Suppose ether closed at $3,000", "For example, if bitcoin trades at $100,000 and falls 5%,
it ends at $95,000". The sentence opens by saying so; its figures illustrate a method (a pivot
formula, how leverage works) and say nothing of the market. A real instance given as an example
("For example, solana fell 12% last week") is kept: only an example built on "if" is a made-up one."""

from __future__ import annotations

import re

from factcheck.model import Claim

_MADE_UP = re.compile(
    r"^\W*(?:let'?s|let us)\s+(?:assume|say|suppose|imagine)\b"
    r"|^\W*(?:suppose|assume|imagine|hypothetically)\b"
    r"|^\W*(?:for\s+(?:example|instance)|as\s+an\s+example|e\.g\.)\s*,?\s*(?:if|say|suppose|assume|let'?s)\b",
    re.IGNORECASE,
)


def made_up(sentence: str) -> bool:
    """Whether a sentence opens as an illustration with invented figures."""
    return bool(_MADE_UP.search(sentence))


def without_illustrations(claims: list[Claim]) -> list[Claim]:
    """The claims less those of sentences that invent their figures."""
    return [c for c in claims if not made_up(c.sentence)]
