"""A band the coin 'has traded between' over a span the article names is checked against that
span's whole range, not against the last close alone."""

from __future__ import annotations

import pytest

from factcheck import check

JULY_5 = "2024-07-05T08:00:00+00:00"  # BTC/USDT traded $53,486-$63,862 from Monday 1 July to then; last close $54,415


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Bitcoin has traded between $53,000 and $64,000 this week.", "supported"),
        ("Bitcoin has traded between $53,000 and $63,000 this week.", "imprecise"),
        ("Bitcoin has traded between $54,000 and $58,000 this week.", "inaccurate"),
    ],
)
def test_the_weeks_range_must_lie_in_the_band(market_store, text: str, verdict: str) -> None:
    """The last band held the last close ($54,415) and read 'supported' before; the week went to $63,862."""
    report = check("band.txt", text=text, published=JULY_5, store=market_store, offline=True, sentiment=None)
    (checked,) = [c for c in report.claims if c.claim.kind.value == "price_level"]
    assert checked.verdict.value == verdict
    assert "$53,486–$63,862" in checked.evidence.explanation


def test_a_band_now_is_the_last_close(market_store) -> None:
    report = check("band.txt", text="Bitcoin is trading between $54,000 and $55,000.", published=JULY_5,
                   store=market_store, offline=True, sentiment=None)
    (checked,) = report.claims
    assert checked.verdict.value == "supported"
    assert "closed at $54,415" in checked.evidence.explanation
