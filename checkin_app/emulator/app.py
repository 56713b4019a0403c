"""The emulator's request pipeline, independent of sockets: control, faults, auth, routing."""

from __future__ import annotations

import json
import logging
import time
import uuid
from typing import Any
from urllib.parse import parse_qs, urlsplit

from checkin_app.emulator import seeds
from checkin_app.emulator.api import ROUTE_MODULES, control
from checkin_app.emulator.behaviour import Behaviour
from checkin_app.emulator.clock import Clock
from checkin_app.emulator.errors import ApiError, app_error
from checkin_app.emulator.faults import FaultInjector
from checkin_app.emulator.guesses import guessed_error
from checkin_app.emulator.ratelimit import RateLimiter
from checkin_app.emulator.request_log import RequestLog
from checkin_app.emulator.routing import Request, Response, Router, canonical_path
from checkin_app.emulator.store import Store

logger = logging.getLogger(__name__)

CONTROL_PREFIX = "/_emulator"
DEFAULT_SITE_ID = "5f0c7a52-98a3-4b7d-9c1e-3d2f6b8e4a10"
DEFAULT_API_KEY = "emulator-local-api-key"  # a fake key that only this loopback server knows


def build_router() -> Router:
    router = Router()
    for module in ROUTE_MODULES:
        module.register(router)
    return router


class EmulatorApp:
    """Turns (method, target, headers, body) into a Response, or None to drop the connection."""

    def __init__(
        self,
        *,
        seed: str | int | None = "demo",
        site_id: str = DEFAULT_SITE_ID,
        api_key: str = DEFAULT_API_KEY,
        rate_limit_per_minute: int | None = None,
        random_seed: int = 20260915,
    ) -> None:
        self.site_id = site_id
        self.api_key = api_key
        self.seed = seed
        self.random_seed = random_seed
        self.base_url = "http://127.0.0.1"
        self.clock = Clock()
        self.faults = FaultInjector()
        self.behaviour = Behaviour()
        self.log = RequestLog()
        self.ratelimit = RateLimiter(self.clock, rate_limit_per_minute)
        self.router = build_router()
        self.control_router = Router()
        control.register(self.control_router)
        self.store = self._new_store(seed)

    def _new_store(self, seed: str | int | None) -> Store:
        store = Store(
            self.clock, site_id=self.site_id, random_seed=self.random_seed,
            behaviour=self.behaviour,
        )  # fmt: skip
        seeds.apply(store, seed)
        return store

    def reset(self, seed: str | int | None = None, *, keep_seed: bool = True) -> None:
        """Back to a freshly seeded state: faults off, clock and request log cleared (the
        behaviour switches stay: they describe the Wix being emulated)."""
        if not keep_seed or seed is not None:
            self.seed = seed
        self.clock.reset()
        self.faults.reset()
        self.log.clear()
        self.ratelimit.set_limit(self.ratelimit.per_minute)
        store = self._new_store(self.seed)
        with self.store.lock:
            self.store = store

    # pipeline ---------------------------------------------------------------------------
    def handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> Response | None:
        started = time.perf_counter()
        split = urlsplit(target)
        path = split.path or "/"
        query = parse_qs(split.query, keep_blank_values=True)
        if path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/"):
            # Control calls are neither faulted nor logged: the log is of Wix traffic.
            return self._dispatch(self.control_router, method, path, query, headers, body)
        entry: dict[str, Any] = {
            "method": method,
            "path": path,
            "query": query,
            "time": self.clock.iso_now(),
            "fault": None,
        }
        if path.endswith("/tickets/check-in"):
            entry["ticketNumbers"] = _ticket_numbers(body, query)  # who asked for what
        fault, latency_ms = self.faults.decide(path)
        entry["fault"] = fault
        if latency_ms:
            time.sleep(latency_ms / 1000.0)
        response = self._apply_fault(fault)
        if fault in (None, "drop_reply"):
            response = self._wix(method, path, query, headers, body)
        if fault == "drop_reply":
            # Wix did the work, but the reply is lost on the way back (a lost reply).
            entry["status"] = response.status if response is not None else 0
            response = None
        if response is not None:
            # Wix sends a request id on every reply; the SDK puts it into its errors.
            entry["requestId"] = response.headers.setdefault("X-Wix-Request-Id", uuid.uuid4().hex)
        if fault != "drop_reply":
            entry["status"] = response.status if response is not None else 0
        entry["durationMs"] = round((time.perf_counter() - started) * 1000.0, 3)
        self.log.add(entry)
        reply_latency_ms = self.faults.settings.reply_latency_ms
        if reply_latency_ms and response is not None:
            time.sleep(reply_latency_ms / 1000.0)  # the work is done and logged; the answer waits
        return response

    def _apply_fault(self, fault: str | None) -> Response | None:
        if fault in (None, "offline", "drop", "drop_reply"):
            return None
        settings = self.faults.settings
        if fault == "error":
            status = settings.error_status
            err = guessed_error("INTERNAL", "Injected server error (emulator fault)", status=status)
            return Response(status, err.body())
        err = guessed_error("TOO_MANY_REQUESTS", "Too many requests (emulator fault)")
        if settings.omit_retry_after:
            return Response(429, err.body())
        return Response(429, err.body(), {"Retry-After": str(settings.retry_after_s)})

    def _wix(
        self,
        method: str,
        path: str,
        query: dict[str, list[str]],
        headers: dict[str, str],
        body: bytes,
    ) -> Response:
        try:
            self._authenticate(headers)
        except ApiError as err:
            return Response(err.status, err.body(), err.headers)
        retry = self.ratelimit.check(self.site_id)
        if retry is not None:
            limit = guessed_error("TOO_MANY_REQUESTS", "Rate limit of requests per minute exceeded")
            return Response(429, limit.body(), {"Retry-After": str(retry)})
        return self._dispatch(self.router, method, canonical_path(path), query, headers, body)

    def _authenticate(self, headers: dict[str, str]) -> None:
        key = headers.get("authorization")
        if not key:
            raise app_error(401, "UNAUTHENTICATED", "Missing Authorization header (the API key)")
        if key != self.api_key:
            raise app_error(401, "UNAUTHENTICATED", "Invalid API key")
        site_id = headers.get("wix-site-id")
        if site_id and headers.get("wix-account-id"):
            raise app_error(
                400,
                "INVALID_ARGUMENT",
                "Send either wix-site-id or wix-account-id, not both",
            )
        if not site_id:
            raise app_error(
                403, "PERMISSION_DENIED", "Missing wix-site-id header: Events APIs are site-level"
            )
        if site_id != self.site_id:
            raise app_error(403, "PERMISSION_DENIED", "The API key has no access to this site")

    def _dispatch(
        self,
        router: Router,
        method: str,
        path: str,
        query: dict[str, list[str]],
        headers: dict[str, str],
        body: bytes,
    ) -> Response:
        try:
            parsed = _parse_body(body)
            handler, params = router.match(method, path)
            store = self.store
            request = Request(method, path, query, parsed, headers, self, store, params)
            with store.lock:
                store.begin_request()
                try:
                    result = handler(request)
                finally:
                    store.end_request()
                response = result if isinstance(result, Response) else Response(200, result)
                if not isinstance(response.body, bytes | str):
                    # Serialise under the lock: the body shares dicts with the live state.
                    body_value = response.body if response.body is not None else {}
                    response.body = json.dumps(body_value, separators=(",", ":")).encode()
        except ApiError as err:
            return Response(err.status, err.body(), err.headers)
        except Exception:  # a bug must become a 500 reply, never a dead server thread
            logger.exception("emulator handler failed: %s %s", method, path)
            internal = guessed_error("INTERNAL", "Internal emulator error")
            return Response(500, internal.body())
        return response


def _ticket_numbers(body: bytes, query: dict[str, list[str]]) -> list[str]:
    """The ticket numbers a check-in (body) or undo (query) names, for the request log."""
    if query.get("ticketNumber"):
        return list(query["ticketNumber"])
    try:
        numbers = json.loads(body).get("ticketNumber") if body.strip() else None
    except (ValueError, UnicodeDecodeError, AttributeError):
        return []
    return [n for n in numbers if isinstance(n, str)] if isinstance(numbers, list) else []


def _parse_body(body: bytes) -> Any:
    if not body or not body.strip():
        return None
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise ApiError(
            400,
            "The request body is not valid JSON",
            violations=[
                {
                    "field": "body",
                    "description": "The request body is not valid JSON",
                    "violatedRule": "INVALID_ARGUMENT",
                    "ruleName": "INVALID_ARGUMENT",
                    "data": {},
                }
            ],
        ) from None
