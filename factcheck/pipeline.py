"""The pipeline in one call: source -> Article -> claims -> market data -> verdicts -> Report.

Each stage is a plain function of the previous value; this module only wires
them together and says what the reader should know about the whole run.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.market.data import MarketData
from factcheck.market.store import Store
from factcheck.model import Article, Claim, Precision, PriceChart, PricePoint, Report
from factcheck.sentiment.backends import DEFAULT_BACKEND
from factcheck.sentiment.model import ArticleStance

if TYPE_CHECKING:
    from factcheck.sentiment.backends import Backend



def check(
    source: str | Path,
    *,
    published: str | None = None,
    text: str | None = None,
    store: Store | None = None,
    offline: bool = False,
    now: datetime | None = None,
    timeout: float = 10.0,
    chart: bool = False,
    sentiment: Backend | str | Path | None = DEFAULT_BACKEND,
) -> Report:
    """Check one article (a path, a URL, or '-' for stdin) and return its Report.

    `published` overrides the publication time read from the article; `text`
    gives the article's text directly (then `source` is only its label);
    `offline` keeps to the local store; `now` fixes the clock forecasts are
    scored against; `chart` adds the prices around publication (for HTML);
    `sentiment` names the stance classifier ("minilm", "vader", a model
    folder or a loaded backend), None for no sentiment section.
    """
    from factcheck.article.load import load_article

    article = load_article(str(source), published=published, text=text, timeout=timeout)
    return check_article(
        article, store=store, offline=offline, now=now, timeout=timeout, chart=chart, sentiment=sentiment
    )


def check_article(
    article: Article,
    *,
    store: Store | None = None,
    offline: bool = False,
    now: datetime | None = None,
    timeout: float = 10.0,
    market: MarketData | None = None,
    chart: bool = False,
    sentiment: Backend | str | Path | None = DEFAULT_BACKEND,
) -> Report:
    """Check an Article already read; `market` replaces the default data source."""
    from factcheck.nlp.extract import claims_from_doc
    from factcheck.nlp.pipeline import load_pipeline
    from factcheck.sentiment.stance import doc_sentences

    doc = load_pipeline()(article.text)
    return check_extracted(
        article, claims_from_doc(doc, article), doc_sentences(doc), store=store, offline=offline, now=now,
        timeout=timeout, market=market, chart=chart, sentiment=sentiment,
    )


def check_extracted(
    article: Article,
    claims: list[Claim],
    sentences: list[tuple[int, int]],
    *,
    store: Store | None = None,
    offline: bool = False,
    now: datetime | None = None,
    timeout: float = 10.0,
    market: MarketData | None = None,
    chart: bool = False,
    sentiment: Backend | str | Path | None = DEFAULT_BACKEND,
) -> Report:
    """Check an article whose claims and sentence spans extraction has given.

    The stance classifier runs on a thread of its own while the claims are
    verified: its tokenizer and matrix products release the GIL, so on two
    cores the sentiment section costs little wall time."""
    from factcheck.sentiment.section import stances

    clock = now or datetime.now(UTC)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="stance") as side:
        stance = (
            side.submit(lambda: stances([(article, claims)], sentiment, spans=[sentences])[0])
            if sentiment is not None else None
        )
        with Store() if store is None and market is None else _borrowed(store) as db:
            data = market or MarketData(db, offline=offline, timeout=timeout, now=lambda: clock)
            report = report_for(article, claims, market=data, now=clock, stance=stance)
            return with_chart(report, data) if chart else report


def report_for(
    article: Article,
    claims: list[Claim],
    *,
    market: MarketData,
    now: datetime,
    stance: ArticleStance | Future[ArticleStance] | None = None,
) -> Report:
    """Verify extracted claims and assemble the Report (the batch's second phase);
    with the article's `stance` (or its pending future), add its tone against the market."""
    from factcheck.sentiment.section import section
    from factcheck.verify import verify
    from factcheck.verify.article_hours import article_hours
    from factcheck.verify.context import Context

    narrowed = article_hours(article, claims, market)
    context = Context(article=article, market=market, now=now, hours=narrowed[0] if narrowed else None)
    try:
        checked = verify(claims, context)
        if isinstance(stance, Future):
            stance = stance.result()
        mood = section(stance, article, claims, market, metrics=context.metrics, now=now) if stance else None
    finally:
        context.close()
    notes = _notes(article, len(claims)) + ([narrowed[1]] if narrowed else [])
    return Report(article=article, claims=checked, notes=notes, checked_at=now, sentiment=mood)


CHART_BEFORE, CHART_AFTER = timedelta(days=5), timedelta(days=2)
_PRICE_KINDS = {"price_level", "intraday_high", "intraday_low", "support", "resistance", "forecast", "all_time_high"}


def with_chart(report: Report, market: MarketData) -> Report:
    """The report plus hourly prices from 5 days before to 2 days after publication
    (no later than now), and the levels the article cites, for the HTML view."""
    article = report.article
    assets = [c.claim.asset for c in report.claims if c.claim.asset]
    if article.published_at is None or not assets:
        return report
    asset = max(set(assets), key=assets.count)
    candles = market.candles(asset, "1h", article.published_at - CHART_BEFORE, article.published_at + CHART_AFTER)
    if candles.frame.empty:
        return report
    levels = sorted({
        v for c in report.claims if c.claim.asset == asset and c.claim.kind.value in _PRICE_KINDS and c.claim.unit == "USD"
        for v in (c.claim.value, c.claim.value_high) if v is not None
    })
    chart = PriceChart(
        asset=asset, exchange=candles.exchange, symbol=candles.symbol, timeframe=candles.timeframe,
        points=[PricePoint(t=t.to_pydatetime() + timedelta(hours=1), close=float(c)) for t, c in candles.frame["close"].items()],
        levels=levels, published_at=article.published_at,
    )
    return report.model_copy(update={"chart": chart})


@contextmanager
def _borrowed(store: Store | None) -> Iterator[Store | None]:
    """A caller's store, used without closing it."""
    yield store


_UNPLACED = ("only claims that carry their own date with its year ('on November 14, 2025') are checked; the rest "
             "cannot be placed in time. Give one with --published ('now' for a draft about to go out).")


def _notes(article: Article, n_claims: int) -> list[str]:
    notes = []
    unread = f"The article's line '{article.published_unread}' is not a date that can be read"
    if article.published_at is None and article.published_unread:
        notes.append(f"{unread}, and no other publication time was found; {_UNPLACED}")
    elif article.published_at is None:
        notes.append(f"No publication time was found in the article; {_UNPLACED}")
    elif article.published_unread:
        notes.append(f"{unread}; the time was taken from {article.published_from} instead.")
    if article.published_at is not None and article.published_precision is Precision.day:
        notes.append(
            "Only the publication date is known; claims about the present are checked against "
            "the whole day."
        )
    if n_claims == 0:
        notes.append("No checkable price or move claims were found.")
    return notes
