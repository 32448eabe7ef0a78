"""The first stage of the pipeline: a source (file, URL, stdin or given text) to an `Article`.

    source -> bytes (source.py, fetch.py) -> text (decode.py)
           -> header block (header.py) or HTML body + metadata (html.py)
           -> publication time (published.py), byline (byline.py)
           -> body without site furniture (junk.py) -> Article

Every failure is an `InputError` with one line naming the source, because an
editor running `factcheck article.txt` must be told what to fix, and a batch
run must be able to record the reason and move on.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from factcheck.article.byline import find_byline
from factcheck.article.decode import decode, normalise
from factcheck.article.header import Header, split_header
from factcheck.article.html import HtmlPage, looks_like_html, meta_charset, parse_html
from factcheck.article.junk import is_korean, remove_junk
from factcheck.article.markdown import markdown_to_text
from factcheck.article.published import (
    HEAD_LINES,
    Published,
    default_zone_for,
    find_in_text,
    find_original,
    is_date_line,
    parse_header_value,
    parse_machine,
    parse_option,
    unread_label,
)
from factcheck.article.source import is_url, label_of, read_source, too_large
from factcheck.article.zones import SEOUL
from factcheck.errors import BadDate, EmptySource, SourceTooLarge
from factcheck.model import Article

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_MARKDOWN_TYPES = frozenset({"text/markdown", "text/x-markdown"})
_PLAIN_TYPES = frozenset({"text/plain"}) | _MARKDOWN_TYPES
#: a first line longer than this is a paragraph, not a title
_MAX_TITLE_WORDS = 30
# about 50,000 words: a long report, sixty times a news article. Extraction grows a little faster than the text
# and so does memory: 289,000 characters took 44 s of CPU and 1.4 GB (bench/long_article.py), so a longer text
# is refused with the advice to split it rather than left to run for minutes towards the 2 GB memory target
MAX_TEXT_CHARS = 300_000
_TITLE_NOTES = re.compile(r"^\s*\[[^\]]*\]\s*:?\s*|\s*\[[^\]]*\]\s*$")


def load_article(
    source: str,
    *,
    published: str | None = None,
    text: str | None = None,
    max_bytes: int = 2_000_000,
    timeout: float = 10.0,
) -> Article:
    """Read an article from a path, '-' (stdin) or an http(s) URL.

    `published` overrides any time found in the article; `text`, when given,
    is used instead of reading `source`, which then only labels the article.
    Raises an InputError subclass (SourceNotFound, SourceTooLarge, EmptySource,
    UndecodableText, FetchError, BadDate) with a one-line message.
    """
    label = label_of(source)
    option = _option(published, label)
    text, media_type, final_url = _read(source, label, text, max_bytes=max_bytes, timeout=timeout)
    header, page = _split(text, media_type, label)
    body = header.body

    korean_page = bool(page and (page.lang or "").lower().startswith("ko"))
    default_zone = SEOUL if korean_page else default_zone_for(text if page is None else body)
    header_time, unread = (None, None) if option else _header_time(header, default_zone)
    when = option or header_time or _published(page, body, default_zone)
    if when is None and unread is None:
        unread = unread_label(body)

    lines = body.split("\n")
    byline_author, byline_lines = find_byline(lines)
    dropped = byline_lines | {i for i, line in enumerate(lines[:HEAD_LINES]) if is_date_line(line)}
    kept = remove_junk(
        [line.rstrip() for i, line in enumerate(lines) if i not in dropped],
        korean_body=is_korean(body),
    )
    fields = header.fields
    title = _clean_title(fields.get("title") or (page.title if page else None) or _first_heading(kept))
    body_text = _assemble(kept, title, prepend_title=page is not None)
    if not body_text:
        raise EmptySource(f"{label}: nothing left but site navigation and junk lines")
    if len(body_text) > MAX_TEXT_CHARS:
        raise SourceTooLarge(
            f"{label}: its text is {len(body_text):,} characters, over the {MAX_TEXT_CHARS:,} (about 50,000 words) "
            "one article may have; split it into its articles"
        )

    url = fields.get("url") or (page.url if page else None)
    if url and final_url:
        url = urljoin(final_url, url)  # canonical links are often relative
    elif url and not is_url(url):
        url = None  # a relative link on a saved page points nowhere
    return Article(
        text=body_text,
        source=source,
        title=title,
        url=url or final_url,
        outlet=fields.get("outlet") or (normalise(page.outlet) if page and page.outlet else None),
        author=fields.get("author") or (normalise(page.author) if page and page.author else None)
        or byline_author,
        published_at=when.at if when else None,
        published_precision=when.precision if when else None,
        published_zone=when.zone if when else None,
        published_from=when.where if when else None,
        published_unread=unread,
    )


def _read(
    source: str, label: str, text: str | None, *, max_bytes: int, timeout: float
) -> tuple[str, str | None, str | None]:
    """The article's text, its media type if known, and the URL it was finally read from."""
    if text is not None:
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > max_bytes:
            raise too_large(label, size, max_bytes)
        media_type, final_url = None, source if is_url(source) else None
    else:
        raw = read_source(source, max_bytes=max_bytes, timeout=timeout)
        declared = raw.charset
        if declared is None and raw.media_type not in _PLAIN_TYPES:
            declared = meta_charset(raw.data)
        text = decode(raw.data, source=label, declared=declared)
        media_type, final_url = raw.media_type, raw.url
    text = normalise(text)
    if not text.strip():
        raise EmptySource(f"{label}: {'empty' if not text else 'nothing but whitespace'}")
    return text, media_type, final_url


def _split(text: str, media_type: str | None, label: str) -> tuple[Header, HtmlPage | None]:
    """The body with its header fields (plain text) or with the page's metadata (HTML)."""
    if media_type in _HTML_TYPES or (media_type is None and looks_like_html(text)):
        page = parse_html(text)
        body = normalise(page.text)
        if not body.strip():
            raise EmptySource(f"{label}: no article text left once the page's markup and menus are removed")
        return Header(body=body), page
    header = split_header(text)
    body = header.body
    if media_type in _MARKDOWN_TYPES or label.lower().endswith((".md", ".markdown")):
        body = markdown_to_text(body)
    if not body.strip():
        raise EmptySource(f"{label}: a header but no article text below it")
    return Header(header.fields, body, header.lines), None


def _option(published: str | None, label: str) -> Published | None:
    """Parse the `published=` override before any I/O, so a typo fails fast."""
    if published is None:
        return None
    try:
        return parse_option(published)
    except BadDate as exc:
        raise BadDate(f"{label}: {exc}") from None


def _header_time(header: Header, default_zone: str) -> tuple[Published | None, str | None]:
    """The header's `published:` time, the most trusted; or, when its line holds no date we can read
    ('2024-13-45', 'yesterday'), that line, so the report says why the time is missing or came from
    elsewhere rather than dropping it."""
    if "published" not in header.fields:
        return None, None
    line = header.lines["published"]
    found = parse_header_value(line.split(":", 1)[0], header.fields["published"], default_zone=default_zone)
    return (found, None) if found else (None, " ".join(line.split())[:120])


def _published(page: HtmlPage | None, body: str, default_zone: str) -> Published | None:
    """The publication time below the header's, by trust: a repost's note of its first publication,
    page metadata, printed text, update time."""
    original = find_original(body, default_zone=default_zone)
    if original is not None:
        return original
    if page is not None:
        for value, where in page.published:
            found = parse_machine(value, f"{where} {value!r}", default_zone=default_zone)
            if found:
                return found
    found = find_in_text(body, default_zone=default_zone)
    if found or page is None:
        return found
    for value, where in page.modified:
        found = parse_machine(value, f"{where} {value!r}", default_zone=default_zone)
        if found:
            return Published(found.at, found.precision, found.zone, f"{found.where} (an update time)")
    return None


def _first_heading(lines: list[str]) -> str | None:
    """The first line, when it reads like a headline rather than a paragraph."""
    first = next((line.strip() for line in lines if line.strip()), None)
    if first is None or len(first.split()) > _MAX_TITLE_WORDS or first.endswith("."):
        return None  # headlines do not end with a full stop; sentences do
    return first


def _clean_title(title: str | None) -> str | None:
    """A title without editorial notes such as '[title reconstructed from URL slug]'."""
    if not title:
        return None
    cleaned = " ".join(_TITLE_NOTES.sub("", normalise(title)).split())
    return cleaned or " ".join(title.split())


def _assemble(lines: list[str], title: str | None, *, prepend_title: bool) -> str:
    """Paragraphs separated by one blank line; the title once, as the first line."""
    out: list[str] = []
    seen_title = False
    for index, line in enumerate(lines):
        if title and index < HEAD_LINES and _same(line, title):
            if seen_title:
                continue  # pages repeat the headline above and below the byline
            seen_title = True
        if not line.strip() and (not out or not out[-1].strip()):
            continue
        out.append(line)
    while out and not out[-1].strip():
        out.pop()
    if title and prepend_title and not seen_title:
        out[:0] = [title, ""]
    return "\n".join(out)


def _same(line: str, title: str) -> bool:
    return _clean_title(line) == title or " ".join(line.split()) == " ".join(title.split())
