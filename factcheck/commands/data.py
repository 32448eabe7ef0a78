"""`factcheck data ...`: filling, listing and exporting the market store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck.commands.common import EXIT_BAD_INPUT, StoreOpt, fail as _fail

data_app = typer.Typer(help="Manage the local market-data store.", no_args_is_help=True)


@data_app.command("import")
def data_import(
    paths: Annotated[list[Path], typer.Argument(help="CSV files: timestamp,open,high,low,close,volume.")],
    source: Annotated[Optional[str], typer.Option(help="Exchange id the data came from (default: from the file name).")] = None,
    symbol: Annotated[Optional[str], typer.Option(help="Symbol, e.g. BTC/USDT (default: from the file name).")] = None,
    timeframe: Annotated[Optional[str], typer.Option(help="Bar size, e.g. 1h (default: from the file name).")] = None,
    store: StoreOpt = None,
) -> None:
    """Import OHLCV CSV files into the store (files of other kinds are skipped, with the reason)."""
    from factcheck.errors import FactcheckError
    from factcheck.market.csv_import import Series, import_csv
    from factcheck.market.store import Store

    given = (source, symbol, timeframe)
    if any(given) and not all(given):
        _fail("--source, --symbol and --timeframe go together")
        raise typer.Exit(EXIT_BAD_INPUT)
    series = Series(source, symbol, timeframe) if all(given) else None  # type: ignore[arg-type]
    failed = False
    try:
        with Store(store) as db:
            for path in paths:
                try:
                    result = import_csv(db, path, series=series)
                except FactcheckError as exc:
                    _fail(str(exc))
                    failed = True
                    continue
                if result.skipped:
                    typer.echo(f"skipped {path.name}: {result.skipped}")
                else:
                    assert result.series is not None
                    s = result.series
                    note = f" ({result.rejected} unreadable rows left out)" if result.rejected else ""
                    typer.echo(f"imported {result.rows:>6} {s.source} {s.symbol} {s.timeframe} from {path.name}{note}")
    except FactcheckError as exc:
        _fail(str(exc))
        raise typer.Exit(EXIT_BAD_INPUT)
    if failed:
        raise typer.Exit(EXIT_BAD_INPUT)


@data_app.command("ls")
def data_ls(store: StoreOpt = None) -> None:
    """List the series the store holds."""
    from rich.console import Console
    from rich.table import Table

    from factcheck.market.store import Store

    with Store(store) as db:
        holdings = db.holdings()
        table = Table(title=str(db.path))
    for column in ("source", "symbol", "timeframe", "first", "last", "rows"):
        table.add_column(column, justify="right" if column == "rows" else "left")
    for h in holdings:
        table.add_row(h.source, h.symbol, h.timeframe, f"{h.first:%Y-%m-%d %H:%M}", f"{h.last:%Y-%m-%d %H:%M}", f"{h.rows:,}")
    Console().print(table)
