"""Articles from URLs, against a real HTTP server on 127.0.0.1 (and a plain-function transport for DNS)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from factcheck.article.fetch import fetch_url
from factcheck.article.load import load_article
from factcheck.errors import FetchError, InputError, SourceTooLarge

ARTICLE = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>BTC reclaims $71,000</title>
<meta property="article:published_time" content="2026-02-09T01:17:00Z">
<link rel="canonical" href="/news/btc-71k"></head>
<body><nav>Home Markets</nav><article><p>Bitcoin rose 5% to $71,000.</p></article></body></html>
"""
KOREAN = "<html><body><p>비트코인이 7만1천 달러를 회복했다.</p></body></html>".encode("euc-kr")
CHUNK = b"<p>" + b"Bitcoin rose 5%. " * 4096 + b"</p>\n"


class _Handler(BaseHTTPRequestHandler):
    server: _ArticleServer

    def do_GET(self) -> None:
        route = getattr(self, "_" + self.path.strip("/").replace("-", "_"), None)
        if route is None:
            self._send(404, "text/html", b"<p>not found</p>")
        else:
            route()

    def _article(self) -> None:
        self._send(200, "text/html; charset=utf-8", ARTICLE)

    def _moved(self) -> None:
        self.send_response(302)
        self.send_header("Location", "/article")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _plain(self) -> None:
        self._send(200, "text/plain", b"Bitcoin fell 3%.\n")

    def _korean(self) -> None:
        self._send(200, "text/html; charset=EUC-KR", KOREAN)

    def _binary(self) -> None:
        self._send(200, "application/octet-stream", b"\x00\x01\x02" * 100)

    def _pdf(self) -> None:
        self._send(200, "application/pdf", b"%PDF-1.7")

    def _error(self) -> None:
        self._send(500, "text/html", b"<p>boom</p>")

    def _declared_huge(self) -> None:
        self._send(200, "text/html", b"<p>x</p>", length=50_000_000)

    def _endless(self) -> None:
        """A body with no length that goes on far beyond any cap, until the client hangs up."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(2_000):  # ~140 MB at most
                self.wfile.write(CHUNK)
                self.server.sent_chunks += 1
        except OSError:
            pass

    def _slow(self) -> None:
        self.server.stop.wait(10)  # answers only after the test is over
        self._send(200, "text/html", ARTICLE)

    def _send(self, status: int, content_type: str, body: bytes, length: int | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body) if length is None else length))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


class _ArticleServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.stop = threading.Event()
        self.sent_chunks = 0

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients hanging up on purpose is what these tests do

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture(scope="module")
def server() -> Iterator[_ArticleServer]:
    running = _ArticleServer()
    thread = threading.Thread(target=running.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield running
    finally:
        running.stop.set()
        running.shutdown()
        running.server_close()
        thread.join(5)


def _one_line_naming(exc: InputError, url: str) -> str:
    message = str(exc)
    assert "\n" not in message and url in message, message
    return message


def test_html_article(server: _ArticleServer) -> None:
    url = f"{server.base}/article"
    article = load_article(url)
    assert article.source == url
    assert article.title == "BTC reclaims $71,000"
    assert article.text == "BTC reclaims $71,000\n\nBitcoin rose 5% to $71,000."
    assert article.published_at == datetime(2026, 2, 9, 1, 17, tzinfo=UTC)
    assert article.url == f"{server.base}/news/btc-71k"  # relative canonical resolved


def test_redirect_is_followed(server: _ArticleServer) -> None:
    article = load_article(f"{server.base}/moved")
    assert article.title == "BTC reclaims $71,000"


def test_plain_text_url(server: _ArticleServer) -> None:
    article = load_article(f"{server.base}/plain")
    assert article.text == "Bitcoin fell 3%."
    assert article.url == f"{server.base}/plain"


def test_http_charset_header(server: _ArticleServer) -> None:
    assert load_article(f"{server.base}/korean").text == "비트코인이 7만1천 달러를 회복했다."


@pytest.mark.parametrize(("path", "status"), [("missing", "HTTP 404"), ("error", "HTTP 500")])
def test_http_error_status(server: _ArticleServer, path: str, status: str) -> None:
    url = f"{server.base}/{path}"
    with pytest.raises(FetchError) as caught:
        load_article(url)
    assert status in _one_line_naming(caught.value, url)


@pytest.mark.parametrize(("path", "media_type"), [("binary", "application/octet-stream"), ("pdf", "application/pdf")])
def test_not_text(server: _ArticleServer, path: str, media_type: str) -> None:
    url = f"{server.base}/{path}"
    with pytest.raises(FetchError) as caught:
        load_article(url)
    assert media_type in _one_line_naming(caught.value, url)


def test_oversize_stream_is_cut_at_the_cap(server: _ArticleServer) -> None:
    url = f"{server.base}/endless"
    started = time.monotonic()
    with pytest.raises(SourceTooLarge) as caught:
        load_article(url, max_bytes=200_000)
    message = _one_line_naming(caught.value, url)
    assert "200.0 kB" in message
    assert time.monotonic() - started < 5
    assert server.sent_chunks < 200  # the client stopped reading; the server did not send 140 MB


def test_declared_oversize_is_refused_before_reading(server: _ArticleServer) -> None:
    url = f"{server.base}/declared-huge"
    with pytest.raises(SourceTooLarge) as caught:
        load_article(url, max_bytes=1_000_000)
    assert "50.0 MB" in _one_line_naming(caught.value, url)


def test_slow_server_times_out(server: _ArticleServer) -> None:
    url = f"{server.base}/slow"
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        load_article(url, timeout=0.3)
    assert time.monotonic() - started < 3
    assert "timed out after 0.3 s" in _one_line_naming(caught.value, url)


def test_closed_port() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article"  # nothing listens there any more
    with pytest.raises(FetchError) as caught:
        load_article(url, timeout=2)
    assert f"could not connect to 127.0.0.1:{port}" in _one_line_naming(caught.value, url)


def test_dns_failure_is_said_plainly() -> None:
    def no_dns(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)

    url = "https://news.example.invalid/a"
    with pytest.raises(FetchError) as caught:
        fetch_url(url, max_bytes=1_000, timeout=1, transport=httpx.MockTransport(no_dns))
    assert "could not resolve host news.example.invalid" in _one_line_naming(caught.value, url)


@pytest.mark.parametrize(("url", "reason"), [("http://", "no host"), ("ftp://example.com/a.txt", "only http")])
def test_not_a_fetchable_url(url: str, reason: str) -> None:
    with pytest.raises(FetchError) as caught:
        load_article(url)
    assert reason in _one_line_naming(caught.value, url)
