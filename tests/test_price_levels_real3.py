"""Levels as real outlets write them (session 24): a support or resistance the price is told to
have broken, and a peak dated by the article's own year. Sentences written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extract_helpers import claims_of, find_claims


# a support or resistance the price broke is a crossing of its level; the line named stays a claim

@pytest.mark.parametrize(("text", "asset", "value"), [
    ("Bears broke the $0.45 support on Friday, and ADA now trades at $0.41.", "ADA", 0.45),
    ("Solana's price dropped below its local support of $142.50.", "SOL", 142.5),
    ("Litecoin slid all week, closing under the weekly support line at $64.", "LTC", 64.0),
    ("The $2,900 support was broken on Tuesday as ether slid.", "ETH", 2900.0),
    ("Shiba Inu lost a key support area near $0.0000121 on Monday.", "SHIB", 0.0000121),
])
def test_support_broken_is_a_crossing_below(text: str, asset: str, value: float) -> None:
    assert find_claims(text, "price_level", asset=asset, comparator="crossed_below", value=value)
    assert find_claims(text, "support", asset=asset, comparator="at", value=value)


def test_resistance_broken_is_a_crossing_above() -> None:
    text = "Solana broke the $185 resistance on Monday and held the gain."
    assert find_claims(text, "price_level", asset="SOL", comparator="crossed_above", value=185.0)


@pytest.mark.parametrize("text", [
    "If ETH loses the $2,800 support, it could fall further.",
    "ETH could break the $2,800 support later this week.",
    "Ether bounced off the $2,800 support on Sunday.",
    "Ether failed to break below the $2,800 support on Sunday.",
])
def test_support_not_broken_is_no_crossing(text: str) -> None:
    assert not find_claims(text, "price_level", comparator="crossed_below", value=2800.0)
    assert find_claims(text, "support", asset="ETH", value=2800.0)


def test_resistance_aimed_at_is_no_crossing() -> None:
    text = "XRP keeps climbing and may aim for a fresh push above the $0.62 resistance area."
    assert not find_claims(text, "price_level", comparator="crossed_above", value=0.62)


# a peak dated by the year of publication is that year's high, not the record

IN_2026 = datetime(2026, 2, 6, 10, tzinfo=UTC)
IN_2025 = datetime(2025, 6, 3, 12, tzinfo=UTC)


def _kinds(text: str, published: datetime) -> set[str]:
    return {c.kind.value for c in claims_of(text, published)}


def test_peak_of_this_year_is_the_years_high() -> None:
    text = "Bitcoin has slid from a 2026 peak near $97,000 over the past month."
    assert find_claims(text, "intraday_high", IN_2026, asset="BTC", comparator="at", value=97000.0)
    assert "all_time_high" not in _kinds(text, IN_2026)


def test_distance_below_this_years_high_is_a_fall() -> None:
    text = "BNB fell 18% from a 2025 high before buyers returned."
    assert find_claims(text, "price_change", IN_2025, asset="BNB", comparator="down", value=-18.0)
    assert "all_time_high" not in _kinds(text, IN_2025)
    assert len(find_claims(text, "price_change", IN_2025)) == 1  # the verb's move and the distance: one fall


def test_this_years_peak_written_out() -> None:
    text = "Cardano retreated from its 2025 peak at $1.32 and now trades near $0.70."
    assert find_claims(text, "intraday_high", IN_2025, asset="ADA", value=1.32)
    assert "all_time_high" not in _kinds(text, IN_2025)


@pytest.mark.parametrize(("text", "published"), [
    ("Bitcoin remains 12% below its 2024 peak of $73,800.", IN_2025),  # an earlier year's peak: the record
    ("Bitcoin set a 2026 record high of $97,000 in January.", IN_2026),  # called a record
])
def test_record_stays_a_record(text: str, published: datetime) -> None:
    assert "all_time_high" in _kinds(text, published)


# a data box's role label with its dash glued to the noun lists the levels

@pytest.mark.parametrize(("text", "kind", "values"), [
    ("Ether intraday levels\n- Spot rate: $3,410\n- Trend: Bullish\n- Resistance levels- $3,480 and $3,560\n",
     "resistance", [3480.0, 3560.0]),
    ("Solana intraday levels\n- Spot rate: $151\n- Support levels- $146, $140 and $133\n- Volatility: High",
     "support", [146.0, 140.0, 133.0]),
    ("XRP levels to watch\n- Resistance level- $0.64\n- Trend: neutral", "resistance", [0.64]),
    ("Key levels for ETH\nResistance: $4,120 → $4,305\nSupport: $3,980 → $3,910 → $3,760\n", "support", [3980.0, 3910.0, 3760.0]),
    ("Key levels for ETH\nResistance: $4,120 → $4,305\nSupport: $3,980\n", "resistance", [4120.0, 4305.0]),
])
def test_dash_labelled_level_list(text: str, kind: str, values: list[float]) -> None:
    for value in values:
        assert find_claims(text, kind, value=value), (kind, value)


# a fall toward a level told as done is how low that stretch went

@pytest.mark.parametrize(("text", "kind", "asset", "value"), [
    ("On Friday the coin tumbled toward $65K before buyers stepped back in.", "intraday_low", None, 65000.0),
    ("On Tuesday, ether briefly dipped toward $2,900 and traded around $3,000 later.", "intraday_low", "ETH", 2900.0),
    ("The price of bitcoin has eased back towards $91,500 overnight.", "intraday_low", "BTC", 91500.0),
    ("Solana sank briefly toward $140 on Monday before buyers returned.", "intraday_low", "SOL", 140.0),
])
def test_finished_fall_toward_a_level_is_its_low(text: str, kind: str, asset: str | None, value: float) -> None:
    assert find_claims(text, kind, asset=asset, comparator="at", value=value)


@pytest.mark.parametrize("text", [
    "XRP is falling toward $0.50.",
    "Ether could slide toward $2,800 next week.",
    "Bitcoin Drops Towards $88,000",
    "Cardano sank toward $0.55 during the European session.",
])
def test_move_toward_not_finished_is_no_extreme(text: str) -> None:
    assert not [c for c in claims_of(text) if c.kind.value in {"intraday_low", "intraday_high"}]


# the low or high of a named past window is that window's extreme, even years back

@pytest.mark.parametrize(("text", "kind", "asset", "value"), [
    ("Back in September 2023, BTC bottomed around $25,000 and then began a long recovery.", "intraday_low", "BTC", 25000.0),
    ("Ether fell as low as $880 in June 2022, at the depth of that bear market.", "intraday_low", "ETH", 880.0),
    ("Back in March 2021, XRP traded as high as $0.64 before the lawsuit news faded.", "intraday_high", "XRP", 0.64),
])
def test_extreme_of_a_past_year_is_a_claim(text: str, kind: str, asset: str, value: float) -> None:
    assert find_claims(text, kind, asset=asset, comparator="at", value=value)


def test_price_of_a_past_year_stays_background() -> None:
    text = "Bitcoin, which traded at about $16,500 in late 2022, now changes hands at $90,000."
    assert not find_claims(text, "price_level", value=16500.0)
    assert find_claims(text, "price_level", asset="BTC", value=90000.0)
