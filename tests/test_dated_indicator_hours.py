"""An article that gives only its date was read off a chart at some hour of that day: its
RSI is checked on the daily candle forming at each closed hour, not only at the day's end."""

from __future__ import annotations

import pytest

from factcheck.model import ClaimKind, Verdict
from factcheck.pipeline import check

NOTE = "Bitcoin markets\n\n{body}\n"


def _rsi(text: str, published: str, store):
    report = check("rsi.txt", text=NOTE.format(body=text), published=published, store=store, offline=True, sentiment=None)
    found = [c for c in report.claims if c.claim.kind is ClaimKind.indicator and c.claim.metric == "rsi"]
    assert len(found) == 1, [c.claim.text for c in report.claims]
    return found[0]


def test_a_dated_rsi_reading_holds_at_the_hour_it_fits(market_store) -> None:
    """BTC on 23 Dec 2025: daily RSI-14 was 46.2 with the 01:00 close forming the candle and 42.6
    by the day's last hour; a reading of 46 fits the morning."""
    checked = _rsi("On the daily chart, the bitcoin RSI now reads about 46, a neutral level.", "2025-12-23", market_store)
    assert checked.verdict is Verdict.supported, checked.evidence.explanation
    assert checked.evidence.figure == pytest.approx(46.2, abs=0.3)
    assert "Only the date is known" in checked.evidence.explanation


def test_the_same_reading_stamped_late_in_the_day_is_off(market_store) -> None:
    """Stamped at 23:30 UTC the chart shows 42.6: 46 is more than two points away."""
    checked = _rsi("On the daily chart, the bitcoin RSI now reads about 46, a neutral level.", "2025-12-23T23:30:00Z", market_store)
    assert checked.verdict is Verdict.imprecise, checked.evidence.explanation
    assert checked.evidence.figure == pytest.approx(42.6, abs=0.3)
