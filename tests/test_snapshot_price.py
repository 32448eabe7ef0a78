"""Coins without hourly bars (SOL, XRP...) are checked against CoinGecko's price snapshot
taken shortly before publication, with the drift allowance stated; an old snapshot is not used."""

from __future__ import annotations

from datetime import UTC, datetime, timezone

import pandas as pd
import pytest
from conftest import MARKET

from factcheck.pipeline import check

NOW = datetime(2026, 11, 25, tzinfo=UTC)
SNAPSHOTS = MARKET / "top100_price-snapshot_1d_coingecko.csv"


@pytest.fixture(scope="module")
def snapshot_store(tmp_path_factory: pytest.TempPathFactory):
    from factcheck.market.csv_import import import_csv
    from factcheck.market.store import Store

    store = Store(tmp_path_factory.mktemp("snapshots") / "market.sqlite")
    import_csv(store, SNAPSHOTS)
    yield store
    store.close()


def _snapshot(symbol: str, day: str) -> tuple[pd.Timestamp, float]:
    rows = pd.read_csv(SNAPSHOTS)
    row = rows[(rows["symbol"] == symbol) & (rows["date"] == day)].sort_values("rank").iloc[0]
    return pd.Timestamp(row["snapshot_commit_time_utc"]), float(row["price_usd"])


def _claims(text: str, store) -> dict[str, object]:
    report = check("alts.txt", text=text, store=store, offline=True, now=NOW, sentiment=None)
    return {c.claim.asset: c for c in report.claims if c.claim.kind.value == "price_level"}


def test_a_recent_snapshot_checks_an_altcoin_price(snapshot_store) -> None:
    taken, sol = _snapshot("SOL", "2025-11-20")
    _, xrp = _snapshot("XRP", "2025-11-20")
    text = (f"Published: {(taken + pd.Timedelta(minutes=90)):%Y-%m-%d %H:%M} UTC\n\n"
            f"Solana is trading near ${sol:.0f} while XRP changes hands at about ${xrp * 1.06:.2f}.\n")
    by_asset = _claims(text, snapshot_store)
    near, off = by_asset["SOL"], by_asset["XRP"]
    assert near.verdict.value == "supported" and near.evidence.figure == sol  # type: ignore[attr-defined]
    assert "CoinGecko's price snapshot" in near.evidence.explanation and "1.5 h before publication" in near.evidence.explanation  # type: ignore[attr-defined]
    assert "1.5% for the price's drift" in near.evidence.tolerance  # type: ignore[attr-defined]
    assert off.verdict.value in {"imprecise", "inaccurate"} and off.evidence.figure == xrp  # type: ignore[attr-defined]


def test_a_snapshot_older_than_three_hours_is_not_used(snapshot_store) -> None:
    taken, sol = _snapshot("SOL", "2025-11-20")
    text = f"Published: {(taken + pd.Timedelta(hours=5)):%Y-%m-%d %H:%M} UTC\n\nSolana is trading near ${sol:.0f}.\n"
    checked = _claims(text, snapshot_store)["SOL"]
    assert checked.verdict.value == "unverifiable"  # type: ignore[attr-defined]


def test_a_weekly_altcoin_move_is_read_between_two_snapshots(snapshot_store) -> None:
    end_taken, end_price = _snapshot("XRP", "2025-11-20")
    _, start_price = _snapshot("XRP", "2025-11-13")
    move = (end_price / start_price - 1) * 100
    text = (f"Published: {(end_taken + pd.Timedelta(minutes=30)):%Y-%m-%d %H:%M} UTC\n\n"
            f"XRP is {'up' if move > 0 else 'down'} {abs(move):.0f}% over the past seven days.\n")
    report = check("alts.txt", text=text, store=snapshot_store, offline=True, now=NOW, sentiment=None)
    (checked,) = [c for c in report.claims if c.claim.kind.value == "price_change"]
    assert checked.verdict.value == "supported", checked.evidence.explanation
    assert checked.evidence.figure == pytest.approx(move, abs=1e-6)
    assert "between CoinGecko's price snapshots" in checked.evidence.explanation
