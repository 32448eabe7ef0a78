"""Realised liquidations for real: ccxt's `gate` against a local Gate futures API, into the SQLite store.

The fake serves made-up liquidations shaped by the real hourly candles (see
`gate_server`), so these tests check paging, storing, faults and how the
verifier uses a partial figure, not real liquidation totals.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from gate_server import CONTRACTS, LIQ_ORDERS, GateServer, tapes, usd
from loopback import Fault

from factcheck.errors import BadExchangeData, ExchangeUnavailable, RateLimited
from factcheck.market.data import MarketData, ccxt_fetcher
from factcheck.market.exchange import ExchangeConfig
from factcheck.market.liquidations import (
    GATE,
    HTX,
    fetch_liquidations,
    fill_liquidations,
    realised_liquidations,
)
from factcheck.market.liquidations_store import LiquidationStore
from factcheck.market.store import Store
from factcheck.model import Article, Claim, ClaimKind, TimeRef, Verdict
from factcheck.nlp.liquidation_words import with_liquidation_words
from factcheck.verify.context import Context
from factcheck.verify.liquidations import check_liquidations
from factcheck.verify.needs import liquidation_needs_of

BTC = "BTC/USDT:USDT"
FALL_DAY = datetime(2026, 2, 5, tzinfo=UTC)  # BTC -14% in the day: the fake's longs take 74% of the dollars
MIXED_DAY = datetime(2026, 2, 8, tzinfo=UTC)  # a choppy day: 45% longs
NOW = datetime(2026, 11, 25, tzinfo=UTC)
RATE_LIMITED = b'{"label":"TOO_MANY_REQUESTS","message":"Request Rate limit Exceeded"}'


@pytest.fixture
def server() -> Iterator[GateServer]:
    with GateServer(lifetime=60) as running:
        yield running


def quick(server: GateServer, *, timeout: float = 2.0, retries: int = 3) -> ExchangeConfig:
    return ExchangeConfig("gate", base_url=server.url, timeout=timeout, retries=retries, backoff=0.01)


def served(contract: str, start: datetime, end: datetime) -> list[dict[str, object]]:
    """The fake's rows in [start, end), as Gate would have them."""
    return tapes()[contract].between(int(start.timestamp()), int(end.timestamp()) - 1)


def test_three_hours_in_three_requests_one_per_hour(server: GateServer) -> None:
    start = datetime(2026, 2, 5, 12, tzinfo=UTC)
    end = start + timedelta(hours=3)

    got = fetch_liquidations(BTC, start, end, config=quick(server))

    assert server.paths() == [CONTRACTS] + [LIQ_ORDERS] * 3  # markets once (USDT swaps only), Gate's 1h maximum
    queries = server.queries(LIQ_ORDERS)
    assert [(q["from"], q["to"]) for q in queries] == [
        (str(int(start.timestamp()) + 3600 * i), str(int(start.timestamp()) + 3600 * (i + 1) - 1)) for i in range(3)
    ]
    assert {(q["contract"], q["limit"]) for q in queries} == {("BTC_USDT", "1000")}
    rows = served("BTC_USDT", start, end)
    assert len(got) == len(rows) > 0
    assert [r.time for r in got] == sorted(r.time for r in got)  # oldest first, though Gate answers newest first
    longs = sum(usd(r) for r in rows if int(r["size"]) > 0)  # type: ignore[call-overload]
    shorts = sum(usd(r) for r in rows if int(r["size"]) < 0)  # type: ignore[call-overload]
    assert sum(r.usd for r in got if r.position == "long") == pytest.approx(longs)
    assert sum(r.usd for r in got if r.position == "short") == pytest.approx(shorts)


def test_a_full_page_is_asked_again_in_halves(server: GateServer) -> None:
    """Gate answers the NEWEST `limit` rows: a client that took a full page as the whole window would lose the rest."""
    start, end = datetime(2026, 2, 5, 12, tzinfo=UTC), datetime(2026, 2, 5, 14, tzinfo=UTC)
    small = dataclasses.replace(GATE, page=10)

    got = fetch_liquidations(BTC, start, end, venue=small, config=quick(server))

    rows = served("BTC_USDT", start, end)
    assert len(rows) > 3 * 10  # several pages' worth
    assert sorted((r.time, r.usd) for r in got) == sorted(
        (datetime.fromtimestamp(int(r["time"]), UTC), pytest.approx(usd(r))) for r in rows  # type: ignore[call-overload]
    )
    asked = server.queries(LIQ_ORDERS)
    assert len(asked) > 2 * len(rows) / 10  # every full answer was split, so more requests than pages
    assert all(int(q["to"]) - int(q["from"]) < 3600 for q in asked)


def test_429_with_retry_after_is_waited_out(server: GateServer) -> None:
    server.rate_limit_next(1, LIQ_ORDERS, retry_after="0.3", body=RATE_LIMITED)
    start = datetime(2026, 2, 5, 12, tzinfo=UTC)
    began = time.monotonic()

    got = fetch_liquidations(BTC, start, start + timedelta(hours=1), config=quick(server))

    assert len(got) == len(served("BTC_USDT", start, start + timedelta(hours=1)))
    assert time.monotonic() - began >= 0.3
    assert server.paths() == [CONTRACTS, LIQ_ORDERS, LIQ_ORDERS]


def test_a_rate_limit_that_lasts_is_rate_limited(server: GateServer) -> None:
    server.rate_limit_next(5, LIQ_ORDERS, retry_after=None, body=RATE_LIMITED)
    start = datetime(2026, 2, 5, 12, tzinfo=UTC)
    with pytest.raises(RateLimited, match="gate kept rate-limiting after 2 attempts") as caught:
        fetch_liquidations(BTC, start, start + timedelta(hours=1), config=quick(server, retries=1))
    assert "gate BTC/USDT:USDT liquidations 2026-02-05 12:00..2026-02-05 13:00 UTC" in str(caught.value)


def test_broken_json_is_bad_data_and_not_retried(server: GateServer) -> None:
    server.send_next(1, LIQ_ORDERS, b'[{"time":1770292800,"contract":"BTC_USDT","size":-12')
    start = datetime(2026, 2, 5, 12, tzinfo=UTC)
    with pytest.raises(BadExchangeData, match="answered something that is not JSON"):
        fetch_liquidations(BTC, start, start + timedelta(hours=1), config=quick(server))
    assert server.paths().count(LIQ_ORDERS) == 1


def test_a_liquidation_without_a_side_is_bad_data(server: GateServer) -> None:
    body = b'[{"time":1770292900,"contract":"BTC_USDT","size":0,"left":0,"fill_price":"70000","order_price":"70100"}]'
    server.send_next(1, LIQ_ORDERS, body)
    start = datetime(2026, 2, 5, 12, tzinfo=UTC)
    with pytest.raises(BadExchangeData, match="no readable side"):
        fetch_liquidations(BTC, start, start + timedelta(hours=1), config=quick(server))


def test_an_empty_window_is_stored_as_answered_and_not_asked_again(server: GateServer, tmp_path: Path) -> None:
    start = datetime(2025, 9, 1, tzinfo=UTC)  # before anything the fake serves
    with LiquidationStore(tmp_path / "m.sqlite") as store:
        assert fill_liquidations(store, BTC, start, start + timedelta(hours=2), config=quick(server), now=NOW) == 0
        assert store.missing("gate", BTC, start, start + timedelta(hours=2)) == []
        assert fill_liquidations(store, BTC, start, start + timedelta(hours=2), config=quick(server), now=NOW) == 0
    assert server.paths() == [CONTRACTS, LIQ_ORDERS, LIQ_ORDERS]  # two hours, asked once


def test_a_fill_that_fails_midway_keeps_its_windows_and_resumes(server: GateServer, tmp_path: Path) -> None:
    start, end = datetime(2026, 2, 5, 10, tzinfo=UTC), datetime(2026, 2, 5, 14, tzinfo=UTC)
    first = len(served("BTC_USDT", start, start + timedelta(hours=1)))
    with LiquidationStore(tmp_path / "m.sqlite") as store:
        server.script(1, Fault(LIQ_ORDERS))  # the first hour answers normally...
        server.fail_next(10, LIQ_ORDERS, statuses=(503,))  # ...then Gate stays down
        with pytest.raises(ExchangeUnavailable, match="503"):
            fill_liquidations(store, BTC, start, end, config=quick(server, retries=1), now=NOW)
        assert store.missing("gate", BTC, start, end) == [(start + timedelta(hours=1), end)]
        assert store.tally("gate", BTC, start, end).count == first

        with GateServer(lifetime=60) as healthy:  # Gate is back (a fresh server: no faults left)
            stored = fill_liquidations(store, BTC, start, end, config=quick(healthy), now=NOW)
            resumed = healthy.queries(LIQ_ORDERS)

        assert stored == len(served("BTC_USDT", start + timedelta(hours=1), end))
        assert store.missing("gate", BTC, start, end) == []
        assert store.tally("gate", BTC, start, end).count == len(served("BTC_USDT", start, end))
    assert [int(q["from"]) for q in resumed] == [int((start + timedelta(hours=h)).timestamp()) for h in (1, 2, 3)]


def test_the_last_minutes_are_stored_but_asked_again(server: GateServer, tmp_path: Path) -> None:
    """Liquidations of a moment ago may still be on their way: silence about them settles nothing."""
    start = datetime(2026, 2, 5, 12, tzinfo=UTC)
    end = start + timedelta(hours=1)
    with LiquidationStore(tmp_path / "m.sqlite") as store:
        fill_liquidations(store, BTC, start, end, config=quick(server), now=end)
        assert store.missing("gate", BTC, start, end) == [(end - timedelta(minutes=2), end)]


# --- the verifier ------------------------------------------------------------------


def _claim(sentence: str, *, side: str | None, value: float | None, day: datetime, asset: str | None = "BTC") -> Claim:
    """A liquidation claim as extraction gives it: what its words say it is read as extraction reads them."""
    claim = Claim(
        kind=ClaimKind.liquidations,
        asset=asset,
        metric="liquidations",
        value=value,
        unit="USD" if value is not None else None,
        side=side,
        time=TimeRef(text="over the past 24 hours", start=day, end=day + timedelta(days=1), kind="window"),
        text=sentence,
        sentence=sentence,
        span=(0, len(sentence)),
    )
    return with_liquidation_words([claim], [sentence])[0]


def _check(claim: Claim, store: Store, *, server: GateServer | None) -> tuple[Verdict, str, dict[str, float]]:
    article = Article(text=claim.sentence, source="test", published_at=claim.time.end)
    if server is None:
        market = MarketData(store, offline=True, now=lambda: NOW)
    else:
        market = MarketData(store, fetcher=ccxt_fetcher(timeout=3, base_url=server.url), now=lambda: NOW)
    checked = check_liquidations(claim, Context(article=article, market=market, now=NOW))
    return checked.verdict, checked.evidence.explanation, checked.evidence.figures


def test_longs_dominating_a_falling_day_is_supported_on_direction_only(server: GateServer, tmp_path: Path) -> None:
    claim = _claim("Longs made up most of the $1.2 billion liquidated over the past 24 hours.",
                   side="total", value=1.2e9, day=FALL_DAY)
    with Store(tmp_path / "m.sqlite") as store:
        grade, why, figures = _check(claim, store, server=server)
        again, _, _ = _check(claim, store, server=server)

    rows = served("BTC_USDT", FALL_DAY, FALL_DAY + timedelta(days=1))
    longs = sum(usd(r) for r in rows if int(r["size"]) > 0)  # type: ignore[call-overload]
    assert grade is Verdict.supported and again is Verdict.supported
    assert figures["long_usd"] == pytest.approx(longs)
    assert figures["long_share"] == pytest.approx(0.744, abs=0.001)
    assert "Partial figure, not the market total: on gate BTC/USDT:USDT alone" in why
    assert "direction only" in why
    assert "left out" not in why  # the venue's whole day is known
    assert server.paths().count(LIQ_ORDERS) == 24  # the day once, then from the store


def test_a_sides_own_figure_is_held_to_that_side_when_it_is_said_to_lead(server: GateServer, tmp_path: Path) -> None:
    """'Long positions accounted for the majority, with $X liquidated': $X is the longs' figure.
    Set between what the venue saw of longs and of all positions, it is consistent with the
    longs (a lower bound), though the venue's total alone exceeds it."""
    rows = served("BTC_USDT", FALL_DAY, FALL_DAY + timedelta(days=1))
    longs = sum(usd(r) for r in rows if int(r["size"]) > 0)  # type: ignore[call-overload]
    total = sum(usd(r) for r in rows)  # type: ignore[call-overload]
    written = round(longs * 1.1, -4)
    assert longs * (1 + 0.05) < written < total, "the figure must lie between the venue's longs and its total"
    claim = _claim(f"Long positions accounted for the majority, with ${written:,.0f} liquidated.",
                   side="long", value=written, day=FALL_DAY)
    assert claim.led == "long"
    with Store(tmp_path / "m.sqlite") as store:
        grade, why, figures = _check(claim, store, server=server)
    assert grade is Verdict.supported, why
    assert figures["long_usd"] == pytest.approx(longs) and "lower bound" in why


def test_shorts_dominating_a_falling_day_is_inaccurate(server: GateServer, tmp_path: Path) -> None:
    claim = _claim("Shorts made up most of the $1.2 billion liquidated over the past 24 hours.",
                   side="total", value=1.2e9, day=FALL_DAY)
    with Store(tmp_path / "m.sqlite") as store:
        grade, why, _ = _check(claim, store, server=server)
    assert grade is Verdict.inaccurate and "show the opposite" in why and "Partial figure" in why


def test_a_close_split_is_unverifiable(server: GateServer, tmp_path: Path) -> None:
    claim = _claim("Shorts made up most of the $400 million liquidated over the past 24 hours.",
                   side="total", value=4e8, day=MIXED_DAY)
    with Store(tmp_path / "m.sqlite") as store:
        grade, why, _ = _check(claim, store, server=server)
    assert grade is Verdict.unverifiable and "too close to call" in why


def test_a_market_figure_below_what_one_venue_saw_is_inaccurate(server: GateServer, tmp_path: Path) -> None:
    claim = _claim("About $5 million of long positions were liquidated in 24 hours.",
                   side="long", value=5e6, day=FALL_DAY)  # $1M or more: not implausible by itself
    with Store(tmp_path / "m.sqlite") as store:
        grade, why, _ = _check(claim, store, server=server)
    assert grade is Verdict.inaccurate and "more than the $5,000,000 the article gives for the whole market" in why


def test_an_amount_of_one_side_is_a_lower_bound_not_a_direction(server: GateServer, tmp_path: Path) -> None:
    claim = _claim("$297 million of it shorts.", side="short", value=2.97e8, day=FALL_DAY, asset=None)
    with Store(tmp_path / "m.sqlite") as store:
        grade, why, figures = _check(claim, store, server=server)
    assert grade is Verdict.unverifiable and "lower bound, consistent with the article's $297,000,000" in why
    assert "gate BTC/USDT:USDT, gate ETH/USDT:USDT" in why  # market-wide: both perpetuals count
    assert figures["short_usd"] > 0


def test_no_data_offline_is_unverifiable_never_supported(tmp_path: Path) -> None:
    claim = _claim("Longs made up most of the $1.2 billion liquidated over the past 24 hours.",
                   side="total", value=1.2e9, day=FALL_DAY)
    with Store(tmp_path / "m.sqlite") as store:
        grade, why, _ = _check(claim, store, server=None)
    assert grade is Verdict.unverifiable and "not fetched: offline" in why


def test_an_unreachable_venue_is_unverifiable_with_the_reason(tmp_path: Path) -> None:
    claim = _claim("Longs made up most of the $1.2 billion liquidated over the past 24 hours.",
                   side="total", value=1.2e9, day=FALL_DAY)
    with Store(tmp_path / "m.sqlite") as store:
        market = MarketData(store, fetcher=ccxt_fetcher(timeout=2, base_url="http://127.0.0.1:9"), now=lambda: NOW)
        article = Article(text=claim.sentence, source="test", published_at=claim.time.end)
        checked = check_liquidations(claim, Context(article=article, market=market, now=NOW))
    assert checked.verdict is Verdict.unverifiable and "cannot reach gate" in checked.evidence.explanation


def test_a_figure_twice_the_record_day_is_implausible(tmp_path: Path) -> None:
    claim = _claim("Liquidations last Thursday alone exceeded $40 billion.", side=None, value=4e10, day=FALL_DAY, asset=None)
    with Store(tmp_path / "m.sqlite") as store:
        grade, why, _ = _check(claim, store, server=None)
    assert grade is Verdict.inaccurate and "largest liquidation day on record" in why


def test_realised_sums_both_perpetuals_from_the_store(server: GateServer, tmp_path: Path) -> None:
    end = FALL_DAY + timedelta(hours=2)
    with LiquidationStore(tmp_path / "m.sqlite") as store:
        realised = realised_liquidations(store, ["BTC", "ETH"], FALL_DAY, end, fetch=True,
                                         reach=quick(server), now=NOW, venues=[GATE])
    expected = served("BTC_USDT", FALL_DAY, end) + served("ETH_USDT", FALL_DAY, end)
    assert realised.tally.count == len(expected)
    assert realised.tally.total_usd == pytest.approx(sum(usd(r) for r in expected))
    assert realised.venues() == "gate BTC/USDT:USDT, gate ETH/USDT:USDT"


def test_a_venue_that_cannot_answer_is_named_as_left_out(server: GateServer, tmp_path: Path) -> None:
    """HTX asked at the Gate server: its markets path answers 404, so only Gate's figure is used, and HTX is named."""
    end = FALL_DAY + timedelta(hours=2)
    with LiquidationStore(tmp_path / "m.sqlite") as store:
        realised = realised_liquidations(store, ["BTC"], FALL_DAY, end, fetch=True, reach=quick(server), now=NOW,
                                         venues=[GATE, HTX])
    assert realised.venues() == "gate BTC/USDT:USDT"
    assert realised.notes == ("htx BTC/USDT:USDT (0 h of 2 h known; htx unavailable (HTTP 404))",)


def test_a_market_wide_figure_below_a_million_is_implausible(tmp_path: Path) -> None:
    claim = _claim("a liquidation imbalance of $7,132", side=None, value=7132, day=FALL_DAY, asset=None)
    with Store(tmp_path / "m.sqlite") as store:
        grade, why, _ = _check(claim, store, server=None)
    assert grade is Verdict.inaccurate and "implausibly small for the crypto futures market" in why


def test_a_stand_in_fetcher_asks_no_venue(server: GateServer, tmp_path: Path) -> None:
    """Only a ccxt fetcher says how to reach the venues; a stand-in (a test's candles) cannot fetch liquidations."""
    claim = _claim("Longs made up most of the $1.2 billion liquidated over the past 24 hours.",
                   side="total", value=1.2e9, day=FALL_DAY)
    with Store(tmp_path / "m.sqlite") as store:
        market = MarketData(store, fetcher=lambda *a, **k: None, now=lambda: NOW)  # type: ignore[arg-type,return-value]
        article = Article(text=claim.sentence, source="test", published_at=claim.time.end)
        checked = check_liquidations(claim, Context(article=article, market=market, now=NOW))
    assert checked.verdict is Verdict.unverifiable
    assert "not fetched: the market data's fetcher is not ccxt" in checked.evidence.explanation
    assert server.paths() == []


def test_the_data_plan_asks_for_the_window_the_check_reads() -> None:
    day = FALL_DAY
    btc = _claim("Longs made up most of the $1.2 billion liquidated over the past 24 hours.", side="total", value=1.2e9, day=day)
    market_wide = _claim("$297 million of it shorts.", side="short", value=2.97e8, day=day, asset=None)
    (need,) = liquidation_needs_of(btc)
    assert (need.assets, need.start, need.end) == (("BTC",), day, day + timedelta(days=1))
    assert liquidation_needs_of(market_wide)[0].assets == ("BTC", "ETH")
    # no window: a slip of scale, a liquidation map, a coin no venue publishes, a claim of another kind
    assert liquidation_needs_of(_claim("a liquidation imbalance of $7,132", side=None, value=7132, day=day, asset=None)) == []
    assert liquidation_needs_of(_claim("$400 million of longs sit at risk on the liquidation map", side="long",
                                       value=4e8, day=day)) == []
    assert liquidation_needs_of(_claim("$90 million of SOL liquidated", side=None, value=9e7, day=day, asset="SOL")) == []
    assert liquidation_needs_of(btc.model_copy(update={"kind": ClaimKind.volume})) == []
