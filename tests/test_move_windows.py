"""A move's window named after the prices it went from or to: 'gained 12% to $180 in the past seven
days' is a seven-day move, not the 24 hours assumed when no window is named."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from extract_helpers import PUBLISHED, claims_of, find_claims
from factcheck import check

MONDAY = datetime(2025, 6, 2, tzinfo=UTC)  # the week of PUBLISHED (Tuesday 3 June 2025, 12:00 UTC)


def _move(text: str, asset: str):
    (move,) = find_claims(text, "price_change", asset=asset)
    return move


@pytest.mark.parametrize(
    ("text", "asset", "start"),
    [
        ("Solana gained 12% to $180 in the past seven days.", "SOL", PUBLISHED - timedelta(days=7)),
        ("Ether rose 5% to $2,650 this week.", "ETH", MONDAY),
        ("Bitcoin slid 7% from $112,000 to $104,000 over the past week.", "BTC", PUBLISHED - timedelta(days=7)),
        ("Bitcoin has fallen 6% from $111,000 since Monday.", "BTC", MONDAY),
        ("XRP was up 4% at around $2.25 on the day.", "XRP", datetime(2025, 6, 3, tzinfo=UTC)),
        ("Dogecoin dropped 3% to $0.19 on Monday.", "DOGE", MONDAY),
    ],
)
def test_the_window_after_the_move_prices_is_the_moves(text: str, asset: str, start: datetime) -> None:
    assert _move(text, asset).time.start == start


def test_a_window_in_another_clause_stays_there() -> None:
    text = "Bitcoin rose 5% to $106,000, while ether fell 2% this week."
    assert _move(text, "BTC").time.start == PUBLISHED - timedelta(hours=24)
    assert _move(text, "ETH").time.start == MONDAY


def test_a_percent_after_the_price_is_not_a_window_of_the_first() -> None:
    """A second figure that is no price the move went to ends the search, as before."""
    text = "Bitcoin rose 5% to $106,000 and 12% against ether this week."
    moves = {c.value: c for c in find_claims(text, "price_change", asset="BTC")}
    assert moves[5.0].time.start == PUBLISHED - timedelta(hours=24)


def test_a_weekly_slide_is_checked_over_the_week(market_store) -> None:
    """BTC/USDT opened the week of 1 July 2024 at $62,772 and closed 07:00-08:00 UTC on 5 July at
    $54,415 (-13.3%); over the 24 hours before, it fell 6.5%. The article's 13% is the week's."""
    published = datetime(2024, 7, 5, 8, tzinfo=UTC)
    text = "Bitcoin has tumbled 13% to $54,400 this week as miners and a defunct exchange's creditors sold."
    report = check("week.txt", text=text, published=published.isoformat(), store=market_store, offline=True, sentiment=None)
    (checked,) = [c for c in report.claims if c.claim.kind.value == "price_change"]
    assert checked.verdict.value == "supported"
    assert checked.evidence.figure == pytest.approx(-13.3, abs=0.1)


@pytest.mark.parametrize(
    ("text", "asset", "start"),
    [
        ("Bitcoin is down 9% week-to-date.", "BTC", MONDAY),
        ("Ether is off 6% WTD after the weekend's slide.", "ETH", MONDAY),
        ("Solana is up 14% week to date.", "SOL", MONDAY),
        ("XRP has lost 11% MTD.", "XRP", datetime(2025, 6, 1, tzinfo=UTC)),
        ("Month to date, dogecoin is 8% lower.", "DOGE", datetime(2025, 6, 1, tzinfo=UTC)),
        ("Ether is up 31% QTD.", "ETH", datetime(2025, 4, 1, tzinfo=UTC)),
        ("Bitcoin has fallen over 15% so far this week.", "BTC", MONDAY),
        ("Cardano is up 3% so far today.", "ADA", datetime(2025, 6, 3, tzinfo=UTC)),
    ],
)
def test_a_period_to_date_runs_from_its_start(text: str, asset: str, start: datetime) -> None:
    move = _move(text, asset)
    assert (move.time.start, move.time.end) == (start, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "kind", "start"),
    [
        ("Open interest in ether futures fell 8% to $14 billion over the past week.", "open_interest", PUBLISHED - timedelta(days=7)),
        ("Bitcoin open interest climbed 12% to $72 billion since Monday.", "open_interest", MONDAY),
        ("Spot volume for solana jumped 40% to $4.5 billion this week.", "volume", MONDAY),
        ("Bitcoin's market value rose 5% to $2.1 trillion in the past seven days.", "market_cap", PUBLISHED - timedelta(days=7)),
    ],
)
def test_a_metric_change_takes_the_window_after_its_figures(text: str, kind: str, start: datetime) -> None:
    (change,) = [c for c in find_claims(text, kind) if c.comparator.value in {"up", "down"}]
    assert change.time.start == start


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin fell to $101,500 this week.",
        "Ether slid 7% from $2,800 to $2,600 this week.",
        "This week solana dropped to $150 before buyers returned.",
    ],
)
def test_a_level_reached_this_week_is_looked_for_in_the_week(text: str) -> None:
    """'This week' dates a level as 'this month' and 'last week' already did: touched since Monday."""
    levels = [c for c in claims_of(text) if c.kind.value in {"price_level", "intraday_low"} and c.comparator.value == "at"]
    assert levels and all(c.time.start == MONDAY for c in levels)


@pytest.mark.parametrize(
    ("text", "metric", "start"),
    [
        ("Bitcoin is down 9% from its weekly high.", "drop_from_high", MONDAY),
        ("Ether has slipped 6% from this week's peak.", "drop_from_high", MONDAY),
        ("Solana bounced 15% from its weekly low.", "rebound_from_low", MONDAY),
        ("XRP is 20% below its monthly high.", "drop_from_high", PUBLISHED - timedelta(days=30)),
        ("Dogecoin has rebounded 12% off the month's low.", "rebound_from_low", PUBLISHED - timedelta(days=30)),
    ],
)
def test_a_move_from_a_weekly_or_monthly_extreme_reads_that_period(text: str, metric: str, start: datetime) -> None:
    (move,) = find_claims(text, "price_change", metric=metric)
    assert move.time.start == start


def test_a_drop_from_the_weekly_high_is_checked_against_the_weeks_high(market_store) -> None:
    """BTC/USDT's high in the week of 1 July 2024 was $63,862 (1 July, 18:00 UTC); by 07:00-08:00 on
    5 July it closed at $54,415, 14.8% below. The day's own high was $57,546, 5.4% above that close."""
    text = "Bitcoin is down 15% from its weekly high as sellers keep the upper hand."
    report = check("week.txt", text=text, published="2024-07-05T08:00:00+00:00", store=market_store, offline=True, sentiment=None)
    (checked,) = [c for c in report.claims if c.claim.kind.value == "price_change"]
    assert checked.verdict.value == "supported"
    assert checked.evidence.figure == pytest.approx(-14.79, abs=0.01)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Bitcoin has gained 80% over the past 12 months.", datetime(2024, 6, 3, 12, tzinfo=UTC)),
        ("Ether is down 9% over the past year.", datetime(2024, 6, 3, 12, tzinfo=UTC)),
        ("Solana rose 14% in the last three months.", datetime(2025, 3, 3, 12, tzinfo=UTC)),
        ("XRP fell 6% over the past month.", datetime(2025, 5, 3, 12, tzinfo=UTC)),
    ],
)
def test_months_back_are_calendar_months(text: str, start: datetime) -> None:
    """Twelve 30-day months would start the window five days late."""
    (move,) = find_claims(text, "price_change")
    assert move.time.start == start


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        ("Ether fell 6% on Monday to $2,480, its lowest close since April.", "intraday_low", MONDAY),
        ("Bitcoin dropped below $100,000 on Monday for the first time since May.", "price_level", MONDAY),
    ],
)
def test_a_since_that_dates_a_record_leaves_the_day_named(text: str, kind: str, day: datetime) -> None:
    """'its lowest since April' compares with April; the level's own day is still Monday."""
    (level,) = [c for c in claims_of(text) if c.kind.value == kind and c.unit == "USD"]
    assert level.time.start == day


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Solana is up 3% from Monday.", MONDAY),
        ("Ether is up 5% since Monday's open.", MONDAY),
        ("XRP is down 4% from Monday's close.", MONDAY + timedelta(days=1)),
        ("Bitcoin is up 2% compared with last Friday.", datetime(2025, 5, 30, tzinfo=UTC)),
    ],
)
def test_a_move_from_a_day_named_runs_to_now(text: str, start: datetime) -> None:
    (move,) = find_claims(text, "price_change")
    assert (move.time.start, move.time.end) == (start, PUBLISHED)


def test_a_move_on_a_day_stays_that_day() -> None:
    (move,) = find_claims("Solana fell 3% on Monday.", "price_change")
    assert (move.time.start, move.time.end) == (MONDAY, MONDAY + timedelta(days=1))


@pytest.mark.parametrize("text", ["Bitcoin is down 1.1% since the day opened.", "Ether is up 2% since the session began."])
def test_since_the_day_opened_is_the_day_so_far(text: str) -> None:
    (move,) = find_claims(text, "price_change")
    assert (move.time.start, move.time.end) == (datetime(2025, 6, 3, tzinfo=UTC), PUBLISHED)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("April's 14% gain was ether's best month of the year.", datetime(2025, 4, 1, tzinfo=UTC), datetime(2025, 5, 1, tzinfo=UTC)),
        ("Solana's slide deepened May's loss of 9%.", datetime(2025, 5, 1, tzinfo=UTC), datetime(2025, 6, 1, tzinfo=UTC)),
    ],
)
def test_a_month_owning_a_move_dates_it(text: str, start: datetime, end: datetime) -> None:
    (move,) = find_claims(text, "price_change")
    assert (move.time.start, move.time.end) == (start, end)


FRIDAY = datetime(2025, 6, 6, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Bitcoin fell 3% from Monday to Wednesday.", MONDAY, MONDAY + timedelta(days=3)),
        ("Ether rose 5% from Tuesday to Thursday, exchange data show.", MONDAY + timedelta(days=1), MONDAY + timedelta(days=4)),
        ("Solana gained 8% from Monday's close to Wednesday.", MONDAY + timedelta(days=1), MONDAY + timedelta(days=3)),
        ("XRP slid 4% from Tuesday's open to Thursday.", MONDAY + timedelta(days=1), MONDAY + timedelta(days=4)),
    ],
)
def test_a_move_from_one_day_to_another_spans_both(text: str, start: datetime, end: datetime) -> None:
    """'from Monday to Wednesday' is no move inside Monday, nor one running on to publication."""
    (move,) = find_claims(text, "price_change", published=FRIDAY)
    assert (move.time.start, move.time.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Ether is still up 89% from its 52-week low.", PUBLISHED - timedelta(weeks=52)),
        ("Bitcoin trades 30% below its 52-week high.", PUBLISHED - timedelta(weeks=52)),
        ("Solana is up 40% from the 90-day low.", PUBLISHED - timedelta(days=90)),
        ("Cardano sits 25% below its annual peak.", PUBLISHED - timedelta(days=365)),
        ("Bitcoin has rebounded 8% from the year's low.", datetime(2025, 1, 1, tzinfo=UTC)),
    ],
)
def test_a_move_from_a_long_extreme_seeks_it_that_far_back(text: str, start: datetime) -> None:
    """A 52-week or yearly low is sought over that year, not over the last day."""
    (move,) = find_claims(text, "price_change")
    assert (move.time.start, move.time.end) == (start, PUBLISHED)


def test_the_52_week_low_is_the_years_low(market_store) -> None:
    """BTC/USDT's low in the 52 weeks to 3 June 2025 was $49,000 (5 August 2024); at publication it
    traded at $105,287, 115% above it. Read over the last day the claim would have been 'inaccurate'."""
    report = check("low.txt", text="Bitcoin is up 115% from its 52-week low.", published=PUBLISHED.isoformat(),
                   store=market_store, offline=True, sentiment=None)
    (checked,) = [c for c in report.claims if c.claim.kind.value == "price_change"]
    assert checked.verdict.value == "supported", checked.evidence.explanation


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Over a seven-day period, Bitcoin has soared by 6%.", 7),
        ("Within a three-day stretch, XRP dropped 14%.", 3),
        ("Ether gained 3% during a five-day window.", 5),
    ],
)
def test_a_period_noun_does_not_hide_its_length(text: str, days: int) -> None:
    """'a seven-day period' is the move's window, not a time of another noun."""
    (move,) = find_claims(text, "price_change")
    assert (move.time.start, move.time.end) == (PUBLISHED - timedelta(days=days), PUBLISHED)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Ether has gained 15% over the past fortnight.", PUBLISHED - timedelta(days=14)),
        ("Bitcoin is up 50% on a yearly basis.", datetime(2024, 6, 3, 12, tzinfo=UTC)),
        ("Solana is up 120% year on year.", datetime(2024, 6, 3, 12, tzinfo=UTC)),
        ("XRP is up 12% YoY.", datetime(2024, 6, 3, 12, tzinfo=UTC)),
        ("Cardano is down 4% on a weekly basis.", PUBLISHED - timedelta(days=7)),
    ],
)
def test_a_window_named_as_a_basis_or_a_fortnight(text: str, start: datetime) -> None:
    """These were checked over the last 24 hours."""
    (move,) = find_claims(text, "price_change")
    assert (move.time.start, move.time.end) == (start, PUBLISHED)


@pytest.mark.parametrize(("text", "value"), [("Bitcoin fell seven per cent on Monday.", -7.0),
                                             ("Ether rose twelve percent over the past week.", 12.0)])
def test_a_move_spelt_out_is_a_move(text: str, value: float) -> None:
    (move,) = find_claims(text, "price_change")
    assert move.value == value


def test_a_month_owning_the_next_figure_does_not_date_this_one() -> None:
    """'after December's 3% loss' dates the 3%, not the January move before it."""
    moves = find_claims("In January ether fell 8.4%, after December's 3% loss.", "price_change", published=datetime(2026, 2, 1, 7, tzinfo=UTC))
    assert [(m.value, m.time.start.month) for m in moves] == [(-8.4, 1), (-3.0, 12)]


def test_a_table_row_labelled_with_a_month_is_that_months_move() -> None:
    text = "Ether monthly report.\n\nKey figures\n- January: -8.4% (after December's 3% loss)\n- ETH now $2,480\n"
    moves = find_claims(text, "price_change", published=datetime(2026, 2, 1, 7, tzinfo=UTC))
    assert [(m.value, m.time.start, m.time.end) for m in moves][0] == \
        (-8.4, datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC))


def test_a_headline_move_takes_the_window_the_body_gives() -> None:
    """'Solana jumps 8%' over the headline, 'jumped 8% on Monday' in the body: one claim, over Monday."""
    (move,) = find_claims("Solana jumps 8% as traders pile in\n\nSolana jumped 8% on Monday, exchange data show.", "price_change")
    assert (move.time.start, move.time.end) == (MONDAY, MONDAY + timedelta(days=1))
    assert move.text.startswith("jumps 8%")


def test_a_day_said_in_utc_is_the_utc_day_for_an_asian_outlet() -> None:
    """Published at 14:15 in Hong Kong: 'on Monday, UTC' runs 00:00-24:00 UTC, not Hong Kong's Monday."""
    from factcheck.model import Article, Precision
    from factcheck.nlp.extract import extract

    article = Article(text="Ether surged 19% on Monday, UTC.", source="t", published_at=datetime(2024, 5, 21, 6, 15, tzinfo=UTC),
                      published_precision=Precision.minute, published_zone="Asia/Hong_Kong")
    (move,) = [c for c in extract(article) if c.kind.value == "price_change"]
    assert (move.time.start, move.time.end) == (datetime(2024, 5, 20, tzinfo=UTC), datetime(2024, 5, 21, tzinfo=UTC))


@pytest.mark.parametrize(("text", "kind", "start"), [
    ("Bitcoin slid to a two-week low of $99,500.", "intraday_low", PUBLISHED - timedelta(days=14)),
    ("Ether hit a 3-month high of $2,700.", "intraday_high", datetime(2025, 3, 3, 12, tzinfo=UTC)),  # calendar months
])
def test_an_extreme_of_n_weeks_or_months_is_sought_over_them(text: str, kind: str, start: datetime) -> None:
    (extreme,) = find_claims(text, kind)
    assert (extreme.time.start, extreme.time.end) == (start, PUBLISHED)


def test_a_two_week_high_is_the_fortnights_high(market_store) -> None:
    """BTC/USDT's high in the 14 days to 08:00 UTC on 5 July 2024 was $64,547 (22 June); the last
    day's was $58,813, against which the claim had read 'inaccurate'."""
    report = check("high.txt", text="Bitcoin set a two-week high of $64,500 before the sell-off.",
                   published="2024-07-05T08:00:00+00:00", store=market_store, offline=True, sentiment=None)
    (checked,) = [c for c in report.claims if c.claim.kind.value == "intraday_high"]
    assert checked.verdict.value == "supported", checked.evidence.explanation


def test_a_window_named_before_wins_over_an_apposed_period_word() -> None:
    """'Last week's candle gained 5.4%, the first weekly gain in a month': last calendar week, not the last 7 days."""
    moves = find_claims("Solana's chart: last week's candle gained 5.4%, the first weekly gain in a month.", "price_change")
    assert [(m.time.start, m.time.end) for m in moves] == [(MONDAY - timedelta(days=7), MONDAY)]


def test_an_apposed_period_word_still_dates_a_bare_move() -> None:
    (move,) = find_claims("Ether rose 8%, its best weekly gain since May.", "price_change")
    assert (move.time.start, move.time.end) == (PUBLISHED - timedelta(days=7), PUBLISHED)


@pytest.mark.parametrize(
    ("text", "window_text"),
    [
        ("Bitcoin has seen a 30.6% drop, exceeding previous corrections this year.", None),
        ("Bitcoin fell 3%, extending losses over the past week.", None),
        ("Bitcoin fell 3% over the past week, erasing its gains.", "over the past week"),
    ],
)
def test_a_window_in_a_participle_clause_after_the_move_is_that_clauses(text: str, window_text: str | None) -> None:
    (move,) = find_claims(text, "price_change")
    assert move.time.text == window_text


def test_a_window_inside_a_participle_aside_before_the_move_is_the_asides() -> None:
    text = "After four consecutive weeks of losses, marking the longest bearish trend in 500 days, Bitcoin has seen a 30.6% drop."
    (move,) = find_claims(text, "price_change")
    assert move.time.text is None
    (dated,) = find_claims("On Monday, extending its slide, Bitcoin fell 3%.", "price_change")
    assert dated.time.text == "On Monday"
