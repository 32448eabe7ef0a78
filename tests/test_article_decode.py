"""Bytes to text: BOMs, strict UTF-8, CP949/EUC-KR, Windows-1252, binary refused; normalisation."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from factcheck.article.decode import decode, normalise
from factcheck.article.load import load_article
from factcheck.errors import UndecodableText

KOREAN = "비트코인이 7만1천 달러를 회복했다. 시장은 공포에서 벗어나고 있다."


def test_cp1252_en_dash_is_decoded(tmp_path: Path) -> None:
    data = b"caf\xe9 \x96 5%"
    assert data.decode("cp1252") == "café – 5%"  # the fixture is what we think it is
    assert decode(data, source="x") == "café – 5%"
    path = tmp_path / "old.txt"
    path.write_bytes(b"Bitcoin at the caf\xe9 \x96 5% up\r\n")
    assert load_article(str(path)).text == "Bitcoin at the café – 5% up"


@pytest.mark.parametrize("encoding", ["euc-kr", "cp949"])
def test_korean_legacy_encodings(encoding: str) -> None:
    data = KOREAN.encode(encoding)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode(data, source="x") == KOREAN


def test_korean_file_with_english_mixed_in(tmp_path: Path) -> None:
    path = tmp_path / "ko.txt"
    path.write_bytes(f"BTC 급등\n입력 2026.02.09 10:17\n\n{KOREAN} BTC $71,000.".encode("euc-kr"))
    article = load_article(str(path))
    assert KOREAN in article.text
    assert article.published_zone == "Asia/Seoul"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf16_and_utf32_with_bom(encoding: str, tmp_path: Path) -> None:
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE}
    text = "Bitcoin fell −3% to $98,904 — 비트코인."
    path = tmp_path / "wide.txt"
    path.write_bytes(bom[encoding] + text.encode(encoding))
    assert load_article(str(path)).text == "Bitcoin fell -3% to $98,904 — 비트코인."


def test_utf8_bom_is_dropped() -> None:
    assert decode(codecs.BOM_UTF8 + "café".encode(), source="x") == "café"


def test_utf8_is_tried_before_legacy_encodings() -> None:
    assert decode("café 비트코인 – 5%".encode(), source="x") == "café 비트코인 – 5%"


def test_declared_charset_is_honoured() -> None:
    data = "Биткоин вырос на 5%".encode("cp1251")
    assert decode(data, source="x") != "Биткоин вырос на 5%"  # without a declaration: cp1252 guess
    assert decode(data, source="x", declared="windows-1251") == "Биткоин вырос на 5%"


def test_a_wrong_declaration_falls_back_to_what_decodes() -> None:
    assert decode("café".encode(), source="x", declared="no-such-charset") == "café"
    assert decode(b"caf\xe9", source="x", declared="utf-8") == "café"


def test_random_binary_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "random.bin"
    path.write_bytes(os.urandom(2048) + b"\x00")
    with pytest.raises(UndecodableText, match="binary"):
        load_article(str(path))


def test_control_characters_without_nul_are_refused() -> None:
    with pytest.raises(UndecodableText, match="control characters"):
        decode(bytes(range(1, 32)) * 20 + b"some text", source="blob")


def test_bytes_no_encoding_reads() -> None:
    # 0x81 is undefined in Windows-1252, and this is not UTF-8 or Hangul CP949
    with pytest.raises(UndecodableText) as caught:
        decode(b"abc \x81\x81\x81 def \x8d", source="odd.txt")
    assert str(caught.value).startswith("odd.txt: ")


def test_a_bom_that_lies() -> None:
    with pytest.raises(UndecodableText, match="byte-order mark"):
        decode(codecs.BOM_UTF8 + b"\xff\xfe\xfd", source="x")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("BTC \u20114.2%", "BTC -4.2%"),  # non-breaking hyphen
        ("BTC \u22124.2%", "BTC -4.2%"),  # minus sign
        ("BTC \u20104.2%", "BTC -4.2%"),  # hyphen
        ("$71\u202f000", "$71 000"),  # narrow no-break space
        ("$71,000\u00a0level", "$71,000 level"),
        ("a\r\nb\rc\u2028d", "a\nb\nc\nd"),
        ("71,\u200b000", "71,000"),  # zero-width space
        ("café – 5% — “ok” 비트코인", "café – 5% — “ok” 비트코인"),  # everything else kept
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected
