"""The pipeline in one call: source -> Article -> claims -> market data -> verdicts -> Report.

Each stage is a plain function of the previous value; this module only wires
them together and says what the reader should know about the whole run.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from factcheck.market.data import MarketData
from factcheck.market.store import Store
from factcheck.model import Article, Claim, Precision, Report


def check(
    source: str | Path,
    *,
    published: str | None = None,
    text: str | None = None,
    store: Store | None = None,
    offline: bool = False,
    now: datetime | None = None,
    timeout: float = 10.0,
) -> Report:
    """Check one article (a path, a URL, or '-' for stdin) and return its Report.

    `published` overrides the publication time read from the article; `text`
    gives the article's text directly (then `source` is only its label);
    `offline` keeps to the local store; `now` fixes the clock forecasts are
    scored against.
    """
    from factcheck.article.load import load_article

    article = load_article(str(source), published=published, text=text, timeout=timeout)
    return check_article(article, store=store, offline=offline, now=now, timeout=timeout)


def check_article(
    article: Article,
    *,
    store: Store | None = None,
    offline: bool = False,
    now: datetime | None = None,
    timeout: float = 10.0,
    market: MarketData | None = None,
) -> Report:
    """Check an Article already read; `market` replaces the default data source."""
    from factcheck.nlp.extract import extract

    clock = now or datetime.now(timezone.utc)
    claims = extract(article)
    if market is not None:
        return report_for(article, claims, market=market, now=clock)
    with Store() if store is None else _borrowed(store) as db:
        return report_for(article, claims, market=MarketData(db, offline=offline, timeout=timeout, now=lambda: clock), now=clock)


def report_for(article: Article, claims: list[Claim], *, market: MarketData, now: datetime) -> Report:
    """Verify extracted claims and assemble the Report (the batch's second phase)."""
    from factcheck.verify import verify
    from factcheck.verify.context import Context

    context = Context(article=article, market=market, now=now)
    try:
        checked = verify(claims, context)
    finally:
        context.close()
    return Report(article=article, claims=checked, notes=_notes(article, len(claims)), checked_at=now)


@contextmanager
def _borrowed(store: Store) -> Iterator[Store]:
    """A caller's store, used without closing it."""
    yield store


def _notes(article: Article, n_claims: int) -> list[str]:
    notes = []
    if article.published_at is None:
        notes.append(
            "No publication time was found in the article; claims about the present cannot be "
            "placed in time. Give one with --published."
        )
    elif article.published_precision is Precision.day:
        notes.append(
            "Only the publication date is known; claims about the present are checked against "
            "the whole day."
        )
    if n_claims == 0:
        notes.append("No checkable price or move claims were found.")
    return notes
