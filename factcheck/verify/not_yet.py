"""Claim kinds whose checker has not been built yet: said plainly, never guessed."""

from __future__ import annotations

from factcheck.model import CheckedClaim, Claim, Verdict
from factcheck.verify.context import Context, verdict


def check_not_yet(claim: Claim, ctx: Context) -> CheckedClaim:
    return verdict(
        claim,
        Verdict.unverifiable,
        f"factcheck does not check {claim.kind.value.replace('_', ' ')} claims yet.",
    )


def check_opinion(claim: Claim, ctx: Context) -> CheckedClaim:
    return verdict(claim, Verdict.not_checkable, "Opinion or colour: shown, not checked.")
