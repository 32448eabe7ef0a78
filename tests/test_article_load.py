"""load_article end to end on real files: the seed, the shared articles, and broken inputs."""

from __future__ import annotations

import io
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import SEED, SHARED

from factcheck.article.load import load_article
from factcheck.errors import (
    BadDate,
    EmptySource,
    InputError,
    SourceNotFound,
    SourceTooLarge,
    UndecodableText,
)
from factcheck.model import Precision

ARTICLES = sorted((SHARED / "articles").glob("*.txt"))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# -- the seed ----------------------------------------------------------------------


def test_seed_article_metadata() -> None:
    article = load_article(str(SEED))
    assert article.published_at == utc(2026, 2, 9, 1, 17)
    assert article.published_precision is Precision.minute
    assert article.published_zone == "Asia/Seoul"
    assert "2026/02/09 [10:17]" in (article.published_from or "")
    assert article.title.startswith("Bitcoin liquidation imbalance explodes, “")
    assert article.title.endswith("wiped out”") and len(article.title.split()) == 12
    assert article.author == "Travis"
    assert article.source == str(SEED)


def test_seed_article_text_is_the_body_without_site_junk() -> None:
    text = load_article(str(SEED)).text
    lines = text.split("\n")
    assert lines[0] == load_article(str(SEED)).title
    assert text.count("look set to be wiped out") == 1
    for junk in ("로고", "이동", "메인사진", "포토뉴스", "[포토]", "이전", "다음", "1/3", "▲", "비트코인(BTC)", "Travis |"):
        assert junk not in text, junk
    assert "liquidation imbalance of $7,132" in text and "in the futures market." in text
    assert "short-term resistance at $75,000" in text
    assert lines[-1].startswith("*Disclaimer:")
    assert "\n\n\n" not in text


# -- the shared articles (url/outlet/published header, then ---) ----------------------


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name[:3])
def test_shared_articles_load_with_their_header(path: Path) -> None:
    header = path.read_text(encoding="utf-8").split("\n---\n", 1)[0]
    article = load_article(str(path))
    assert article.published_at is not None and article.published_at.tzinfo is not None
    assert article.published_at.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    assert article.published_from and article.published_from.startswith("'published: ")
    written = next(line for line in header.splitlines() if line.startswith("published:"))
    assert article.published_at.strftime("%Y-%m-%d") in written
    timed = "T" in written.split()[1]
    assert article.published_precision is (Precision.minute if timed else Precision.day)
    assert article.url and article.url.startswith("http")
    assert article.outlet and "(" not in article.outlet
    assert article.title
    assert not article.text.startswith(("url:", "outlet:", "published:"))
    assert "\n---\n" not in article.text


def test_shared_article_zone_from_offset_and_from_note() -> None:
    korea = load_article(str(SHARED / "articles" / "105-the-investor-korea-bitcoin-record-high-in-won.txt"))
    assert korea.published_at == utc(2024, 2, 29, 9, 4)
    assert korea.published_zone == "+09:00"
    fxstreet = load_article(str(SHARED / "articles" / "104-fxstreet-btc-revisits-60000-first-since-2021.txt"))
    assert fxstreet.published_at == utc(2024, 2, 28, 13, 28)
    assert fxstreet.published_zone == "UTC"
    assert "GMT" in (fxstreet.published_from or "")


def test_shared_article_without_zone_says_it_was_read_as_utc() -> None:
    article = load_article(str(SHARED / "articles" / "101-coindesk-btc-nearly-46k-spot-etf-anticipation.txt"))
    assert article.published_at == utc(2024, 1, 2, 0, 53)
    assert article.published_from == "'published: 2024-01-02T00:53:00' (no zone written; read as UTC)"
    assert article.outlet == "CoinDesk"


def test_shared_article_bylines_become_authors() -> None:
    articles = SHARED / "articles"
    decrypt = load_article(str(articles / "106-decrypt-via-apex-btc-returns-69000-ahead-of-halving.txt"))
    assert decrypt.author == "Andrew Hayward"
    assert "By Andrew Hayward" not in decrypt.text
    bloomberg = load_article(str(articles / "123-bloomberg-via-abokifx-btc-below-100000-iran-strikes.txt"))
    assert bloomberg.author == "Ryan Weeks and Suvashree Ghosh"
    assert "JUNE 22, 2025" not in bloomberg.text
    coinpedia = load_article(str(articles / "115-coinpedia-why-is-bitcoin-up-today-99k.txt"))
    assert coinpedia.author == "Zafar Naik"


def test_title_notes_are_dropped_from_a_guessed_title() -> None:
    article = load_article(str(SHARED / "articles" / "114-korea-herald-btc-tops-150-million-won.txt"))
    title = article.title
    assert title.startswith("Bitcoin tops 150 million won") and title.endswith("for first time")
    assert "[" not in title and "placeholder" not in title and len(title.split()) == 11


# -- header styles -------------------------------------------------------------------


def test_front_matter_header(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        '---\ntitle: "BTC at $71K"\nauthor: Jane Doe\nurl: https://example.com/a\n'
        "outlet: Example\ndate: 2026-02-09 10:17 KST\n---\n# BTC at $71K\n\n"
        "Bitcoin rose 5% to [$71,000](https://example.com/price?id=123) on Monday.\n",
        encoding="utf-8",
    )
    article = load_article(str(path))
    assert (article.title, article.author, article.url, article.outlet) == (
        "BTC at $71K", "Jane Doe", "https://example.com/a", "Example",
    )  # fmt: skip
    assert article.published_at == utc(2026, 2, 9, 1, 17)
    assert article.published_zone == "Asia/Seoul"
    assert article.text == "BTC at $71K\n\nBitcoin rose 5% to $71,000 on Monday."


def test_plain_text_without_header_reads_the_printed_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Share:\nBitcoin slips below $87,000\nBy Lockridge Okoth | Published Dec 24, 2025, 10:33 am GMT\n\n"
        "On Wednesday BTC keeps changing hands near $86,770.\nAdvertisement\n",
        encoding="utf-8",
    )
    article = load_article(str(path))
    assert article.published_at == utc(2025, 12, 24, 10, 33)
    assert article.author == "Lockridge Okoth"
    assert article.title == "Bitcoin slips below $87,000"
    assert article.text == "Bitcoin slips below $87,000\n\nOn Wednesday BTC keeps changing hands near $86,770."


def test_no_time_anywhere_gives_none(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Bitcoin rose 5% to $71,000 on Monday.\n", encoding="utf-8")
    article = load_article(str(path))
    assert article.published_at is None
    assert article.published_precision is None and article.published_from is None


# -- options -------------------------------------------------------------------------


def test_published_option_overrides_the_page(tmp_path: Path) -> None:
    article = load_article(str(SEED), published="2026-02-10 08:00")
    assert article.published_at == utc(2026, 2, 10, 8, 0)
    assert article.published_from == "option"
    assert article.published_zone == "UTC"


def test_published_option_that_is_not_a_date() -> None:
    with pytest.raises(BadDate) as caught:
        load_article(str(SEED), published="not a date")
    message = str(caught.value)
    assert "\n" not in message
    assert str(SEED) in message and "'not a date'" in message


def test_text_option_is_used_instead_of_reading(tmp_path: Path) -> None:
    article = load_article(
        "batch/row-17", text="BTC hits $71K\n\n입력 2026.02.09 10:17\n\nBitcoin rose 5% to $71,000."
    )
    assert article.source == "batch/row-17"
    assert article.published_at == utc(2026, 2, 9, 1, 17)
    assert article.title == "BTC hits $71K"
    assert "입력" not in article.text


def test_text_option_over_the_cap() -> None:
    with pytest.raises(SourceTooLarge):
        load_article("row", text="x" * 2_000, max_bytes=1_000)


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "Bitcoin fell 3% to $98,904.\n".encode("utf-16")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    article = load_article("-")
    assert article.text == "Bitcoin fell 3% to $98,904."
    assert article.source == "-"


def test_stdin_over_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"a" * 5_000)))
    with pytest.raises(SourceTooLarge, match="^stdin: larger than"):
        load_article("-", max_bytes=1_000)


def test_unknown_extension_is_sniffed_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.dat"
    path.write_text(
        "<html><body><nav>Home</nav><p>Bitcoin rose 5%.</p><p>Ether fell 2%.</p></body></html>",
        encoding="utf-8",
    )
    article = load_article(str(path))
    assert article.text == "Bitcoin rose 5%.\n\nEther fell 2%."
    assert article.title is None  # a sentence is not a headline


# -- inputs that cannot be read --------------------------------------------------------


def _raises(exc: type[InputError], source: str, **kwargs: object) -> str:
    with pytest.raises(exc) as caught:
        load_article(source, **kwargs)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message, message
    assert source in message or (source == "-" and "stdin" in message), message
    return message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "empty" in _raises(EmptySource, str(path))


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n\u00a0\u3000\r\n", encoding="utf-8")
    assert "whitespace" in _raises(EmptySource, str(path))


def test_header_without_body(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("url: https://example.com\npublished: 2026-02-09\n---\n\n", encoding="utf-8")
    _raises(EmptySource, str(path))


def test_only_junk_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("로고\n이동\n메인사진\n1/3\n다음\n", encoding="utf-8")
    _raises(EmptySource, str(path))


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(os.urandom(4096) + b"\x00\x00\x01")
    assert "binary" in _raises(UndecodableText, str(path))


def test_saved_documents_are_named_not_read_as_text(tmp_path: Path) -> None:
    for name, data, kind in [
        ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n", "PDF"),
        ("note.txt", b"{\\rtf1\\ansi Bitcoin rose 5% to $71,000.}", "RTF"),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        assert f"is a {kind} file" in _raises(UndecodableText, str(path))


def test_text_over_an_articles_length_is_refused_with_its_size(tmp_path: Path) -> None:
    # 1.9 MB on one line: under the byte limit, far over what one article holds
    path = tmp_path / "dump.txt"
    path.write_text("published: 2025-03-05 14:20 UTC\n---\n" + "Ether rose 3% to $2,400 and " * 68_000, encoding="utf-8")
    message = _raises(SourceTooLarge, str(path))
    assert "1,903,999 characters" in message and "300,000" in message and "split it" in message


def test_a_long_report_under_the_limit_is_read(tmp_path: Path) -> None:
    # some 40,000 words of market commentary: long, but one text an editor may check
    path = tmp_path / "report.txt"
    path.write_text("published: 2025-03-05 14:20 UTC\n---\n" + "Ether rose 3% to $2,400 on the day. " * 8_000, encoding="utf-8")
    assert len(load_article(str(path)).text) > 280_000


def test_five_megabyte_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Bitcoin rose 5%.\n" * (5_000_000 // 17 + 1))
    message = _raises(SourceTooLarge, str(path))
    assert "5.0 MB" in message and "2.0 MB" in message


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in _raises(SourceNotFound, str(tmp_path / "nope.txt"))


def test_directory(tmp_path: Path) -> None:
    assert "directory" in _raises(SourceNotFound, str(tmp_path))


# -- a publication line that is not a date -----------------------------------------


def test_unreadable_header_date_is_reported_not_dropped(tmp_path: Path, market_store) -> None:
    from factcheck import check
    from factcheck.report.summary import published_line

    path = tmp_path / "a.txt"
    path.write_text("published: 2025-14-40T25:00:00Z\n---\nEther fell 3% to $2,410 on Friday.\n", encoding="utf-8")
    article = load_article(str(path))
    assert article.published_at is None
    assert article.published_unread == "published: 2025-14-40T25:00:00Z"
    report = check(str(path), store=market_store, offline=True, sentiment=None)
    assert published_line(report) == "publication time: unreadable"
    assert any("'published: 2025-14-40T25:00:00Z' is not a date" in n and "--published" in n for n in report.notes)
    assert all(c.verdict.value != "supported" for c in report.claims)


def test_unreadable_header_date_falls_back_to_the_printed_time(tmp_path: Path, market_store) -> None:
    from factcheck import check

    path = tmp_path / "a.txt"
    path.write_text("published: last Tuesday, roughly\n---\nSolana slid 4% to $131.\n\n"
                    "Published March 5, 2025, 14:20 UTC\n", encoding="utf-8")
    article = load_article(str(path))
    assert article.published_at == utc(2025, 3, 5, 14, 20)
    assert article.published_unread == "published: last Tuesday, roughly"
    notes = check(str(path), store=market_store, offline=True, sentiment=None).notes
    assert any("'published: last Tuesday, roughly' is not a date" in n and "taken from 'Published March 5" in n
               for n in notes)


@pytest.mark.parametrize(
    ("page", "line"),
    [
        ("Published: 32/13/2025\n\nEther fell 3% to $2,410 on Friday.\n", "Published: 32/13/2025"),
        ("Ether slides\nPosted on March 45, 2025 10:00 UTC\n\nEther fell 3% to $2,410.\n",
         "Posted on March 45, 2025 10:00 UTC"),
    ],
)
def test_an_unreadable_printed_date_is_named_too(tmp_path: Path, page: str, line: str) -> None:
    """A page with no header whose printed publication line cannot be read: the report quotes
    the line instead of saying no time was found."""
    path = tmp_path / "a.txt"
    path.write_text(page, encoding="utf-8")
    article = load_article(str(path))
    assert article.published_at is None and article.published_unread == line


def test_a_page_with_no_date_line_has_nothing_unread(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Ether slides\n\nEther fell 3% to $2,410 on 5 March, posted traders said.\n", encoding="utf-8")
    assert load_article(str(path)).published_unread is None


def test_readable_header_date_leaves_nothing_unread(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("published: 2025-03-05 14:20 UTC\n---\nSolana slid 4% to $131.\n", encoding="utf-8")
    article = load_article(str(path))
    assert article.published_at == utc(2025, 3, 5, 14, 20) and article.published_unread is None


def test_a_draft_checked_with_published_now(tmp_path: Path, market_store) -> None:
    """A draft has no date line; `--published now` places it at the check, so dated claims are checked
    and claims about the present wait on data the store does not hold yet (never supported)."""
    from factcheck import check

    path = tmp_path / "draft.txt"
    path.write_text(
        "Bitcoin dropped to $84,000 on March 3, 2025, its weakest print of that week. "
        "Today it trades at $91,500.\n",
        encoding="utf-8",
    )
    report = check(str(path), published="now", store=market_store, offline=True, sentiment=None)
    assert "now" in report.article.published_from
    assert not any("No publication time" in n for n in report.notes)
    dated = next(c for c in report.claims if "March 3, 2025" in c.claim.text)
    assert dated.verdict.value in {"supported", "imprecise", "inaccurate"}  # checked against that day
    today = next(c for c in report.claims if "91,500" in c.claim.text)
    assert today.verdict.value == "unverifiable"
