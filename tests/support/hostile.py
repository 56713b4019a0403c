"""A misbehaving Wix on loopback: a real HTTP server in front of the emulator that passes
every request on and lets a test rewrite chosen replies (a page repeated forever, a total
that lies, a cursor that never moves, a 10 MB body). Wix itself cannot be made to do this."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from checkin_app.emulator.server import EmulatorServer


@dataclass
class Exchange:
    """One request as the hostile server saw it, and the emulator's parsed reply."""

    method: str
    path: str
    query: dict[str, list[str]]
    body: Any
    status: int
    reply: Any


# A rewrite gets the exchange and returns the body to send instead, with status 200 (dict →
# JSON, bytes as they are), or None to pass the emulator's reply on unchanged.
Rewrite = Callable[[Exchange], dict[str, Any] | bytes | None]


@dataclass
class HostileServer:
    url: str
    seen: list[Exchange] = field(default_factory=list)

    def count(self, path: str, method: str | None = None) -> int:
        return sum(1 for e in self.seen if e.path == path and method in (None, e.method))


@contextmanager
def hostile_server(upstream: EmulatorServer, rewrite: Rewrite) -> Iterator[HostileServer]:
    """Serve on a free loopback port until the block ends."""
    client = httpx.Client(base_url=upstream.url, timeout=30)
    lock = threading.Lock()
    state = HostileServer(url="")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output quiet
            return

        def _relay(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            parts = urlsplit(self.path)
            headers = {
                k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")
            }
            reply = client.request(self.command, self.path, content=raw or None, headers=headers)
            try:
                parsed: Any = reply.json()
            except ValueError:
                parsed = None
            exchange = Exchange(
                self.command, parts.path, parse_qs(parts.query),
                json.loads(raw) if raw else None, reply.status_code, parsed,
            )  # fmt: skip
            with lock:
                state.seen.append(exchange)
            replaced = rewrite(exchange)
            body = reply.content if replaced is None else replaced
            if isinstance(body, dict):
                body = json.dumps(body).encode()
            self.send_response(reply.status_code if replaced is None else 200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for name in ("Date", "Retry-After"):
                if name in reply.headers:
                    self.send_header(name, reply.headers[name])
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_DELETE = do_PATCH = _relay

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, name="hostile-wix", daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        client.close()
