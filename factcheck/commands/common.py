"""What every command shares: exit codes, the one-line error, the --store option."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

EXIT_OK, EXIT_INACCURATE, EXIT_BAD_INPUT = 0, 1, 2

StoreOpt = Annotated[
    Path | None,
    typer.Option("--store", help="Market store file (default: $FACTCHECK_HOME/market.sqlite)."),
]


def fail(message: str) -> None:
    """One clear line on stderr, never a traceback."""
    typer.echo(f"factcheck: error: {message}", err=True)
