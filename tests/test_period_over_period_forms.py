"""'m/m', 'y/y', 'q/q', 'w/w' after a move: one token each (a full stop after them stays the
sentence's), and the move runs over that span: a calendar month or year back, 91 days for a
quarter, 7 for a week. Sentences written for these tests; prices from Binance's hourly bars."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from extract_helpers import claims_of

from factcheck.model import ClaimKind, Verdict
from factcheck.nlp.pipeline import load_pipeline
from factcheck.pipeline import check

NOON = datetime(2026, 2, 9, 12, tzinfo=UTC)


def _moves(text: str) -> dict[str, tuple[float, datetime | None, str | None]]:
    return {c.asset: (c.value, c.time.start, c.time.text) for c in claims_of(text, NOON) if c.kind is ClaimKind.price_change}


def test_the_short_forms_are_single_tokens_and_leave_the_full_stop() -> None:
    words = [t.text for t in load_pipeline()("Bitcoin is down 29% y/y. Ether rose 5% M/M, and SOL 2% q/q.")]
    assert words[4:7] == ["%", "y/y", "."] and "M/M" in words and words[-2:] == ["q/q", "."]


def test_year_over_year_runs_one_calendar_year_back() -> None:
    assert _moves("Bitcoin is down 29% y/y.") == {"BTC": (-29.0, datetime(2025, 2, 9, 12, tzinfo=UTC), "y/y")}


def test_month_and_quarter_over_in_one_sentence() -> None:
    moves = _moves("Ether fell 34% m/m, while bitcoin gained 4% q/q.")
    assert moves["ETH"] == (-34.0, datetime(2026, 1, 9, 12, tzinfo=UTC), "m/m")
    assert moves["BTC"] == (4.0, NOON - timedelta(days=91), "q/q")


def test_week_over_week_in_capitals() -> None:
    assert _moves("BTC slipped 11% W/W.") == {"BTC": (-11.0, NOON - timedelta(days=7), "W/W")}


def test_the_next_sentence_keeps_its_own_window() -> None:
    moves = _moves("Bitcoin rose 3% y/y. Ether fell 2%.")
    assert moves["BTC"][2] == "y/y" and moves["ETH"][2] is None and moves["ETH"][1] == NOON - timedelta(hours=24)


def test_a_macro_release_is_no_coin_move() -> None:
    assert _moves("Core CPI rose 0.3% m/m and 3.1% y/y.") == {}


def test_a_year_over_year_fall_is_checked_over_the_year(market_store) -> None:
    """9 Feb 2025 12:00 -> 9 Feb 2026 12:00: 96,511 -> 68,900 (perpetual bars fill spot's gaps): -28.6%."""
    report = check("report.txt", text="Markets\n\nBitcoin is down 29% y/y.\n", published="2026-02-09 12:00 UTC",
                   store=market_store, offline=True, sentiment=None)
    move = next(c for c in report.claims if c.claim.kind is ClaimKind.price_change)
    assert move.verdict is Verdict.supported, move.evidence.explanation
    assert round(move.evidence.figure, 1) == -28.6
