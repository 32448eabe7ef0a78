"""Figures that look like a claim the tool knows but are another: a year written before 'levels',
a gauge reading told again for an earlier day; and an explanation that names the bar it read."""

from __future__ import annotations

import pytest
from extract_helpers import PUBLISHED, claims_of

from factcheck import check


@pytest.mark.parametrize(
    "text",
    [
        "BTC/USD traded at 2024 levels on Friday after the sell-off.",
        "Ether is back at 2021 levels while Bitcoin trades at $91,000.",
        "Solana slipped to 2023 levels this week as memecoin volumes dried up.",
        "Ether has returned to 2022 levels, analysts said.",
    ],
)
def test_a_year_before_levels_is_not_a_price(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind.value in {"price_level", "intraday_low", "intraday_high"}
                and c.value is not None and 1900 <= c.value <= 2100]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ether bounced from the 1940 level on Tuesday and climbed to $2,050.", 1940.0),
        ("Ether bounced off the $2,024 level on Monday.", 2024.0),
        ("Ether trades at $2,024, near last week's levels.", 2024.0),
    ],
)
def test_a_price_level_at_a_years_size_still_reads(text: str, value: float) -> None:
    assert any(c.value == value for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "now", "before"),
    [
        ("The Fear & Greed index is at 14, up from 14 last week.", 14.0, 14.0),
        ("The Crypto Fear and Greed Index reads 25 today, unchanged from 25 a week ago.", 25.0, 25.0),
        ("The Fear & Greed Index is at 52 today, up from 52 on Monday.", 52.0, 52.0),
        ("The Fear & Greed index is at 14, up from 12 last week.", 14.0, 12.0),
    ],
)
def test_a_gauge_reading_told_again_for_an_earlier_day_is_two_claims(text: str, now: float, before: float) -> None:
    readings = [c for c in claims_of(text) if c.kind.value == "sentiment_index"]
    assert sorted(c.value for c in readings) == sorted([now, before])
    assert len({(c.time.start, c.time.end) for c in readings}) == 2


def test_a_gauge_reading_said_twice_without_a_time_stays_one() -> None:
    text = "The Fear & Greed index is at 14. Traders note the index at 14 shows extreme fear."
    assert len([c for c in claims_of(text) if c.kind.value == "sentiment_index"]) == 1


def test_a_move_names_the_hour_whose_open_it_read(market_store) -> None:
    """Published 08:30 UTC on 5 July 2024, 'in the past 24 hours' starts at 08:30 on the 4th, inside
    the 08:00 bar: the base is that bar's open, so the explanation names 08:00, not 08:30."""
    text = "Bitcoin has fallen 6% in the past 24 hours as miners sold."
    report = check("move.txt", text=text, published="2024-07-05T08:30:00+00:00", store=market_store, offline=True, sentiment=None)
    (checked,) = [c for c in report.claims if c.claim.kind.value == "price_change"]
    assert "08:00" in checked.evidence.explanation
    assert "08:30" not in checked.evidence.explanation.split(" to ")[0]


@pytest.mark.parametrize(
    "text",
    [
        "Google searches for Bitcoin surged 400% this month.",
        "Active addresses on Ethereum jumped 40% in a week.",
        "Daily users of Solana climbed 25% since Monday.",
        "Bitcoin transactions rose 18% over the past week.",
        "Bitcoin hashrate rose 12% this month.",
    ],
)
def test_a_percent_of_the_networks_activity_is_not_a_price_move(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind.value == "price_change"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bitcoin surged 4% this month as searches climbed.", 4.0),
        ("Bitcoin rose 3% on Monday while active addresses fell.", 3.0),
    ],
)
def test_the_coins_move_beside_an_activity_word_still_reads(text: str, value: float) -> None:
    assert [c.value for c in claims_of(text) if c.kind.value == "price_change"] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "The Fear & Greed index dropped to 15; nearly 50% of traders are short.",
        "The Fear & Greed Index reads 18, and about 60% of Bitcoin supply is in profit.",
        "The Fear and Greed index sank to 12 while nearly 50% of holders sit at a loss.",
    ],
)
def test_a_share_beside_the_gauge_is_not_its_reading(text: str) -> None:
    values = [c.value for c in claims_of(text) if c.kind.value == "sentiment_index"]
    assert values and all(v < 20 for v in values)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Crypto Fear & Greed Index stood at 34% on Monday.", 34.0),
        ("The Fear and Greed index is at 72%, signalling greed.", 72.0),
    ],
)
def test_the_gauge_written_as_a_percent_still_reads(text: str, value: float) -> None:
    assert [c.value for c in claims_of(text) if c.kind.value == "sentiment_index"] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin would need to hold above the 50-week moving average to stay in a bull market.",
        "Ether must reclaim the 200-day SMA to turn bullish.",
        "Bitcoin needs to close above its 100-day EMA for the rally to continue.",
        "Solana has to recover the 50-day moving average before buyers return.",
    ],
)
def test_a_line_the_price_must_clear_is_no_side_it_is_on(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind.value == "indicator" and c.value is None]


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Bitcoin trades below its 50-week moving average.", "below"),
        ("Ether reclaimed the 200-day SMA on Monday.", "crossed_above"),
        ("Bitcoin is holding above its 100-day EMA.", "above"),
    ],
)
def test_a_side_told_as_a_fact_still_reads(text: str, comparator: str) -> None:
    assert [c.comparator.value for c in claims_of(text) if c.kind.value == "indicator"] == [comparator]


@pytest.mark.parametrize(
    "text",
    [
        "Ether liquidations are clustered below $3,100.",
        "A cluster of long liquidations sits below $3,100 on Ether.",
        "Short liquidations are stacked above $95,000 for Bitcoin.",
        "Heavy long liquidations lie beneath $88,500, the heatmap shows.",
    ],
)
def test_a_price_where_liquidations_sit_is_no_total(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind.value == "liquidations"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Liquidations topped $500 million in the past 24 hours.", 5e8),
        ("Long liquidations above $200 million hit Bitcoin traders on Monday.", 2e8),
    ],
)
def test_a_liquidation_total_still_reads(text: str, value: float) -> None:
    assert [c.value for c in claims_of(text) if c.kind.value == "liquidations"] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The total crypto market cap is down by more than $100 billion this week.", -1e11),
        ("The crypto market cap is down by $100 billion this week.", -1e11),
        ("The crypto market cap is down more than $100 billion this week.", -1e11),
        ("Bitcoin's market capitalization is up by $80 billion since Monday.", 8e10),
    ],
)
def test_a_total_up_or_down_by_an_amount_is_its_change(text: str, value: float) -> None:
    (claim,) = [c for c in claims_of(text) if c.kind.value == "market_cap"]
    assert claim.value == value and claim.comparator.value in {"up", "down"}


@pytest.mark.parametrize(
    ("text", "value", "comparator"),
    [
        ("The crypto market cap is above $3 trillion.", 3e12, "above"),
        ("Open interest is up to $30 billion.", 3e10, "at"),
    ],
)
def test_a_total_told_as_a_level_still_reads(text: str, value: float, comparator: str) -> None:
    assert [(c.value, c.comparator.value) for c in claims_of(text) if c.kind.value in {"market_cap", "open_interest"}] \
        == [(value, comparator)]


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin eclipses its previous peak in mid-August.",
        "Bitcoin tops its previous peak from mid-August.",
        "Ether is clearing its prior record high from early March.",
        "Solana surpasses its previous all-time high set in January.",
    ],
)
def test_a_record_passed_now_is_checked_at_publication(text: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.kind.value == "all_time_high"]
    assert claim.comparator.value == "crossed_above"
    assert claim.time.start == PUBLISHED and claim.record_time is not None and claim.record_time.start < PUBLISHED


def test_a_record_passed_in_the_past_keeps_its_date() -> None:
    (claim,) = [c for c in claims_of("Bitcoin surpassed its previous record in March.") if c.kind.value == "all_time_high"]
    assert claim.time.start.month == 3


@pytest.mark.parametrize(
    "text",
    [
        "The drop to $70,000 wiped out longs.",
        "The slide to $2,900 liquidated overleveraged longs.",
        "The crash to $70k on Monday flushed out leveraged longs.",
        "A plunge toward $88,000 wiped out leveraged longs overnight.",
    ],
)
def test_the_price_a_move_reached_is_no_sum_liquidated(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind.value == "liquidations"]


def test_a_sum_liquidated_beside_a_move_still_reads() -> None:
    text = "Over $500 million in longs was wiped out as BTC fell to $70,000."
    assert [c.value for c in claims_of(text) if c.kind.value == "liquidations"] == [5e8]
