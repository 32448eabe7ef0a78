"""Fear & Greed, funding, market cap and open interest claims against the stored series."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.market.data import MarketData
from factcheck.model import Article, ClaimKind, Precision, Verdict
from factcheck.pipeline import check_article

NOW = datetime(2026, 11, 25, tzinfo=UTC)


def checked(text: str, published: datetime, kind: ClaimKind, store):
    article = Article(text=text, source="test", published_at=published, published_precision=Precision.minute, published_zone="UTC")
    market = MarketData(store, offline=True, now=lambda: NOW)
    found = [c for c in check_article(article, store=store, now=NOW, market=market).claims if c.claim.kind is kind]
    assert len(found) == 1, [c.claim.text for c in found]
    return found[0]


SEED_TIME = datetime(2026, 2, 9, 1, 17, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected", "figure"),
    [
        ("The Crypto Fear & Greed Index stood at 14 on Monday.", Verdict.supported, 14),
        ("The Crypto Fear & Greed Index rebounded to 45.", Verdict.inaccurate, 14),
        ("Bitcoin sentiment remains in extreme fear.", Verdict.supported, 14),
        ("Bitcoin sentiment has recovered from extreme fear toward optimism.", Verdict.imprecise, 14),
    ],
)
def test_fear_and_greed(text: str, expected: Verdict, figure: float, market_store) -> None:
    result = checked(text, SEED_TIME, ClaimKind.sentiment_index, market_store)
    assert result.verdict is expected, result.evidence.explanation
    assert result.evidence.figure == figure


def test_market_cap_uses_the_day_before(market_store) -> None:
    result = checked("Bitcoin's market cap is $1.4 trillion.", SEED_TIME, ClaimKind.market_cap, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation  # Coin Metrics 8 Feb: ~$1.41T
    assert result.evidence.figure == pytest.approx(1.4e12, rel=0.03)


def test_funding_sign_is_checked(market_store) -> None:
    result = checked("Bitcoin funding rates flipped to 0.01% as longs piled in.", SEED_TIME, ClaimKind.funding_rate, market_store)
    assert result.verdict is Verdict.inaccurate, result.evidence.explanation  # the daily mean was negative


def test_open_interest_direction_where_data_exists(market_store) -> None:
    when = datetime(2025, 12, 10, 12, tzinfo=UTC)
    result = checked("Bitcoin open interest rises as traders add leverage.", when, ClaimKind.open_interest, market_store)
    assert result.verdict in {Verdict.supported, Verdict.inaccurate}
    assert "Binance BTC/USDT:USDT open interest went from" in result.evidence.explanation
    gone = checked("Bitcoin open interest rises as traders add leverage.", SEED_TIME, ClaimKind.open_interest, market_store)
    assert gone.verdict is Verdict.unverifiable


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # The record was 99,656 (Yahoo, 2024-11-22) until the early hours of 5 Dec 2024: a first crossing.
        ("Bitcoin crossed $100,000 for the first time.", datetime(2024, 12, 5, 5, 40, tzinfo=UTC), Verdict.supported),
        # A new record (126,200) was set, above $125,000: true, though $125,000 had been passed on 5 Oct
        # (125,708); only 'for the first time' would make that a miss (test_verify_record_crossing.py).
        ("Bitcoin set a new all-time high above $125,000.", datetime(2025, 10, 6, 20, tzinfo=UTC), Verdict.supported),
        # The spot record before 14 Mar 2025 was 109,588 (20 Jan); the price 83,042 was 24.2% below it.
        ("Bitcoin is down 24% from its January peak.", datetime(2025, 3, 14, 11, tzinfo=UTC), Verdict.supported),
        ("Bitcoin is down 30% from its January peak.", datetime(2025, 3, 14, 11, tzinfo=UTC), Verdict.inaccurate),
        ("Bitcoin remains well below the January peak.", datetime(2025, 3, 3, 14, 5, tzinfo=UTC), Verdict.supported),
        ("Bitcoin's record high of $126,200 came hours later.", datetime(2025, 10, 6, 20, tzinfo=UTC), Verdict.supported),
        ("Bitcoin hit a new all-time high today.", SEED_TIME, Verdict.inaccurate),
    ],
)
def test_all_time_highs(text: str, published: datetime, expected: Verdict, market_store) -> None:
    result = checked(text, published, ClaimKind.all_time_high, market_store)
    assert result.verdict is expected, result.evidence.explanation


def test_a_short_history_cannot_judge_a_record(tmp_path) -> None:
    from conftest import MARKET

    from factcheck.market.csv_import import import_csv
    from factcheck.market.store import Store

    with Store(tmp_path / "short.sqlite") as store:
        import_csv(store, MARKET / "BTC-USDT_1h_binance-spot.csv")
        result = checked("Bitcoin hit a new all-time high today.", SEED_TIME, ClaimKind.all_time_high, store)
    assert result.verdict is Verdict.unverifiable
    assert "too late to know every earlier record" in result.evidence.explanation


def test_streaks_and_volume(market_store) -> None:
    # The three weeks to Sunday 8 Feb 2026 each closed below their Monday open; the new week had just begun up.
    third = checked("Bitcoin has logged a third straight weekly loss.", SEED_TIME, ClaimKind.trend, market_store)
    assert third.verdict is Verdict.supported, third.evidence.explanation
    assert third.evidence.figures == {"streak_including_current": 0.0, "streak_complete": 3.0}
    fifth = checked("Bitcoin has logged a fifth straight weekly loss.", SEED_TIME, ClaimKind.trend, market_store)
    assert fifth.verdict is Verdict.inaccurate
    volume = checked("Bitcoin trading volume was about $90 billion.", SEED_TIME, ClaimKind.volume, market_store)
    assert volume.verdict is Verdict.inaccurate  # the day of 2026-02-08 and the rolling 24 hours were both far lower
    assert "All-exchange BTC volume (Yahoo BTC-USD)" in volume.evidence.explanation
    wrong = checked("Bitcoin trading volume was about $9 billion.", SEED_TIME, ClaimKind.volume, market_store)
    assert wrong.verdict is Verdict.inaccurate


def test_a_24_hour_volume_is_the_rolling_day_outlets_quote(market_store) -> None:
    """5 Dec 2024, 10:30 UTC, hours after bitcoin first crossed $100,000: the 24 hours to 10:00
    held about $153 billion of all-exchange volume (estimated hour by hour), twice the whole
    day before ($77.2 billion). A '24-hour volume' is the rolling day aggregators show."""
    published = datetime(2024, 12, 5, 10, 30, tzinfo=UTC)
    rolling = checked("Bitcoin's 24-hour trading volume reached $150 billion.", published, ClaimKind.volume, market_store)
    assert rolling.verdict is Verdict.supported and "24 hours to 2024-12-05 10:00 UTC" in rolling.evidence.explanation
    day_figure = checked("Bitcoin's 24-hour trading volume reached $77 billion.", published, ClaimKind.volume, market_store)
    assert day_figure.verdict is Verdict.inaccurate  # the day before's figure is not the 24 hours to publication
    untimed = checked("Bitcoin trading volume was about $77 billion.", published, ClaimKind.volume, market_store)
    assert untimed.verdict is Verdict.supported and "on 2024-12-04" in untimed.evidence.explanation


def test_an_all_exchange_open_interest_change_shows_binances_change_as_its_figure(market_store) -> None:
    # Binance's BTC perpetual went from ~$9.23B to ~$9.10B: the figure beside "-5%" is that -1.4%, not $9.1B
    when = datetime(2025, 11, 21, 12, tzinfo=UTC)
    result = checked("Bitcoin open interest fell 5% over the past day.", when, ClaimKind.open_interest, market_store)
    assert result.verdict is Verdict.unverifiable
    assert result.evidence.figure == pytest.approx(-1.4, abs=0.3)
