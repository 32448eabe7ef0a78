"""Bytes to text, and text to the one spelling the rest of the pipeline expects.

Articles arrive as UTF-8 mostly, but Korean outlets still serve EUC-KR/CP949
and old Western pages Windows-1252; guessing wrong turns "café" into "cafÃ©"
or Hangul into Latin noise. We try encodings in an order where a wrong
guess fails loudly (BOM, strict UTF-8, CP949 only if it yields Hangul) and
refuse binary input instead of passing garbage to the claim extractor.

Normalising afterwards matters for numbers: "‑4.2%" written with a
non-breaking hyphen (U+2011) and "71 000" with a narrow no-break space
(U+202F) must read like "-4.2%" and "71 000", or the number parser misses them.
"""

from __future__ import annotations

import codecs
import re

from factcheck.errors import UndecodableText

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Labels pages declare that browsers read as a wider encoding (WHATWG Encoding spec).
_DECLARED_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "euc-kr": "cp949",
    "euc_kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ksc5601": "cp949",
}
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
#: share of control characters above which text is taken to be binary
_MAX_CONTROL_SHARE = 0.02

_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\ufeff]")
_DASHES = str.maketrans(
    {
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2212": "-",  # minus sign
        "\ufe63": "-",  # small hyphen-minus
        "\uff0d": "-",  # fullwidth hyphen-minus
    }
)
_NEWLINES = re.compile(r"\r\n?|[\u0085\u2028\u2029]")


def decode(data: bytes, *, source: str, declared: str | None = None) -> str:
    """Decode article bytes; `declared` is the page's or server's charset, tried first.

    Raises UndecodableText for binary data or bytes no supported encoding reads.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding if encoding != "utf-8" else "utf-8-sig"), source)
            except UnicodeDecodeError as exc:
                raise UndecodableText(
                    f"{source}: starts with a {encoding.upper()} byte-order mark but is not {encoding.upper()} "
                    f"(bad byte at offset {exc.start})"
                ) from None
    if b"\x00" in data:
        raise UndecodableText(f"{source}: looks binary (contains NUL bytes), not an article")
    kind = _document_kind(data)
    if kind:
        raise UndecodableText(f"{source}: is a {kind} file, not article text; save the article's text or page first")
    for encoding in _candidates(declared):
        try:
            return _checked(data.decode(encoding), source)
        except UnicodeDecodeError:
            continue
    try:
        return _checked(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        pass
    else:
        if _mostly_hangul(text):
            return _checked(text, source)
    try:
        return _checked(data.decode("cp1252"), source)
    except UnicodeDecodeError:
        pass
    raise UndecodableText(f"{source}: not text in UTF-8, UTF-16, EUC-KR/CP949 or Windows-1252")


_DOCUMENT_MAGIC = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP (or Word/OpenDocument)"),
    (b"\x1f\x8b", "gzip"),
    (b"\xd0\xcf\x11\xe0", "legacy Office"),
    (b"{\\rtf", "RTF"),
)


def _document_kind(data: bytes) -> str | None:
    """A document format whose bytes can decode as text but whose words are not the article's
    (a PDF's objects, an RTF's control words): named, so the user knows what to save instead."""
    head = data[:8]
    return next((kind for magic, kind in _DOCUMENT_MAGIC if head.startswith(magic)), None)


def normalise(text: str) -> str:
    """One spelling for newlines, spaces and minus signs; every other character is kept."""
    text = _NEWLINES.sub("\n", text)
    text = _SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    return text.translate(_DASHES)


def _candidates(declared: str | None) -> list[str]:
    """The declared charset as Python names it, if Python knows it."""
    if not declared:
        return []
    label = declared.strip().strip("\"'").lower()
    label = _DECLARED_ALIASES.get(label, label)
    try:
        return [codecs.lookup(label).name]
    except LookupError:
        return []


def _mostly_hangul(text: str) -> bool:
    """CP949 decodes many Latin byte pairs too; real Korean text is mostly Hangul."""
    wide = [c for c in text if ord(c) > 0x7F]
    hangul = sum(1 for c in wide if _HANGUL.match(c))
    return hangul >= 2 and hangul >= 0.6 * len(wide)


def _checked(text: str, source: str) -> str:
    """Refuse decoded text that is really binary (mostly control characters)."""
    if "\x00" in text:
        raise UndecodableText(f"{source}: looks binary (contains NUL characters), not an article")
    controls = len(_CONTROL.findall(text))
    if text and controls > _MAX_CONTROL_SHARE * len(text):
        raise UndecodableText(
            f"{source}: looks binary ({controls} control characters in {len(text)}), not an article"
        )
    return text
