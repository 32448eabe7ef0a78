"""The extraction stage: Article -> claims. Never touches the network."""

from __future__ import annotations

from factcheck.model import Article, Claim
from factcheck.nlp.claims import extract_claims
from factcheck.nlp.pipeline import load_pipeline


def extract(article: Article) -> list[Claim]:
    """Every checkable claim of the article, in reading order."""
    doc = load_pipeline()(article.text)
    return extract_claims(doc, article)
