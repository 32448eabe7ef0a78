"""Filling the store from CSV files (`timestamp,open,high,low,close,volume`).

A file's series is read from its name when it follows the shared data's
convention `BASE-QUOTE[-PERP]_TIMEFRAME_SOURCE[-kind].csv`
(e.g. `BTC-USDT_1h_binance-spot.csv`, `BTC-USDT-PERP_1h_binance-usdm.csv`);
otherwise the caller names it. Files that are not OHLCV are skipped with a
reason rather than half-imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from factcheck.errors import InputError
from factcheck.market.store import CANDLE_COLUMNS, Store

_NAME = re.compile(
    r"^(?P<base>[A-Z0-9]+)-(?P<quote>[A-Z]+)(?P<perp>-PERP)?_(?P<tf>\d+[mhdw])_(?P<src>[a-z0-9]+)(?P<rest>[-a-z0-9]*)$"
)

# The source named in a file maps to the ccxt exchange id the data came from.
_SOURCE_IDS = {("binance", "usdm"): "binanceusdm", ("binance", "spot"): "binance"}


@dataclass(frozen=True)
class Series:
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


def read_candles(path: Path) -> tuple[pd.DataFrame, int]:
    """Candles from a CSV, and how many rows were rejected as unreadable."""
    frame = pd.read_csv(path)
    frame.columns = [c.strip().lower() for c in frame.columns]
    missing = [c for c in ["timestamp", *CANDLE_COLUMNS[:4]] if c not in frame.columns]
    if missing:
        raise InputError(
            f"{path.name}: not an OHLCV file (missing column(s) {', '.join(missing)}; "
            "expected timestamp,open,high,low,close,volume)"
        )
    stamps = frame["timestamp"]
    if pd.api.types.is_numeric_dtype(stamps):
        unit = "ms" if stamps.max() > 1e11 else "s"
        if stamps.max() > 1e14:
            unit = "us"
        when = pd.to_datetime(stamps, unit=unit, utc=True, errors="coerce")
    else:
        when = pd.to_datetime(stamps, utc=True, errors="coerce", format="ISO8601")
    values = frame[[c for c in CANDLE_COLUMNS if c in frame.columns]].apply(
        pd.to_numeric, errors="coerce"
    )
    if "volume" not in values:
        values["volume"] = float("nan")
    values.index = pd.DatetimeIndex(when, name="timestamp")
    valid = values.index.notna() & values[CANDLE_COLUMNS[:4]].notna().all(axis=1).to_numpy()
    clean = values[valid]
    clean = clean[~clean.index.duplicated(keep="last")].sort_index()
    return clean, int((~valid).sum())


def import_csv(
    store: Store, path: Path, *, series: Series | None = None
) -> ImportResult:
    """Import one CSV into the store in a single transaction."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
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
