"""The tone check: an article's stance set against what the market did, in one plain line.

    strongly bullish article; BTC -18% over the prior 7 days; Fear & Greed 9, extreme fear;
    BTC -8% over the next 14 days; tone against the market: bullish while BTC fell before
    and after publication

This module fetches nothing: the caller computes the figures (returns before
and after publication, RSI-14 on daily closes, the Fear & Greed reading) and
passes them in a `MarketFigures`. Returns are in percent (-18.0 for -18%).

A move over `days` counts as a rise or a fall when it is at least
`base_move * sqrt(days)` percent (2% over a day, 5.3% over a week, 11% over 30
days): about what a quiet BTC market drifts. The market before publication
rose when some horizon rose and none fell (fell likewise); mixed or small moves
are neutral. A bullish article against a falling market, before or after
publication, is a mismatch, and so is a bearish one against a rising market.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from factcheck.sentiment.model import ArticleStance, StanceLabel, ToneCheck, describe

RSI_OVERBOUGHT, RSI_OVERSOLD = 70.0, 30.0


@dataclass(frozen=True)
class MarketFigures:
    """What the market did around publication; leave out what is unknown or not yet due."""

    asset: str = "BTC"
    prior_returns: Mapping[int, float] = field(default_factory=dict)  # days before publication -> %
    rsi_14: float | None = None  # daily, Wilder's
    fear_greed: int | None = None
    fear_greed_class: str | None = None  # as alternative.me names it; derived from the value when absent
    forward_returns: Mapping[int, float] = field(default_factory=dict)  # days after publication -> %, once passed


@dataclass(frozen=True)
class ToneThresholds:
    base_move: float = 2.0  # percent over one day; sqrt(days) times that over longer spans

    def move(self, days: int) -> float:
        return self.base_move * math.sqrt(max(days, 1))


DEFAULT_THRESHOLDS = ToneThresholds()


def trend(returns: Mapping[int, float], thresholds: ToneThresholds = DEFAULT_THRESHOLDS) -> StanceLabel | None:
    """bullish: rose over some horizon and fell over none; bearish: the reverse; neutral: flat or mixed."""
    if not returns:
        return None
    rose = any(r >= thresholds.move(d) for d, r in returns.items())
    fell = any(r <= -thresholds.move(d) for d, r in returns.items())
    if rose and not fell:
        return StanceLabel.bullish
    if fell and not rose:
        return StanceLabel.bearish
    return StanceLabel.neutral


def percent(value: float) -> str:
    """-18%, -8.3%, +0.42%: two significant figures, at least whole percents, sign always shown."""
    size = abs(value)
    decimals = 0 if size >= 10 else 1 if size >= 1 else 2
    text = f"{value:+.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in {"+0", "-0"}:
        text = "0"
    return f"{text}%"


def _span(days: int) -> str:
    return "day" if days == 1 else f"{days} days"


def _returns(asset: str, returns: Mapping[int, float], when: str) -> str:
    parts = [f"{percent(r)} over the {when} {_span(d)}" for d, r in sorted(returns.items())]
    return f"{asset} " + ", ".join(parts)


def _against(tone: StanceLabel, market: StanceLabel | None) -> bool:
    return {tone, market} == {StanceLabel.bullish, StanceLabel.bearish}


def _moved(market: StanceLabel) -> str:
    return "rose" if market is StanceLabel.bullish else "fell"


def tone_check(
    stance: ArticleStance,
    figures: MarketFigures,
    thresholds: ToneThresholds = DEFAULT_THRESHOLDS,
    *,
    data: tuple[str, ...] | list[str] = (),
) -> ToneCheck:
    """The article's tone against the market: a verdict line and the mismatch flags."""
    prior = trend(figures.prior_returns, thresholds)
    forward = trend(figures.forward_returns, thresholds)
    against_prior = _against(stance.label, prior)
    against_forward = _against(stance.label, forward) if forward is not None else None

    parts = [f"{describe(stance.label, stance.score)} article"]
    if figures.prior_returns:
        parts.append(_returns(figures.asset, figures.prior_returns, "prior"))
    if figures.rsi_14 is not None:
        zone = (
            ", overbought"
            if figures.rsi_14 >= RSI_OVERBOUGHT
            else ", oversold"
            if figures.rsi_14 <= RSI_OVERSOLD
            else ""
        )
        parts.append(f"RSI-14 {figures.rsi_14:.0f}{zone}")
    fear_greed_class = figures.fear_greed_class
    if figures.fear_greed is not None:
        if fear_greed_class is None:
            from factcheck.market.fear_greed import classify_fear_greed

            fear_greed_class = classify_fear_greed(figures.fear_greed)
        parts.append(f"Fear & Greed {figures.fear_greed}, {fear_greed_class.lower()}")
    if figures.forward_returns:
        parts.append(_returns(figures.asset, figures.forward_returns, "next"))
    if against_prior or against_forward:
        if against_prior and against_forward:
            when = f"{figures.asset} {_moved(prior)} before and after publication"  # type: ignore[arg-type]
        elif against_prior:
            when = f"{figures.asset} {_moved(prior)} before publication"  # type: ignore[arg-type]
        else:
            when = f"{figures.asset} {_moved(forward)} after publication"  # type: ignore[arg-type]
        parts.append(f"tone against the market: {stance.label.value} while {when}")
    return ToneCheck(
        stance=stance.label,
        score=stance.score,
        asset=figures.asset,
        verdict="; ".join(parts),
        prior_trend=prior,
        forward_trend=forward,
        against_prior=against_prior,
        against_forward=against_forward,
        mismatch=against_prior or bool(against_forward),
        prior_returns=dict(figures.prior_returns),
        forward_returns=dict(figures.forward_returns),
        rsi_14=figures.rsi_14,
        fear_greed=figures.fear_greed,
        fear_greed_class=fear_greed_class,
        data=list(data),
    )
