"""Publication times: Korean outlet forms, English forms, zones, precision, the option."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from factcheck.article.load import load_article
from factcheck.article.published import (
    find_in_text,
    is_date_line,
    parse_header_value,
    parse_option,
)
from factcheck.errors import BadDate
from factcheck.model import Precision


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    "line",
    [
        "입력 : 2026/02/09 [10:17]",
        "기사입력 2026/02/09 [10:17]",
        "Travis | 기사입력 2026/02/09 [10:17]",
        "입력 2026.02.09 10:17",
        "등록 2026-02-09 10:17",
        "입력 2026.02.09. 10:17",
        "승인 2026.02.09 10:17 | 수정 2026.02.09 11:30",
        "입력 2026년 2월 9일 오전 10:17",
        "입력 2026.02.09(월) 10:17",
    ],
)
def test_korean_outlet_forms_are_korea_time(line: str) -> None:
    # the page around them is English: the Korean label alone says Korea time
    found = find_in_text(f"Bitcoin soars\n{line}\n\nBitcoin rose 5%.", default_zone="UTC")
    assert found is not None
    assert found.at == utc(2026, 2, 9, 1, 17)
    assert found.precision is Precision.minute
    assert found.zone == "Asia/Seoul"
    assert "read as Asia/Seoul" in found.where


@pytest.mark.parametrize(
    ("line", "expected", "zone"),
    [
        ("Published February 9, 2026 10:17 UTC", utc(2026, 2, 9, 10, 17), "UTC"),
        ("Published Feb 9, 2026, 10:17 GMT", utc(2026, 2, 9, 10, 17), "UTC"),
        ("Feb 9, 2026, 3:04 pm EST", utc(2026, 2, 9, 20, 4), "-05:00"),
        ("Jun 9, 2025, 3:04 p.m. EDT", utc(2025, 6, 9, 19, 4), "-04:00"),
        ("Published Jan 15, 2025, 3:04 pm ET", utc(2025, 1, 15, 20, 4), "America/New_York"),  # EST in winter
        ("Published Jul 4, 2025, 3:04 pm ET", utc(2025, 7, 4, 19, 4), "America/New_York"),  # EDT in summer
        ("Published Jul 4, 2025, 9:00 am PT", utc(2025, 7, 4, 16, 0), "America/Los_Angeles"),
        ("2026-02-09T10:17:00+09:00", utc(2026, 2, 9, 1, 17), "+09:00"),
        ("2026-02-09T01:17:00Z", utc(2026, 2, 9, 1, 17), "UTC"),
        ("Posted 9 Feb 2026 10:17 (KST)", utc(2026, 2, 9, 1, 17), "Asia/Seoul"),
        ("Published 2026-02-09 10:17 JST", utc(2026, 2, 9, 1, 17), "Asia/Tokyo"),
        ("Published 2026-02-09 09:17 HKT", utc(2026, 2, 9, 1, 17), "Asia/Hong_Kong"),
        ("Published 2026-02-09 09:17 SGT", utc(2026, 2, 9, 1, 17), "Asia/Singapore"),
        ("Published 2026-02-09 10:17 CET", utc(2026, 2, 9, 9, 17), "+01:00"),
        ("Published 2025-07-09 10:17 CEST", utc(2025, 7, 9, 8, 17), "+02:00"),
        ("Published 2025-07-09 10:17 BST", utc(2025, 7, 9, 9, 17), "+01:00"),
        ("Published 2026-02-09 10:17 UTC+9", utc(2026, 2, 9, 1, 17), "+09:00"),
        ("Published 05 Apr 2024 5:49 PM", utc(2024, 4, 5, 17, 49), "UTC"),
    ],
)
def test_english_forms_and_zones(line: str, expected: datetime, zone: str) -> None:
    found = find_in_text(f"Title\n{line}\nBody.", default_zone="UTC")
    assert found is not None
    assert (found.at, found.zone, found.precision) == (expected, zone, Precision.minute)


@pytest.mark.parametrize(
    ("line", "expected", "zone"),
    [
        # a separator such as "·", "•", "—" or "|" between the date and the time
        ("Thu, Dec 5, 2024 · 1:40 pm SGT", utc(2024, 12, 5, 5, 40), "Asia/Singapore"),
        ("February 6, 2026 · 11:20 UTC", utc(2026, 2, 6, 11, 20), "UTC"),
        ("Feb 6, 2026 — 11:20 UTC", utc(2026, 2, 6, 11, 20), "UTC"),
        ("Feb 6, 2026 • 11:20 GMT", utc(2026, 2, 6, 11, 20), "UTC"),
        ("6 Feb 2026 | 11:20 UTC", utc(2026, 2, 6, 11, 20), "UTC"),
        ("Feb 6, 2026, at 11:20 UTC", utc(2026, 2, 6, 11, 20), "UTC"),
        # a weekday before the date, and a label before the weekday
        ("Thursday, December 5, 2024 1:40 PM SGT", utc(2024, 12, 5, 5, 40), "Asia/Singapore"),
        ("Published: Thursday, December 5, 2024 1:40 PM SGT", utc(2024, 12, 5, 5, 40), "Asia/Singapore"),
        ("Posted on Fri, 06 Feb 2026 11:20:00 +0000", utc(2026, 2, 6, 11, 20), "UTC"),
        # day before month, "of", ordinals
        ("Posted: 06 Feb 2026, 11:20 UTC", utc(2026, 2, 6, 11, 20), "UTC"),
        ("5th of December 2024, 13:40 SGT", utc(2024, 12, 5, 5, 40), "Asia/Singapore"),
        ("Published 5 December, 2024 13:40 SGT", utc(2024, 12, 5, 5, 40), "Asia/Singapore"),
        # a.m./p.m. with dots, an hour without minutes, "11.20am", "hrs"
        ("Oct 11, 2025 at 3:20 a.m. UTC", utc(2025, 10, 11, 3, 20), "UTC"),
        ("Published Oct 11, 2025, 3 p.m. ET", utc(2025, 10, 11, 19, 0), "America/New_York"),
        ("Published 6 Feb 2026, 11.20am GMT", utc(2026, 2, 6, 11, 20), "UTC"),
        ("Published 6 Feb 2026, 16:50 hrs IST", utc(2026, 2, 6, 11, 20), "Asia/Kolkata"),
        # the time before the date
        ("11:20 GMT · Feb 6, 2026", utc(2026, 2, 6, 11, 20), "UTC"),
        ("3:20 a.m. UTC on Oct 11, 2025", utc(2025, 10, 11, 3, 20), "UTC"),
        ("1:40 PM SGT, Thursday, December 5, 2024", utc(2024, 12, 5, 5, 40), "Asia/Singapore"),
        ("Published 12:53 a.m. Jan 2, 2024", utc(2024, 1, 2, 0, 53), "UTC"),
        ("Published 12:53 p.m. ET Jan 2, 2024", utc(2024, 1, 2, 17, 53), "America/New_York"),
        # zones of outlets in India, Australia, Indonesia, the Philippines, Russia, Brazil...
        ("Updated: 01 Feb 2026, 01:00 AM IST", utc(2026, 1, 31, 19, 30), "Asia/Kolkata"),
        ("Published 6 February 2026, 22:20 AEDT", utc(2026, 2, 6, 11, 20), "+11:00"),
        ("Published 6 July 2025, 21:20 AEST", utc(2025, 7, 6, 11, 20), "+10:00"),
        ("Published 6 Feb 2026 18:20 WIB", utc(2026, 2, 6, 11, 20), "Asia/Jakarta"),
        ("Published 6 Feb 2026 7:20 pm PHT", utc(2026, 2, 6, 11, 20), "Asia/Manila"),
        ("Published 6 Feb 2026 14:20 MSK", utc(2026, 2, 6, 11, 20), "Europe/Moscow"),
        ("Published 6 Feb 2026 08:20 BRT", utc(2026, 2, 6, 11, 20), "-03:00"),
        # written offsets
        ("Published Feb 6, 2026, 7:20 PM (UTC+8)", utc(2026, 2, 6, 11, 20), "+08:00"),
        ("Published Feb 6, 2026 20:20 GMT+9", utc(2026, 2, 6, 11, 20), "+09:00"),
        ("Published Feb 6, 2026 16:50 UTC+05:30", utc(2026, 2, 6, 11, 20), "+05:30"),
        ("Published Feb 6, 2026 08:20 GMT-3", utc(2026, 2, 6, 11, 20), "-03:00"),
        # a bare date line with a reading time next to it
        ("By Lena Voss · Oct 11, 2025 · 3:20 a.m. UTC · 4 min read", utc(2025, 10, 11, 3, 20), "UTC"),
    ],
)
def test_more_date_line_families(line: str, expected: datetime, zone: str) -> None:
    found = find_in_text(f"Title\n{line}\nBitcoin rose 5%.", default_zone="UTC")
    assert found is not None
    assert (found.at, found.zone, found.precision) == (expected, zone, Precision.minute)
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Bitcoin fell to $60,000 at 11:20 UTC on Feb 6, 2026, traders said.",
        "Feb 6, 2026 11.50",  # a figure after a date, not "11:50"
        "Top 10 · Feb 6, 2026 · 5",
    ],
)
def test_times_that_are_not_a_publication_time(line: str) -> None:
    found = find_in_text(f"Title\n{line}\nBody.", default_zone="UTC")
    assert found is None or found.precision is Precision.day


@pytest.mark.parametrize(
    ("leftover", "expected"),
    [
        (
            'By <a href="/author/x">X</a> &middot; <time datetime="2025-10-11T03:20:00+00:00">October 11, 2025</time>',
            utc(2025, 10, 11, 3, 20),
        ),
        ('<time class="entry-date published updated" datetime="2025-10-11T05:20:00+02:00">Oct 11</time>',
         utc(2025, 10, 11, 3, 20)),
        ('datetime="2025-10-11T03:20:00+00:00">October 11, 2025', utc(2025, 10, 11, 3, 20)),
        ('<meta property="article:published_time" content="2025-10-11T03:20:00Z" />', utc(2025, 10, 11, 3, 20)),
        ('<span itemprop="datePublished" content="2025-10-11T03:20:00Z">Oct 11</span>', utc(2025, 10, 11, 3, 20)),
        ('{"@type": "NewsArticle", "dateModified": "2025-10-12T09:00:00Z", "datePublished": "2025-10-11T03:20:00Z"}',
         utc(2025, 10, 11, 3, 20)),
    ],
)
def test_markup_left_in_a_plain_text_article(leftover: str, expected: datetime) -> None:
    found = find_in_text(f"Bitcoin rebounds\n{leftover}\nBitcoin rose 5%.", default_zone="UTC")
    assert found is not None
    assert (found.at, found.precision) == (expected, Precision.minute)
    assert "left in the text" in found.where


def test_markup_time_to_the_minute_beats_a_printed_date() -> None:
    text = 'Title\nOctober 11, 2025\n<time datetime="2025-10-11T03:20:00+00:00">Oct 11</time>\nBody.'
    found = find_in_text(text, default_zone="UTC")
    assert found is not None and (found.at, found.precision) == (utc(2025, 10, 11, 3, 20), Precision.minute)


def test_markup_update_time_is_only_a_last_resort() -> None:
    updated = '<time class="updated" datetime="2025-10-12T09:00:00+00:00">Oct 12</time>'
    found = find_in_text(f"Title\n{updated}\nBody.", default_zone="UTC")
    assert found is not None and found.at == utc(2025, 10, 12, 9) and "update" in found.where
    printed = find_in_text(f"Title\nOctober 11, 2025\n{updated}\nBody.", default_zone="UTC")
    assert printed is not None and (printed.at, printed.precision) == (utc(2025, 10, 11), Precision.day)
    other = '<meta property="og:image:alt" content="2025-10-12" /> <meta name="twitter:card" content="x" /> a b'
    assert find_in_text(f"Title\n{other}\nBody.", default_zone="UTC") is None


def test_midnight_and_noon_in_twelve_hour_clock() -> None:
    am = find_in_text("Published Jan 3, 2024, 12:41 a.m. UTC", default_zone="UTC")
    pm = find_in_text("Published Jan 3, 2024, 12:41 p.m. UTC", default_zone="UTC")
    assert am is not None and am.at == utc(2024, 1, 3, 0, 41)
    assert pm is not None and pm.at == utc(2024, 1, 3, 12, 41)


def test_published_is_preferred_over_updated() -> None:
    text = 'Title\nUpdated Mar 11, 2024, 7:05 p.m. UTC\nPublished Jan 3, 2024, 12:41 a.m. UTC\nBody.'
    found = find_in_text(text, default_zone="UTC")
    assert found is not None and found.at == utc(2024, 1, 3, 0, 41)
    same_line = find_in_text("Published Jan 2, 2024 | Updated Mar 8, 2024", default_zone="UTC")
    assert same_line is not None and same_line.at == utc(2024, 1, 2)


def test_an_update_time_is_used_only_when_nothing_else_is_printed() -> None:
    found = find_in_text("Title\nBody text.\nUpdated Mar 11, 2024, 7:05 p.m. UTC", default_zone="UTC")
    assert found is not None and found.at == utc(2024, 3, 11, 19, 5)
    assert "update" in found.where


def test_a_date_inside_a_body_sentence_is_not_the_publication_time() -> None:
    text = "Title\n\nOn April 7, 2025, bitcoin lost 8% in one day to touch $74,000, exchange figures show."
    assert find_in_text(text, default_zone="UTC") is None


def test_a_short_claim_with_a_date_is_neither_the_publication_time_nor_dropped(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("BTC today\nBitcoin closed 2026-02-08 at $70,500.\nBitcoin rose 5%.", encoding="utf-8")
    article = load_article(str(path))
    assert article.published_at is None
    assert "Bitcoin closed 2026-02-08 at $70,500." in article.text


def test_a_date_inside_a_url_is_not_a_date_line() -> None:
    text = "Title\nhttps://example.com/markets/2024/01/03/btc-opens-the-year\nBody."
    assert find_in_text(text, default_zone="UTC") is None


def test_a_labelled_date_below_the_header_area_still_counts() -> None:
    text = "Title\n" + "Body sentence.\n" * 60 + "Source: examplenews.comPublished on 2024-09-26"
    found = find_in_text(text, default_zone="UTC")
    assert found is not None and found.at == utc(2024, 9, 26) and found.precision is Precision.day


def test_date_only_has_day_precision_and_keeps_the_written_day() -> None:
    found = find_in_text("Title\n입력 2026.02.09\nBody.", default_zone="UTC")
    assert found is not None
    assert found.precision is Precision.day
    assert found.at == utc(2026, 2, 9)  # not 2026-02-08 15:00, which is Korean midnight in UTC
    assert found.zone == "Asia/Seoul"
    bare = find_in_text("Title\nJUNE 22, 2025\nBody.", default_zone="UTC")
    assert bare is not None and (bare.at, bare.precision) == (utc(2025, 6, 22), Precision.day)


def test_time_without_zone_follows_the_page_language(tmp_path: Path) -> None:
    english = tmp_path / "en.txt"
    english.write_text("Title\nFeb 9, 2026, 10:17\n\nBitcoin rose 5%.", encoding="utf-8")
    korean = tmp_path / "ko.txt"
    korean.write_text("비트코인 급등\n2026.02.09 10:17\n\n비트코인이 5% 올랐다.", encoding="utf-8")
    en, ko = load_article(str(english)), load_article(str(korean))
    assert (en.published_at, en.published_zone) == (utc(2026, 2, 9, 10, 17), "UTC")
    assert "no zone written; read as UTC" in (en.published_from or "")
    assert (ko.published_at, ko.published_zone) == (utc(2026, 2, 9, 1, 17), "Asia/Seoul")
    assert "read as Asia/Seoul" in (ko.published_from or "")


@pytest.mark.parametrize(
    ("value", "expected", "zone"),
    [
        ("2024-02-28T13:28", utc(2024, 2, 28, 13, 28), "UTC"),
        ("2024-02-28T13:28 (GMT, from URL suffix)", utc(2024, 2, 28, 13, 28), "UTC"),
        ("2024-02-29T18:04+09:00 (page: ...)", utc(2024, 2, 29, 9, 4), "+09:00"),
        ("2024-02-29 18:04 (KST)", utc(2024, 2, 29, 9, 4), "Asia/Seoul"),
        ("2024-06-09/10 (inferred)", utc(2024, 6, 9), "UTC"),
        ("Thu, Dec 5, 2024 1:40 PM SGT", utc(2024, 12, 5, 5, 40), "Asia/Singapore"),
        ("1:40 PM SGT, Dec 5, 2024", utc(2024, 12, 5, 5, 40), "Asia/Singapore"),
        ("01 Feb 2026, 01:00 AM IST", utc(2026, 1, 31, 19, 30), "Asia/Kolkata"),
    ],
)
def test_header_values(value: str, expected: datetime, zone: str) -> None:
    found = parse_header_value("published", value, default_zone="UTC")
    assert found is not None and (found.at, found.zone) == (expected, zone)


def test_header_value_says_it_assumed_utc() -> None:
    found = parse_header_value("published", "2024-02-28T13:28", default_zone="UTC")
    assert found is not None
    assert found.where == "'published: 2024-02-28T13:28' (no zone written; read as UTC)"


@pytest.mark.parametrize(
    ("value", "expected", "precision", "zone"),
    [
        ("2026-02-09", utc(2026, 2, 9), Precision.day, "UTC"),
        ("2026-02-09 10:17", utc(2026, 2, 9, 10, 17), Precision.minute, "UTC"),
        ("2026-02-09T01:17Z", utc(2026, 2, 9, 1, 17), Precision.minute, "UTC"),
        ("2026-02-09T10:17:00+09:00", utc(2026, 2, 9, 1, 17), Precision.minute, "+09:00"),
        ("2026/02/09 10:17 KST", utc(2026, 2, 9, 1, 17), Precision.minute, "Asia/Seoul"),
        ("Feb 9, 2026 3:04 pm ET", utc(2026, 2, 9, 20, 4), Precision.minute, "America/New_York"),
        ("  2026-02-09 ", utc(2026, 2, 9), Precision.day, "UTC"),
        ("Oct 11, 2025 at 3:20 a.m. UTC", utc(2025, 10, 11, 3, 20), Precision.minute, "UTC"),
        ("11:20 GMT, Feb 6, 2026", utc(2026, 2, 6, 11, 20), Precision.minute, "UTC"),
        ("01 Feb 2026 01:00 IST", utc(2026, 1, 31, 19, 30), Precision.minute, "Asia/Kolkata"),
    ],
)
def test_option_forms(value: str, expected: datetime, precision: Precision, zone: str) -> None:
    found = parse_option(value)
    assert (found.at, found.precision, found.zone, found.where) == (expected, precision, zone, "option")


@pytest.mark.parametrize("value", ["now", "NOW", " now "])
def test_option_now_is_the_checking_time_to_the_minute(value: str) -> None:
    # an editor checks a draft that has no date yet: it goes out at the time of the check
    clock = datetime(2026, 2, 9, 10, 17, 42, 500, tzinfo=timezone(timedelta(hours=9)))
    found = parse_option(value, now=clock)
    assert (found.at, found.precision, found.zone) == (utc(2026, 2, 9, 1, 17), Precision.minute, "UTC")
    assert "now" in found.where


def test_option_now_without_a_clock_reads_the_wall_clock() -> None:
    before = datetime.now(timezone.utc).replace(second=0, microsecond=0)
    found = parse_option("now")
    assert before <= found.at <= datetime.now(timezone.utc)


@pytest.mark.parametrize("value", ["not a date", "2026-13-45", "yesterday", "", "2026-02-09 in the morning"])
def test_option_that_cannot_be_read(value: str) -> None:
    with pytest.raises(BadDate) as caught:
        parse_option(value)
    assert "\n" not in str(caught.value)
    assert repr(value) in str(caught.value)
