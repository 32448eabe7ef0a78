"""Filling the store from CSV files: candles, and the market series that are not candles.

What a file holds is read from its header, so a user's file shaped like one of
the shared files imports the same way whatever its name:

    timestamp,open,high,low,close[,volume]        candles -> the candle store
    timestamp,value  (+ a fear/greed/fng name)    Fear & Greed -> fear_greed
    timestamp,fear_greed | fng | fng_value        Fear & Greed -> fear_greed
    timestamp,funding_rate_mean[,..._abs_mean]    daily mean of 8h funding -> funding_rate_1d_mean
                                                  (and of its absolute values -> funding_rate_1d_abs_mean)
    timestamp,<base>_oi_value_usd,...             open interest, one perpetual a column -> open_interest_usd
    timestamp,price_usd,market_cap_usd[,...]      Coin Metrics -> price_usd, market_cap_usd
    timestamp,symbol,funding_rate_1h[,mark_price] Hyperliquid snapshots -> funding_rate_1h, mark_price
    ...,snapshot_commit_time_utc,symbol,price_usd CoinGecko snapshots -> price_usd_snapshot

For candles the series (source, symbol, timeframe) comes from the name when it
follows the shared data's convention `BASE-QUOTE[-PERP]_TIMEFRAME_SOURCE[-kind].csv`
(e.g. `BTC-USDT_1h_binance-spot.csv`), otherwise the caller names it. A file
whose header does not say which market it is about (funding, open interest,
Coin Metrics) takes its market and exchange from the name, or from the
caller's `series` (source and symbol), and is skipped with the reason when
neither tells. Coin Metrics' `reference_rate_usd` is left out: in the shared
file it is `price_usd` of the day before (see ../shared/market/SOURCES.md).
Every file is imported in one transaction; rows with an unreadable time or
number are counted, not stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from factcheck.errors import InputError
from factcheck.market import metrics_store as m
from factcheck.market.metrics_store import MetricsStore, Part
from factcheck.market.store import CANDLE_COLUMNS, Store

_NAME = re.compile(
    r"^(?P<base>[A-Z0-9]+)-(?P<quote>[A-Z]+)(?P<perp>-PERP)?_(?P<tf>\d+[mhdw])_(?P<src>[a-z0-9]+)(?P<rest>[-a-z0-9]*)$"
)
_MARKET_IN_NAME = re.compile(r"^(?P<base>[A-Z0-9]+)-(?P<quote>[A-Z]+)(?P<perp>-PERP)?$")

# The source named in a file maps to the ccxt exchange id the data came from.
_SOURCE_IDS = {("binance", "usdm"): "binanceusdm", ("binance", "spot"): "binance"}

_DERIVATIVE_VENUES = {
    "binance": "binanceusdm",
    "binanceusdm": "binanceusdm",
    "bybit": "bybit",
    "okx": "okx",
    "bitget": "bitget",
    "gate": "gate",
    "deribit": "deribit",
    "bitmex": "bitmex",
    "hyperliquid": "hyperliquid",
}
"""Exchanges a funding or open-interest file may name, as ccxt ids (Binance's perpetuals are binanceusdm)."""

_FEAR_GREED_COLUMNS = ("fear_greed", "fear_greed_index", "fng", "fng_value")
_OPEN_INTEREST_COLUMN = re.compile(r"^(?P<base>[a-z0-9]+)_oi_value_usd$")


@dataclass(frozen=True)
class Series:
    """What a file was imported as. For a non-candle file `symbol` names the series and markets."""

    source: str
    symbol: str
    timeframe: str


@dataclass(frozen=True)
class ImportResult:
    path: Path
    series: Series | None
    rows: int
    skipped: str | None = None
    rejected: int = 0


@dataclass(frozen=True)
class _Metrics:
    """A non-candle file read and ready for the metrics store."""

    label: Series
    parts: list[Part]
    rejected: int


class _Skip(Exception):
    """A file we cannot import, with the reason shown to the user."""


def series_from_name(path: Path) -> Series | None:
    """The series a file holds, from the shared data's naming convention."""
    match = _NAME.match(path.stem)
    if not match:
        return None
    kind = match["rest"].lstrip("-").split("-")[0] if match["rest"] else ""
    source = _SOURCE_IDS.get((match["src"], kind), match["src"])
    symbol = f"{match['base']}/{match['quote']}"
    if match["perp"]:
        symbol += f":{match['quote']}"
        if source == "binance":
            source = "binanceusdm"
    return Series(source, symbol, match["tf"])


def _times(stamps: pd.Series) -> pd.DatetimeIndex:
    """UTC times from ISO 8601 text or epoch numbers (s, ms or µs, told apart by size)."""
    if pd.api.types.is_numeric_dtype(stamps):
        unit = "ms" if stamps.max() > 1e11 else "s"
        if stamps.max() > 1e14:
            unit = "us"
        when = pd.to_datetime(stamps, unit=unit, utc=True, errors="coerce")
    else:
        when = pd.to_datetime(stamps, utc=True, errors="coerce", format="ISO8601")
    return pd.DatetimeIndex(when, name="timestamp")


def _lower_columns(frame: pd.DataFrame) -> pd.DataFrame:
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    return frame


def read_candles(path: Path) -> tuple[pd.DataFrame, int]:
    """Candles from a CSV, and how many rows were rejected as unreadable."""
    frame = _lower_columns(pd.read_csv(path))
    missing = [c for c in ["timestamp", *CANDLE_COLUMNS[:4]] if c not in frame.columns]
    if missing:
        raise InputError(
            f"{path.name}: not an OHLCV file (missing column(s) {', '.join(missing)}; "
            "expected timestamp,open,high,low,close,volume)"
        )
    when = _times(frame["timestamp"])
    values = frame[[c for c in CANDLE_COLUMNS if c in frame.columns]].apply(
        pd.to_numeric, errors="coerce"
    )
    if "volume" not in values:
        values["volume"] = float("nan")
    values.index = when
    valid = values.index.notna() & values[CANDLE_COLUMNS[:4]].notna().all(axis=1).to_numpy()
    clean = values[valid]
    clean = clean[~clean.index.duplicated(keep="last")].sort_index()
    return clean, int((~valid).sum())


# --- files that are not candles ------------------------------------------------


def _readable(frame: pd.DataFrame, time_column: str, value_columns: list[str]) -> tuple[pd.DataFrame, int]:
    """Rows indexed by UTC time with numeric value columns; rows with a bad time or number are dropped and counted.

    An empty cell is not an error (the value is just absent); a cell that holds
    something other than a number is.
    """
    when = _times(frame[time_column])
    numbers = frame[value_columns].apply(pd.to_numeric, errors="coerce")
    unreadable = (frame[value_columns].notna() & numbers.isna()).any(axis=1).to_numpy() | when.isna()
    table = frame.drop(columns=[time_column])
    table[value_columns] = numbers
    table.index = when
    return table[~unreadable], int(unreadable.sum())


def _one_series(values: pd.Series) -> pd.Series:
    values = values.dropna()
    return values[~values.index.duplicated(keep="last")].sort_index()


def _spacing(parts: list[Part]) -> str:
    """The step between values ("1d", "8h") when it is regular, else "snapshots"."""
    steps = [values.index.to_series().diff().dropna() for *_, values in parts if len(values) > 1]
    if not steps:
        return "snapshots"
    step = pd.concat(steps).median()
    if step % pd.Timedelta(days=1) == pd.Timedelta(0):
        return f"{step.days}d"
    if step % pd.Timedelta(hours=1) == pd.Timedelta(0):
        return f"{int(step / pd.Timedelta(hours=1))}h"
    return "snapshots"


def _label(source: str, parts: list[Part]) -> Series:
    """How the CLI names a metrics import: `fear_greed`, `open_interest_usd BTC/USDT:USDT,ETH/USDT:USDT`..."""
    names = list(dict.fromkeys(series for _, series, _, _ in parts))
    symbols = [s for s in dict.fromkeys(symbol for _, _, symbol, _ in parts) if s != m.NO_SYMBOL]
    shown = ",".join(symbols) if len(symbols) <= 4 else f"{len(symbols)} symbols"
    return Series(source, " ".join(filter(None, [",".join(names), shown])), _spacing(parts))


def _market_in_name(path: Path, *, perpetual: bool) -> str | None:
    """`BTC-USDT-PERP_...` -> BTC/USDT:USDT; `BTC-USD_...` -> BTC/USD (a perpetual settles in its quote)."""
    match = _MARKET_IN_NAME.match(path.stem.split("_")[0])
    if not match:
        return None
    symbol = f"{match['base']}/{match['quote']}"
    return f"{symbol}:{match['quote']}" if perpetual or match["perp"] else symbol


def _venue_in_name(path: Path) -> str | None:
    words = re.split(r"[^a-z0-9]+", path.stem.lower())
    return next((_DERIVATIVE_VENUES[w] for w in words if w in _DERIVATIVE_VENUES), None)


def _fear_greed(frame: pd.DataFrame, path: Path, given: Series | None) -> _Metrics:
    column = next(c for c in [*_FEAR_GREED_COLUMNS, "value"] if c in frame.columns)
    time_column = "timestamp" if "timestamp" in frame.columns else "date"
    table, rejected = _readable(frame, time_column, [column])
    values = table[column]
    outside = values.notna() & ~values.between(0, 100)
    parts: list[Part] = [("alternative.me", m.FEAR_GREED, m.NO_SYMBOL, _one_series(values[~outside]))]
    return _Metrics(_label("alternative.me", parts), parts, rejected + int(outside.sum()))


def _funding_mean(frame: pd.DataFrame, path: Path, given: Series | None) -> _Metrics:
    source = given.source if given else _venue_in_name(path)
    symbol = given.symbol if given else _market_in_name(path, perpetual=True)
    if source is None or symbol is None:
        raise _Skip(
            "daily funding means, but the name tells neither the exchange nor the market "
            "(e.g. BTC-USDT-PERP_funding_1d-mean_binance.csv); give --source/--symbol/--timeframe"
        )
    columns = {"funding_rate_mean": m.FUNDING_RATE_1D_MEAN, "funding_rate_abs_mean": m.FUNDING_RATE_1D_ABS_MEAN}
    present = [c for c in columns if c in frame.columns]
    table, rejected = _readable(frame, "timestamp", present)
    parts: list[Part] = [(source, columns[c], symbol, _one_series(table[c])) for c in present]
    return _Metrics(_label(source, parts), parts, rejected)


def _open_interest(frame: pd.DataFrame, path: Path, given: Series | None) -> _Metrics:
    source = given.source if given else _venue_in_name(path)
    if source is None:
        raise _Skip("open interest, but the name does not tell the exchange; give --source/--symbol/--timeframe")
    columns = {c: match["base"].upper() for c in frame.columns if (match := _OPEN_INTEREST_COLUMN.match(c))}
    table, rejected = _readable(frame, "timestamp", list(columns))
    # USDⓈ-margined perpetuals: BTC/USDT:USDT, as ccxt names them.
    parts: list[Part] = [
        (source, m.OPEN_INTEREST_USD, f"{base}/USDT:USDT", _one_series(table[column]))
        for column, base in columns.items()
    ]
    return _Metrics(_label(source, parts), parts, rejected)


def _coin_metrics(frame: pd.DataFrame, path: Path, given: Series | None) -> _Metrics:
    source = given.source if given else "coinmetrics"
    symbol = given.symbol if given else _market_in_name(path, perpetual=False)
    if symbol is None:
        raise _Skip("Coin Metrics columns, but the name does not tell the asset (e.g. BTC-USD_1d_coinmetrics.csv)")
    columns = [c for c in (m.PRICE_USD, m.MARKET_CAP_USD) if c in frame.columns]
    table, rejected = _readable(frame, "timestamp", columns)
    parts: list[Part] = [(source, column, symbol, _one_series(table[column])) for column in columns]
    return _Metrics(_label(source, parts), parts, rejected)


def _hyperliquid(frame: pd.DataFrame, path: Path, given: Series | None) -> _Metrics:
    columns = [c for c in (m.FUNDING_RATE_1H, m.MARK_PRICE) if c in frame.columns]
    table, rejected = _readable(frame, "timestamp", columns)
    table = table[table["symbol"].notna()]
    parts: list[Part] = []
    for coin, rows in table.groupby("symbol", sort=True):
        # Hyperliquid's perpetuals settle in USDC: BTC/USDC:USDC, as ccxt names them.
        parts += [("hyperliquid", c, f"{str(coin).upper()}/USDC:USDC", _one_series(rows[c])) for c in columns]
    return _Metrics(_label("hyperliquid", parts), parts, rejected)


def _coingecko(frame: pd.DataFrame, path: Path, given: Series | None) -> _Metrics:
    time_column = "snapshot_commit_time_utc" if "snapshot_commit_time_utc" in frame.columns else "timestamp"
    table, rejected = _readable(frame, time_column, [m.PRICE_USD])
    table = table[table["symbol"].notna()]
    if "rank" in table.columns:
        # Two coins can share a ticker (Solana and Wrapped SOL): the larger one is the one news means.
        table = table.assign(rank=pd.to_numeric(table["rank"], errors="coerce")).sort_values("rank", kind="stable")
        keys = pd.DataFrame({"time": table.index, "symbol": table["symbol"].to_numpy()})
        table = table[~keys.duplicated().to_numpy()]
    parts: list[Part] = [
        ("coingecko", m.PRICE_USD_SNAPSHOT, f"{str(coin).upper()}/USD", _one_series(rows[m.PRICE_USD]))
        for coin, rows in table.groupby("symbol", sort=True)
    ]
    return _Metrics(_label("coingecko", parts), parts, rejected)


_Reader = Callable[[pd.DataFrame, Path, "Series | None"], _Metrics]


def _metrics_reader(columns: set[str], path: Path) -> _Reader | None:
    """Which non-candle layout a header is, if any (the most specific first)."""
    timed = "timestamp" in columns
    if "symbol" in columns and m.PRICE_USD in columns and ("snapshot_commit_time_utc" in columns or timed):
        return _coingecko
    if timed and "symbol" in columns and m.FUNDING_RATE_1H in columns:
        return _hyperliquid
    if timed and "funding_rate_mean" in columns:
        return _funding_mean
    if timed and any(_OPEN_INTEREST_COLUMN.match(c) for c in columns):
        return _open_interest
    if timed and (m.MARKET_CAP_USD in columns or m.PRICE_USD in columns):
        return _coin_metrics
    dated = timed or "date" in columns
    named_fear_greed = any(w in path.stem.lower() for w in ("fear", "greed", "fng"))
    if dated and (any(c in columns for c in _FEAR_GREED_COLUMNS) or ("value" in columns and named_fear_greed)):
        return _fear_greed
    return None


def _import_metrics(store: Store, path: Path, reader: _Reader, series: Series | None) -> ImportResult:
    try:
        frame = _lower_columns(pd.read_csv(path))
        read = reader(frame, path, series)
    except _Skip as reason:
        return ImportResult(path, None, 0, skipped=str(reason))
    except (ValueError, KeyError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        return ImportResult(path, None, 0, skipped=f"unreadable CSV ({exc})")
    label = read.label if series is None else replace(read.label, timeframe=series.timeframe)
    with MetricsStore(store.path) as metrics:
        rows = metrics.put_all(read.parts, origin=str(path.resolve()))
    return ImportResult(path, label, rows, rejected=read.rejected)


def import_csv(
    store: Store, path: Path, *, series: Series | None = None
) -> ImportResult:
    """Import one CSV into the store (candles) or beside it (other market series), in a single transaction."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    try:
        columns = set(_lower_columns(pd.read_csv(path, nrows=0)).columns)
    except (ValueError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        return ImportResult(path, series, 0, skipped=f"unreadable CSV ({exc})")
    if not {"open", "high", "low", "close"} <= columns:
        reader = _metrics_reader(columns, path)
        if reader is not None:
            return _import_metrics(store, path, reader, series)
    series = series or series_from_name(path)
    if series is None:
        return ImportResult(
            path, None, 0, skipped="cannot tell the series from the name; give --source/--symbol/--timeframe"
        )
    try:
        candles, rejected = read_candles(path)
    except InputError as exc:
        return ImportResult(path, series, 0, skipped=str(exc).split(": ", 1)[-1])
    except (ValueError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        return ImportResult(path, series, 0, skipped=f"unreadable CSV ({exc})")
    rows = store.put_candles(
        series.source, series.symbol, series.timeframe, candles, origin=str(path.resolve())
    )
    return ImportResult(path, series, rows, rejected=rejected)
