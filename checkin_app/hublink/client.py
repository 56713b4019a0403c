"""`HubClient`: the station's HTTPS calls to the hub, over TLS pinned to the hub's certificate.

Every call carries `Authorization: Bearer <station id>:<token>`. Failures are `HubError`s
with plain text (never the token): `HubUnavailable` (no answer in time), `HubUnauthorized`
(401: never paired here or revoked), `HubError` (anything else).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any

import httpx

from checkin_app.hublink.errors import HubError, HubUnauthorized, HubUnavailable
from checkin_app.hublink.protocol import API_PREFIX, SCAN_TIMEOUT_S
from checkin_app.hublink.secrets import SecretText
from checkin_app.hublink.tls import pinned_client_context

log = logging.getLogger(__name__)

CALL_TIMEOUT_S = 20.0
QUIET_AFTER_FAILURE_S = 3.0  # after a scan the hub missed, decide alone this long
# A hub that answers "busy" (headers, then heartbeats) is waited for this long in all; a
# silent one only `SCAN_TIMEOUT_S` (hub/server.py sends the heartbeats).
BUSY_CAP_S = 3.0
MAX_VERDICT_BYTES = 64 * 1024
MAX_REPLY_BYTES = 256 * 1024 * 1024


class HubClient:
    """One paired station's connection to its hub (thread-safe)."""

    def __init__(
        self, url: str, cert_pem: bytes, station_id: str, token: SecretText,
        *, scan_timeout_s: float = SCAN_TIMEOUT_S,
    ) -> None:  # fmt: skip
        self.url = url.rstrip("/")
        self.station_id = station_id
        self._scan_timeout_s = scan_timeout_s
        context = pinned_client_context(cert_pem)
        self._token = token
        headers = {
            "Authorization": self.authorization().reveal(),
            "Accept": "application/json",
        }
        # Scans get their own warm connection, so a long-poll or a snapshot never delays one.
        self._scans = httpx.Client(
            base_url=self.url, verify=context, headers=headers, timeout=scan_timeout_s
        )
        self._calls = httpx.Client(
            base_url=self.url, verify=context, headers=headers, timeout=CALL_TIMEOUT_S,
            limits=httpx.Limits(max_connections=4, max_keepalive_connections=4),
        )  # fmt: skip
        self._lock = threading.Lock()
        self._quiet_until = 0.0
        self.last_contact: float | None = None  # epoch seconds of the last answer
        self.queue_hint = 0  # this station's waiting items, shown in the hub's window
        self.requests = 0

    def authorization(self) -> SecretText:
        """The `Authorization` header value of this station's calls."""
        return SecretText(f"Bearer {self.station_id}:{self._token.reveal()}")

    def close(self) -> None:
        self._scans.close()
        self._calls.close()

    @property
    def closed(self) -> bool:
        """Closed: the door left this hub (or is shutting down); no call can be made."""
        return self._calls.is_closed

    def __repr__(self) -> str:
        return f"HubClient(url={self.url!r}, station_id={self.station_id!r})"

    # -- calls --------------------------------------------------------------------------
    def decide(self, scan: dict[str, Any]) -> dict[str, Any]:
        """The hub's verdict for one scan. `HubUnavailable` when the hub is silent for the
        scan timeout (gone, hung, or the network), or busy beyond `BUSY_CAP_S`."""
        with self._lock:
            if time.monotonic() < self._quiet_until:
                raise HubUnavailable("the hub missed a recent scan; deciding here")
        try:
            return self._decide(scan)
        except HubUnavailable:
            with self._lock:
                self._quiet_until = time.monotonic() + QUIET_AFTER_FAILURE_S
            raise

    def _decide(self, scan: dict[str, Any]) -> dict[str, Any]:
        """POST /scan, reading the reply as it streams: every read must come within the
        scan timeout (a busy hub sends a heartbeat space every 100 ms), all of it within
        `BUSY_CAP_S`."""
        content = json.dumps(scan, separators=(",", ":")).encode()
        headers = {"X-Station-Queue": str(self.queue_hint), "Content-Type": "application/json"}
        self.requests += 1
        deadline = time.monotonic() + BUSY_CAP_S
        body = bytearray()
        try:
            with self._scans.stream(
                "POST", API_PREFIX + "/scan", content=content, headers=headers
            ) as response:
                for chunk in response.iter_bytes():
                    body += chunk
                    if time.monotonic() > deadline or len(body) > MAX_VERDICT_BYTES:
                        raise HubUnavailable("the hub is busy beyond the door's wait")
                status = response.status_code
        except httpx.TimeoutException:
            raise HubUnavailable("the hub did not answer in time") from None
        except (httpx.HTTPError, OSError) as exc:
            raise HubUnavailable(f"cannot reach the hub ({type(exc).__name__})") from None
        return self._reply(status, bytes(body))

    def ping(self, timeout_s: float = 2.0) -> dict[str, Any]:
        return self._send(self._calls, "GET", "/ping", timeout=timeout_s)

    def push_items(self, items: list[dict[str, Any]], queue: int) -> dict[str, Any]:
        """Hand items over; the answer's `results` (one per item, by key), and the hub's
        `hub_id` and Wix-clock floor `wix_after` from before it applied them."""
        reply = self._send(self._calls, "POST", "/items", body={"items": items, "queue": queue})
        results = reply.get("results")
        if not isinstance(results, list):
            raise HubError("The hub's answer to queued check-ins has no results.")
        return {**reply, "results": [r for r in results if isinstance(r, dict)]}

    def events(self) -> list[dict[str, Any]]:
        reply = self._send(self._calls, "GET", "/events")
        events = reply.get("events")
        return [e for e in events if isinstance(e, dict)] if isinstance(events, list) else []

    def tickets_page(self, event_id: str, after: int, limit: int) -> dict[str, Any]:
        return self._send(
            self._calls, "GET", f"/events/{event_id}/tickets",
            params={"after": after, "limit": limit},
        )  # fmt: skip

    def changes(self, since: int, wait_s: float) -> dict[str, Any]:
        """Ticket changes after `since`; the hub holds the call up to `wait_s` for news."""
        return self._send(
            self._calls, "GET", "/changes", params={"since": since, "wait": wait_s},
            timeout=wait_s + 10.0,
        )  # fmt: skip

    # -- internals ----------------------------------------------------------------------
    def _send(
        self, http: httpx.Client, method: str, path: str, *, body: object = None,
        params: dict[str, Any] | None = None, timeout: float | None = None,
    ) -> dict[str, Any]:  # fmt: skip
        content = None if body is None else json.dumps(body, separators=(",", ":")).encode()
        headers = {"X-Station-Queue": str(self.queue_hint)}
        if content is not None:
            headers["Content-Type"] = "application/json"
        self.requests += 1
        extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
        try:
            response = http.request(
                method, API_PREFIX + path, content=content, params=params, headers=headers,
                **extra,
            )  # fmt: skip
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            raise HubUnavailable(f"cannot reach the hub ({type(exc).__name__})") from None
        except httpx.TimeoutException:
            raise HubUnavailable("the hub did not answer in time", maybe_received=True) from None
        except (httpx.HTTPError, OSError) as exc:
            raise HubUnavailable(
                f"the hub stopped answering ({type(exc).__name__})", maybe_received=True
            ) from None
        return self._reply(response.status_code, response.content)

    def _reply(self, status: int, content: bytes) -> dict[str, Any]:
        if status == 401:
            raise HubUnauthorized(
                "The hub does not accept this station (never paired with it, or revoked): "
                "pair again with a new code."
            )
        if len(content) > MAX_REPLY_BYTES:
            raise HubError("The hub's answer is too large.")
        try:
            reply = json.loads(content)
        except ValueError:
            reply = None
        if status in (502, 503, 504):
            raise HubUnavailable(f"the hub is busy ({status})")
        if status != 200 or not isinstance(reply, dict) or "error" in reply:
            message = reply.get("error") if isinstance(reply, dict) else None
            raise HubError(message if isinstance(message, str) else f"The hub answered {status}.")
        self.last_contact = time.time()
        with self._lock:
            self._quiet_until = 0.0
        return reply
