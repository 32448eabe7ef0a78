"""What every checker is given: the article, market data, and the time now."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from factcheck.market.data import Candles, MarketData
from factcheck.market.metrics_store import MetricsStore
from factcheck.model import Article, CheckedClaim, Claim, DataWindow, Evidence, Verdict

TIMEFRAME = "1h"  # the finest series the store reliably holds for every asset


@dataclass(frozen=True)
class Context:
    article: Article
    market: MarketData
    now: datetime
    hours: tuple[datetime, ...] | None = None  # a date-only article's hours, narrowed by its own prices

    def candles(self, claim: Claim, start: datetime, end: datetime) -> Candles:
        assert claim.asset is not None
        return self.market.candles(claim.asset, TIMEFRAME, start, end)

    @cached_property
    def metrics(self) -> MetricsStore:
        """Non-candle series (Fear & Greed, funding, open interest, market cap), same file."""
        return MetricsStore(self.market.store.path)

    def close(self) -> None:
        if "metrics" in self.__dict__:
            self.metrics.close()


Checker = Callable[[Claim, Context], CheckedClaim]


def window_of(candles: Candles) -> DataWindow:
    return DataWindow(
        exchange=candles.exchange,
        symbol=candles.symbol,
        timeframe=candles.timeframe,
        start=candles.start,
        end=candles.end,
        candles=len(candles.frame),
    )


def verdict(
    claim: Claim,
    verdict: Verdict,
    explanation: str,
    *,
    figure: float | None = None,
    figures: dict[str, float] | None = None,
    candles: Candles | None = None,
    tolerance: str | None = None,
) -> CheckedClaim:
    return CheckedClaim(
        claim=claim,
        verdict=verdict,
        evidence=Evidence(
            figure=figure,
            figures=figures or {},
            data=window_of(candles) if candles is not None else None,
            tolerance=tolerance,
            explanation=explanation + ("" if candles is None or not candles.notes else " Data: " + "; ".join(candles.notes) + "."),
        ),
    )


def unusable(claim: Claim, candles: Candles) -> CheckedClaim | None:
    """`unverifiable` when the data is missing or has gaps; None when it is usable."""
    if candles.frame.empty:
        why = "; ".join(candles.notes) or "the store holds none and none could be fetched"
        return verdict(
            claim,
            Verdict.unverifiable,
            f"No {candles.symbol} {candles.timeframe} data for "
            f"{candles.start:%Y-%m-%d %H:%M}–{candles.end:%Y-%m-%d %H:%M} UTC ({why}).",
            candles=candles,
        )
    if candles.missing:
        return verdict(
            claim,
            Verdict.unverifiable,
            f"{candles.missing} of {candles.expected} {candles.timeframe} bars missing in "
            f"{candles.start:%Y-%m-%d %H:%M}–{candles.end:%Y-%m-%d %H:%M} UTC; a verdict cannot rest on a gap.",
            candles=candles,
        )
    return None
