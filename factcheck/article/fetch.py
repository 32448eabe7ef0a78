"""Fetching an article URL with httpx, translated into FetchError at this one boundary.

An editor who pastes a URL needs one line saying what went wrong (no network,
refused, 404, a PDF) rather than an httpx traceback, and a batch run must not
hang on one slow server or swallow a huge download: the timeout bounds the
whole fetch, and the body is streamed and cut at `max_bytes`.
"""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import httpx

from factcheck.article.source import Raw, describe_size, too_large
from factcheck.errors import FetchError

#: media types an article may be served as
TEXT_TYPES = frozenset(
    {"text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown"}
)
_HEADERS = {
    "User-Agent": "factcheck/0.1 (news fact-checker)",
    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9",
}
_DNS_WORDS = (
    "name or service not known",
    "temporary failure in name resolution",
    "nodename nor servname",
    "no address associated",
    "getaddrinfo failed",
)


def fetch_url(
    url: str, *, max_bytes: int, timeout: float, transport: httpx.BaseTransport | None = None
) -> Raw:
    """GET `url` following redirects; the body must be text and at most `max_bytes`.

    `transport` lets tests stand in for the network with a plain function.
    """
    try:
        host = urlsplit(url).hostname
    except ValueError as exc:
        raise FetchError(f"{url}: not a valid URL ({exc})") from None
    if not host:
        raise FetchError(f"{url}: not a valid URL (no host name)")
    deadline = time.monotonic() + timeout
    try:
        with httpx.Client(
            follow_redirects=True, timeout=timeout, headers=_HEADERS, transport=transport
        ) as client:
            with client.stream("GET", url) as response:
                _check_response(url, response, max_bytes)
                data = _read_capped(url, response, max_bytes, deadline, timeout)
                return Raw(
                    data,
                    url,
                    media_type=_media_type(response),
                    charset=response.charset_encoding,
                    url=str(response.url),
                )
    except httpx.TimeoutException:
        raise FetchError(f"{url}: timed out after {timeout:g} s") from None
    except httpx.ConnectError as exc:
        raise FetchError(_connect_message(url, exc)) from None
    except httpx.TooManyRedirects:
        raise FetchError(f"{url}: too many redirects") from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        raise FetchError(f"{url}: not a URL we can fetch ({_one_line(exc)})") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{url}: the download failed ({_one_line(exc) or type(exc).__name__})") from None


def _check_response(url: str, response: httpx.Response, max_bytes: int) -> None:
    if response.is_error:
        raise FetchError(f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
    media_type = _media_type(response)
    if media_type is not None and media_type not in TEXT_TYPES:
        raise FetchError(f"{url}: served as {media_type}, not an HTML or text article")
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_large(url, int(declared), max_bytes)


def _read_capped(
    url: str, response: httpx.Response, max_bytes: int, deadline: float, timeout: float
) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise too_large(url, None, max_bytes)
        if time.monotonic() > deadline:
            raise FetchError(
                f"{url}: timed out after {timeout:g} s ({describe_size(size)} received)"
            )
        chunks.append(chunk)
    return b"".join(chunks)


def _media_type(response: httpx.Response) -> str | None:
    value = response.headers.get("Content-Type", "")
    return value.split(";", 1)[0].strip().lower() or None


def _connect_message(url: str, exc: httpx.ConnectError) -> str:
    parts = urlsplit(url)
    host = parts.hostname or url
    reason = _one_line(exc)
    if any(word in reason.lower() for word in _DNS_WORDS):
        return f"{url}: could not resolve host {host} (offline, or no such domain)"
    where = f"{host}:{parts.port}" if parts.port else host
    return f"{url}: could not connect to {where} ({reason or 'connection failed'})"


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())
