"""Article stance: sentences found, weighted by position and claims, averaged; the extremes picked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest
from pydantic import ValidationError

from factcheck.model import Article, Claim, ClaimKind
from factcheck.sentiment.model import Stance, StanceLabel
from factcheck.sentiment.stance import (
    ArticleSentence,
    StanceWeights,
    aggregate,
    article_sentences,
    article_stance,
    article_stances,
    claim_density,
    position_weights,
)


@dataclass(frozen=True)
class Keywords:
    """A backend for tests: 'soars' is bullish (+0.8), 'plunges' bearish (-0.9), anything else neutral."""

    name: str = "keywords"
    calls: list[int] | None = None

    def classify(self, sentences: Sequence[str]) -> list[Stance]:
        if self.calls is not None:
            self.calls.append(len(sentences))
        out = []
        for s in sentences:
            if "soars" in s:
                out.append(Stance(label=StanceLabel.bullish, score=0.8))
            elif "plunges" in s:
                out.append(Stance(label=StanceLabel.bearish, score=-0.9))
            else:
                out.append(Stance(label=StanceLabel.neutral, score=0.0))
        return out


ARTICLE = Article(
    source="test",
    title="Bitcoin soars past $71,000",
    text=(
        "Bitcoin soars past $71,000\n\n"
        "Bitcoin traded at $71,200 on Monday. Volume was average. "
        "Analysts said the move was expected.\n\n"
        "Later in the day ether plunges 6% to $2,050. "
        "Funding was flat. The report was published at noon."
    ),
)


def test_sentences_come_from_spacy_and_the_title_is_the_headline() -> None:
    sentences = article_sentences(ARTICLE)
    assert [s.text for s in sentences] == [
        "Bitcoin soars past $71,000",
        "Bitcoin traded at $71,200 on Monday.",
        "Volume was average.",
        "Analysts said the move was expected.",
        "Later in the day ether plunges 6% to $2,050.",
        "Funding was flat.",
        "The report was published at noon.",
    ]
    assert [s.headline for s in sentences] == [True] + [False] * 6
    for s in sentences:
        assert s.span is not None and ARTICLE.text[s.span[0] : s.span[1]] == s.text


def test_a_title_missing_from_the_text_is_put_first() -> None:
    article = Article(source="t", title="Ether plunges", text="Ether fell 6% on Monday. Traders sold.")
    sentences = article_sentences(article)
    assert sentences[0] == ArticleSentence("Ether plunges", None, headline=True)
    assert [s.text for s in sentences[1:]] == ["Ether fell 6% on Monday.", "Traders sold."]
    assert not any(s.headline for s in article_sentences("Ether fell 6% on Monday. Traders sold."))


def test_position_weights_headline_then_lead_then_a_falling_body() -> None:
    sentences = [ArticleSentence("h", None, headline=True)] + [ArticleSentence(str(i), (i, i + 1)) for i in range(6)]
    assert position_weights(sentences) == [3.0, 1.5, 1.5, 1.5, 1.0, 0.75, 0.5]
    assert position_weights(sentences[:2]) == [3.0, 1.5]


def test_the_headline_counts_more_than_the_same_words_in_the_tail() -> None:
    backend = Keywords()
    bullish_headline = article_stance(ARTICLE, backend)
    # the same sentences, but the bullish one last and no title
    tail = Article(source="t", text=" ".join(s.text for s in article_sentences(ARTICLE)[1:]) + " Bitcoin soars past $71,000.")
    bullish_tail = article_stance(tail, backend)
    assert bullish_headline.score > 0.1 > bullish_tail.score
    assert bullish_headline.label is StanceLabel.bullish
    # headline 3.0 x 0.8 and the bearish sentence 1.0 x -0.9, over 3 + 1.5 x 3 + (1.0 + 0.75 + 0.5)
    assert bullish_headline.score == pytest.approx((3.0 * 0.8 - 1.0 * 0.9) / 9.75)
    assert bullish_headline.backend == "keywords" and bullish_headline.sentences_scored == 7


def test_the_most_bullish_and_most_bearish_sentences_are_named() -> None:
    stance = article_stance(ARTICLE, Keywords())
    assert stance.most_bullish is not None and stance.most_bullish.text == "Bitcoin soars past $71,000"
    assert stance.most_bullish.headline and stance.most_bullish.span == (0, 26)
    assert stance.most_bearish is not None and stance.most_bearish.text.startswith("Later in the day ether plunges")
    assert stance.most_bearish.score == -0.9
    calm = article_stance("Funding was flat. Volume was average.", Keywords())
    assert calm.most_bullish is None and calm.most_bearish is None
    assert calm.label is StanceLabel.neutral and calm.score == 0.0 and calm.strength == "neutral"


def test_a_claim_weight_makes_claim_dense_sentences_count_more() -> None:
    sentences = article_sentences(ARTICLE)
    text = ARTICLE.text
    at = text.index("6% to $2,050")
    claims = [
        Claim(kind=ClaimKind.price_change, metric="return", text="6%", sentence="", span=(at, at + 2)),
        Claim(kind=ClaimKind.price_level, metric="price", text="$2,050", sentence="", span=(at + 6, at + 12)),
    ]
    weight = claim_density(claims, sentences)
    assert [weight(i) for i in range(len(sentences))] == [1.0, 1.0, 1.0, 1.0, 2.0, 1.0, 1.0]
    plain = article_stance(ARTICLE, Keywords(), sentences=sentences)
    dense = article_stance(ARTICLE, Keywords(), claim_weight=weight, sentences=sentences)
    assert dense.score < plain.score
    assert dense.sentences[4].weight == 2.0 and plain.sentences[4].weight == 1.0
    assert article_stance(ARTICLE, Keywords(), claim_weight=lambda i: 0.0).score == 0.0  # nothing counts


def test_many_articles_are_classified_in_one_batch() -> None:
    calls: list[int] = []
    stances = article_stances([ARTICLE, "Ether plunges. Funding was flat.", "Bitcoin soars."], Keywords(calls=calls))
    assert calls == [7 + 2 + 1]
    assert [s.label for s in stances] == [StanceLabel.bullish, StanceLabel.bearish, StanceLabel.bullish]


def test_the_neutral_band_and_the_strength_words() -> None:
    sentences = [ArticleSentence(t, (0, 1)) for t in ("a", "b")]
    mild = aggregate(sentences, [Stance(label=StanceLabel.bullish, score=0.3), Stance(label=StanceLabel.neutral, score=0.0)], "x")
    assert mild.score == pytest.approx(0.15) and mild.label is StanceLabel.bullish and mild.strength == "mildly bullish"
    wide = aggregate(sentences, [Stance(label=StanceLabel.bullish, score=0.3), Stance(label=StanceLabel.neutral, score=0.0)], "x", weights=StanceWeights(neutral_band=0.2))
    assert wide.label is StanceLabel.neutral
    strong = aggregate(sentences, [Stance(label=StanceLabel.bearish, score=-0.9)] * 2, "x")
    assert strong.strength == "strongly bearish"


def test_an_article_stance_is_a_frozen_json_value() -> None:
    stance = article_stance(ARTICLE, Keywords())
    again = type(stance).model_validate_json(stance.model_dump_json())
    assert again == stance
    with pytest.raises(ValidationError):
        stance.score = 0.5  # type: ignore[misc]


def test_the_lexicon_backend_scores_a_real_article(seed_article: Article) -> None:
    stance = article_stance(seed_article, "vader")
    assert stance.backend == "vader" and stance.sentences_scored > 5
    assert stance.sentences[0].headline
    assert stance.most_bullish is not None and stance.most_bullish.score > 0
