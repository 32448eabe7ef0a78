"""Verdicts on constructions met in real market news (session 26), with sentences written for
these tests: a crossing in an article that gives only its date, a record set 'less than two weeks
ago', and a move read at a clock time that names its day ('At 6:30 a.m. on Monday, February 3')."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from factcheck.model import ClaimKind, Verdict
from factcheck.pipeline import check


def _one(text: str, published: str, store, kind: ClaimKind):
    report = check("report.txt", text="Market report\n\n" + text + "\n", published=published, store=store,
                   offline=True, sentiment=None)
    found = [c for c in report.claims if c.claim.kind is kind]
    assert len(found) == 1, [(c.claim.kind, c.claim.text) for c in report.claims]
    return found[0]


# A date-only article was written at some hour of its day: a crossing over a window longer than that
# day must show in the closes up to that hour and still hold at it, as any claim about "now"
# (verify/moments.py); over the day itself it is an event within the day.

def test_a_crossing_held_at_one_hour_of_a_dated_day_is_supported(market_store) -> None:
    """5 Aug 2024: BTC closed under $53,000 in the early hours (52,718 at 07:00 UTC) and was back at
    54,019 by the day's end. The window the sentence names ('since February') does not make the day's end the
    only hour the crossing may be held at."""
    lost = _one("Bitcoin has sunk below $53,000, touching lows unseen since February.", "2024-08-05", market_store,
                ClaimKind.price_level)
    assert lost.claim.time.start == datetime(2024, 2, 1, tzinfo=UTC)
    assert lost.verdict is Verdict.supported, lost.evidence.explanation
    assert lost.evidence.figure < 53000


def test_a_crossing_on_a_day_the_sentence_names_stays_an_event_of_that_day(market_store) -> None:
    """18 Nov 2025 (a Tuesday): BTC's low was 89,012 and it ended the day near 92,900."""
    lost = _one("Bitcoin dipped below $90,000 on Tuesday.", "2025-11-18", market_store, ClaimKind.price_level)
    assert lost.verdict is Verdict.supported, lost.evidence.explanation


# 'A record set less than two weeks ago' is any day since then, not the day two weeks back.

def test_a_record_set_less_than_two_weeks_ago_is_looked_for_since_then(market_store) -> None:
    """16 Oct 2025: the record, 126,199.63, was set on Oct 6; the day's closes put BTC 11.5%-14.6% under it."""
    below = _one("Bitcoin now sits some 13% beneath the all-time high it set less than two weeks ago.", "2025-10-16",
                 market_store, ClaimKind.all_time_high)
    assert below.claim.record_time is not None
    assert (below.claim.record_time.start, below.claim.record_time.end) == (datetime(2025, 10, 2, tzinfo=UTC),
                                                                            datetime(2025, 10, 16, tzinfo=UTC))
    assert below.verdict is Verdict.supported, below.evidence.explanation


# A day named right after a clock time dates the clock: the move is the usual 24 hours to it.

def test_a_move_at_a_clock_time_on_a_named_day_runs_24_hours_to_it(market_store) -> None:
    """3 Feb 2025, 06:30 UTC: ETH at 2,515.01 against 3,119.72 a day before (-19.4%); since that
    day's midnight it had lost 12.4%."""
    move = _one("At 6:30 a.m. UTC on Monday, February 3, 2025, ether was showing a loss of about 19%.",
                "2025-02-03T09:00:00Z", market_store, ClaimKind.price_change)
    assert move.claim.time.end == datetime(2025, 2, 3, 6, 30, tzinfo=UTC)
    assert move.claim.time.end - move.claim.time.start == timedelta(hours=24)
    assert move.verdict is Verdict.supported, move.evidence.explanation


# 'Its October high north of $126,000' is the month's extreme with a floor under it, not a price now.

def test_a_high_north_of_a_level_is_the_extreme_with_a_floor(market_store) -> None:
    """BTC's October 2025 high was 126,199.63 (Oct 6); on 1 Dec 2025 it traded near $86,000-91,000."""
    high = _one("Heavy selling has dragged bitcoin down from its October high north of $126,000.", "2025-12-01",
                market_store, ClaimKind.intraday_high)
    assert high.claim.comparator.value == "above"
    assert high.claim.time.start == datetime(2025, 10, 1, tzinfo=UTC)
    assert high.verdict is Verdict.supported, high.evidence.explanation


# 'Last week on Wednesday' is the Wednesday of the week before, even when the article is a Wednesday's.

def test_last_week_on_a_weekday_is_that_day_of_the_week_before(market_store) -> None:
    """Published Wednesday 9 Apr 2025; on Wednesday 2 Apr BTC's high was 88,500, while on 9 Apr it
    traded 74,620-83,588 and never near $88,000."""
    high = _one("Last week on Wednesday, bitcoin spiked to a high of over $88,000.", "2025-04-09T12:00:00Z",
                market_store, ClaimKind.intraday_high)
    assert (high.claim.time.start, high.claim.time.end) == (datetime(2025, 4, 2, tzinfo=UTC), datetime(2025, 4, 3, tzinfo=UTC))
    assert high.verdict is Verdict.supported, high.evidence.explanation


# A touch followed, in its clause, by where the price settled is the extreme on that side of it.

def test_a_touch_before_the_price_settled_higher_is_the_low(market_store) -> None:
    """5 Aug 2024: ETH's low was 2,111 (01:00 UTC bar); its hourly closes that day ran 2,228-2,527."""
    low = _one("Ether briefly touched $2,120 before steadying around $2,400.", "2024-08-05", market_store,
               ClaimKind.intraday_low)
    assert low.verdict is Verdict.supported, low.evidence.explanation


# 'The coin with the largest market capitalization' ranks the coin: the move after it is the price's.

def test_a_move_after_a_ranking_by_market_cap_is_the_price_move(market_store) -> None:
    """6 Apr 2025, 22:15 UTC: BTC closed at 78,950.61 at 22:00 against 82,913.89 a day before (-4.78%)."""
    move = _one("Bitcoin, the coin with the largest market capitalization, has lost 4.8% over the past 24 hours.",
                "2025-04-06T22:15:00Z", market_store, ClaimKind.price_change)
    assert move.verdict is Verdict.supported, move.evidence.explanation
