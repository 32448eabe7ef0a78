"""'Since the U.S. open' runs from Wall Street's 9:30 a.m. New York bell (14:30 UTC in winter, 13:30 in
summer), 'since the Asian open' from Tokyo's 9:00 (00:00 UTC), 'since the European open' from London's
8:00; the latest bell rung on a weekday by publication. A start inside an hourly bar is read from
that bar's open and the next one's, the nearer graded. Sentences written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

from extract_helpers import claims_of

from factcheck.model import ClaimKind, Verdict
from factcheck.pipeline import check


def _start(text: str, published: datetime) -> datetime | None:
    moves = [c for c in claims_of(text, published) if c.kind is ClaimKind.price_change]
    assert len(moves) == 1, [(c.kind, c.text) for c in claims_of(text, published)]
    return moves[0].time.start


def test_the_us_open_in_winter_is_1430_utc() -> None:
    assert _start("Bitcoin is up 2% since the U.S. open.", datetime(2026, 2, 9, 18, tzinfo=UTC)) == datetime(2026, 2, 9, 14, 30, tzinfo=UTC)


def test_the_us_open_in_summer_is_1330_utc() -> None:
    start = _start("BTC has slipped 0.7% since Wall Street's opening bell.", datetime(2025, 7, 15, 17, tzinfo=UTC))
    assert start == datetime(2025, 7, 15, 13, 30, tzinfo=UTC)


def test_before_the_bell_the_open_is_the_previous_sessions() -> None:
    start = _start("Ether has gained 3% since the US open.", datetime(2026, 2, 10, 10, tzinfo=UTC))
    assert start == datetime(2026, 2, 9, 14, 30, tzinfo=UTC)


def test_on_a_sunday_the_open_is_fridays() -> None:
    start = _start("Bitcoin is down 4% since U.S. markets opened.", datetime(2026, 2, 8, 12, tzinfo=UTC))
    assert start == datetime(2026, 2, 6, 14, 30, tzinfo=UTC)


def test_the_asian_open_is_tokyos_nine_oclock() -> None:
    start = _start("Ether has fallen 1.5% since the Asian open.", datetime(2026, 2, 9, 18, tzinfo=UTC))
    assert start == datetime(2026, 2, 9, 0, tzinfo=UTC)


def test_the_european_open_follows_londons_summer_time() -> None:
    start = _start("Bitcoin is down 1% since the European open.", datetime(2025, 7, 15, 17, tzinfo=UTC))
    assert start == datetime(2025, 7, 15, 7, tzinfo=UTC)


def test_a_country_that_opened_something_is_no_bell() -> None:
    start = _start("Bitcoin has gained 2% since the U.S. opened an inquiry.", datetime(2026, 2, 9, 18, tzinfo=UTC))
    assert start != datetime(2026, 2, 9, 14, 30, tzinfo=UTC)


def test_the_open_with_no_region_is_still_the_days() -> None:
    assert _start("Bitcoin is down 1% since the open.", datetime(2026, 2, 9, 18, tzinfo=UTC)) == datetime(2026, 2, 9, tzinfo=UTC)


def _checked(text: str, published: str, store):
    report = check("report.txt", text="Markets\n\n" + text + "\n", published=published, store=store, offline=True, sentiment=None)
    found = [c for c in report.claims if c.claim.kind is ClaimKind.price_change]
    assert len(found) == 1
    return found[0]


def test_a_move_since_the_us_open_read_from_the_bar_after_the_bell(market_store) -> None:
    """9 Feb 2026: the 15:00 bar opened at 69,272 and the 17:00 bar closed at 70,612: +1.93%
    (from the 14:00 bar's open, 68,595, it is +2.94%)."""
    c = _checked("Bitcoin is up about 2% since the U.S. open.", "2026-02-09 18:00 UTC", market_store)
    assert c.verdict is Verdict.supported, c.evidence.explanation
    assert round(c.evidence.figure, 2) == 1.93 and "inside an hourly bar" in c.evidence.explanation


def test_a_fall_since_the_us_open_when_it_rose_is_inaccurate(market_store) -> None:
    c = _checked("Bitcoin has slipped 1% since the U.S. open.", "2026-02-09 18:00 UTC", market_store)
    assert c.verdict is Verdict.inaccurate, c.evidence.explanation


def test_a_summer_open_is_checked_from_1330(market_store) -> None:
    """15 Jul 2025 (perpetual bars): the 14:00 bar opened at 118,067.8, the 16:00 bar closed at
    117,195.9: -0.74%; from the 13:00 open (117,193.0) it is flat."""
    c = _checked("BTC has slipped 0.7% since Wall Street's opening bell.", "2025-07-15 17:00 UTC", market_store)
    assert c.verdict is Verdict.supported, c.evidence.explanation
    assert round(c.evidence.figure, 2) == -0.74
