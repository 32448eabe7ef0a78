"""`factcheck data ...`: filling, listing and exporting the market store.

`import` fills it from CSV, `fetch` from an exchange ahead of time (only what
it lacks, in the fewest requests), `export` writes a series to CSV or Parquet,
`ls` lists what it holds. Exit codes: 0 done, 1 the exchange failed part-way
(what came before the failure is kept), 2 bad input.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck.commands.common import EXIT_BAD_INPUT, StoreOpt
from factcheck.commands.common import fail as _fail

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.market.store import Store

EXIT_FETCH_FAILED = 1
EXPORT_FORMATS = (".csv", ".parquet")

data_app = typer.Typer(help="Manage the local market-data store.", no_args_is_help=True)

SymbolOpt = Annotated[str, typer.Option(help="Symbol as ccxt writes it, e.g. BTC/USDT or BTC/USDT:USDT.")]
TimeframeOpt = Annotated[str, typer.Option(help="Bar size: 1m, 1h, 4h, 8h, 1d...")]
SinceOpt = Annotated[str | None, typer.Option(help="First bar, UTC unless a zone is given (e.g. 2024-01-01).")]
UntilOpt = Annotated[str | None, typer.Option(help="End, exclusive, UTC unless a zone is given (default: now).")]


class _BadInput(Exception):
    """A command-line value we cannot use; its message is the one line shown."""


def _utc(text: str, option: str) -> datetime:
    """A time from the command line: ISO date or date-time, UTC when no zone is given."""
    import pandas as pd

    try:
        stamp = pd.Timestamp(text)
    except (ValueError, TypeError) as exc:
        raise _BadInput(f"{option}: cannot read {text!r} as a date or time (e.g. 2024-01-01 or 2024-01-01T06:00)") from exc
    if stamp is pd.NaT:
        raise _BadInput(f"{option}: cannot read {text!r} as a date or time")
    stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
    when: datetime = stamp.to_pydatetime()
    return when


def _timeframe(text: str) -> str:
    from factcheck.market.timeframes import timeframe_delta

    try:
        timeframe_delta(text)
    except ValueError as exc:
        raise _BadInput(f"--timeframe: {exc}") from exc
    return text


@data_app.command("import")
def data_import(
    paths: Annotated[list[Path], typer.Argument(help="CSV files: timestamp,open,high,low,close,volume.")],
    source: Annotated[str | None, typer.Option(help="Exchange id the data came from (default: from the file name).")] = None,
    symbol: Annotated[str | None, typer.Option(help="Symbol, e.g. BTC/USDT (default: from the file name).")] = None,
    timeframe: Annotated[str | None, typer.Option(help="Bar size, e.g. 1h (default: from the file name).")] = None,
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

    from factcheck.market.metrics_store import MetricsStore
    from factcheck.market.store import Store

    with Store(store) as db:
        holdings = db.holdings()
        path = db.path
    with MetricsStore(path) as metrics:
        series = metrics.holdings()
    table = Table(title=f"candles in {path}")
    for column in ("source", "symbol", "timeframe", "first", "last", "rows"):
        table.add_column(column, justify="right" if column == "rows" else "left")
    for h in holdings:
        table.add_row(h.source, h.symbol, h.timeframe, f"{h.first:%Y-%m-%d %H:%M}", f"{h.last:%Y-%m-%d %H:%M}", f"{h.rows:,}")
    console = Console()
    console.print(table)
    if series:
        other = Table(title="other series")
        for column in ("source", "series", "symbol", "first", "last", "rows"):
            other.add_column(column, justify="right" if column == "rows" else "left")
        groups: dict[tuple[str, str], list] = {}
        for m in series:
            groups.setdefault((m.source, m.series), []).append(m)
        for (source, name), members in groups.items():
            rows = members if len(members) <= 5 else [members]  # many symbols: one summary row
            for m in rows:
                if isinstance(m, list):
                    first, last = min(x.first for x in m), max(x.last for x in m)
                    other.add_row(source, name, f"{len(m)} symbols", f"{first:%Y-%m-%d %H:%M}", f"{last:%Y-%m-%d %H:%M}", f"{sum(x.rows for x in m):,}")
                else:
                    other.add_row(m.source, m.series, m.symbol, f"{m.first:%Y-%m-%d %H:%M}", f"{m.last:%Y-%m-%d %H:%M}", f"{m.rows:,}")
        console.print(other)


@data_app.command("fetch")
def data_fetch(
    symbol: SymbolOpt,
    since: Annotated[str, typer.Option(help="First bar, UTC unless a zone is given (e.g. 2024-01-01).")],
    until: UntilOpt = None,
    timeframe: TimeframeOpt = "1h",
    exchange: Annotated[str, typer.Option(help="ccxt exchange id: binance, binanceusdm, coinbase, kraken, bitstamp, okx, bybit...")] = "binance",
    base_url: Annotated[
        str | None, typer.Option(help="Send every request to this server instead (a mirror, or a local test exchange).")
    ] = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait on each request.")] = 10.0,
    store: StoreOpt = None,
) -> None:
    """Fetch candles from an exchange into the store ahead of time; only what it lacks is asked for."""
    import ccxt

    from factcheck.errors import FactcheckError
    from factcheck.market.plan import CcxtFetcher, Need, execute, plan
    from factcheck.market.store import Store

    try:
        start = _utc(since, "--since")
        end = _utc(until, "--until") if until else datetime.now(UTC)
        _timeframe(timeframe)
        if exchange not in ccxt.exchanges:
            raise _BadInput(f"--exchange: ccxt knows no exchange {exchange!r}")
        if start >= end:
            raise _BadInput("--since must come before --until")
    except _BadInput as exc:
        _fail(str(exc))
        raise typer.Exit(EXIT_BAD_INPUT)
    urls: list[str] = []
    fetcher = CcxtFetcher(timeout=timeout, base_url=base_url, on_request=urls.append)
    try:
        with Store(store) as db:
            todo = plan([Need(symbol, timeframe, start, end, exchange)], db)
            if not todo.fetches:
                typer.echo(f"nothing to fetch: the store already covers {exchange} {symbol} {timeframe} "
                           f"{start:%Y-%m-%d %H:%M}..{end:%Y-%m-%d %H:%M} UTC")
                return
            for item in todo.fetches:
                typer.echo(f"to fetch: {item}", err=True)
            result = execute(todo, db, fetcher=fetcher, progress=True)
    except FactcheckError as exc:
        _fail(str(exc))
        raise typer.Exit(EXIT_BAD_INPUT)
    asked = f"{len(urls)} request{'' if len(urls) == 1 else 's'}"
    typer.echo(f"stored {result.stored:,} {timeframe} bars of {exchange} {symbol} in {asked}")
    for failure in result.failures:
        _fail(f"{failure.error} (kept {failure.kept:,} bars fetched before it; run again to resume)")
    if not result.ok:
        raise typer.Exit(EXIT_FETCH_FAILED)


@data_app.command("export")
def data_export(
    symbol: SymbolOpt,
    timeframe: TimeframeOpt,
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write: .csv or .parquet.")],
    source: Annotated[str | None, typer.Option(help="Exchange id the series came from (needed when several hold it).")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    store: StoreOpt = None,
) -> None:
    """Write one stored series to CSV (timestamp,open,high,low,close,volume) or Parquet.

    A bar size the store lacks is built from a finer one it holds (1m -> 1h -> 1d), whole bars only.
    """
    from factcheck.errors import FactcheckError
    from factcheck.market.store import Store

    try:
        if output.suffix.lower() not in EXPORT_FORMATS:
            raise _BadInput(f"--output: write to a .csv or .parquet file, not {output.name!r}")
        _timeframe(timeframe)
        start = _utc(since, "--since") if since else datetime(1970, 1, 1, tzinfo=UTC)
        end = _utc(until, "--until") if until else datetime(2200, 1, 1, tzinfo=UTC)
        with Store(store) as db:
            chosen, candles, built_from = _series_to_export(db, source, symbol, timeframe, start, end)
    except _BadInput as exc:
        _fail(str(exc))
        raise typer.Exit(EXIT_BAD_INPUT)
    except FactcheckError as exc:
        _fail(str(exc))
        raise typer.Exit(EXIT_BAD_INPUT)
    try:
        _write(candles, output)
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}")
        raise typer.Exit(EXIT_BAD_INPUT)
    how = f", built from stored {built_from} bars" if built_from else ""
    typer.echo(f"exported {len(candles):,} {timeframe} bars of {chosen} {symbol}{how} to {output}")


def _series_to_export(
    db: Store, source: str | None, symbol: str, timeframe: str, start: datetime, end: datetime
) -> tuple[str, pd.DataFrame, str | None]:
    """(source, candles, finer bar size they were built from or None) for an export."""
    from factcheck.market.timeframes import finer_sources, resample

    for size in [timeframe, *finer_sources(timeframe)]:
        held = db.sources_for(symbol, size)
        if source is not None:
            held = [s for s in held if s == source]
        if not held:
            continue
        if len(held) > 1:
            raise _BadInput(f"several sources hold {symbol} {size}: {', '.join(sorted(held))}; pick one with --source")
        candles = db.candles(held[0], symbol, size, start, end)
        if size != timeframe:
            candles = resample(candles, size, timeframe)
        if candles.empty:
            raise _BadInput(f"{held[0]} {symbol} {size} has no bars in {start:%Y-%m-%d %H:%M}..{end:%Y-%m-%d %H:%M} UTC")
        return held[0], candles, None if size == timeframe else size
    where = f"{source} " if source else ""
    raise _BadInput(f"the store holds no {where}{symbol} {timeframe} bars (nor finer ones to build them from); see `factcheck data ls`")


def _write(candles: pd.DataFrame, output: Path) -> None:
    """CSV in the import format (ISO times, UTC), or Parquet with a UTC timestamp column."""
    frame = candles[["open", "high", "low", "close", "volume"]]
    if output.suffix.lower() == ".parquet":
        table = frame.reset_index()
        table["timestamp"] = table["timestamp"].dt.as_unit("ms")
        table.to_parquet(output, index=False, engine="pyarrow")
    else:
        frame.to_csv(output, date_format="%Y-%m-%dT%H:%M:%SZ", index_label="timestamp")
