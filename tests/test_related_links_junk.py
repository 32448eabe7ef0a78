"""Teasers for other stories under a "Related" / "You may also like" heading give no claims.

A reader takes nothing about today's market from the title of another story, yet
"XRP: $2.70 barrier in focus" reads as a price level and "Solana eyes $300 breakout"
as a forecast. The heading and the titles under it go; the article's own text
before and after stays whole. Every article here is written for this test.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from factcheck.article.junk import (
    JUNK_FILE,
    is_body_text,
    is_teaser_heading,
    remove_junk,
)
from factcheck.article.load import load_article
from factcheck.model import Article, Precision
from factcheck.nlp.extract import extract

PUBLISHED = datetime(2025, 9, 18, 8, 0, tzinfo=UTC)

BEFORE = "Bitcoin rose 3% to $116,400 on Wednesday as traders bought back into risk ahead of the Fed."
AFTER = "Ether climbed 4% to $4,610 over the same period, while its funding rate stood at 0.01%."
TEASERS = ["XRP: $2.70 barrier in focus", "Solana eyes $300 breakout", "Dogecoin whales add 900 million DOGE"]


def claims_of(text: str) -> set[str]:
    """The verbatim phrases of the claims a user is shown."""
    article = Article(text=text, source="test", published_at=PUBLISHED,
                      published_precision=Precision.minute, published_zone="UTC")
    return {claim.text for claim in extract(article)}


def loaded(tmp_path, body: str) -> str:
    path = tmp_path / "article.txt"
    path.write_text(f"title: Bitcoin climbs ahead of the Fed\npublished: 2025-09-18T08:00:00Z\n---\n{body}\n",
                    encoding="utf-8")
    return load_article(str(path)).text


@pytest.mark.parametrize("heading", [
    "Read more", "Related", "Related articles", "You may also like", "Trending", "Trending now",
    "More from Example Markets", "RELATED NEWS", "Related:", "Most read", "관련기사", "많이 본 뉴스",
])
def test_teasers_under_a_heading_give_no_claims(tmp_path, heading: str) -> None:
    body = "\n".join([BEFORE, "", heading, *TEASERS, "", AFTER])
    text = loaded(tmp_path, body)
    assert not any(teaser in text for teaser in TEASERS)
    assert heading not in text
    assert claims_of(text) == claims_of(f"{BEFORE}\n\n{AFTER}")
    assert claims_of(text), "the body keeps its claims"


def test_the_teaser_titles_alone_would_be_read_as_claims() -> None:
    """The reason for the rule: without the heading the titles are taken at their word."""
    assert claims_of("\n".join(TEASERS))


def test_teasers_end_at_the_first_body_sentence_without_a_blank_line() -> None:
    lines = [BEFORE, "You may also like", *TEASERS, AFTER, "Bitcoin's RSI sits at 61."]
    assert remove_junk(lines, korean_body=False) == [BEFORE, AFTER, "Bitcoin's RSI sits at 61."]


def test_a_blank_line_right_under_the_heading_does_not_end_the_block() -> None:
    lines = [BEFORE, "", "Related stories", "", *TEASERS, "", AFTER]
    kept = remove_junk(lines, korean_body=False)
    assert [line for line in kept if line] == [BEFORE, AFTER]


def test_body_after_a_short_line_that_is_no_teaser_heading_is_untouched() -> None:
    lines = ["Market overview", "Bitcoin at $116,400", "Support holds at $112,000",
             "", "Technical outlook", "RSI near 58", AFTER]
    assert remove_junk(lines, korean_body=False) == lines


def test_an_article_whose_body_starts_right_after_a_heading_keeps_it_all() -> None:
    lines = ["Trending", BEFORE, "Bitcoin's 24-hour trading volume rose 12% to $52 billion, CoinGecko data show.", AFTER]
    assert remove_junk(lines, korean_body=False) == lines[1:]


def test_a_sentence_that_starts_like_a_heading_is_body() -> None:
    lines = ["More from the Fed is expected next week, when Powell speaks.", "Related to that, traders hedged."]
    assert remove_junk(lines, korean_body=False) == lines


def test_a_teaser_list_at_the_end_of_the_page_goes() -> None:
    lines = [BEFORE, "", AFTER, "", "More from Example Markets", *TEASERS]
    assert remove_junk(lines, korean_body=False) == [BEFORE, "", AFTER, ""]


def test_korean_teasers_end_at_a_korean_sentence() -> None:
    lines = ["관련기사", "비트코인 12만 달러 돌파 임박", "비트코인이 3% 올라 11만6천 달러를 기록했다고 거래소 데이터가 밝혔다."]
    assert remove_junk(lines, korean_body=True) == lines[2:]


@pytest.mark.parametrize(("line", "heading"), [
    ("Related articles", True), ("  You might also like: ", True), ("More from CoinDesk", True),
    ("Latest bitcoin news", True), ("Related.", False), ("More on funding below", False),
    ("Bitcoin trending higher", False),
])
def test_teaser_headings(line: str, heading: bool) -> None:
    assert is_teaser_heading(line) is heading


@pytest.mark.parametrize(("line", "body"), [
    (BEFORE, True), ("Solana eyes $300 breakout", False), ("What is a liquidation cascade?", False),
    ("Bitcoin slips as ETF outflows mount.", False),
])
def test_body_text(line: str, body: bool) -> None:
    assert is_body_text(line) is body


def test_the_headings_are_data() -> None:
    data = json.loads(JUNK_FILE.read_text(encoding="utf-8"))
    assert "you may also like" in data["teaser_headings"] and data["teaser_heading_patterns"]
