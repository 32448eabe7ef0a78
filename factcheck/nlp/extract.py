"""The extraction stage: Article -> claims. Never touches the network."""

from __future__ import annotations

from factcheck.model import Article, Claim
from factcheck.nlp.claims import asset_context, extract_claims
from factcheck.nlp.metric_claims import extract_metric_claims
from factcheck.nlp.pipeline import load_pipeline
from factcheck.nlp.state_claims import extract_state_claims


def _key(claim: Claim) -> tuple[object, ...]:
    return (claim.kind, claim.asset, claim.metric, claim.comparator, claim.value, claim.value_high, claim.zone, claim.period, claim.count)


def extract(article: Article) -> list[Claim]:
    """Every checkable claim of the article, in reading order; a claim restated
    (headline, then body) is kept once, where it first appears."""
    doc = load_pipeline()(article.text)
    by_sentence, dominant = asset_context(doc)
    found = (
        extract_claims(doc, article)
        + extract_metric_claims(doc, article, by_sentence, dominant)
        + extract_state_claims(doc, article, by_sentence, dominant)
    )
    claims: list[Claim] = []
    seen: set[tuple[object, ...]] = set()
    for claim in sorted(found, key=lambda c: c.span):
        if _key(claim) not in seen:
            seen.add(_key(claim))
            claims.append(claim)
    return claims
