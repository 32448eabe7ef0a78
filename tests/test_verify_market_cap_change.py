"""A market cap's percent change: the price's over a day, price times supply over longer."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import MARKET
from verify_helpers import article, check, claim, utc

from factcheck.model import ClaimKind, Comparator, Precision, Verdict


def _cap_change(asset: str, value: float, **time):
    return claim(ClaimKind.market_cap, asset, value, unit="%", metric="market_cap", comparator=Comparator.down, **time)


def test_a_24_hour_cap_change_is_the_price_change(market_store) -> None:
    """7 Apr 2025 (date only), the tariff crash: BTC's cap 'down 9.8%' and ETH's 'down 18.2%'
    in 24 hours. BTC's price fell 9.99% to the 07:00 close (supported); ETH's at most 18.78%
    at a closed hour near it, 0.58 points off (imprecise). ETH needs no supply series for this."""
    day = dict(start=utc(2025, 4, 7), end=utc(2025, 4, 8), when="window", time_text="24-hour")
    published = article(utc(2025, 4, 7), Precision.day)
    btc = check(published, _cap_change("BTC", -9.8, **day), market_store)
    assert btc.verdict is Verdict.supported, btc.evidence.explanation
    eth = check(published, _cap_change("ETH", -18.2, **day), market_store)
    assert eth.verdict is Verdict.imprecise, eth.evidence.explanation
    assert "supply barely moves" in eth.evidence.explanation


def test_a_cap_change_over_months_counts_the_new_coins(market_store) -> None:
    """From 1 Jan 2024 to 11 Mar 2024 20:00 the BTC supply grew by about 0.3%: the cap's change
    is the price's plus that, computed here from the CSVs independently."""
    published = utc(2024, 3, 11, 20)
    c = _cap_change("BTC", 70, start=utc(2024, 1, 1), end=published, when="window")
    c = c.model_copy(update={"comparator": Comparator.up})
    result = check(article(published), c, market_store)
    hours = pd.read_csv(MARKET / "BTC-USDT_1h_binance-spot.csv", parse_dates=["timestamp"], index_col="timestamp")
    metrics = pd.read_csv(MARKET / "BTC-USD_1d_coinmetrics-refrate.csv", parse_dates=["timestamp"], index_col="timestamp")
    supply = metrics["market_cap_usd"] / metrics["price_usd"]
    start = hours.loc[pd.Timestamp("2024-01-01 00:00", tz="UTC"), "open"] * supply.loc[pd.Timestamp("2023-12-31", tz="UTC")]
    end = hours.loc[pd.Timestamp("2024-03-11 19:00", tz="UTC"), "close"] * supply.loc[pd.Timestamp("2024-03-10", tz="UTC")]
    assert result.evidence.figure == pytest.approx((end / start - 1) * 100, abs=0.05)
    assert result.evidence.figures["supply_end"] > result.evidence.figures["supply_start"]
