"""What real market wraps write around a figure must not change whose figure it is or when:
a hedge in the main clause ('seems to be bucking the trend') does not make a move measured over
a past window, or the price 'currently' traded, a forecast; a coin that 'is showing' a gain is
not the source of its own figure; 'CoinGlass data show' credits CoinGlass however the parser
hangs 'data'; 'priced above $X' is a price on one side of the figure."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.model import ClaimKind, Comparator, Modality
from tests.extract_helpers import PUBLISHED
from tests.extract_helpers import claims_of as _claims


def test_a_hedged_clause_does_not_put_a_past_move_or_the_current_price_ahead() -> None:
    claims = _claims("Meanwhile, Cardano appears to be shrugging off the selling, posting a gain of 3.4% over "
                     "the past 24 hours, currently trading at $0.71.")
    assert [(c.kind, c.asset, c.value, c.modality) for c in claims] == [
        (ClaimKind.price_change, "ADA", 3.4, Modality.asserted),
        (ClaimKind.price_level, "ADA", 0.71, Modality.asserted),
    ]


def test_a_forecast_over_a_coming_window_stays_a_forecast() -> None:
    (claim,) = _claims("Analysts expect Solana to keep climbing, reaching $260 over the next two weeks.")
    assert claim.modality is Modality.forecast


@pytest.mark.parametrize("text, asset", [
    ("Litecoin is showing an increase of 4.1% over the past 24 hours.", "LTC"),
    ("Bitcoin is showing a gain of 2.2% since Monday's open.", "BTC"),
])
def test_a_coin_is_not_the_source_of_its_own_move(text: str, asset: str) -> None:
    (claim,) = _claims(text)
    assert (claim.asset, claim.modality, claim.attributed_to) == (asset, Modality.asserted, None)


@pytest.mark.parametrize("text", [
    "Kaiko data show ether open interest rose 6% to $19 billion.",
    "Kaiko data show that ether open interest rose 6% to $19 billion.",
])
def test_data_that_show_a_figure_credit_their_provider(text: str) -> None:
    claims = _claims(text)
    assert claims and all(c.modality is Modality.attributed and "Kaiko" in (c.attributed_to or "") for c in claims)


@pytest.mark.parametrize("text, asset, value, comparator", [
    ("At press time, Dogecoin was priced above $0.1042.", "DOGE", 0.1042, Comparator.above),
    ("Cardano is now valued below $1 a token.", "ADA", 1, Comparator.below),
])
def test_priced_on_one_side_of_a_figure(text: str, asset: str, value: float, comparator: Comparator) -> None:
    (claim,) = _claims(text)
    assert (claim.kind, claim.asset, claim.value, claim.comparator) == (ClaimKind.price_level, asset, value, comparator)


@pytest.mark.parametrize("text", [
    "Reaching $0.42 from current levels would mean a gain of about 18% for the token.",
    "Tagging $4,400 would mark ether's first visit since March.",
])
def test_a_level_a_scenario_assumes_is_no_extreme(text: str) -> None:
    assert not [c for c in _claims(text) if c.kind in {ClaimKind.intraday_high, ClaimKind.intraday_low, ClaimKind.price_level}]


@pytest.mark.parametrize("text, kind, asset, level", [
    ("Shiba Inu's market cap has risen by 4.1% in 24 hours, currently at $8.9 billion.", ClaimKind.market_cap, "SHIB", 8.9e9),
    ("Solana open interest jumped 7% in a day, currently standing at $7.4 billion.", ClaimKind.open_interest, "SOL", 7.4e9),
    ("XRP's open interest recently topped the $4 billion mark, currently at $4.3 billion.", ClaimKind.open_interest, "XRP", 4.3e9),
])
def test_a_total_restated_now_after_its_change_is_a_reading(text: str, kind: ClaimKind, asset: str, level: float) -> None:
    levels = [c for c in _claims(text) if c.kind is kind and c.unit == "USD" and c.comparator is Comparator.at]
    assert [(c.asset, c.value) for c in levels] == [(asset, level)]


def test_a_move_over_minutes_is_timed_and_left_unmeasured() -> None:
    from factcheck.model import Verdict
    from factcheck.verify import verify
    from factcheck.verify.context import Context

    (claim,) = [c for c in _claims("Ether slid 2.5% in the last 45 minutes.") if c.kind is ClaimKind.price_change]
    assert (claim.time.end - claim.time.start).total_seconds() == 45 * 60
    (checked,) = verify([claim], Context(article=None, market=None, now=PUBLISHED, hours=None))  # type: ignore[arg-type]
    assert checked.verdict is Verdict.unverifiable and "less than an hour" in checked.evidence.explanation


@pytest.mark.parametrize("text, metric", [
    ("Bitcoin is 6% below its weekly high.", "drop_from_high"),
    ("Ether trades 9% above Friday's low.", "rebound_from_low"),
])
def test_a_distance_from_a_periods_extreme_is_no_record(text: str, metric: str) -> None:
    (claim,) = _claims(text)
    assert (claim.kind, claim.metric) == (ClaimKind.price_change, metric)


def test_a_record_dated_by_a_past_period_is_a_distance_from_the_record() -> None:
    claims = _claims("The token is now roughly 48% off last winter's all-time high of $0.74.")
    assert (ClaimKind.all_time_high, 48.0) in [(c.kind, c.value) for c in claims]


@pytest.mark.parametrize("text", [
    "Ether needs a fresh increase above $3,400 in the coming sessions to turn bullish.",
    "A close above the 100 hourly SMA is a must for a steady rise above the $0.62 resistance in the coming days.",
])
def test_a_move_wanted_is_no_crossing_made(text: str) -> None:
    assert not [c for c in _claims(text) if c.kind is ClaimKind.price_level and c.comparator.value.startswith("crossed")]


def test_a_move_made_is_still_a_crossing() -> None:
    (claim,) = [c for c in _claims("Ether saw a fresh increase above $3,400 on Monday.") if c.kind is ClaimKind.price_level]
    assert claim.comparator is Comparator.crossed_above


def test_a_move_from_a_dated_peak_and_the_peak_are_timed_from_it() -> None:
    claims = _claims("Solana recently traded at $142, down more than 45% from an early-January peak above $290.")
    move = next(c for c in claims if c.kind is ClaimKind.price_change)
    peak = next(c for c in claims if c.kind is ClaimKind.intraday_high)
    assert (move.value, move.metric, move.time.start) == (-45.0, "drop_from_high", datetime(2025, 1, 1, tzinfo=UTC))
    assert (peak.value, peak.time.start) == (290.0, datetime(2025, 1, 1, tzinfo=UTC))


def test_a_price_at_press_time_beside_a_hedge_is_the_price_now() -> None:
    claims = _claims("Solana appears somewhat exposed to further swings, trading at $141.30 at press time.")
    levels = [c for c in claims if c.kind in {ClaimKind.price_level, ClaimKind.forecast}]
    assert [(c.kind, c.value, c.modality) for c in levels] == [(ClaimKind.price_level, 141.3, Modality.asserted)]


@pytest.mark.parametrize("text", ["Ether collapsed 8% today.", "XRP nosedived 11% overnight."])
def test_more_verbs_of_falling(text: str) -> None:
    (claim,) = _claims(text)
    assert (claim.kind, claim.comparator) == (ClaimKind.price_change, Comparator.down)
