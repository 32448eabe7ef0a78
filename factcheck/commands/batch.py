"""`factcheck batch INPUT`: many articles, tables out, resumable."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.commands.common import EXIT_BAD_INPUT, StoreOpt, fail


def batch_command(
    source: Annotated[Path, typer.Argument(help="A folder of articles, or a .jsonl / .csv file (text, url, outlet, author, published_at, id; other columns kept).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for results: claims/articles as CSV and Parquet, and the checkpoint.")] = Path("factcheck-results"),
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    offline: Annotated[bool, typer.Option(help="Use only the local store; fetch nothing.")] = False,
    sentiment_model: Annotated[str, typer.Option(help="Stance classifier: 'minilm-int8' (the shipped model, its encoder int8 on ONNX Runtime: 2.4x the sentences/s, article stances as the float model's on 90 of 92 gold articles), 'minilm' (float, as a single check uses), 'vader', a train-sentiment folder or a Hugging Face model.")] = "minilm-int8",
    fast: Annotated[bool, typer.Option(help="Score sentiment with the VADER lexicon (no transformer).")] = False,
    sentiment: Annotated[bool, typer.Option(help="Score each article's stance and tone (hype in `factcheck score`).")] = True,
    store: StoreOpt = None,
    dask: Annotated[str | None, typer.Option("--dask", metavar="SCHEDULER", help="Run on a Dask cluster: its scheduler address (tcp://host:8786), or 'local' for --jobs worker processes here. See docs/distributed.md.")] = None,
    worker_store: Annotated[Path | None, typer.Option("--worker-store", help="With --dask: the store's path on every worker, a copy placed there (default: a snapshot is sent to each worker).")] = None,
    partition: Annotated[int, typer.Option("--partition", min=1, help="With --dask: articles per task.")] = 100,
) -> None:
    """Check a batch of articles. A killed run picks up where it stopped when started again."""
    from factcheck.batch.checkpoint import Checkpoint
    from factcheck.batch.run import CHECKPOINT, run_batch
    from factcheck.batch.tables import write_tables
    from factcheck.errors import FactcheckError

    chosen = None if not sentiment else "vader" if fast else sentiment_model
    try:
        if chosen is not None:
            from factcheck.sentiment.backends import load_backend

            load_backend(chosen)  # a bad name fails here, before any work
        if dask is None:
            summary = run_batch(source, output, jobs=jobs, offline=offline, store_path=store, sentiment=chosen)
        else:
            from factcheck.batch.distributed import run_on_cluster

            summary = run_on_cluster(
                dask, source, output, jobs=jobs, offline=offline, store_path=store,
                worker_store=worker_store, partition_size=partition, sentiment=chosen,
            )
    except FactcheckError as exc:
        fail(str(exc))
        raise typer.Exit(EXIT_BAD_INPUT)
    with Checkpoint(output / CHECKPOINT) as checkpoint:
        written = write_tables(output, checkpoint)
    typer.echo(
        f"{summary.total} articles: {summary.checked} checked now, {summary.skipped} done before, "
        f"{summary.failed} not read or not checked (their rows say why); {summary.fetched} bars fetched for the data plan"
    )
    typer.echo(f"claims:   {written['claims']} (and .parquet)")
    typer.echo(f"articles: {written['articles']} (and .parquet)")
    typer.echo(f"load with: pandas.read_parquet('{written['claims_parquet']}')")
