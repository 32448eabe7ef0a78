"""Running a batch on a Dask cluster, for more articles than one machine checks in a day.

The work is the local batch's (`run.py`, whose per-article steps it calls),
arranged for a cluster:

1. the client reads the inputs and cuts them into partitions, skipping what
   the checkpoint already holds;
2. workers extract each partition and keep the result where it is; the client
   gathers only each partition's unreadable articles and its market-data
   needs (claims' and tone checks'), merged per series;
3. the client plans and fetches the whole batch's data once, into its own
   store (not offline), then sends a snapshot of that store to the workers
   (or they open a copy the user placed at `worker_store`);
4. workers verify the partitions they extracted, and the client records each
   article in the checkpoint as its partition comes back.

So the tables (`tables.write_tables`) are the local batch's, and a run stopped
half-way resumes as locally: what the checkpoint holds is not done again.
Offline there is no plan to wait for, so each partition is verified as soon
as it is extracted and nothing piles up on the workers. Workers are
one-thread processes (spaCy and pandas hold the GIL); each loads the pipeline
and the stance classifier and opens the store once.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.batch.checkpoint import Checkpoint
from factcheck.batch.inputs import BatchItem, read_inputs
from factcheck.batch.run import (
    CHECKPOINT,
    GROUP,
    BatchSettings,
    BatchSummary,
    extract_item,
    groups_of,
    init_worker,
    item_row,
    prefetch_liquidation_needs,
    progress_bar,
    read_extraction,
    use_sentiment,
    verify_group,
)
from factcheck.errors import InputError
from factcheck.market.plan import Need, merge

if TYPE_CHECKING:
    from distributed import Client, LocalCluster

    from factcheck.market.plan import Fetcher, LiquidationNeed

PARTITION = 100  # articles per task: about a minute of one core, little to redo when a worker dies
CONNECT_WAIT = 30.0  # seconds to reach the scheduler
WORKER_WAIT = 120.0  # seconds to wait for a first worker to join it

Row = dict[str, object]  # an article's input row, as the checkpoint keeps it

# Dask's own bookkeeping, slowed to what a batch of minutes-long tasks needs. With
# the defaults an idle local cluster of 2 used 0.21 of a core (stack sampling every
# 10 ms, memory polled every 100 ms, ...); with these 0.04 (docs/distributed.md).
QUIET = {
    "distributed.worker.profile.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.tick.interval": "200ms",
}


@dataclass(frozen=True)
class Extracted:
    """One partition after extraction; stays on the worker that made it."""

    articles: list[tuple[str, Row, str, str]]  # id, input row, article JSON, claims JSON
    unreadable: list[tuple[str, Row, str]]  # id, input row, why


@dataclass
class _Tally:
    total: int = 0
    skipped: int = 0
    checked: int = 0
    failed: int = 0


# --- on the workers -------------------------------------------------------

_prepared: tuple[BatchSettings, int] | None = None


def _prepare(settings: BatchSettings) -> None:
    """The local batch's per-process set-up (pipeline, stance classifier, store, one
    BLAS thread), once per worker thread and settings."""
    global _prepared
    key = (settings, threading.get_ident())  # the store's connection belongs to the thread that opened it
    if _prepared != key:
        init_worker(settings)
        _prepared = key


def extract_partition(items: list[BatchItem], sentiment: str | None = None) -> Extracted:
    """The partition's articles read and extracted, each with its stance when `sentiment` names a backend."""
    use_sentiment(sentiment)
    articles, unreadable = [], []
    for item in items:
        item_id, article_json, extraction_json, error = extract_item(item)
        if error is None:
            assert article_json is not None and extraction_json is not None
            articles.append((item_id, item_row(item), article_json, extraction_json))
        else:
            unreadable.append((item_id, item_row(item), error))
    return Extracted(articles, unreadable)


def outline(
    part: Extracted, plan_at: datetime | None, tone: bool
) -> tuple[list[tuple[str, Row, str]], list[Need], list[LiquidationNeed]]:
    """What the client needs of an extracted partition: its unreadable articles and,
    when a plan is made at `plan_at`, the bars and liquidation windows its claims
    (and its tone check) will read."""
    from factcheck.model import Article
    from factcheck.sentiment.figures import main_asset
    from factcheck.sentiment.figures import needs as tone_needs
    from factcheck.verify.needs import liquidation_needs_of, needs_of

    if plan_at is None:
        return part.unreadable, [], []
    needs: list[Need] = []
    liquidations: list[LiquidationNeed] = []
    for _, _, article_json, extraction_json in part.articles:
        claims, _ = read_extraction(extraction_json)
        needs += [n for c in claims for n in needs_of(c)]
        liquidations += [n for c in claims for n in liquidation_needs_of(c)]
        if tone:
            needs += tone_needs(main_asset(claims), Article.model_validate_json(article_json).published_at, plan_at)
    return part.unreadable, merged_needs(needs), liquidations


def verify_partition(part: Extracted, snapshot: bytes | None, digest: str, settings: BatchSettings) -> list[tuple[str, Row, str | None, str | None]]:
    """(id, input row, report JSON, error) for each article of the partition, checked against the store only."""
    if snapshot is not None:
        settings = replace(settings, store_path=_worker_copy(snapshot, digest))
    _prepare(settings)
    rows = {item_id: row for item_id, row, _, _ in part.articles}
    jobs = [(item_id, article, claims) for item_id, _, article, claims in part.articles]
    return [(item_id, rows[item_id], report, error) for group in groups_of(jobs, GROUP) for item_id, report, error in verify_group(group)]


def _worker_copy(snapshot: bytes, digest: str) -> str:
    """The store snapshot as a file in this worker's scratch folder, written once per content."""
    from distributed import get_worker

    path = Path(get_worker().local_directory) / f"factcheck-store-{digest[:16]}.sqlite"
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.write_bytes(snapshot)
        partial.replace(path)
    return str(path)


# --- on the client --------------------------------------------------------


def merged_needs(needs: Iterable[Need]) -> list[Need]:
    """The same bars in fewer needs: overlapping ranges of one series joined, so a
    partition sends a handful of ranges, not one per claim. The plan made from
    them is the plan made from all the needs."""
    spans: dict[tuple[str, str, str | None], list[tuple[datetime, datetime]]] = {}
    for need in needs:
        spans.setdefault((need.market, need.timeframe, need.exchange), []).append((need.start, need.end))
    return [Need(market, timeframe, a, b, exchange) for (market, timeframe, exchange), s in spans.items() for a, b in merge(s)]


def _partitions(items: Iterable[BatchItem], done: set[str], size: int, tally: _Tally) -> Iterator[list[BatchItem]]:
    part: list[BatchItem] = []
    for item in items:
        tally.total += 1
        if item.id in done:
            tally.skipped += 1
            continue
        part.append(item)
        if len(part) == size:
            yield part
            part = []
    if part:
        yield part


def _snapshot(store: Path) -> tuple[bytes, str]:
    """The store as one consistent image (committed WAL pages included), and its digest."""
    from factcheck.market.store import Store

    Store(store).close()  # an absent store becomes an empty one, as locally
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
        image = db.serialize()
    db.close()
    return image, hashlib.sha256(image).hexdigest()


def _single_threaded(client: Client) -> int:
    """The number of workers, once one has joined; refuses workers with several threads."""
    try:
        client.wait_for_workers(1, timeout=WORKER_WAIT)
    except (TimeoutError, OSError) as exc:
        raise InputError(f"no Dask worker joined the scheduler within {WORKER_WAIT:.0f} s") from exc
    threads = client.nthreads()
    if any(n > 1 for n in threads.values()):
        raise InputError(
            "start Dask workers with one thread each (`dask worker ADDRESS --nworkers N --nthreads 1`): "
            "each holds a spaCy pipeline and a store connection of its own"
        )
    return len(threads)


def run_on_dask(
    source: Path,
    out: Path,
    client: Client,
    *,
    offline: bool = False,
    store_path: Path | None = None,
    worker_store: Path | None = None,
    now: datetime | None = None,
    partition_size: int = PARTITION,
    fetcher: Fetcher | None = None,
    show_progress: bool = True,
    sentiment: str | None = "minilm",
) -> BatchSummary:
    """Check every article of `source` on the cluster behind `client`, recording
    results under `out` as `run_batch` does; resumes a stopped run.

    `store_path` is the client's store, where the data plan is fetched;
    `worker_store` is where the workers find a copy of it (default: a snapshot
    is sent to each worker); `sentiment` is the stance classifier, as for
    `run_batch`; `fetcher` replaces the exchanges (tests).
    """
    from distributed import as_completed

    from factcheck.market.data import MarketData
    from factcheck.market.store import Store, default_path

    store = Path(store_path or default_path()).resolve()
    if worker_store is not None and not offline and Path(worker_store).resolve() != store:
        raise InputError(
            "--worker-store is a copy the workers already hold, so the data plan cannot reach it: "
            "fill the store first and run --offline, or leave --worker-store out"
        )
    workers = _single_threaded(client)
    clock = now or datetime.now(UTC)
    settings = BatchSettings(str(worker_store or store), True, clock, sentiment=sentiment)  # workers never fetch
    tally = _Tally()
    needs: list[Need] = []
    liquidation_needs: list[LiquidationNeed] = []
    extracted: list[Any] = []  # futures of partitions waiting for the data plan
    shipped: tuple[Any, str] = (None, "")

    def ship() -> tuple[Any, str]:
        if worker_store is not None:
            return None, ""
        image, digest = _snapshot(store)
        return client.scatter(image, broadcast=True, hash=False), digest

    with Checkpoint(out / CHECKPOINT) as checkpoint, progress_bar() as bar:
        reading = bar.add_task("reading and extracting", total=None, visible=show_progress)
        verifying = bar.add_task("verifying", total=0, visible=show_progress)
        partitions = _partitions(read_inputs(source), checkpoint.finished(), partition_size, tally)
        if offline:
            shipped = ship()
        pending = as_completed()
        waiting: dict[Any, tuple[Any, int]] = {}  # outline future -> (extracted partition, its size)
        window = 2 * workers + 2  # partitions extracting at once; the rest wait in the input

        def submit_next() -> None:
            part = next(partitions, None)
            if part is None:
                bar.update(reading, total=tally.total - tally.skipped)
                return
            done = client.submit(extract_partition, part, sentiment, pure=False)
            summary = client.submit(outline, done, None if offline else clock, sentiment is not None, pure=False)
            waiting[summary] = (done, len(part))
            pending.add(summary)

        def verify(part: Any) -> None:
            pending.add(client.submit(verify_partition, part, shipped[0], shipped[1], settings, pure=False))

        def record(reports: list[tuple[str, Row, str | None, str | None]]) -> None:
            for item_id, row, report_json, error in reports:
                checkpoint.record(item_id, row, report_json, error)
                bar.advance(verifying)
            unchecked = sum(error is not None for *_, error in reports)
            tally.checked += len(reports) - unchecked
            tally.failed += unchecked

        to_verify = 0
        for _ in range(window):
            submit_next()
        for future in pending:
            if future in waiting:
                part, size = waiting.pop(future)
                unreadable, part_needs, part_liquidations = future.result()
                for item_id, row, error in unreadable:
                    checkpoint.record(item_id, row, None, error)
                tally.failed += len(unreadable)
                needs += part_needs
                liquidation_needs += part_liquidations
                to_verify += size - len(unreadable)
                bar.update(reading, advance=size)
                bar.update(verifying, total=to_verify)
                if offline:
                    verify(part)
                else:
                    extracted.append(part)
                submit_next()
            else:
                record(future.result())
            future.release()

        fetched = 0
        if not offline:
            if needs or liquidation_needs:
                with Store(store) as db:
                    market = MarketData(db, fetcher=fetcher, now=lambda: clock)
                    fetched = market.prefetch(needs, progress=show_progress).stored
                    if liquidation_needs:
                        prefetch_liquidation_needs(liquidation_needs, market)
            shipped = ship()
            for part in extracted:
                verify(part)
            extracted.clear()
            for future in pending:
                record(future.result())
                future.release()
    return BatchSummary(tally.total, tally.skipped, tally.checked, tally.failed, fetched)


def local_cluster(workers: int, **options: Any) -> LocalCluster:
    """`workers` one-thread processes on this machine, reachable from it only:
    the scheduler listens on 127.0.0.1, its HTTP server on a free port, no
    dashboard, and Dask's bookkeeping is `QUIET`."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(QUIET):  # read as the scheduler and the workers start
        return LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None, scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
            **options,
        )


@contextmanager
def dask_client(address: str, workers: int) -> Iterator[Client]:
    """A client of the Dask scheduler at `address`, or of a cluster of `workers`
    one-thread processes on this machine when `address` is 'local'."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise InputError("--dask needs Dask: pip install 'factcheck[dask]'") from exc
    if address == "local":
        with local_cluster(workers) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout=CONNECT_WAIT)
    except (OSError, TimeoutError) as exc:
        raise InputError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    with client:
        yield client


def run_on_cluster(
    address: str,
    source: Path,
    out: Path,
    *,
    jobs: int,
    offline: bool,
    store_path: Path | None,
    worker_store: Path | None,
    partition_size: int = PARTITION,
    sentiment: str | None = "minilm",
) -> BatchSummary:
    """`factcheck batch --dask ADDRESS`: on 'local' the workers share this
    machine's disk, so they open the store where it is instead of a copy."""
    from factcheck.market.store import default_path

    if address == "local" and worker_store is None:
        worker_store = Path(store_path or default_path())
    with dask_client(address, jobs) as client:
        return run_on_dask(
            source, out, client, offline=offline, store_path=store_path, worker_store=worker_store,
            partition_size=partition_size, sentiment=sentiment,
        )
