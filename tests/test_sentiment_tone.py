"""The tone check: the stance against the market, said in one line, with the mismatch flags."""

from __future__ import annotations

import pytest

from factcheck.sentiment.model import ArticleStance, StanceLabel
from factcheck.sentiment.tone import (
    MarketFigures,
    ToneThresholds,
    percent,
    tone_check,
    trend,
)


def _stance(label: StanceLabel, score: float) -> ArticleStance:
    return ArticleStance(label=label, score=score, backend="test", sentences_scored=10)


BULLISH = _stance(StanceLabel.bullish, 0.62)
BEARISH = _stance(StanceLabel.bearish, -0.3)


def test_a_strongly_bullish_article_in_a_falling_market_is_named_plainly() -> None:
    figures = MarketFigures(
        asset="BTC",
        prior_returns={7: -18.2},
        fear_greed=9,
        fear_greed_class="Extreme Fear",
        forward_returns={14: -8.04},
    )
    check = tone_check(BULLISH, figures)
    assert check.verdict == (
        "strongly bullish article; BTC -18% over the prior 7 days; Fear & Greed 9, extreme fear; "
        "BTC -8% over the next 14 days; tone against the market: bullish while BTC fell before and after publication"
    )
    assert check.against_prior and check.against_forward and check.mismatch
    assert check.prior_trend is StanceLabel.bearish and check.forward_trend is StanceLabel.bearish


def test_every_prior_horizon_rsi_and_a_derived_fear_greed_class() -> None:
    figures = MarketFigures(asset="ETH", prior_returns={30: 24.0, 1: 0.4, 7: 6.1}, rsi_14=74.6, fear_greed=80)
    check = tone_check(BEARISH, figures)
    assert check.verdict == (
        "bearish article; ETH +0.4% over the prior day, +6.1% over the prior 7 days, +24% over the prior 30 days; "
        "RSI-14 75, overbought; Fear & Greed 80, extreme greed; "
        "tone against the market: bearish while ETH rose before publication"
    )
    assert check.against_prior and check.against_forward is None and check.mismatch


def test_no_mismatch_when_tone_and_market_agree_or_the_tone_is_neutral() -> None:
    falling = MarketFigures(prior_returns={1: -4.0, 7: -12.0}, rsi_14=25.0, forward_returns={1: -3.0})
    agree = tone_check(_stance(StanceLabel.bearish, -0.55), falling)
    assert not agree.mismatch and agree.against_forward is False
    assert agree.verdict == (
        "strongly bearish article; BTC -4% over the prior day, -12% over the prior 7 days; RSI-14 25, oversold; "
        "BTC -3% over the next day"
    )
    neutral = tone_check(_stance(StanceLabel.neutral, 0.02), falling)
    assert neutral.verdict.startswith("neutral article;") and not neutral.mismatch


def test_only_the_forward_move_can_go_against_the_tone() -> None:
    figures = MarketFigures(prior_returns={7: 1.0}, forward_returns={7: -9.0, 30: -20.0})
    check = tone_check(_stance(StanceLabel.bullish, 0.2), figures)
    assert check.prior_trend is StanceLabel.neutral and not check.against_prior
    assert check.against_forward is True and check.mismatch
    assert check.verdict.endswith("tone against the market: bullish while BTC fell after publication")
    assert check.verdict.startswith("mildly bullish article;")


def test_without_market_figures_there_is_only_the_tone() -> None:
    check = tone_check(BULLISH, MarketFigures())
    assert check.verdict == "strongly bullish article"
    assert check.prior_trend is None and check.forward_trend is None and not check.mismatch
    assert check.model_dump()["mismatch"] is False  # in the JSON too


@pytest.mark.parametrize(
    ("returns", "expected"),
    [
        ({1: 2.5}, StanceLabel.bullish),  # 2% over a day
        ({1: 1.5}, StanceLabel.neutral),
        ({7: -5.0}, StanceLabel.neutral),  # 5.3% over a week
        ({7: -5.5}, StanceLabel.bearish),
        ({1: 3.0, 7: -8.0}, StanceLabel.neutral),  # mixed
        ({}, None),
    ],
)
def test_what_counts_as_a_rise_or_a_fall(returns: dict[int, float], expected: StanceLabel | None) -> None:
    assert trend(returns) is expected
    assert trend({1: 1.5}, ToneThresholds(base_move=1.0)) is StanceLabel.bullish


@pytest.mark.parametrize(
    ("value", "text"), [(-18.2, "-18%"), (-8.04, "-8%"), (6.14, "+6.1%"), (0.42, "+0.42%"), (0.0, "0%"), (-0.001, "0%")]
)
def test_percent_wording(value: float, text: str) -> None:
    assert percent(value) == text
