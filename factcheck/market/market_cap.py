"""Market capitalisation where a source exists, and a plain "unavailable, because..." where none does.

The only market-cap series factcheck has is Coin Metrics' `CapMrktCurUSD` for
Bitcoin (imported from BTC-USD_1d_coinmetrics-refrate.csv into the metrics
store as coinmetrics / market_cap_usd / BTC/USD). For any other asset there is
no source: CoinGecko's daily snapshots give prices but no supply, and no
exchange reports a coin's market cap through ccxt. A verifier must then say
`unverifiable` with the reason, never guess a supply.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from factcheck.market.metrics_store import MARKET_CAP_USD, MetricsStore

__all__ = ["MARKET_CAP_SOURCES", "market_cap_usd"]

MARKET_CAP_SOURCES: dict[str, tuple[str, str, str]] = {
    "BTC": ("coinmetrics", "BTC/USD", "Coin Metrics CapMrktCurUSD"),
}
"""Asset -> (source, symbol, description) of the market-cap series held for it."""


def _day_to_use(at: date | datetime) -> date:
    """A date is that day; a time is the last day complete by then (a Coin Metrics value is its day's end)."""
    if not isinstance(at, datetime):
        return at
    if at.tzinfo is None:
        raise ValueError(f"{at!r} has no time zone; give a tz-aware time or a date")
    return (at.astimezone(UTC) - timedelta(days=1)).date()


def market_cap_usd(
    asset: str, at: date | datetime, *, metrics: MetricsStore | None = None
) -> tuple[float | None, str]:
    """(market cap in USD, where it came from), or (None, why there is none).

    `at` as a date asks for the value at the end of that UTC day; as a tz-aware
    time, for the latest value already known then (the end of the day before),
    so a check at publication time never looks ahead.
    """
    found = MARKET_CAP_SOURCES.get(asset.upper())
    if found is None:
        return None, (
            f"no market-cap source for {asset.upper()}: the only market-cap series held is Coin Metrics' "
            "for BTC; CoinGecko's snapshots give prices but not supply"
        )
    source, symbol, description = found
    day = _day_to_use(at)
    start = datetime.combine(day, datetime.min.time(), UTC)
    store = metrics if metrics is not None else MetricsStore()
    try:
        held = store.get(source, MARKET_CAP_USD, symbol, start, start + timedelta(days=1))
        wanted = (source, MARKET_CAP_USD, symbol)
        span = None if not held.empty else next(
            (h for h in store.holdings() if (h.source, h.series, h.symbol) == wanted), None
        )
    finally:
        if metrics is None:
            store.close()
    if held.empty:
        holds = (
            f"it holds {span.first:%Y-%m-%d}..{span.last:%Y-%m-%d}"
            if span is not None
            else "import BTC-USD_1d_coinmetrics-refrate.csv"
        )
        return None, f"the store has no {description} for {asset.upper()} on {day:%Y-%m-%d} ({holds})"
    return float(held.iloc[0]), f"{description}, end of {day:%Y-%m-%d} UTC"
