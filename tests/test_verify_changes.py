"""Claim shapes extraction has started to produce, checked on the shared market data:
totals changing by an amount of dollars (open interest, market cap, volume), volumes
counted in coins, figures written as bounds ('north of', 'a fraction under'), and
trends of a few days ('reversing a three-day trend'). Expected figures are recomputed
here from the CSV files, independently of the store."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import MARKET
from verify_helpers import article, check, claim, published_end, utc

from factcheck.model import ClaimKind, Comparator, Precision, Verdict
from factcheck.nlp.markets import held_venue_named


def _csv(name: str) -> pd.DataFrame:
    return pd.read_csv(MARKET / name, parse_dates=["timestamp"], index_col="timestamp")


def _day(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


# --- open interest changing by an amount -------------------------------------------------

DESK = utc(2025, 12, 10, 9, 30)
WEEK = dict(start=utc(2025, 12, 3, 9, 30), end=DESK, when="window", time_text="over the past week")


def _as_extracted(c):
    """The venue extraction marks on a figure whose sentence names ours ('... on Binance')."""
    return c.model_copy(update={"venue": held_venue_named(c)})


def _oi_change(value: float, sentence: str, asset: str = "BTC", **time):
    comparator = Comparator.down if value < 0 else Comparator.up
    return _as_extracted(claim(ClaimKind.open_interest, asset, value, unit="USD", metric="open_interest_change",
                               comparator=comparator, sentence=sentence, **(time or WEEK)))


def test_open_interest_falling_by_an_amount_is_a_change_not_a_level(market_store) -> None:
    """Binance BTCUSDT OI rose from the 3 Dec to the 10 Dec snapshot: 'fell by $2 billion'
    is the wrong sign (it used to be compared as a level of -$2B and came out supported)."""
    oi = _csv("BTC-ETH_open-interest_1d_binance-usdm.csv")["btc_oi_value_usd"]
    moved = oi[_day("2025-12-10")] - oi[_day("2025-12-03")]
    fell = check(article(DESK), _oi_change(-2e9, "Bitcoin open interest on Binance fell by $2 billion."), market_store)
    assert fell.verdict is Verdict.inaccurate, fell.evidence.explanation
    assert fell.evidence.figure == pytest.approx(moved, rel=1e-6)
    rose = check(article(DESK), _oi_change(round(moved, -6), "Bitcoin open interest on Binance rose by $95 million."), market_store)
    assert rose.verdict is Verdict.supported, rose.evidence.explanation


def test_an_open_interest_amount_without_a_window_is_the_last_24_hours(market_store) -> None:
    """'$811 million of ETH open interest evaporated on Binance' with no window: 9 Dec to 10 Dec
    snapshot, when ETH OI rose by about $778 million, so it is inaccurate; the rise itself
    ('$700 million', within the rounding) is supported."""
    instant = dict(start=DESK, end=DESK, when="instant")
    oi = _csv("BTC-ETH_open-interest_1d_binance-usdm.csv")["eth_oi_value_usd"]
    moved = oi[_day("2025-12-10")] - oi[_day("2025-12-09")]
    gone = check(article(DESK), _oi_change(-811e6, "$811 million of open interest evaporated on Binance.", "ETH", **instant), market_store)
    assert gone.verdict is Verdict.inaccurate and "24 hours" in gone.evidence.explanation
    assert gone.evidence.figure == pytest.approx(moved, rel=1e-6)
    added = check(article(DESK), _oi_change(700e6, "ETH open interest on Binance added $700 million.", "ETH", **instant), market_store)
    assert added.verdict is Verdict.supported, added.evidence.explanation


def test_an_open_interest_amount_the_store_cannot_see_is_never_supported(market_store) -> None:
    """All-exchange totals (no venue named) and days outside the snapshots are unverifiable."""
    across = check(article(DESK), _oi_change(95e6, "Bitcoin futures open interest rose by $95 million."), market_store)
    assert across.verdict is Verdict.unverifiable
    summer = utc(2025, 8, 25)
    old = check(article(summer), _oi_change(-811e6, "ETH open interest on Binance shed $811 million.", "ETH",
                                            start=summer, end=summer, when="instant"), market_store)
    assert old.verdict is Verdict.unverifiable, old.evidence.explanation


# --- a market cap changing by an amount ---------------------------------------------------

def _cap_change(asset: str, value: float, **time):
    comparator = Comparator.down if value < 0 else Comparator.up
    return claim(ClaimKind.market_cap, asset, value, unit="USD", metric="market_cap", comparator=comparator, **time)


def test_a_market_cap_amount_is_price_times_supply_at_both_ends(market_store) -> None:
    """BTC over the 24 hours to 10 Dec 2025 09:30: the 09:00 open of 9 Dec to the 08:00 close
    of 10 Dec, each times Coin Metrics' supply of the day before; about +$42 billion."""
    day = dict(start=utc(2025, 12, 9, 9, 30), end=DESK, when="window", time_text="over the past 24 hours")
    hours = _csv("BTC-USDT_1h_binance-spot.csv")
    metrics = _csv("BTC-USD_1d_coinmetrics-refrate.csv")
    supply = metrics["market_cap_usd"] / metrics["price_usd"]
    start = hours.loc[_day("2025-12-09 09:00"), "open"] * supply[_day("2025-12-08")]
    end = hours.loc[_day("2025-12-10 08:00"), "close"] * supply[_day("2025-12-09")]
    shed = check(article(DESK), _cap_change("BTC", -90e9, **day), market_store)
    assert shed.verdict is Verdict.inaccurate, shed.evidence.explanation
    assert shed.evidence.figure == pytest.approx(end - start, rel=1e-3)
    added = check(article(DESK), _cap_change("BTC", round((end - start) / 1e9) * 1e9, **day), market_store)
    assert added.verdict is Verdict.supported, added.evidence.explanation
    ether = check(article(DESK), _cap_change("ETH", 4e9, **day), market_store)
    assert ether.verdict is Verdict.unverifiable  # no ETH supply series


# --- volume changing by an amount, and volume in coins -----------------------------------

EXCHANGE_UPDATE = utc(2026, 2, 6, 11, 20)
THURSDAY = dict(start=utc(2026, 2, 5), end=utc(2026, 2, 6), when="day", time_text="Thursday")


def test_a_named_days_volume_change_in_dollars(market_store) -> None:
    """Yahoo's all-exchange BTC volume of Thursday 5 Feb 2026 against Wednesday's."""
    yahoo = _csv("BTC-USD_1d_yahoo.csv")["volume"]
    moved = yahoo[_day("2026-02-05")] - yahoo[_day("2026-02-04")]
    written = round(moved, -9)
    right = claim(ClaimKind.volume, "BTC", written, unit="USD", metric="volume_change",
                  comparator=Comparator.up if written > 0 else Comparator.down, **THURSDAY)
    result = check(article(EXCHANGE_UPDATE), right, market_store)
    assert result.verdict is Verdict.supported, result.evidence.explanation
    assert result.evidence.figure == pytest.approx(moved, rel=1e-6)
    wrong = right.model_copy(update={"value": -written, "comparator": Comparator.down if written > 0 else Comparator.up})
    assert check(article(EXCHANGE_UPDATE), wrong, market_store).verdict is Verdict.inaccurate


def _coins(value: float, sentence: str, asset: str = "BTC", **time):
    return _as_extracted(claim(ClaimKind.volume, asset, value, unit=asset, metric="volume", sentence=sentence, **(time or THURSDAY)))


def test_a_volume_in_coins_is_binance_base_volume(market_store) -> None:
    """'Thursday's volume was roughly 106,000 BTC on Binance spot': Binance's daily bar of
    5 Feb 2026 says 106,299 BTC."""
    daily = _csv("BTC-USDT_1d_binance-spot.csv")["volume"][_day("2026-02-05")]
    said = "Thursday's volume was roughly 106,000 BTC on Binance spot."
    right = check(article(EXCHANGE_UPDATE), _coins(106_000, said), market_store)
    assert right.verdict is Verdict.supported, right.evidence.explanation
    assert right.evidence.figure == pytest.approx(daily, rel=1e-9)
    assert check(article(EXCHANGE_UPDATE), _coins(120_000, said), market_store).verdict is Verdict.inaccurate
    assert check(article(EXCHANGE_UPDATE), _coins(109_000, said), market_store).verdict is Verdict.imprecise


def test_a_volume_in_coins_without_a_venue_or_spot_bars_is_unverifiable(market_store) -> None:
    """No venue named: no all-exchange count of coins is held. ETH in November 2025: the spot
    file has no bars, and a perpetual's volume is not spot volume."""
    anywhere = check(article(EXCHANGE_UPDATE), _coins(106_000, "Thursday's volume was roughly 106,000 BTC."), market_store)
    assert anywhere.verdict is Verdict.unverifiable
    november = dict(start=utc(2025, 11, 16), end=utc(2025, 11, 17), when="day", time_text="Sunday")
    ether = check(article(utc(2025, 11, 17, 9)), _coins(300_000, "Binance traded 300,000 ETH on Sunday.", "ETH", **november),
                  market_store)
    assert ether.verdict is Verdict.unverifiable, ether.evidence.explanation


# --- figures written as bounds -----------------------------------------------------------

def _bound(kind: ClaimKind, asset: str, value: float, comparator: Comparator, at, **time):
    return claim(kind, asset, value, unit="USD", comparator=comparator, **(time or dict(start=at, end=at)))


def test_a_price_bound_is_a_threshold_taken_exactly(market_store) -> None:
    """10 Dec 2025 09:30: the 08:00 close was 92,605.38. 'North of $92,000' holds; 'north of
    $92,800' misses by $195 (imprecise, where a level's rounding would have called it
    supported); 'just shy of $95,000' holds."""
    close = _csv("BTC-USDT_1h_binance-spot.csv").loc[_day("2025-12-10 08:00"), "close"]
    assert 92_000 < close < 92_800
    grades = {v: check(article(DESK), _bound(ClaimKind.price_level, "BTC", v, c, DESK), market_store).verdict
              for v, c in [(92_000, Comparator.above), (92_800, Comparator.above), (95_000, Comparator.below), (99_000, Comparator.above)]}
    assert grades == {92_000: Verdict.supported, 92_800: Verdict.imprecise, 95_000: Verdict.supported, 99_000: Verdict.inaccurate}


def test_a_bound_on_a_date_only_day_is_met_at_some_hour(market_store) -> None:
    """4 Apr 2024 (date only) BTC traded about 65,065-69,310: 'above $60,000' held all day
    (it used to be graded by its distance from the day's range, as a level)."""
    published = article(utc(2024, 4, 4), Precision.day)
    day = dict(start=utc(2024, 4, 4), end=published_end(published), when="day")
    above = check(published, _bound(ClaimKind.price_level, "BTC", 60_000, Comparator.above, None, **day), market_store)
    assert above.verdict is Verdict.supported, above.evidence.explanation
    below = check(published, _bound(ClaimKind.price_level, "BTC", 60_000, Comparator.below, None, **day), market_store)
    assert below.verdict is Verdict.inaccurate, below.evidence.explanation


def test_an_intraday_extreme_written_as_a_bound(market_store) -> None:
    """Ether's high over the 24 hours to 10 Dec 2025 09:00 was about 3,398 (perpetual hours)."""
    day = dict(start=utc(2025, 12, 10), end=DESK, when="day")
    over = {v: check(article(DESK), _bound(ClaimKind.intraday_high, "ETH", v, Comparator.above, None, **day), market_store).verdict
            for v in (3_300, 3_500)}
    assert over == {3_300: Verdict.supported, 3_500: Verdict.inaccurate}


def test_a_record_a_fraction_under_a_figure(market_store) -> None:
    """Before 15 Feb 2024 BTC's record was Yahoo's 68,789.63 of 10 Nov 2021: under $69,000
    holds; 'under $68,000' misses by 1.2% (imprecise)."""
    record = _csv("BTC-USD_1d_yahoo.csv").loc[: "2024-02-14", "high"].max()
    assert 68_000 < record < 69_000
    at = utc(2024, 2, 15, 1)
    under = {v: check(article(at), _bound(ClaimKind.all_time_high, "BTC", v, Comparator.below, at), market_store).verdict
             for v in (69_000, 68_000)}
    assert under == {69_000: Verdict.supported, 68_000: Verdict.imprecise}


# --- trends of a few days ----------------------------------------------------------------

def test_a_three_day_trend_is_read_on_hours_not_a_month_of_days(market_store) -> None:
    """'Jumped 5%, reversing a three-day trend' (4 Apr 2024, date only): BTC peaked at 71,366
    in the last hour of 31 Mar and fell to 65,464 by 3 Apr; early on 4 Apr the peak was three
    days old. (A month-scale search found the 14 Mar record instead.) Up, it was no trend."""
    published = article(utc(2024, 4, 4), Precision.day)
    hours = _csv("BTC-USDT_1h_binance-spot.csv").loc["2024-03-31 12:00":"2024-04-03 23:00"]
    assert hours["high"].idxmax() == _day("2024-03-31 23:00")
    moment = dict(start=published_end(published), end=published_end(published))

    def trend(zone: str):
        return claim(ClaimKind.trend, "BTC", None, metric="trend", zone=zone, duration_days=3, **moment)

    down = check(published, trend("down"), market_store)
    assert down.verdict is Verdict.supported, down.evidence.explanation
    assert down.evidence.figures["turning_price"] == pytest.approx(hours["high"].max())
    assert check(published, trend("up"), market_store).verdict is Verdict.inaccurate


def test_an_open_interest_change_on_the_day_runs_between_the_last_two_snapshots(market_store) -> None:
    """'ETH open interest on Binance is up 12.8% on the day' at 09:30: the day began at the 00:00
    snapshot, the latest one, so the change is from the snapshot before it (9 Dec -> 10 Dec)."""
    oi = _csv("BTC-ETH_open-interest_1d_binance-usdm.csv")["eth_oi_value_usd"]
    moved = (oi[_day("2025-12-10")] / oi[_day("2025-12-09")] - 1) * 100
    today = dict(start=utc(2025, 12, 10), end=DESK, when="day", time_text="on the day")
    said = claim(ClaimKind.open_interest, "ETH", round(moved, 1), unit="%", metric="open_interest_change",
                 comparator=Comparator.up, sentence="ETH open interest on Binance is up on the day.", venue="Binance", **today)
    checked = check(article(DESK), said, market_store)
    assert checked.verdict is Verdict.supported, checked.evidence.explanation
    assert checked.evidence.figure == pytest.approx(moved, abs=0.05)
