"""An article's stance: its sentences classified, then averaged by position and claim density.

Sentences come from the project's spaCy pipeline (`factcheck.nlp.pipeline.
load_pipeline()`, `doc.sents`, our own components switched off), cut again
at line breaks so a headline or a list item never runs into the next line.
The article's title is the headline: found among the first lines of the text,
or put before the text when it is not there.

Each sentence's weight is its position weight times the caller's claim weight:

    headline                      3.0
    the lead (first 3 sentences)  1.5
    the rest                      1.0 falling linearly to 0.5 at the last sentence
    x claim_weight(index)         default 1.0; `claim_density(claims, sentences)`
                                  gives 1 + 0.5 per claim the sentence holds

The article's score is the weighted mean of the sentence scores (each in
[-1, 1]); within ±0.1 the article is neutral. `article_stances` scores the
sentences of many articles in one batch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.model import Article, Claim
from factcheck.sentiment.model import ArticleStance, SentenceStance, Stance, StanceLabel

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from factcheck.sentiment.backends import Backend

ClaimWeight = Callable[[int], float]
"""Sentence index (in `article_sentences` order) -> a weight multiplier."""


@dataclass(frozen=True)
class StanceWeights:
    """How much a sentence counts, by where it stands, and where neutral ends."""

    headline: float = 3.0
    lead: float = 1.5
    lead_sentences: int = 3
    body: float = 1.0
    tail: float = 0.5
    neutral_band: float = 0.1
    per_claim: float = 0.5


DEFAULT_WEIGHTS = StanceWeights()


@dataclass(frozen=True)
class ArticleSentence:
    text: str
    span: tuple[int, int] | None  # offsets in the article's text; None for a title not in the text
    headline: bool = False


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut [start, end) at line breaks, trimmed; pieces with no letter or digit are dropped."""
    spans = []
    position = start
    for line in text[start:end].split("\n"):
        left = position + len(line) - len(line.lstrip())
        right = position + len(line.rstrip())
        if right > left and any(ch.isalnum() for ch in text[left:right]):
            spans.append((left, right))
        position += len(line) + 1
    return spans


_NOT_FOR_SENTENCES = ("tagger", "attribute_ruler", "lemmatizer", "ner", "fc_ner")


def split_sentences(texts: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Character spans of each text's sentences (spaCy's `doc.sents`, then cut at line breaks)."""
    from factcheck.nlp.pipeline import OUR_COMPONENTS, load_pipeline

    nlp = load_pipeline()
    # Sentences need only the tokenizer and the parser: the rest would cost 3.6x the time for the same splits.
    idle = [*OUR_COMPONENTS, *(c for c in _NOT_FOR_SENTENCES if c in nlp.pipe_names)]
    return [doc_sentences(doc) for doc in nlp.pipe(texts, disable=idle)]


def doc_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of a parsed Doc's sentences, cut at line breaks: extraction's
    own parse gives them, so a report need not parse its article twice."""
    from factcheck.nlp.components import (
        text_of,  # spaCy joins Doc.text anew on every access
    )

    spans: list[tuple[int, int]] = []
    text = text_of(doc)
    for sent in doc.sents:
        spans.extend(_split_lines(text, sent.start_char, sent.end_char))
    return spans


def article_sentences(article: Article | str, *, spans: list[tuple[int, int]] | None = None) -> list[ArticleSentence]:
    """The article's sentences in reading order, the headline first and marked."""
    text = article if isinstance(article, str) else article.text
    title = None if isinstance(article, str) else article.title
    found = spans if spans is not None else split_sentences([text])[0]
    sentences = [ArticleSentence(text[a:b], (a, b)) for a, b in found]
    if title and title.strip():
        for i, s in enumerate(sentences[:3]):
            if _norm(s.text) == _norm(title):
                sentences[i] = ArticleSentence(s.text, s.span, headline=True)
                return sentences
        return [ArticleSentence(title.strip(), None, headline=True), *sentences]
    return sentences


def position_weights(sentences: Sequence[ArticleSentence], weights: StanceWeights = DEFAULT_WEIGHTS) -> list[float]:
    """Headline most, then the lead, then the body falling to the tail."""
    body = [i for i, s in enumerate(sentences) if not s.headline]
    out = [weights.headline if s.headline else 0.0 for s in sentences]
    rest = body[weights.lead_sentences :]
    for i in body[: weights.lead_sentences]:
        out[i] = weights.lead
    for k, i in enumerate(rest):
        fraction = k / (len(rest) - 1) if len(rest) > 1 else 0.0
        out[i] = weights.body + (weights.tail - weights.body) * fraction
    return out


def claim_density(
    claims: Sequence[Claim], sentences: Sequence[ArticleSentence], per_claim: float = DEFAULT_WEIGHTS.per_claim
) -> ClaimWeight:
    """A ClaimWeight: 1 + `per_claim` for each claim whose span starts in the sentence."""
    counts = [0] * len(sentences)
    for claim in claims:
        for i, s in enumerate(sentences):
            if s.span is not None and s.span[0] <= claim.span[0] < s.span[1]:
                counts[i] += 1
                break
    return lambda index: 1.0 + per_claim * counts[index] if 0 <= index < len(counts) else 1.0


def _label(score: float, band: float) -> StanceLabel:
    if score >= band:
        return StanceLabel.bullish
    if score <= -band:
        return StanceLabel.bearish
    return StanceLabel.neutral


def aggregate(
    sentences: Sequence[ArticleSentence],
    stances: Sequence[Stance],
    backend: str,
    *,
    claim_weight: ClaimWeight | None = None,
    weights: StanceWeights = DEFAULT_WEIGHTS,
) -> ArticleStance:
    """Weighted mean of the sentence scores, with the most bullish and most bearish sentences."""
    position = position_weights(sentences, weights)
    scored = []
    for i, (sentence, stance) in enumerate(zip(sentences, stances, strict=True)):
        weight = position[i] * (claim_weight(i) if claim_weight else 1.0)
        scored.append(
            SentenceStance(
                text=sentence.text,
                index=i,
                headline=sentence.headline,
                span=sentence.span,
                label=stance.label,
                score=stance.score,
                weight=max(weight, 0.0),
            )
        )
    total = sum(s.weight for s in scored)
    score = sum(s.weight * s.score for s in scored) / total if total > 0 else 0.0
    score = max(-1.0, min(1.0, score))
    bullish = [s for s in scored if s.label is StanceLabel.bullish]
    bearish = [s for s in scored if s.label is StanceLabel.bearish]
    return ArticleStance(
        label=_label(score, weights.neutral_band),
        score=score,
        backend=backend,
        sentences_scored=len(scored),
        most_bullish=max(bullish, key=lambda s: (s.score, -s.index)) if bullish else None,
        most_bearish=min(bearish, key=lambda s: (s.score, s.index)) if bearish else None,
        sentences=scored,
    )


def article_stances(
    articles: Sequence[Article | str],
    backend: Backend | str | Path | None = None,
    *,
    claim_weights: Sequence[ClaimWeight | None] | None = None,
    sentences: Sequence[Sequence[ArticleSentence]] | None = None,
    weights: StanceWeights = DEFAULT_WEIGHTS,
) -> list[ArticleStance]:
    """The stance of each article; all their sentences go to the classifier in one batch.

    `sentences`: each article's `article_sentences`, when the caller has them
    already (e.g. to build a `claim_density` weight); split here otherwise.
    """
    from factcheck.sentiment.backends import resolve

    chosen = resolve(backend)
    if sentences is None:
        texts = [a if isinstance(a, str) else a.text for a in articles]
        per_article = [article_sentences(a, spans=spans) for a, spans in zip(articles, split_sentences(texts))]
    else:
        per_article = [list(s) for s in sentences]
    flat = [s.text for sentences in per_article for s in sentences]
    stances = chosen.classify(flat) if flat else []
    out, start = [], 0
    for k, own in enumerate(per_article):
        part = stances[start : start + len(own)]
        start += len(own)
        weight = claim_weights[k] if claim_weights else None
        out.append(aggregate(own, part, chosen.name, claim_weight=weight, weights=weights))
    return out


def article_stance(
    article: Article | str,
    backend: Backend | str | Path | None = None,
    *,
    claim_weight: ClaimWeight | None = None,
    sentences: Sequence[ArticleSentence] | None = None,
    weights: StanceWeights = DEFAULT_WEIGHTS,
) -> ArticleStance:
    """One article's stance (see `article_stances` to score many in one batch).

        sentences = article_sentences(article)
        stance = article_stance(article, claim_weight=claim_density(claims, sentences), sentences=sentences)
    """
    return article_stances(
        [article],
        backend,
        claim_weights=[claim_weight],
        sentences=None if sentences is None else [sentences],
        weights=weights,
    )[0]
