"""The nouns of sentiment: a stance, a sentence's stance, an article's stance, a tone check.

Frozen values like `factcheck.model`'s, so they can sit in a Report and in its
JSON. A stance's `score` lies in [-1, 1]: -1 all bearish, +1 all bullish; for
a classifier it is P(bullish) - P(bearish).
"""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

STRONG, MILD = 0.5, 0.25
"""|score| at or above STRONG reads 'strongly'; below MILD, 'mildly'."""


class _Value(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class StanceLabel(str, Enum):
    bearish = "bearish"
    neutral = "neutral"
    bullish = "bullish"


class Stance(_Value):
    """What a backend says of one sentence."""

    label: StanceLabel
    score: float = Field(ge=-1.0, le=1.0, description="-1 bearish .. +1 bullish")


class SentenceStance(Stance):
    """A sentence of an article with its stance and the weight it had in the article's."""

    text: str
    index: int = Field(description="position in ArticleStance.sentences; the title, when given, is 0")
    headline: bool = Field(default=False, description="the article's title")
    span: tuple[int, int] | None = Field(
        default=None, description="character offsets in the article's text; None for the title"
    )
    weight: float = Field(default=1.0, ge=0.0, description="position weight x claim-density weight")


class ArticleStance(_Value):
    """The article's stance: sentence stances averaged by weight."""

    label: StanceLabel
    score: float = Field(ge=-1.0, le=1.0)
    backend: str = Field(description="which classifier scored the sentences")
    sentences_scored: int
    most_bullish: SentenceStance | None = Field(default=None, description="None when no sentence leans bullish")
    most_bearish: SentenceStance | None = Field(default=None, description="None when no sentence leans bearish")
    sentences: list[SentenceStance] = Field(default_factory=list, description="every sentence, in reading order")

    @property
    def strength(self) -> str:
        """'strongly bullish', 'bullish', 'mildly bearish', 'neutral', ..."""
        return describe(self.label, self.score)


class ToneCheck(_Value):
    """The article's tone set against what the market did before and after publication."""

    stance: StanceLabel
    score: float = Field(ge=-1.0, le=1.0)
    asset: str
    verdict: str = Field(description="one line in plain words")
    prior_trend: StanceLabel | None = Field(
        default=None, description="bullish: the market rose before publication; bearish: it fell; None: unknown"
    )
    forward_trend: StanceLabel | None = Field(
        default=None, description="the same after publication; None while no horizon has passed"
    )
    against_prior: bool = Field(default=False, description="the tone went against the market's prior move")
    against_forward: bool | None = Field(
        default=None, description="the tone went against the move that followed; None while unknown"
    )
    prior_returns: dict[int, float] = Field(default_factory=dict, description="days before publication -> % move")
    forward_returns: dict[int, float] = Field(
        default_factory=dict, description="days after publication -> % move, for horizons already passed"
    )
    rsi_14: float | None = Field(default=None, description="daily RSI-14 (Wilder) at publication")
    fear_greed: int | None = Field(default=None, description="Crypto Fear & Greed index on the day")
    fear_greed_class: str | None = None
    data: list[str] = Field(default_factory=list, description="where the figures come from")
    mismatch: bool = Field(default=False, description="the tone went against the market before or after publication")

class Sentiment(_Value):
    """The report's sentiment section: the article's stance and its tone against the market."""

    stance: ArticleStance
    tone: ToneCheck | None = Field(default=None, description="None when the article has no publication time")


def describe(label: StanceLabel, score: float) -> str:
    """'strongly bullish', 'bullish', 'mildly bearish', 'neutral'..."""
    if label is StanceLabel.neutral:
        return "neutral"
    size = abs(score)
    if size >= STRONG:
        return f"strongly {label.value}"
    if size < MILD:
        return f"mildly {label.value}"
    return label.value
