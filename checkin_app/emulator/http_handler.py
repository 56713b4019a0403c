"""The socket side: an HTTP/1.1 keep-alive request handler over `EmulatorApp`.

Whatever arrives — a malformed request line, an HTTP version from the future, a body that
lies about its length, a handler that fails — the answer is Wix's JSON error envelope
(`{"message", "details": {"applicationError": ...}}`), never the standard library's HTML
error page and never a silently dropped connection (only the `offline`/`drop` faults do
that, on purpose).

Control endpoints (`/_emulator`, which hands out the API key) answer a caller on another
machine only when it sends the API key in `Authorization`; from this machine (loopback)
they stay open, as tests and the demo expect. The stand-in payment page is the exception:
a phone opens it by its URL, and it only marks that one order paid.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import logging
import re
import socket
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any

from checkin_app.emulator.errors import app_error

if TYPE_CHECKING:
    from checkin_app.emulator.server import _HTTPServer

logger = logging.getLogger(__name__)

MAX_BODY = 16 * 1024 * 1024
MAX_JSON_DEPTH = 100  # what protobuf's JSON parser (behind Wix's APIs) allows by default
_JSON_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]')
CONTROL_PREFIX = "/_emulator"
_PAY_PAGE = re.compile(r"^/_emulator/orders/[^/]+/pay/?$")
# gRPC-style codes in Wix's envelope for what the HTTP layer itself refuses.
_CODES = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 408: "DEADLINE_EXCEEDED",
          413: "PAYLOAD_TOO_LARGE", 414: "URI_TOO_LONG", 431: "HEADERS_TOO_LARGE",
          500: "INTERNAL", 501: "UNIMPLEMENTED", 505: "HTTP_VERSION_NOT_SUPPORTED"}  # fmt: skip


class BadBody(Exception):
    """A request body that cannot be read as sent (status and message for the reply)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def error_body(status: int, message: str) -> dict[str, Any]:
    """Wix's error envelope for a refusal of the HTTP layer."""
    code = _CODES.get(status)
    if code is None:
        try:
            code = HTTPStatus(status).name
        except ValueError:
            code = "UNKNOWN"
    return app_error(status, code, message).body()


def json_too_deep(body: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Does `body` nest arrays/objects deeper than `limit`? (Brackets inside strings do not
    count.) Checked before parsing: deep nesting costs recursion in the parser and in every
    handler that walks the value, and a thousand levels used to end in a 500."""
    if body.count(b"[") + body.count(b"{") <= limit:
        return False
    depth = 0
    for token in _JSON_TOKEN.finditer(body):
        char = token.group()[:1]
        if char in (b"[", b"{"):
            depth += 1
            if depth > limit:
                return True
        elif char in (b"]", b"}"):
            depth = max(0, depth - 1)
    return False


def is_loopback(address: str) -> bool:
    """True for 127.0.0.0/8, ::1 and IPv4-mapped loopback; False for anything else."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    mapped = getattr(ip, "ipv4_mapped", None)
    return bool(ip.is_loopback or (mapped is not None and mapped.is_loopback))


class WixRequestHandler(BaseHTTPRequestHandler):
    """Reads one request at a time from a connection and writes the app's reply."""

    protocol_version = "HTTP/1.1"  # keep-alive: every reply carries Content-Length
    server_version = "WixEmulator/1.0"
    timeout = 120  # idle keep-alive connections are closed after this
    server: _HTTPServer
    # Set by BaseHTTPRequestHandler at run time; typeshed does not declare them.
    raw_requestline: bytes
    _headers_buffer: list[bytes]

    def setup(self) -> None:
        super().setup()
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.untrack(self.connection)

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PATCH(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def do_HEAD(self) -> None:  # answered like any method Wix does not serve: 404/405 JSON
        self._handle()

    def do_OPTIONS(self) -> None:
        self._handle()

    # -- malformed requests get JSON too ---------------------------------------------------
    def parse_request(self) -> bool:
        self.requestline = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
        words = self.requestline.split()
        if len(words) == 2:  # HTTP/0.9: no headers, no status line; refuse it in HTTP/1.0
            self.request_version = "HTTP/1.0"
            # As BaseHTTPRequestHandler.parse_request does: no method was read (typeshed: str).
            self.command = None  # type: ignore[assignment]
            self.close_connection = True
            self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED, "HTTP/0.9 is not supported")
            return False
        return super().parse_request()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The standard library's error replies (bad request line, unsupported method, URI
        or headers too long, ...) in Wix's JSON envelope instead of an HTML page."""
        if getattr(self, "request_version", "HTTP/0.9") == "HTTP/0.9":
            self.request_version = "HTTP/1.0"  # so the status line and headers are sent
        phrase = self.responses.get(code, ("Error", ""))[0]
        text = message or phrase
        if explain and explain not in text:
            text = f"{text}: {explain}"
        self.log_error("code %d, message %s", code, text)
        self.close_connection = True
        self._write(int(code), error_body(int(code), text), {"Connection": "close"})

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The `Date` header on the emulator's clock, so `advance_clock` moves it too (on
        Wix, `Date` and the check-in stamps come from one clock)."""
        if timestamp is None:
            timestamp = self.server.app.clock.now().timestamp()
        return super().date_time_string(timestamp)

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s " + format, self.address_string(), *args)

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            return self._read_chunked()
        length_text = self.headers.get("Content-Length")
        if not length_text:
            return b""
        try:
            length = int(length_text.strip())
        except ValueError:
            raise BadBody(400, f"Content-Length is not a number: {length_text[:40]!r}") from None
        if length < 0:
            raise BadBody(400, "Content-Length must not be negative")
        if length > MAX_BODY:
            raise BadBody(413, f"The request body is larger than {MAX_BODY // 2**20} MB")
        return self.rfile.read(length)

    def _read_chunked(self) -> bytes:
        parts: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024)
            try:
                size = int(line.split(b";")[0].strip() or b"0", 16)
            except ValueError:
                raise BadBody(400, "The chunked request body is malformed") from None
            if size < 0:
                raise BadBody(400, "The chunked request body is malformed")
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(parts)
            total += size
            if total > MAX_BODY:
                raise BadBody(413, f"The request body is larger than {MAX_BODY // 2**20} MB")
            parts.append(self.rfile.read(size))
            self.rfile.readline(1024)

    def control_allowed(self, path: str, headers: dict[str, str]) -> bool:
        """May this caller use the control endpoint at `path`? (See the module docstring.)"""
        if not (path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/")):
            return True
        if is_loopback(str(self.client_address[0])) or _PAY_PAGE.match(path):
            return True
        return headers.get("authorization") == self.server.app.api_key

    def _handle(self) -> None:
        try:
            body = self._read_body()
        except BadBody as exc:
            self.close_connection = True  # the rest of the stream cannot be trusted
            self._write(exc.status, error_body(exc.status, str(exc)), {"Connection": "close"})
            return
        headers = {k.lower(): v for k, v in self.headers.items()}
        path = self.path.split("?", 1)[0]
        if not self.control_allowed(path, headers):
            message = (
                "The emulator's control endpoints need the API key (Authorization header) "
                "when called from another machine"
            )
            self._write(401, error_body(401, message), {})
            return
        if json_too_deep(body):
            message = f"The request body nests JSON deeper than {MAX_JSON_DEPTH} levels"
            self._write(400, error_body(400, message), {})
            return
        try:
            response = self.server.app.handle(self.command, self.path, headers, body)
        except Exception:  # a bug must become a 500 reply, never a dropped connection
            logger.exception("emulator request failed: %s %s", self.command, path)
            self._write(500, error_body(500, "Internal emulator error"), {})
            return
        if response is None:
            # Dropped connection / offline: close the socket without a reply.
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._write(response.status, response.body, response.headers, response.content_type)

    def _write(
        self,
        status: int,
        body: Any,
        headers: dict[str, str],
        content_type: str = "application/json",
    ) -> None:
        if isinstance(body, bytes):
            payload = body
        elif isinstance(body, str):
            payload = body.encode()
        else:
            payload = json.dumps(body, separators=(",", ":")).encode()
        try:
            self.send_response(status)  # also sends Date and Server
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            for name, value in headers.items():
                self.send_header(name, value)
            if self.command == "HEAD":
                payload = b""
            # Headers and body in one send: two small writes meet Nagle + delayed ACK
            # and cost ~40 ms per reply on keep-alive connections.
            self._headers_buffer.append(b"\r\n" + payload)
            self.flush_headers()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
