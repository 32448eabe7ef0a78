"""Coins with no hourly bars (SOL, XRP) in an article that gives only its date: a 24-hour move
is read between CoinGecko's daily snapshots around the day's hours, not left unverifiable."""

from __future__ import annotations

import pytest

from factcheck.model import ClaimKind, Verdict
from factcheck.pipeline import check


def _moves(text: str, store) -> dict[str, object]:
    report = check("alts.txt", text=text, published="2026-01-26", store=store, offline=True, sentiment=None)
    return {c.claim.asset: c for c in report.claims if c.claim.kind is ClaimKind.price_change}


def test_a_dated_altcoin_drop_is_read_between_snapshots(market_store) -> None:
    """CoinGecko: Solana 126.23 (25 Jan 09:29 UTC) then 122.00 (26 Jan 09:41 UTC), -3.35%."""
    moves = _moves("Altcoins\n\nSolana lost more than 3% across the last 24 hours as sellers kept control.\n", market_store)
    sol = moves["SOL"]
    assert sol.verdict is Verdict.supported, sol.evidence.explanation
    assert sol.evidence.figure == pytest.approx(-3.35, abs=0.01)
    assert "CoinGecko" in sol.evidence.explanation


def test_a_dated_altcoin_move_the_snapshots_do_not_show_is_graded(market_store) -> None:
    """XRP went from 1.89 to 1.88 between the same snapshots (-0.53%): 'more than 3%' falls short."""
    moves = _moves("Altcoins\n\nXRP lost more than 3% across the last 24 hours as sellers kept control.\n", market_store)
    xrp = moves["XRP"]
    assert xrp.verdict is Verdict.imprecise, xrp.evidence.explanation
    assert xrp.evidence.figure == pytest.approx(-0.53, abs=0.01)
