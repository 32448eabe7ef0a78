"""Site junk lines go; real sentences, even ones that share a junk word, stay."""

from __future__ import annotations

import json

import pytest

from factcheck.article.junk import JUNK_FILE, is_junk, is_korean, remove_junk


@pytest.mark.parametrize(
    "line",
    [
        "로고",
        "이동",
        "메인사진",
        "포토뉴스",
        "이전",
        "다음",
        "1/3",
        " 2 / 10 ",
        "[포토]비트코인 기부 이어가는 김거석 씨",
        "▲ Bitcoin (BTC)",
        "▲ 비트코인 시세 차트. 2월 9일 기준 7만1천 달러.",
        "홈 > 뉴스 > 전체기사",
        "로그인 | 회원가입",
        "Share:",
        "Share this article",
        "Share on Facebook",
        "Facebook Twitter Telegram Copy link",
        "Advertisement",
        "ADVERTISEMENT",
        "Subscribe",
        "Read more: Bitcoin hits $100,000 as ETF inflows surge 20%",
        "Also read: Ether ETF approved",
        "We use cookies to improve your experience on our site. Accept all cookies",
        "6 min read",
        "---|---|",
        "* * *",
        "비트코인(BTC)",
        "홍길동 기자 hong@example.co.kr",
        "ⓒ 2026 Example News. 무단전재 및 재배포 금지",
    ],
)
def test_junk_lines(line: str) -> None:
    assert is_junk(line, korean_body=False)


@pytest.mark.parametrize(
    "line",
    [
        "Bitcoin rose 5% to $71,000 on Monday, its highest level since January.",
        "Advertisement revenue at Coinbase rose 12% in the fourth quarter, the company said.",
        "Subscribe numbers aside, the exchange reported 2 million new users in 2025.",
        "Next, the price must hold the $70,000 support for 3 days to confirm the breakout.",
        "Share prices of miners rose 8% as Bitcoin climbed above $71,000.",
        "Ether funding flips negative as desks say “the bears may soon have to cover”",
        "Bitcoin (BTC)",
        "Technical analysis",
        "",
    ],
)
def test_real_text_survives(line: str) -> None:
    assert not is_junk(line, korean_body=False)


def test_short_hangul_lines_stay_in_a_korean_article() -> None:
    lines = ["비트코인 시황", "", "비트코인이 5% 올라 7만1천 달러를 회복했다.", "이전", "다음"]
    assert is_korean("\n".join(lines))
    assert remove_junk(lines, korean_body=True) == lines[:3]


def test_an_english_page_from_a_korean_outlet_is_not_korean() -> None:
    assert not is_korean("로고\n이동\nBitcoin rose 5% to $71,000 on Monday as shorts were squeezed hard.")


def test_the_word_lists_are_data() -> None:
    data = json.loads(JUNK_FILE.read_text(encoding="utf-8"))
    assert {"exact", "prefixes", "nav_words", "social_words", "patterns"} <= data.keys()
    assert "메인사진" in data["exact"] and "▲" in data["prefixes"]


# -- live-price strips copied with the page ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "BTC $61,204.11 +1.2% ETH $3,410.50 -0.4% SOL $142.33 +3.1%",
        "BTC/USDT 97,410 ▲2.4% · ETH/USDT 3,388 ▼0.7%",
        "(BTC) $88,150 (+0.9%) (XRP) $2.18 (-1.4%)",
        "BTC: $64,000 ETH: $2,450",
    ],
)
def test_a_price_strip_naming_several_coins_is_dropped(line: str) -> None:
    body = "Bitcoin fell 8% in the past 24 hours, slipping below $84,000 on Monday afternoon."
    assert remove_junk([line, "", body], korean_body=False) == ["", body]


@pytest.mark.parametrize(
    "line",
    [
        "BTC $61,204 +1.2%",  # one coin: a newsletter's snapshot line is the article's own figure
        "2025 | $90,000 | $125,000",  # a table row
        "BTC and ETH rose 4% and 6% to $61,204 and $3,410.",
        "Deribit | $2,065 |",
    ],
)
def test_one_quote_or_a_table_row_stays(line: str) -> None:
    assert remove_junk([line], korean_body=False) == [line]


def test_a_widget_laid_out_one_value_a_line_is_dropped() -> None:
    lines = ["Bitcoin slides below $84,000", "BTC", "$86,120.44", "-2.31%", "ETH", "$2,210.05", "▲ 0.84%", "",
             "Bitcoin fell 8% in the past 24 hours."]
    kept = remove_junk(lines, korean_body=False)
    assert not any(ch.isdigit() for line in kept[1:-1] for ch in line)
    assert kept[0] == "Bitcoin slides below $84,000" and kept[-1] == "Bitcoin fell 8% in the past 24 hours."


def test_a_quote_a_line_break_cut_from_its_sentence_stays() -> None:
    # a hard-wrapped paragraph: the figure ends a sentence, it is not a widget's value
    lines = ["On Monday afternoon the selling deepened and bitcoin dropped to", "$84,000", "before buyers returned."]
    assert remove_junk(lines, korean_body=False) == lines


def test_a_year_on_its_own_line_is_not_a_quote() -> None:
    lines = ["Published March 3", "2025", "", "Bitcoin fell 8% in the past 24 hours."]
    assert remove_junk(lines, korean_body=False) == lines
