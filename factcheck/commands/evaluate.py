"""`factcheck eval`: precision, recall and F1 per claim kind on a gold corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.commands.common import EXIT_BAD_INPUT, StoreOpt, fail


def eval_command(
    corpus: Annotated[Path, typer.Argument(help="Folder of articles with *.gold.json files.")] = Path("corpus"),
    misses: Annotated[bool, typer.Option(help="List the gold claims not found, the extra ones found, and the verdicts that differ from gold.")] = True,
    online: Annotated[bool, typer.Option(help="Fetch missing market data (default: the store only).")] = False,
    only: Annotated[str, typer.Option(help="Score only the articles whose file name matches this glob, e.g. '1[01]*'.")] = "*",
    store: StoreOpt = None,
) -> None:
    """Score extraction (per kind), verdicts and publication times against gold annotations."""
    from rich.console import Console
    from rich.table import Table

    from factcheck.evaluation import evaluate, gold_files
    from factcheck.gold import GoldError
    from factcheck.market.store import Store

    if not gold_files(corpus, only):
        fail(f"{corpus}: no *.gold.json files" + (f" matching {only!r}" if only != "*" else ""))
        raise typer.Exit(EXIT_BAD_INPUT)
    try:
        with Store(store) as db:
            result = evaluate(corpus, store=db, offline=not online, pattern=only)
    except GoldError as e:  # a gold whose spans point into an article that is missing or edited
        fail(str(e))
        raise typer.Exit(EXIT_BAD_INPUT) from None
    console = Console()
    table = Table(title=f"extraction on {corpus} ({result.articles} articles)")
    for column in ("kind", "gold", "found", "matched", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "kind" else "right")
    rows = sorted(result.kinds.items()) + [("overall", result.overall)]
    for kind, s in rows:
        table.add_row(
            kind, str(s.tp + s.fn), str(s.tp + s.fp), str(s.tp),
            f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
            style="bold" if kind == "overall" else None,
        )
    console.print(table)
    agree = sum(c for (e, g), c in result.verdicts.items() if e == g)
    console.print(
        f"verdicts: {agree}/{sum(result.verdicts.values())} agree with gold ({result.verdict_accuracy:.3f}); "
        f"publication times: {result.published_right}/{result.articles} right; "
        f"record dates: {result.record_dates[True]}/{sum(result.record_dates.values())} right; "
        f"modality: {sum(n for (g, r), n in result.modalities.items() if g == r)}/{sum(result.modalities.values())} "
        "matched claims agree; "
        f"move windows: {result.windows[True]}/{sum(result.windows.values())} matched moves agree"
    )
    for (expected, got), n in sorted(result.verdicts.items()):
        if expected != got:
            console.print(f"  expected {expected}, got {got}: {n}")
    if misses:  # each names a claim or an article: kept out of a held-out set's aggregates
        for line in result.published_wrong:
            console.print(f"  time: {line}")
        for line in result.record_dates_wrong:
            console.print(f"  record date: {line}", markup=False)
        for title, lines in (("missed", result.misses), ("extra", result.extras), ("verdicts differing from gold", result.disagreements),
                             ("modality differing from gold", result.modalities_wrong),
                             ("move windows differing from gold", result.windows_wrong)):
            if lines:
                console.print(f"[bold]{title}[/] ({len(lines)})")
                for line in lines:
                    console.print(f"  {line}", markup=False)
