"""Reading an article's raw bytes from a file, stdin or a URL, within a size cap.

The cap protects a batch run from a mistaken multi-gigabyte input, so it is
enforced before reading (file size) or while reading (stdin, network stream),
never after the whole thing is in memory.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import FetchError, SourceNotFound, SourceTooLarge

#: media types by file extension; anything else is sniffed from the content
_BY_SUFFIX = {
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "application/xhtml+xml",
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
}


@dataclass(frozen=True)
class Raw:
    """An article's bytes and what the place they came from says about them."""

    data: bytes
    label: str
    media_type: str | None = None
    charset: str | None = None
    url: str | None = None


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def label_of(source: str) -> str:
    """How error messages name a source."""
    return "stdin" if source == "-" else source


def read_source(source: str, *, max_bytes: int, timeout: float) -> Raw:
    """Read a path, '-' (stdin) or an http(s) URL into bytes."""
    if source == "-":
        return read_stdin(max_bytes=max_bytes)
    if is_url(source):
        from factcheck.article.fetch import fetch_url  # httpx only when a URL is read

        return fetch_url(source, max_bytes=max_bytes, timeout=timeout)
    if re.match(r"^[a-z][a-z0-9+.-]*://", source, re.IGNORECASE):
        raise FetchError(f"{source}: only http:// and https:// URLs can be fetched")
    return read_file(source, max_bytes=max_bytes)


def read_file(source: str, *, max_bytes: int) -> Raw:
    path = Path(source).expanduser()
    try:
        if path.is_dir():
            raise SourceNotFound(f"{source}: is a directory, not an article file")
        size = path.stat().st_size
    except FileNotFoundError:
        raise SourceNotFound(f"{source}: no such file") from None
    except OSError as exc:
        raise SourceNotFound(f"{source}: cannot be read ({exc.strerror or exc})") from None
    if size > max_bytes:
        raise too_large(source, size, max_bytes)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # a file that grew, or a pipe posing as one
    except OSError as exc:
        raise SourceNotFound(f"{source}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise too_large(source, None, max_bytes)
    return Raw(data, source, media_type=_BY_SUFFIX.get(path.suffix.lower()))


def read_stdin(*, max_bytes: int) -> Raw:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large("stdin", None, max_bytes)
    return Raw(data, "stdin")


def too_large(label: str, size: int | None, max_bytes: int) -> SourceTooLarge:
    """The error for an oversize source; `size` None means 'more than the limit' (streamed)."""
    limit = describe_size(max_bytes, exact=False)
    if size is None:
        return SourceTooLarge(f"{label}: larger than the {limit} limit; stopped reading there")
    return SourceTooLarge(f"{label}: {describe_size(size)} is over the {limit} limit")


def describe_size(size: int, *, exact: bool = True) -> str:
    """'5.0 MB (5,000,000 bytes)': readable, and exact when the exact figure helps."""
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= factor:
            short = f"{size / factor:.1f} {unit}"
            return f"{short} ({size:,} bytes)" if exact else short
    return f"{size:,} bytes"
