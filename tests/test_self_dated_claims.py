"""An article with no publication time still has claims that date themselves ("on November 14,
2025"): those are checked at their dates, and everything that needs the publication time (today,
a yearless date, a forecast) stays unverifiable with the reason. Articles are our own."""

from __future__ import annotations

from datetime import UTC, datetime

from factcheck import Verdict, check

UNDATED = (
    "Bitcoin's November in review\n\n"
    "Between November 1 and November 21, 2025, BTC dropped 22%. "
    "On December 1, 2025, ether fell 20%. "
    "In early November 2025, Bitcoin slipped below $100,000. "
    "On November 21, 2025, the Crypto Fear & Greed Index fell to 14. "
    "On November 14, Bitcoin fell 3%. "
    "Today the coin trades near $91,000. "
    "Bitcoin could reach $150,000 by December 31, 2025, one analyst said.\n"
)


def _by_text(report) -> dict[str, object]:
    return {c.claim.text: c for c in report.claims}


def test_claims_with_their_own_year_are_checked_without_a_publication_time(market_store) -> None:
    report = check("review.txt", text=UNDATED, store=market_store, offline=True, sentiment=None,
                   now=datetime(2026, 1, 10, tzinfo=UTC))
    assert report.article.published_at is None
    found = _by_text(report)
    move = found["dropped 22%"]
    assert move.verdict is Verdict.supported  # BTC fell from ~$109.6K to ~$85.1K over those days
    assert move.claim.time.start == datetime(2025, 11, 1, tzinfo=UTC)
    assert move.claim.time.end == datetime(2025, 11, 22, tzinfo=UTC)
    ether = found["fell 20%"]
    assert ether.verdict is Verdict.inaccurate  # ETH lost under 10% that day
    assert ether.claim.time.start == datetime(2025, 12, 1, tzinfo=UTC)
    # a crossing inside a past named span is an event of that span, not a level still held at the check
    assert found["slipped below $100,000"].verdict is Verdict.supported
    assert found["Crypto Fear & Greed Index fell to 14"].verdict is Verdict.supported


def test_claims_that_need_the_publication_time_stay_unverifiable(market_store) -> None:
    report = check("review.txt", text=UNDATED, store=market_store, offline=True, sentiment=None,
                   now=datetime(2026, 1, 10, tzinfo=UTC))
    found = _by_text(report)
    for text in ("fell 3%", "trades near $91,000", "reach $150,000 by December 31, 2025"):
        assert found[text].verdict is Verdict.unverifiable, text
        assert "publication time is unknown" in found[text].evidence.explanation
    assert any("only claims that carry their own date with its year" in note for note in report.notes)


def test_a_year_written_after_a_date_range_dates_it_in_a_dated_article(market_store) -> None:
    # published in 2026: the range's written year, not the latest November before publication
    text = "Crypto's slide, a year on\n\nBetween November 1 and November 21, 2025, BTC dropped 22%.\n"
    report = check("anniversary.txt", text=text, published="2026-11-20T12:00:00Z", store=market_store,
                   offline=True, sentiment=None)
    (move,) = [c for c in report.claims if c.claim.kind.value == "price_change"]
    assert move.claim.time.start == datetime(2025, 11, 1, tzinfo=UTC)
    assert move.verdict is Verdict.supported


def test_records_and_chart_states_with_their_own_dates_are_checked(market_store) -> None:
    text = ("Bitcoin's autumn\n\n"
            "Bitcoin hit a record high of $126,000 on October 6, 2025. "
            "Bitcoin set a record high of $131,000 on November 3, 2025. "
            "On November 21, 2025, Bitcoin traded below its 200-day moving average.\n")
    report = check("autumn.txt", text=text, store=market_store, offline=True, sentiment=None,
                   now=datetime(2026, 1, 10, tzinfo=UTC))
    found = _by_text(report)
    assert found["a record high of $126,000"].verdict is Verdict.supported  # $126,200 that day, a record
    assert found["a record high of $131,000"].verdict is Verdict.inaccurate  # no record in November
    assert found["traded below its 200-day moving average"].verdict is Verdict.supported
