"""Moving averages, Bollinger bands and MACD: a line's position and its level are
separate claims; a line crossing another line is one claim about the faster one."""

from __future__ import annotations

from datetime import UTC, datetime, timezone

from factcheck.model import Article, Claim, ClaimKind, Comparator, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 6, 3, 9, 0, tzinfo=UTC)


def indicators(text: str) -> list[Claim]:
    article = Article(text=text, source="test", published_at=PUBLISHED, published_precision=Precision.minute, published_zone="UTC")
    return [c for c in extract(article) if c.kind is ClaimKind.indicator]


def summary(claims: list[Claim]) -> set[tuple[object, ...]]:
    return {(c.metric, c.period, c.comparator, c.value) for c in claims}


def test_a_position_and_a_level_are_two_claims() -> None:
    found = indicators("Solana is holding above its 100-day moving average near $142.50 after a quiet week.")
    assert summary(found) == {("sma", 100, Comparator.above, None), ("sma", 100, Comparator.at, 142.5)}


def test_a_level_alone_after_a_comma() -> None:
    found = indicators("The 20-day EMA, now around $3,410, has flattened out.")
    assert summary(found) == {("ema", 20, Comparator.at, 3410)}


def test_the_period_alone_names_the_average_once_averages_are_in_the_text() -> None:
    found = indicators("Ether trades below the 50-day moving average and below the 100-day, which sits at $2,950.")
    assert ("sma", 100, Comparator.below, None) in summary(found)
    assert ("sma", 100, Comparator.at, 2950) in summary(found)
    assert indicators("Volatility over the past 30-day window has fallen.") == []


def test_a_position_carries_over_a_coordinated_average() -> None:
    found = indicators("Bitcoin slipped under both its 20-day and 100-day moving averages on Tuesday.")
    assert summary(found) == {("sma", 20, Comparator.crossed_below, None), ("sma", 100, Comparator.crossed_below, None)}


def test_one_average_crossing_another_is_one_claim_about_the_faster() -> None:
    (claim,) = indicators("On Sunday the 50-day moving average rose above the 200-day for the first time since spring.")
    assert (claim.period, claim.comparator, claim.zone) == (50, Comparator.crossed_above, "sma200")


def test_golden_and_death_crosses() -> None:
    (golden,) = indicators("Ether has just printed a golden cross on the daily chart.")
    (death,) = indicators("Analysts flagged a death cross on bitcoin's daily chart last week.")
    assert (golden.metric, golden.period, golden.comparator) == ("sma", 50, Comparator.crossed_above)
    assert (death.metric, death.period, death.comparator) == ("sma", 50, Comparator.crossed_below)


def test_bollinger_band_position_and_level() -> None:
    found = indicators("XRP closed below the lower Bollinger band, which sat near $2.05.")
    assert {(c.metric, c.zone, c.comparator, c.value) for c in found} == {
        ("bollinger", "lower", Comparator.below, None),  # "closed below": where it stood at the close
        ("bollinger", "lower", Comparator.at, 2.05),
    }
    assert all(c.period == 20 for c in found)


def test_macd_against_its_signal_line_and_zero() -> None:
    (crossed,) = indicators("On the daily chart the MACD crossed below its signal line on Friday.")
    (stays,) = indicators("Solana's MACD stays above its signal line for a third week.")
    (zero,) = indicators("The four-hour MACD line has moved back above zero.")
    assert (crossed.metric, crossed.comparator, crossed.zone) == ("macd", Comparator.crossed_below, "signal")
    assert (stays.comparator, stays.zone) == (Comparator.above, "signal")
    assert (zero.comparator, zero.zone, zero.timeframe) == (Comparator.crossed_above, "zero", "4h")


def test_macd_histogram_turning_and_bullish_cross() -> None:
    (turned,) = indicators("The MACD histogram turned positive this morning.")
    (bullish,) = indicators("Traders noted a bearish MACD crossover on the weekly chart.")
    assert turned.comparator is Comparator.crossed_above
    assert bullish.comparator is Comparator.crossed_below and bullish.timeframe == "1w"


def test_signal_words_without_macd_make_no_claim() -> None:
    assert indicators("Funding turned negative and the signal line of the survey rose above 50.") == []
