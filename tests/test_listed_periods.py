"""Moves listed against their periods ('rose 2% and 6% over the day and the week, respectively')
are one claim per period, each over its own window; and a headline's 'Bitcoin Returns to $69,000'
tells where the price went even when the parser takes the coin for an adjective."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from factcheck.model import Article, ClaimKind, Modality, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 6, 3, 12, tzinfo=UTC)


def _moves(text: str):
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute,
                      published_zone="UTC")
    return [c for c in extract(article) if c.kind is ClaimKind.price_change]


@pytest.mark.parametrize("text, asset, values, spans", [
    ("Solana rose 2% and 6% over the day and the week, respectively.", "SOL", [2, 6], [1, 7]),
    ("Ether gained 3% and 11% in the past 24 hours and seven days, respectively.", "ETH", [3, 11], [1, 7]),
    ("XRP fell 1.2%, 4% and 10% over the past day, week and month.", "XRP", [-1.2, -4, -10], [1, 7, 30]),
    ("Cardano-rival Avalanche aside, BTC slipped 0.8% and 3.5% over the last 24 hours and 7 days.", "BTC", [-0.8, -3.5], [1, 7]),
])
def test_each_listed_move_is_over_its_own_period(text: str, asset: str, values: list[float], spans: list[int]) -> None:
    moves = _moves(text)
    assert [(c.asset, c.value) for c in moves] == [(asset, float(v)) for v in values]
    for claim, days in zip(moves, spans):
        assert claim.time.end == PUBLISHED
        assert abs((claim.time.end - claim.time.start) - timedelta(days=days)) <= timedelta(days=1), claim.time


def test_interleaved_moves_keep_their_own_windows() -> None:
    moves = _moves("XRP is down 4% over the past 24 hours and 9% over the past week.")
    assert [(c.value, c.time.end - c.time.start) for c in moves] == [(-4.0, timedelta(days=1)), (-9.0, timedelta(days=7))]


def test_coins_listed_respectively_still_pair_with_their_figures() -> None:
    moves = _moves("BTC and ETH climbed 2% and 4% in the past 24 hours, respectively.")
    assert [(c.asset, c.value) for c in moves] == [("BTC", 2.0), ("ETH", 4.0)]


@pytest.mark.parametrize("text, asset, value", [
    ("Bitcoin Returns to $69,000 as Traders Cheer Rate Cut", "BTC", 69_000),
    ("Ether Returns to $4,000 After Two-Week Slide", "ETH", 4_000),
])
def test_a_title_case_return_is_a_report(text: str, asset: str, value: float) -> None:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute,
                      published_zone="UTC")
    (claim,) = [c for c in extract(article) if c.value == value]
    assert (claim.kind, claim.asset, claim.modality) == (ClaimKind.price_level, asset, Modality.asserted)


def test_a_return_named_as_a_prospect_stays_a_forecast() -> None:
    article = Article(text="Analysts say a return to $100,000 could take months for bitcoin.", source="test",
                      published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    (claim,) = [c for c in extract(article) if c.value == 100_000]
    assert (claim.kind, claim.modality) == (ClaimKind.forecast, Modality.forecast)


def test_each_figure_with_its_own_window_in_a_list() -> None:
    moves = _moves("SHIB climbed 2.4% on the daily chart, 17.5% on the weekly chart, and nearly 60% over the past month.")
    assert [(c.asset, c.value) for c in moves] == [("SHIB", 2.4), ("SHIB", 17.5), ("SHIB", 60.0)]
    lengths = [c.time.end - c.time.start for c in moves]
    assert [round(x / timedelta(days=1)) for x in lengths] == [1, 7, 31]  # the past month: a calendar month back


def test_a_quarter_so_far_and_a_quarter_ended() -> None:
    moves = _moves("Bitcoin is down nearly 8% for the quarter after ending the first quarter up 71%.")
    assert [(c.value, c.time.start, c.time.end) for c in moves] == [
        (-8.0, datetime(2025, 4, 1, tzinfo=UTC), PUBLISHED),
        (71.0, datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 4, 1, tzinfo=UTC)),
    ]


def test_coins_listed_respectively_after_a_year() -> None:
    moves = _moves("Bitcoin and ether are headed for their worst month of 2024, down 11% and 7% respectively.")
    assert [(c.asset, c.value) for c in moves] == [("BTC", -11.0), ("ETH", -7.0)]


def test_a_list_whose_noun_follows_its_last_figure() -> None:
    moves = _moves("At the time of writing, Litecoin trades at $84.20 with a 2% and 6% loss in the last 24 hours and "
                   "7 days, respectively.")
    assert [(c.value, round((c.time.end - c.time.start) / timedelta(days=1))) for c in moves] == [(-2.0, 1), (-6.0, 7)]


def test_coins_with_a_move_and_a_level_each_over_the_window_after_them() -> None:
    article = Article(text="Solana and Cardano have climbed 14% to $210 and 9% to $0.81, respectively, over the past "
                      "week.", source="test", published_at=PUBLISHED, published_precision=Precision.minute,
                      published_zone="UTC")
    claims = [c for c in extract(article) if c.kind in {ClaimKind.price_change, ClaimKind.price_level}]
    assert sorted((c.asset, c.kind.value, c.value) for c in claims) == [
        ("ADA", "price_change", 9.0), ("ADA", "price_level", 0.81),
        ("SOL", "price_change", 14.0), ("SOL", "price_level", 210.0)]
    assert all(c.time.end - c.time.start == timedelta(days=7) for c in claims if c.kind is ClaimKind.price_change)


@pytest.mark.parametrize("text, days", [
    ("Year to date, Solana is up more than 30%.", 154),  # 1 January 00:00 to 3 June 12:00
    ("Ether has risen 6.2% on a seven-day trailing basis.", 7),
    ("XRP is up 4% on a 24-hour basis.", 1),
])
def test_windows_written_as_a_basis_or_apart(text: str, days: int) -> None:
    (move,) = _moves(text)
    assert round((move.time.end - move.time.start) / timedelta(days=1)) == days


def test_the_price_a_move_left_it_at() -> None:
    article = Article(text="Cardano traded 8.4% higher on a 24-hour basis at $0.93.", source="test", published_at=PUBLISHED,
                      published_precision=Precision.minute, published_zone="UTC")
    levels = [c for c in extract(article) if c.kind is ClaimKind.price_level]
    assert [(c.asset, c.value) for c in levels] == [("ADA", 0.93)]


def test_a_band_shared_by_listed_coins_is_not_split_between_them() -> None:
    moves = _moves("Solana and Cardano slid between 3% and 6% on Tuesday.")
    assert {c.asset for c in moves} == {"SOL", "ADA"} and all(c.value == -3.0 for c in moves)


@pytest.mark.parametrize("text, asset, value, start", [
    ("The pullback trimmed Solana's 41% year-to-date rally.", "SOL", 41.0, datetime(2025, 1, 1, tzinfo=UTC)),
    ("XRP's 9% month-to-date advance is the best among the majors.", "XRP", 9.0, datetime(2025, 6, 1, tzinfo=UTC)),
])
def test_a_window_written_between_a_figure_and_its_move_noun(text: str, asset: str, value: float, start: datetime) -> None:
    (move,) = _moves(text)
    assert (move.asset, move.value, move.time.start) == (asset, value, start)
