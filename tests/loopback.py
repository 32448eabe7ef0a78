"""A JSON-over-HTTP server on 127.0.0.1 for tests, that misbehaves on request.

A subclass says what a normal answer is (`answer(path, query)`); this base
logs every request, plays canned faults on the next requests to a path (429
with Retry-After, 5xx bursts, slow answers, broken JSON, any body, the normal
answer altered), can refuse everything from some point on (a geo-block), and
stops by itself after `lifetime` seconds so a forgotten server cannot outlive
the run.

    with SomeServer() as server:
        server.fail_next(2, path="/fng/")
        ...
        assert server.paths() == ["/fng/"] * 3

A subclass speaking one exchange's dialect sets `default_path` (the endpoint
faults and queries aim at when no path is given), `rate_limit_body`,
`server_error_bodies` and `content_type` to that exchange's own.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

SERVER_ERROR_BODIES: dict[int, bytes] = {
    500: b'{"error":"internal error"}',
    502: b"<html><body><h1>502 Bad Gateway</h1></body></html>",
    503: b"<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>",
    504: b"<html><body><h1>504 Gateway Time-out</h1></body></html>",
}


@dataclass(frozen=True)
class Fault:
    """One canned reaction to the next request on `path`.

    `status=None` answers normally, after `delay`, with the payload passed
    through `change` when the answer is a 200 (a row with high below low...).
    """

    path: str
    status: int | None = None
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    change: Callable[[Any], Any] | None = None


class LoopbackServer:
    """Serves `answer()` on a free port of 127.0.0.1 from a daemon thread; a context manager."""

    name = "loopback"
    default_path: str | None = None
    """Where faults and queries aim when no path is given (None: a path must be given)."""
    rate_limit_body = b""
    server_error_bodies: Mapping[int, bytes] = SERVER_ERROR_BODIES
    content_type = "application/json; charset=utf-8"

    def __init__(self, *, lifetime: float = 60.0) -> None:
        self.requests: list[str] = []
        """Every request received, as path?query, in order."""
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._refusal: Fault | None = None
        self._stopping = threading.Event()
        self._stopped = False
        self._httpd = _Server(("127.0.0.1", 0), _Handler, self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name=self.name, daemon=True
        )
        self._timer = threading.Timer(lifetime, self.stop)
        self._timer.daemon = True

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> Self:
        self._thread.start()
        self._timer.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def stop(self) -> None:
        """Stops serving, drops any deliberately slow answer, frees the port; safe to call twice."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
        self._timer.cancel()
        self._stopping.set()
        if self._thread.is_alive():
            self._httpd.shutdown()
        self._httpd.server_close()

    # --- what a test asserts on -------------------------------------------------

    def paths(self) -> list[str]:
        """The paths requested, without query strings."""
        with self._lock:
            return [urlsplit(r).path for r in self.requests]

    def queries(self, path: str | None = None) -> list[dict[str, str]]:
        """The query parameters of every request on `path` (default: `default_path`), in order."""
        where = self._path(path)
        with self._lock:
            hits = [urlsplit(r) for r in self.requests]
        return [{k: v[-1] for k, v in parse_qs(h.query).items()} for h in hits if h.path == where]

    # --- faults ------------------------------------------------------------------

    def script(self, n: int, fault: Fault) -> None:
        """Reacts to the next `n` requests on `fault.path` this way, then answers normally again."""
        with self._lock:
            self._faults.extend([fault] * n)

    def rate_limit_next(
        self,
        n: int,
        path: str | None = None,
        *,
        retry_after: str | float | None = "1",
        status: int = 429,
        body: bytes | None = None,
    ) -> None:
        """429 (or 418), with a Retry-After header (seconds) unless None, and `rate_limit_body` unless `body`."""
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        shown = self.rate_limit_body if body is None else body
        self.script(n, Fault(self._path(path), status, shown, headers))

    def fail_next(self, n: int, path: str | None = None, *, statuses: Iterable[int] = (500, 502, 503)) -> None:
        """A burst of `n` server errors, cycling through `statuses`."""
        where, cycle = self._path(path), list(statuses)
        with self._lock:
            for i in range(n):
                status = cycle[i % len(cycle)]
                self._faults.append(Fault(where, status, self.server_error_bodies.get(status, b"")))

    def delay_next(self, n: int, seconds: float, path: str | None = None) -> None:
        """Answers the next `n` requests correctly, but only after `seconds` (to trip a client's timeout)."""
        self.script(n, Fault(self._path(path), delay=seconds))

    def send_next(self, n: int, path: str | None, body: bytes, *, status: int = 200) -> None:
        """Answers the next `n` requests with this exact body (broken JSON, an error payload...)."""
        self.script(n, Fault(self._path(path), status, body))

    def change_next(self, n: int, change: Callable[[Any], Any], path: str | None = None) -> None:
        """Answers the next `n` requests normally, the payload passed through `change` first."""
        self.script(n, Fault(self._path(path), change=change))

    def refuse_all(self, status: int, body: bytes = b"", headers: Mapping[str, str] | None = None) -> None:
        """Answers every request from now on with `status` and `body`, as an exchange geo-blocking us does."""
        with self._lock:
            self._refusal = Fault("/", status, body, dict(headers or {}))

    def _path(self, path: str | None) -> str:
        where = path if path is not None else self.default_path
        if where is None:
            raise TypeError(f"{type(self).__name__} has no default path: say which path")
        return where

    # --- serving -----------------------------------------------------------------

    def answer(self, path: str, query: Mapping[str, str]) -> tuple[int, object]:
        """The normal answer to a request: status and a JSON-able payload."""
        return 404, {"error": f"unknown path {path}"}

    def _next_fault(self, path: str) -> Fault | None:
        with self._lock:
            if self._refusal is not None:
                return self._refusal
            for i, fault in enumerate(self._faults):
                if fault.path == path:
                    return self._faults.pop(i)
        return None

    def _log(self, raw_path: str) -> None:
        with self._lock:
            self.requests.append(raw_path)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], owner: LoopbackServer
    ) -> None:
        self.owner = owner
        super().__init__(address, handler)

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (timed out) while we were still answering is expected, not an error."""


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 10  # an idle connection must not pin a thread

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the request log is `LoopbackServer.requests`."""

    def do_GET(self) -> None:
        owner = self.server.owner
        owner._log(self.path)
        split = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(split.query).items()}
        fault = owner._next_fault(split.path)
        if fault is not None and fault.delay and owner._stopping.wait(fault.delay):
            return  # the server is stopping: drop the slow answer
        if fault is not None and fault.status is not None:
            self._send(fault.status, fault.body, fault.headers)
            return
        status, payload = owner.answer(split.path, query)
        if fault is not None and fault.change is not None and status == 200:
            payload = fault.change(payload)
        self._send(status, json.dumps(payload, separators=(",", ":")).encode())

    def _send(self, status: int, body: bytes, headers: Mapping[str, str] | None = None) -> None:
        self.send_response(status)
        content_type = "text/html" if body.startswith(b"<") else self.server.owner.content_type
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
