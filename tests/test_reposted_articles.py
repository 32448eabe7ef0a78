"""A reposted article keeps the time it first ran: its figures were written then, and the repost's own
page time (metadata, a later byline) would check them against a market that had moved on. Pages are ours."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from factcheck.article.load import load_article

REPOST = """<html><head><meta property="article:published_time" content="2025-11-27T09:00:00Z">
<title>Bitcoin slides below $90,000</title></head><body><article><h1>Bitcoin slides below $90,000</h1>
<p>Bitcoin fell 4% in the past 24 hours to trade near $86,000, as long liquidations mounted.</p>
<p><em>{note}</em></p></article></body></html>"""


@pytest.mark.parametrize(
    ("note", "at"),
    [
        ("This article was originally published on CoinDesk on November 21, 2025, 12:00 UTC.", datetime(2025, 11, 21, 12, tzinfo=UTC)),
        ("Originally published at The Block on Nov. 21, 2025.", datetime(2025, 11, 21, tzinfo=UTC)),
        ("This story first appeared on November 21, 2025 at 08:30 UTC.", datetime(2025, 11, 21, 8, 30, tzinfo=UTC)),
    ],
)
def test_a_repost_takes_the_time_it_first_ran(tmp_path, note: str, at: datetime) -> None:
    page = tmp_path / "repost.html"
    page.write_text(REPOST.format(note=note), encoding="utf-8")
    article = load_article(str(page))
    assert article.published_at == at
    assert "original publication" in (article.published_from or "")


def test_history_of_a_coin_is_no_repost_note(tmp_path) -> None:
    note = "Bitcoin first appeared in a white paper on October 31, 2008, and its network went live in January 2009."
    page = tmp_path / "history.html"
    page.write_text(REPOST.format(note=note), encoding="utf-8")
    assert load_article(str(page)).published_at == datetime(2025, 11, 27, 9, tzinfo=UTC)
