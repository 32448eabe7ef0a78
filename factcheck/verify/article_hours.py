"""The hours a date-only article can have been written at, read from its own prices.

An article that gives only its date was still written at one moment, and its present-
tense figures all hold at that moment. Checking each claim at whichever hour of the day
suits it best lets "down 4% in 24 hours" pass at 00:00 while "BTC trades at $75,100"
passes at 07:00, although the article cannot be both. So the hours are narrowed first:
those at which the article's own current prices ("BTC is trading at $75,126, ETH at
$1,458") hold, within their tolerance, for at least two coins at once: a single price
may be a figure lifted from another hour. The other present-tense claims are then checked at
those hours only. Otherwise the whole day stays open.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pandas as pd

from factcheck.formatting import usd
from factcheck.market.data import MarketData
from factcheck.model import Article, Claim, ClaimKind, Comparator, Modality, Precision
from factcheck.verify.moments import dated_only, moments
from factcheck.verify.tolerance import level_tolerance

HOUR = timedelta(hours=1)
AGREEING = 2  # coins whose current prices must hold at the same hours before the day is narrowed


def _current_prices(article: Article, claims: list[Claim]) -> list[Claim]:
    """Asserted dollar prices about the present, with no time of their own: 'is trading at
    $75,126', 'BTC at $94,300' (not 'at $95,087 as of 6:40 p.m.', which has its moment)."""
    return [
        c for c in claims
        if c.kind is ClaimKind.price_level and c.comparator is Comparator.at and c.value and c.unit == "USD"
        and c.asset and c.modality in {Modality.asserted, Modality.attributed} and c.venue is None and c.currency is None
        and dated_only(article, c) and c.time.end == _day_end(article)
        and (c.time.kind == "instant" or c.time.kind == "day" and c.time.start == article.published_at)
    ]


def _day_end(article: Article) -> datetime | None:
    """Where a date-only article's claims about the present end: the end of its day."""
    return None if article.published_at is None else article.published_at + timedelta(days=1)


def article_hours(article: Article, claims: list[Claim], market: MarketData) -> tuple[tuple[datetime, ...], str] | None:
    """The closed hours of the publication day at which most of the article's current prices
    hold, and a sentence saying so; None when they do not narrow the day."""
    if article.published_precision is not Precision.day or article.published_at is None:
        return None
    prices = _current_prices(article, claims)
    if not prices:
        return None
    hours = moments(article, prices[0])
    closes: dict[str, pd.Series] = {}
    for asset in {c.asset for c in prices if c.asset}:
        frame = market.candles(asset, "1h", hours[0] - HOUR, hours[-1]).frame
        if not frame.empty:
            series = frame["close"].copy()
            series.index = series.index + HOUR  # by the moment each bar closed
            closes[asset] = series
    fits: dict[datetime, int] = {}
    for hour in hours:
        stamp = pd.Timestamp(hour)
        fits[hour] = len({  # assets, not prices: two figures of one coin may be one figure restated
            c.asset for c in prices
            if c.asset in closes and stamp in closes[c.asset].index
            and abs(float(closes[c.asset][stamp]) - (c.value or 0.0)) <= level_tolerance(c)
        })
    best = max(fits.values())
    chosen = tuple(h for h in hours if fits[h] == best)
    if best < AGREEING or len(chosen) == len(hours):
        return None  # one price can be a figure lifted from another hour; two that agree place the article
    shown = ", ".join(f"{c.asset} {usd(c.value or 0.0)}" for c in prices[:3])
    span = f"{chosen[0]:%H:%M}" if len(chosen) == 1 else f"{len(chosen)} of its hours, {chosen[0]:%H:%M} to {chosen[-1]:%H:%M} UTC"
    note = (f"Only the publication date is known; the article's own current prices ({shown}) hold at {span}"
            f"{' UTC' if len(chosen) == 1 else ''}, so its claims about the present are checked at "
            f"{'that hour' if len(chosen) == 1 else 'those hours'} only.")
    return chosen, note
