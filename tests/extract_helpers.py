"""A sentence read as an article published at a fixed moment (Tuesday 3 June 2025, 12:00 UTC), and
its claims: what the extraction tests of single constructions call."""

from __future__ import annotations

from datetime import UTC, datetime

from factcheck.model import Article, Claim, ClaimKind, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 6, 3, 12, tzinfo=UTC)


def article_of(text: str, published: datetime = PUBLISHED) -> Article:
    return Article(text=text, source="test", published_at=published, published_precision=Precision.minute,
                   published_zone="UTC")


def claims_of(text: str, published: datetime = PUBLISHED) -> list[Claim]:
    """The checkable claims of `text` (opinions left out)."""
    return [c for c in extract(article_of(text, published)) if c.kind is not ClaimKind.opinion]
