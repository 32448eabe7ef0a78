"""'Its lowest since February', 'for the first time since May': the date beside a level
is read onto the level's claim (`last_seen`) and checked on daily bars. Expected figures
are recomputed here from the shared CSV files."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import MARKET
from verify_helpers import article, check, claim, utc

from factcheck.model import Article, ClaimKind, Comparator, LastSeen, TimeRef, Verdict
from factcheck.nlp.extract import extract
from factcheck.verify.last_seen import check_last_seen


def _levels(text: str, published=utc(2025, 6, 22, 12)) -> list:
    art = Article(text=text, source="test", published_at=published, published_zone="UTC")
    return [c for c in extract(art) if c.kind is not ClaimKind.opinion]


@pytest.mark.parametrize(("text", "value", "side", "start", "end"), [
    ("Ether dropped to $2,380, its lowest level since February.", 2380, "low", "2025-02-01", "2025-03-01"),
    ("Bitcoin fell below $100,000 over the weekend, for the first time since May.", 100000, "low", "2025-05-01", "2025-06-01"),
    ("BTC climbed above $73,000, a level last seen in March.", 73000, "high", "2025-03-01", "2025-04-01"),
    ("Bitcoin slid to $98,200 on Sunday, its weakest since May 8.", 98200, "low", "2025-05-08", "2025-05-09"),
    ("Solana rallied to $180, the highest since November 2024.", 180, "high", "2024-11-01", "2024-12-01"),
])
def test_the_date_beside_a_level_is_read_with_its_side(text: str, value: float, side: str, start: str, end: str) -> None:
    seen = [c for c in _levels(text) if c.last_seen is not None]
    assert [(c.value, c.last_seen.side) for c in seen] == [(value, side)]
    period = seen[0].last_seen.period
    assert (period.start.date().isoformat(), period.end.date().isoformat()) == (start, end)


def test_a_since_that_opens_a_window_is_not_a_date_of_a_level() -> None:
    assert all(c.last_seen is None for c in _levels("Bitcoin is up 20% since Tuesday and trades at $70,000."))


def test_the_phrase_belongs_to_the_figure_it_follows() -> None:
    """'rose as high as $48,969, its highest since December 2021, and was last at $46,240'."""
    found = _levels("Bitcoin rose as high as $48,969 in the morning, its highest since December 2021, and was last "
                    "at $46,240.", published=utc(2024, 1, 11, 21))
    dated = {c.value: c.last_seen for c in found}
    assert dated[48969].side == "high" and dated[46240] is None


# --- checks on real data: BTC on 5 August 2024 ---------------------------------------------

MONDAY = utc(2024, 8, 5, 14)


def _daily_lows() -> pd.Series:
    days = pd.read_csv(MARKET / "BTC-USDT_1d_binance-spot.csv", parse_dates=["timestamp"], index_col="timestamp")
    return days["low"]


def _low_since(since: str, text: str):
    start, end = pd.Timestamp(since, tz="UTC"), pd.Timestamp(since, tz="UTC") + pd.offsets.MonthBegin(1)
    level = claim(ClaimKind.intraday_low, "BTC", 49000, unit="USD", text="fell to $49,000",
                  start=utc(2024, 8, 5), end=MONDAY, when="day", time_text="on Monday",
                  last_seen=LastSeen(side="low", period=TimeRef(text=text, start=start.to_pydatetime(),
                                                                 end=end.to_pydatetime(), kind="window")))
    return check_last_seen(check(article(MONDAY), level, _market_store), _context())


@pytest.fixture(autouse=True)
def _store(market_store):
    global _market_store
    _market_store = market_store


def _context():
    from verify_helpers import NOW

    from factcheck.market.data import MarketData
    from factcheck.verify.context import Context

    return Context(article=article(MONDAY), market=MarketData(_market_store, offline=True, now=lambda: NOW), now=NOW)


def test_lowest_since_a_month_holds_when_nothing_was_lower_in_between() -> None:
    lows = _daily_lows()
    assert lows["2024-03-01":"2024-08-04"].min() > 49000 * 1.005  # the data this test is written for
    checked = _low_since("2024-02-01", "lowest since February")
    assert checked.verdict is Verdict.supported, checked.evidence.explanation
    assert "“lowest since February” holds" in checked.evidence.explanation


def test_a_lower_low_after_the_date_makes_the_claim_inaccurate() -> None:
    """The evidence names the last day the market was beyond the level: the date the article should have given."""
    lows = _daily_lows()["2024-02-01":"2024-08-04"]
    lower = lows[lows < 49000 * 0.995]
    assert not lower.empty
    checked = _low_since("2024-01-01", "lowest since January")
    assert checked.verdict is Verdict.inaccurate, checked.evidence.explanation
    assert checked.evidence.figures["since_low"] == pytest.approx(lower.iloc[-1])
    assert f"on {lower.index[-1]:%Y-%m-%d}" in checked.evidence.explanation


def test_a_date_when_the_market_was_not_that_low_is_imprecise() -> None:
    lows = _daily_lows()
    assert lows["2024-07-01":"2024-07-31"].min() > 49000 * 1.01
    checked = _low_since("2024-07-01", "lowest since July")
    assert checked.verdict is Verdict.imprecise, checked.evidence.explanation
    assert "is off" in checked.evidence.explanation and "was last that low on 2024-02-" in checked.evidence.explanation


def test_a_date_the_store_cannot_see_never_leaves_the_claim_supported(market_store) -> None:
    """ETH's daily bars start in 2024 here: 'its highest since 2021' cannot be checked."""
    level = claim(ClaimKind.intraday_high, "ETH", 4000, unit="USD", comparator=Comparator.at,
                  start=utc(2024, 3, 11), end=utc(2024, 3, 11, 12), when="day", time_text="on Monday",
                  last_seen=LastSeen(side="high", period=TimeRef(text="highest since December 2021",
                                                                 start=utc(2021, 12, 1), end=utc(2022, 1, 1), kind="window")))
    base = check(article(utc(2024, 3, 11, 12)), level, market_store)
    forced = base.model_copy(update={"verdict": Verdict.supported})
    checked = check_last_seen(forced, _context())
    assert checked.verdict is Verdict.unverifiable, checked.evidence.explanation
    assert "could not be checked" in checked.evidence.explanation
