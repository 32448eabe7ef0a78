"""Shared test fixtures: where the shared data lies, a fresh store per test."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
MARKET = SHARED / "market"
SEED = SHARED / "seeds" / "000_5bfaec31ae9f4ddf.txt"
CORPUS = REPO / "corpus"


@pytest.fixture(scope="session")
def _encoder_graphs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for the stance encoder's ONNX graphs: they follow from the installed
    model alone, so the tests' homes share them rather than each building its own."""
    return tmp_path_factory.mktemp("onnx")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _encoder_graphs: Path) -> Path:
    """Every test gets its own factcheck home, so no test sees another's store."""
    home = tmp_path / "factcheck-home"
    (home / "sentiment").mkdir(parents=True)
    (home / "sentiment" / "onnx").symlink_to(_encoder_graphs, target_is_directory=True)
    monkeypatch.setenv("FACTCHECK_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def seed_article():
    from factcheck.article.load import load_article

    return load_article(str(SEED))


@pytest.fixture(scope="session")
def market_store(tmp_path_factory: pytest.TempPathFactory):
    """A store filled from ../shared/market, once per test session (read-only use)."""
    from factcheck.market.csv_import import import_csv
    from factcheck.market.store import Store

    store = Store(tmp_path_factory.mktemp("store") / "market.sqlite")
    for name in (
        "BTC-USDT_1h_binance-spot.csv",
        "BTC-USDT_1d_binance-spot.csv",
        "BTC-USD_1d_yahoo.csv",
        "BTC-USDT-PERP_1h_binance-usdm.csv",
        "ETH-USDT_1h_binance-spot.csv",
        "ETH-USDT-PERP_1h_binance-usdm.csv",
        "fear-greed_1d_alternative-me.csv",
        "BTC-USDT-PERP_funding_1d-mean_binance.csv",
        "BTC-USD_1d_coinmetrics-refrate.csv",
        "BTC-ETH_open-interest_1d_binance-usdm.csv",
        "top100_price-snapshot_1d_coingecko.csv",  # SOL and XRP prices
    ):
        import_csv(store, MARKET / name)
    yield store
    store.close()
