"""What the market did around publication, measured for the tone check.

For the article's main asset (the one its claims name most; BTC for an
article about the market as a whole):

    prior returns    1, 7 and 30 days before publication, from hourly closes
    RSI-14           Wilder's, on the daily bars closed before publication
    Fear & Greed     the index of the publication's UTC day
    forward returns  1, 7 and 30 days after publication, each once it has passed

A figure whose data the store (or the exchange) lacks is left out, never
guessed: the tone line then simply says less. Prices are the close of the
last hourly bar that had closed at the time (no lookahead), taken from a bar
at most `STALE` old.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import pandas as pd

from factcheck.market.data import VENUES, Candles, MarketData
from factcheck.market.metrics_store import MetricsStore
from factcheck.model import Claim
from factcheck.sentiment.tone import MarketFigures

HORIZONS = (1, 7, 30)  # days
MARKET_ASSET = "BTC"  # what "the market" moves with when an article names no asset
STALE = timedelta(hours=3)
RSI_PERIOD = 14
RSI_BARS = 300  # daily bars read before publication: Wilder's smoothing has settled well before
RSI_MIN_BARS = 250


Window = tuple[datetime, datetime]


@dataclass(frozen=True)
class _Reads:
    """The bars `measure` reads, so the batch's data plan (`needs`) asks for exactly those."""

    before: Window  # hourly, the longest horizon before publication
    daily: Window  # daily, for RSI
    after: Window | None  # hourly, up to the longest horizon already passed
    due: tuple[int, ...]  # the forward horizons already passed

    @classmethod
    def around(cls, published: datetime, now: datetime, horizons: Sequence[int]) -> _Reads:
        due = tuple(d for d in horizons if published + timedelta(days=d) <= now)
        after = (published - STALE, published + timedelta(days=max(due), hours=1)) if due else None
        return cls(
            before=(published - timedelta(days=max(horizons)) - STALE, published),
            daily=(published - timedelta(days=RSI_BARS), published),
            after=after,
            due=due,
        )


@dataclass(frozen=True)
class Measured:
    """The figures and the data they came from ('binance BTC/USDT 1h'), for the reader."""

    figures: MarketFigures
    sources: tuple[str, ...]


def main_asset(claims: Sequence[Claim]) -> str:
    """The asset the claims name most (first named wins a tie), among those we have markets for."""
    named = [c.asset for c in claims if c.asset and c.asset.upper() in VENUES]
    if not named:
        return MARKET_ASSET
    counts = Counter(named)
    return max(named, key=lambda a: (counts[a], -named.index(a))).upper()


def _close_at(frame: pd.DataFrame, when: datetime) -> float | None:
    """Close of the last hourly bar closed by `when`, if it closed within STALE of it."""
    if frame.empty:
        return None
    closes = frame["close"]
    opened = closes.index[closes.index <= pd.Timestamp(when) - pd.Timedelta(hours=1)]
    if len(opened) == 0:
        return None
    last = opened[-1]
    if pd.Timestamp(when) - (last + pd.Timedelta(hours=1)) > pd.Timedelta(STALE):
        return None
    return float(closes.loc[last])


def _source(candles: Candles) -> str:
    return f"{candles.exchange} {candles.symbol} {candles.timeframe}"


def _returns(
    candles: Candles, anchor: datetime, horizons: Sequence[int], sign: int
) -> dict[int, float]:
    """Percent change between the anchor's close and the close `d` days before (sign -1) or after (+1)."""
    base = _close_at(candles.frame, anchor)
    if base is None:
        return {}
    out = {}
    for days in horizons:
        other = _close_at(candles.frame, anchor + sign * timedelta(days=days))
        if other is None:
            continue
        start, end = (other, base) if sign < 0 else (base, other)
        out[days] = round((end / start - 1.0) * 100.0, 2)
    return out


def _rsi(market: MarketData, asset: str, window: Window) -> tuple[float | None, str | None]:
    from factcheck.verify.indicators import rsi

    daily = market.candles(asset, "1d", *window)
    if len(daily.frame) < RSI_MIN_BARS or daily.missing > daily.expected - RSI_MIN_BARS:
        return None, None
    value = rsi(daily.frame["close"], RSI_PERIOD).iloc[-1]
    return (None, None) if pd.isna(value) else (round(float(value), 1), _source(daily))


def measure(
    asset: str,
    published: datetime,
    market: MarketData,
    *,
    metrics: MetricsStore | None = None,
    now: datetime,
    horizons: Sequence[int] = HORIZONS,
) -> Measured:
    """The MarketFigures for `asset` around `published`; forward returns only for horizons before `now`."""
    from factcheck.market.fear_greed import fear_greed_on

    sources: list[str] = []
    reads = _Reads.around(published, now, horizons)
    before = market.candles(asset, "1h", *reads.before)
    prior = _returns(before, published, horizons, -1)
    if prior:
        sources.append(_source(before))
    forward: dict[int, float] = {}
    if reads.after is not None:
        after = market.candles(asset, "1h", *reads.after)
        forward = _returns(after, published, reads.due, +1)
        if forward and _source(after) not in sources:
            sources.append(_source(after))
    rsi_14, rsi_source = _rsi(market, asset, reads.daily)
    if rsi_source:
        sources.append(rsi_source)
    fear_greed = fear_greed_on(published, metrics=metrics) if metrics is not None else None
    if fear_greed is not None:
        sources.append("alternative.me Fear & Greed")
    figures = MarketFigures(
        asset=asset,
        prior_returns=prior,
        rsi_14=rsi_14,
        fear_greed=fear_greed[0] if fear_greed else None,
        fear_greed_class=fear_greed[1] if fear_greed else None,
        forward_returns=forward,
    )
    return Measured(figures, tuple(sources))


def needs(asset: str, published: datetime | None, now: datetime, horizons: Sequence[int] = HORIZONS) -> list:
    """The bars `measure` will read, for a batch's data plan (`market.plan.Need`s)."""
    from factcheck.market.plan import Need

    if published is None:
        return []
    reads = _Reads.around(published, now, horizons)
    out = [Need(asset, "1h", *reads.before), Need(asset, "1d", *reads.daily)]
    if reads.after is not None:
        out.append(Need(asset, "1h", *reads.after))
    return out
