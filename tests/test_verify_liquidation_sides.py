"""How small a liquidation figure may be: a market total, or one side of it."""

from __future__ import annotations

from datetime import timedelta

from verify_helpers import article, check, claim, utc

from factcheck.model import ClaimKind, Verdict

SENTENCE = "Of the $14.94 million in BTC positions liquidated over 12 hours, longs were just $599,000."


def _liquidated(value: float, side: str | None):
    end = utc(2025, 4, 15, 9)
    return claim(ClaimKind.liquidations, "BTC", value, unit="USD", metric="liquidations", side=side, sentence=SENTENCE,
                 start=end - timedelta(hours=12), end=end, when="window")


def test_one_side_of_a_squeeze_may_be_small(market_store) -> None:
    """Longs took $599,000 of $14.94 million: a small share, not an impossible size. Without
    liquidation data the figure stays unverifiable."""
    result = check(article(utc(2025, 4, 15, 9)), _liquidated(599_000, "long"), market_store)
    assert result.verdict is Verdict.unverifiable, result.evidence.explanation


def test_a_market_total_or_a_side_below_one_position_is_impossible(market_store) -> None:
    """The same $599,000 as the whole market's 12 hours is below routine single positions; a side
    of $5,000 is below a single retail position."""
    total = check(article(utc(2025, 4, 15, 9)), _liquidated(599_000, None), market_store)
    assert total.verdict is Verdict.inaccurate, total.evidence.explanation
    tiny = check(article(utc(2025, 4, 15, 9)), _liquidated(5_000, "long"), market_store)
    assert tiny.verdict is Verdict.inaccurate, tiny.evidence.explanation
