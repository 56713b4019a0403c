"""`EmulatorServer`: the emulator on a loopback port, on a background thread (Python API)."""

from __future__ import annotations

import contextlib
import socket
import threading
from http.server import ThreadingHTTPServer
from typing import Any

from checkin_app.emulator import control_values
from checkin_app.emulator.app import DEFAULT_API_KEY, DEFAULT_SITE_ID, EmulatorApp
from checkin_app.emulator.http_handler import WixRequestHandler
from checkin_app.emulator.store import Store


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], app: EmulatorApp) -> None:
        self.app = app
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        if ":" in address[0]:
            self.address_family = socket.AF_INET6  # e.g. --host ::1
        super().__init__(address, WixRequestHandler)

    def track(self, connection: socket.socket) -> None:
        with self._connections_lock:
            self._connections.add(connection)

    def untrack(self, connection: socket.socket) -> None:
        with self._connections_lock:
            self._connections.discard(connection)

    def close_connections(self) -> None:
        """Close open keep-alive connections so clients see the server go away."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class EmulatorServer:
    """A Wix-compatible server on loopback.

    >>> srv = EmulatorServer(seed="demo").start()   # or seed=20000
    >>> srv.url, srv.site_id, srv.api_key
    >>> srv.stop()

    Also a context manager. `seed` is "demo", an integer N (one event with N tickets) or
    None (empty). The API key is a local fake that only this server accepts.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: str | int | None = "demo",
        *,
        site_id: str | None = None,
        api_key: str | None = None,
        rate_limit_per_minute: int | None = None,
        repeat_check_in: str = "keep",
        undo_check_in: str = "remove",
        guest_rows: str = "ticket-holders",
    ) -> None:
        self.host = host
        self._requested_port = port
        self.app = EmulatorApp(
            seed=control_values.seed(seed),  # ValueError: out of range or unknown
            site_id=site_id or DEFAULT_SITE_ID,
            api_key=api_key or DEFAULT_API_KEY,
            rate_limit_per_minute=control_values.rate_limit(rate_limit_per_minute),
        )
        self.set_behaviour(
            repeat_check_in=repeat_check_in, undo_check_in=undo_check_in, guest_rows=guest_rows
        )
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # lifecycle -------------------------------------------------------------------------
    def start(self) -> EmulatorServer:
        """Bind and serve on a background thread; returns self."""
        if self._httpd is not None:
            return self
        self._httpd = _HTTPServer((self.host, self._requested_port), self.app)
        self.app.base_url = self.url
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"wix-emulator:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve on the calling thread until `stop()` (used by the CLI)."""
        if self._httpd is None:
            self._httpd = _HTTPServer((self.host, self._requested_port), self.app)
            self.app.base_url = self.url
        self._httpd.serve_forever(poll_interval=0.05)

    def stop(self) -> None:
        """Stop serving, close open connections and release the port."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.close_connections()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # what clients need -----------------------------------------------------------------
    @property
    def port(self) -> int:
        if self._httpd is None:
            return self._requested_port
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def site_id(self) -> str:
        return self.app.site_id

    @property
    def api_key(self) -> str:
        return self.app.api_key

    @property
    def headers(self) -> dict[str, str]:
        """The auth headers a Wix client sends (`Authorization` + `wix-site-id`)."""
        return {"Authorization": self.api_key, "wix-site-id": self.site_id}

    # control (also over HTTP under /_emulator) -----------------------------------------
    def set_faults(
        self,
        latency_ms: int = 0,
        error_rate: float = 0.0,
        rate_limit_rate: float = 0.0,
        retry_after_s: int = 1,
        drop_rate: float = 0.0,
        offline: bool = False,
        *,
        error_status: int = 503,
        error_next: int = 0,
        rate_limit_next: int = 0,
        drop_next: int = 0,
        drop_reply_rate: float = 0.0,
        drop_reply_next: int = 0,
        only_path: str = "",
        omit_retry_after: bool = False,
        reply_latency_ms: int = 0,
    ) -> None:
        """Replace all fault settings (unnamed ones go back to 'no fault')."""
        self.app.faults.reset()
        self.app.faults.update(
            latency_ms=latency_ms,
            error_rate=error_rate,
            rate_limit_rate=rate_limit_rate,
            retry_after_s=retry_after_s,
            drop_rate=drop_rate,
            offline=offline,
            error_status=error_status,
            error_next=error_next,
            rate_limit_next=rate_limit_next,
            drop_next=drop_next,
            drop_reply_rate=drop_reply_rate,
            drop_reply_next=drop_reply_next,
            only_path=only_path,
            omit_retry_after=omit_retry_after,
            reply_latency_ms=reply_latency_ms,
        )

    def set_behaviour(
        self, *, repeat_check_in: str | None = None, undo_check_in: str | None = None,
        guest_rows: str | None = None,
    ) -> dict[str, str]:  # fmt: skip
        """Choose what Wix does where it documents nothing (checkin_app/emulator/behaviour.py):
        `repeat_check_in` "keep" | "overwrite", `undo_check_in` "remove" | "cancel-date",
        `guest_rows` "ticket-holders" | "buyers-only". Unnamed settings stay; ValueError for
        a value that is not a choice."""
        changes = {
            name: value
            for name, value in (
                ("repeat_check_in", repeat_check_in), ("undo_check_in", undo_check_in),
                ("guest_rows", guest_rows),
            )
            if value is not None
        }  # fmt: skip
        with self.app.store.lock:
            self.app.behaviour.update(**changes)
        return self.app.behaviour.to_json()

    @property
    def behaviour(self) -> dict[str, str]:
        """The current switches: `{"repeatCheckIn", "undoCheckIn", "guestRows"}`."""
        return self.app.behaviour.to_json()

    def set_rate_limit(self, per_minute: int | None, *, window_s: float | None = None) -> None:
        """Enforce N requests per minute for the site (429 + Retry-After); None turns it off.
        `window_s` (tests): N requests per that many seconds instead of per minute.
        ValueError for a negative or absurd N."""
        self.app.ratelimit.set_limit(control_values.rate_limit(per_minute), window_s)

    @property
    def requests(self) -> list[dict[str, Any]]:
        """The logged requests: method, path, query, status, time, durationMs, fault, seq."""
        return self.app.log.entries()

    def clear_requests(self) -> None:
        self.app.log.clear()

    @property
    def state(self) -> Store:
        """The in-memory store (events, definitions, tickets, orders, guests, ...)."""
        return self.app.store

    def advance_clock(self, seconds: float) -> None:
        """Move the emulator's clock forward (expires reservations, starts events)."""
        self.app.clock.advance(seconds)

    def reset(self, seed: str | int | None = None) -> None:
        """Re-seed (the same seed unless one is given); faults, log and clock cleared."""
        self.app.reset(seed)

    def mark_order_paid(self, order_number: str) -> dict[str, Any]:
        """Simulate the guest paying an INITIATED (card) order on their phone."""
        from checkin_app.emulator.api.orders import pay_order

        store = self.app.store
        with store.lock:
            return pay_order(store, order_number)
