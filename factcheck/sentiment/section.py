"""The report's sentiment section, from an article and its claims.

Two steps, so a batch can run the first for many articles at once (one
encoder batch) and the second where the market data is:

    stances(pairs, backend)   each article's stance; a sentence holding claims
                              counts more (`stance.claim_density`)
    section(stance, ...)      that stance with its tone check against the market
                              measured around publication (`figures.measure`)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.model import Article, Claim
from factcheck.sentiment.model import ArticleStance, Sentiment

if TYPE_CHECKING:
    from factcheck.market.data import MarketData
    from factcheck.market.metrics_store import MetricsStore
    from factcheck.sentiment.backends import Backend

def stances(
    pairs: Sequence[tuple[Article, Sequence[Claim]]],
    backend: Backend | str | Path | None = None,
    *,
    spans: Sequence[list[tuple[int, int]]] | None = None,
) -> list[ArticleStance]:
    """Each article's stance, all their sentences classified in one batch.

    `spans`: each article's sentence spans from extraction's parse
    (`stance.doc_sentences`); without them the texts are parsed again."""
    from factcheck.sentiment.stance import (
        article_sentences,
        article_stances,
        claim_density,
        split_sentences,
    )

    if not pairs:
        return []
    if spans is None:
        spans = split_sentences([article.text for article, _ in pairs])
    sentences = [article_sentences(article, spans=s) for (article, _), s in zip(pairs, spans)]
    weights = [claim_density(claims, own) for (_, claims), own in zip(pairs, sentences)]
    return article_stances([a for a, _ in pairs], backend, claim_weights=weights, sentences=sentences)


def section(
    stance: ArticleStance,
    article: Article,
    claims: Sequence[Claim],
    market: MarketData,
    *,
    metrics: MetricsStore | None,
    now: datetime,
) -> Sentiment:
    """The stance and, when the article is placed in time, its tone against the market."""
    from factcheck.sentiment.figures import main_asset, measure
    from factcheck.sentiment.tone import tone_check

    if article.published_at is None:
        return Sentiment(stance=stance)
    measured = measure(main_asset(claims), article.published_at, market, metrics=metrics, now=now)
    return Sentiment(stance=stance, tone=tone_check(stance, measured.figures, data=measured.sources))
