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


def field(claim: Claim, name: str):
    """A claim's field as plain data: an enum gives its value."""
    got = getattr(claim, name)
    return got.value if hasattr(got, "value") else got


def find_claims(text: str, kind: str, published: datetime = PUBLISHED, **fields) -> list[Claim]:
    """The claims of `kind` whose fields equal the ones given (floats to within pytest.approx)."""
    import pytest

    def same(got, want) -> bool:
        return got == pytest.approx(want) if isinstance(want, float) and isinstance(got, float) else got == want

    return [c for c in claims_of(text, published) if c.kind.value == kind and all(same(field(c, k), v) for k, v in fields.items())]
