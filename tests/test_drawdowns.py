"""A large move told with no window ('Bitcoin has seen a 30.6% drop') is read as the fall from the
recent top when the 24 hours to publication do not fit it. BTC topped near $126,200 on 6 Oct 2025 and
closed near $86,700 at 15:00 UTC on 25 Nov (-31.3%); over that day it moved +0.7%. Sentences are ours."""

from __future__ import annotations

import pytest

from factcheck import Verdict, check


def _move(sentence: str, market_store):
    report = check("x.txt", text="Bitcoin slips\n\n" + sentence + "\n", published="2025-11-25T15:00:00Z",
                   store=market_store, offline=True, sentiment=None)
    (move,) = [c for c in report.claims if c.claim.kind.value == "price_change"]
    return move


@pytest.mark.parametrize(("sentence", "expected"), [("Bitcoin has fallen 31% and traders are nervous.", Verdict.supported),
                                                    ("After four consecutive weeks of losses, Bitcoin has seen a 30.6% drop.", Verdict.imprecise)])
def test_a_large_windowless_fall_is_read_from_the_recent_top(sentence: str, expected: Verdict, market_store) -> None:
    move = _move(sentence, market_store)
    assert move.verdict is expected, move.evidence.explanation
    assert move.evidence.figure == pytest.approx(-31.3, abs=0.2)
    assert "highest high of the 90 days" in move.evidence.explanation


@pytest.mark.parametrize("sentence", ["Bitcoin fell 3% and traders are nervous.", "Bitcoin has seen a 12% drop.",
                                      "Bitcoin has fallen more than 20% and traders are nervous."])
def test_small_moves_misfits_and_bounds_keep_the_day(sentence: str, market_store) -> None:
    move = _move(sentence, market_store)
    assert "highest high" not in move.evidence.explanation
    assert move.evidence.figure == pytest.approx(0.66, abs=0.1)
