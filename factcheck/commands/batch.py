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
    store: StoreOpt = None,
) -> None:
    """Check a batch of articles. A killed run picks up where it stopped when started again."""
    from factcheck.batch.checkpoint import Checkpoint
    from factcheck.batch.run import CHECKPOINT, run_batch
    from factcheck.batch.tables import write_tables
    from factcheck.errors import FactcheckError

    try:
        summary = run_batch(source, output, jobs=jobs, offline=offline, store_path=store)
    except FactcheckError as exc:
        fail(str(exc))
        raise typer.Exit(EXIT_BAD_INPUT)
    with Checkpoint(output / CHECKPOINT) as checkpoint:
        written = write_tables(output, checkpoint)
    typer.echo(
        f"{summary.total} articles: {summary.checked} checked now, {summary.skipped} done before, "
        f"{summary.failed} unreadable; {summary.fetched} bars fetched for the data plan"
    )
    typer.echo(f"claims:   {written['claims']} (and .parquet)")
    typer.echo(f"articles: {written['articles']} (and .parquet)")
    typer.echo(f"load with: pandas.read_parquet('{written['claims_parquet']}')")
