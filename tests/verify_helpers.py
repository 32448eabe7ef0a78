"""Checking one hand-built claim against the shared market data, without the extractor,
so a checker's rule is tested on its own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from factcheck.market.data import MarketData
from factcheck.model import Article, CheckedClaim, Claim, ClaimKind, Precision, TimeRef
from factcheck.verify import CHECKERS
from factcheck.verify.context import Context

NOW = datetime(2026, 11, 25, tzinfo=UTC)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def article(published: datetime, precision: Precision = Precision.minute) -> Article:
    return Article(text="-", source="test", published_at=published, published_precision=precision, published_zone="UTC")


def published_end(art: Article) -> datetime:
    """'Now' as the extractor resolves it: the minute, or the end of a date-only article's day."""
    assert art.published_at is not None
    return art.published_at + timedelta(days=1) if art.published_precision is Precision.day else art.published_at


def claim(kind: ClaimKind, asset: str | None, value: float | None, *, text: str = "-", sentence: str | None = None,
          start: datetime | None = None, end: datetime | None = None, when: str = "instant",
          time_text: str | None = None, **fields) -> Claim:
    return Claim(
        kind=kind, asset=asset, value=value, metric=fields.pop("metric", "price"), text=text,
        sentence=sentence or text, span=(0, len(text)),
        time=TimeRef(text=time_text, start=start, end=end, kind=when), **fields,
    )


def check(art: Article, c: Claim, store) -> CheckedClaim:
    market = MarketData(store, offline=True, now=lambda: NOW)
    ctx = Context(article=art, market=market, now=NOW)
    try:
        return CHECKERS[c.kind](c, ctx)
    finally:
        ctx.close()
