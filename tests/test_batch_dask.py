"""A batch on a Dask cluster (two worker processes on this machine) gives the
local batch's tables, resumes the same way, and fetches its data plan once,
on the client, before any worker checks a claim."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timezone
from pathlib import Path

import pandas as pd
import pytest
from binance_server import KLINES, BinanceServer
from conftest import CORPUS, REPO

from factcheck.batch.checkpoint import Checkpoint
from factcheck.batch.run import CHECKPOINT, run_batch
from factcheck.batch.tables import write_tables
from factcheck.market.plan import CcxtFetcher, plan
from factcheck.market.store import Store

distributed = pytest.importorskip("distributed")
from factcheck.batch.distributed import local_cluster, merged_needs, run_on_dask

NOW = datetime(2026, 11, 25, tzinfo=UTC)
ARTICLES = sorted(CORPUS.glob("*.txt"))[:12]
HELD_BACK = 4  # articles added between the first run and the resumed one
STANCE = "vader"  # the lexicon: sentiment goes through the same steps as MiniLM's, in a fraction of the time


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[distributed.Client]:
    """Two one-thread worker processes on 127.0.0.1, no dashboard (as `--dask local -j 2` starts)."""
    scratch = tmp_path_factory.mktemp("dask")
    with local_cluster(2, local_directory=str(scratch)) as cluster, distributed.Client(cluster) as opened:
        yield opened


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    """Twelve corpus articles and one empty file (unreadable: recorded, not checked)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in ARTICLES:
        shutil.copy(path, folder / path.name)
    (folder / "empty.txt").write_text("   \n")
    return folder


def _tables(out: Path) -> dict[str, pd.DataFrame]:
    """Both tables, as CSV and Parquet, in article order (claims keep their order in an article)."""
    with Checkpoint(out / CHECKPOINT) as checkpoint:
        write_tables(out, checkpoint)
    loaded = {}
    for name in ("claims", "articles"):
        for suffix, read in (("csv", pd.read_csv), ("parquet", pd.read_parquet)):
            frame = read(out / f"{name}.{suffix}")
            loaded[f"{name}.{suffix}"] = frame.sort_values("article_id", kind="stable").reset_index(drop=True)
    return loaded


def _local(source: Path, out: Path, store: Path) -> dict[str, pd.DataFrame]:
    run_batch(source, out, store_path=store, offline=True, now=NOW, show_progress=False, sentiment=STANCE)
    return _tables(out)


def _assert_same(one: dict[str, pd.DataFrame], other: dict[str, pd.DataFrame]) -> None:
    """Same rows, same values, same columns (their order follows which article was recorded first)."""
    assert one.keys() == other.keys()
    for name in one:
        pd.testing.assert_frame_equal(one[name], other[name], obj=name, check_like=True)


def test_a_cluster_gives_the_local_batch_tables_and_resumes(client, inputs: Path, tmp_path: Path, market_store) -> None:
    later = tmp_path / "later"
    later.mkdir()
    for path in sorted(inputs.glob("0*.txt"))[-HELD_BACK:]:
        path.rename(later / path.name)
    out = tmp_path / "dask"
    first = run_on_dask(inputs, out, client, offline=True, store_path=market_store.path, now=NOW, partition_size=3, show_progress=False, sentiment=STANCE)
    for path in later.iterdir():
        path.rename(inputs / path.name)
    second = run_on_dask(inputs, out, client, offline=True, store_path=market_store.path, now=NOW, partition_size=3, show_progress=False, sentiment=STANCE)

    assert (first.total, first.checked, first.failed) == (13 - HELD_BACK, 12 - HELD_BACK, 1)
    assert (second.total, second.skipped, second.checked, second.failed) == (13, 13 - HELD_BACK, HELD_BACK, 0)
    on_cluster = _tables(out)
    _assert_same(on_cluster, _local(inputs, tmp_path / "local", market_store.path))
    articles = on_cluster["articles.parquet"]
    assert len(articles) == 13 and articles["article_id"].is_unique
    assert articles.set_index("article_id").loc["empty.txt", "error"]
    assert len(on_cluster["claims.parquet"]) > 12 and "supported" in set(on_cluster["claims.parquet"]["verdict"])
    assert articles["stance"].notna().sum() == 12


def test_the_data_plan_is_fetched_once_on_the_client_before_the_workers_check(client, inputs: Path, tmp_path: Path) -> None:
    """An empty store: the client fetches what the whole batch needs from the
    (local, real-protocol) exchange, the workers check against a snapshot of it,
    and the tables are what the local batch makes from that store."""
    store = tmp_path / "market.sqlite"
    with BinanceServer(lifetime=120) as server:
        fetcher = CcxtFetcher(timeout=5.0, base_url=server.url, retries=1, backoff=0.01)
        summary = run_on_dask(inputs, tmp_path / "dask", client, store_path=store, now=NOW, partition_size=3, fetcher=fetcher, show_progress=False, sentiment=STANCE)
        klines = server.paths().count(KLINES)
    assert summary.checked == 12 and summary.fetched > 0 and klines > 0
    with Store(store) as filled:
        assert 0 < sum(h.rows for h in filled.holdings()) <= summary.fetched
    on_cluster = _tables(tmp_path / "dask")
    _assert_same(on_cluster, _local(inputs, tmp_path / "local", store))
    assert "supported" in set(on_cluster["claims.parquet"]["verdict"])
    assert on_cluster["articles.parquet"]["prior_return_30d"].notna().any()  # the tone check's bars were in the plan


def test_the_gathered_needs_make_the_same_plan(inputs: Path, tmp_path: Path) -> None:
    """Partitions send merged needs; the plan made from them is the plan made from every claim's
    (and every tone check's)."""
    from factcheck.article.load import load_article
    from factcheck.nlp.extract import extract
    from factcheck.sentiment.figures import main_asset
    from factcheck.sentiment.figures import needs as tone_needs
    from factcheck.verify.needs import needs_of

    needs = []
    for path in ARTICLES:
        article = load_article(str(path))
        claims = extract(article)
        needs += [n for claim in claims for n in needs_of(claim)] + tone_needs(main_asset(claims), article.published_at, NOW)
    merged = merged_needs(needs)
    with Store(tmp_path / "empty.sqlite") as empty:
        whole, gathered = plan(needs, empty, now=NOW), plan(merged, empty, now=NOW)
    assert len(merged) < len(needs) and whole.fetches and gathered.fetches == whole.fetches


def test_the_command_runs_on_a_scheduler_by_its_address(client, inputs: Path, tmp_path: Path, market_store) -> None:
    out = tmp_path / "out"
    env = dict(os.environ, FACTCHECK_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "batch", str(inputs), "-o", str(out), "--offline",
         "--dask", client.scheduler.address, "--worker-store", str(market_store.path), "--partition", "5", "--fast"],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert "13 articles: 12 checked now, 0 done before, 1 not read or not checked" in done.stdout
    _assert_same(_tables(out), _local(inputs, tmp_path / "local", market_store.path))


def test_workers_with_several_threads_are_refused_with_the_fix(inputs: Path, tmp_path: Path) -> None:
    """Each worker keeps one store connection and pipeline, so several threads per worker would share them."""
    from factcheck.errors import InputError

    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, host="127.0.0.1", protocol="tcp", dashboard_address=None,
        scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
    ) as cluster, distributed.Client(cluster) as threaded:
        with pytest.raises(InputError, match="--nthreads 1"):
            run_on_dask(inputs, tmp_path / "out", threaded, offline=True, store_path=tmp_path / "m.sqlite", show_progress=False)
    assert not (tmp_path / "out").exists()


def test_the_cluster_batch_fetches_liquidation_windows_in_its_plan(client: distributed.Client, tmp_path: Path) -> None:
    """Liquidation claims on the cluster: the client fetches their windows once (as the
    local batch does), the workers read them from the store snapshot, and the claims
    table equals the local batch's."""
    import json as jsonlib

    from gate_server import LIQ_ORDERS, GateServer
    from test_batch_liquidations import ARTICLES as LIQUIDATION_ARTICLES

    rows = [{"id": name, "text": text, "published_at": when.isoformat(), "outlet": "Wire"} for name, when, text in LIQUIDATION_ARTICLES]
    source = tmp_path / "liquidations.jsonl"
    source.write_text("\n".join(jsonlib.dumps(row) for row in rows) + "\n")
    with GateServer(lifetime=120) as gate:
        fetcher = CcxtFetcher(timeout=3.0, base_url=gate.url, retries=1, backoff=0.01)
        run_on_dask(source, tmp_path / "dask", client, store_path=tmp_path / "dask.sqlite", now=NOW,
                    fetcher=fetcher, show_progress=False, sentiment=None)
        asked = len(gate.queries(LIQ_ORDERS))
        run_batch(source, tmp_path / "local", store_path=tmp_path / "local.sqlite", now=NOW, show_progress=False,
                  sentiment=None, fetcher=fetcher)
    assert asked == 54  # every hour of the three windows once (the local batch's count)
    on_cluster, local = _tables(tmp_path / "dask")["claims.csv"], _tables(tmp_path / "local")["claims.csv"]
    assert not on_cluster["explanation"].str.contains("not fetched").any()
    pd.testing.assert_frame_equal(on_cluster, local)
