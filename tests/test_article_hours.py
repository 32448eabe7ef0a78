"""A date-only article was written at one hour: where two coins' current prices in it
hold at the same hours, its other claims about the present are checked at those hours,
not each at whichever hour of the day suits it (7 April 2025, the day of the tariff crash)."""

from __future__ import annotations

import pandas as pd
from conftest import MARKET

from factcheck import check
from factcheck.model import ClaimKind, Verdict

WRAP = ("Bitcoin is trading at $75,153 while Ether changes hands at $1,458. "
        "Bitcoin is down 4.17% over the past 24 hours.")


def _closes(name: str) -> pd.Series:
    frame = pd.read_csv(MARKET / name, parse_dates=["timestamp"], index_col="timestamp")
    return frame["close"]


def _move(report):
    return next(c for c in report.claims if c.claim.kind is ClaimKind.price_change)


def test_two_coins_prices_place_the_article_at_one_hour(market_store) -> None:
    btc, eth = _closes("BTC-USDT_1h_binance-spot.csv"), _closes("ETH-USDT_1h_binance-spot.csv")
    day = pd.Timestamp("2025-04-07", tz="UTC")
    fit = [h for h in pd.date_range(day, periods=24, freq="1h")
           if abs(btc[h] - 75153) <= 0.005 * 75153 and abs(eth[h] - 1458) <= 0.005 * 1458]
    assert len(fit) == 1  # the data this test is written for: the 07:00 bar, closing at 08:00
    report = check("wrap", text=WRAP, published="2025-04-07", offline=True, sentiment=None, store=market_store)
    assert any("hold at 08:00 UTC" in note for note in report.notes), report.notes
    move = _move(report)
    before = btc[fit[0] - pd.Timedelta(hours=24)]
    expected = (btc[fit[0]] / before - 1) * 100
    assert move.evidence.figure is not None and abs(move.evidence.figure - expected) < 0.05
    assert move.verdict is Verdict.inaccurate, move.evidence.explanation


def test_one_coins_price_leaves_the_whole_day_open(market_store) -> None:
    """A single price may be a figure lifted from another hour: each claim keeps the day."""
    text = "Bitcoin is trading at $75,153. Bitcoin is down 4.17% over the past 24 hours."
    report = check("wrap", text=text, published="2025-04-07", offline=True, sentiment=None, store=market_store)
    assert not any("hold at" in note for note in report.notes)
    assert _move(report).verdict is Verdict.supported, _move(report).evidence.explanation


def test_an_article_with_its_minute_is_not_narrowed(market_store) -> None:
    report = check("wrap", text=WRAP, published="2025-04-07 08:00 UTC", offline=True, sentiment=None, store=market_store)
    assert not any("hold at" in note for note in report.notes)
