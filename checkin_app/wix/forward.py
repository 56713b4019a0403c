"""`WixForwarder`: the venue hub sends a paired station's Wix call with its own key.

A paired station holds no API key: its Wix client points at the hub (`/v1/wix/...`) with
its station credential, and the hub sends the same request to Wix with the site's key,
through the *same* `TokenBucket` as the hub's own sync — so the venue as a whole never
sends Wix more than that one budget, however many stations there are.
"""

from __future__ import annotations

import json
import logging

import httpx

from checkin_app.wix.http_core import DEFAULT_BASE_URL, USER_AGENT
from checkin_app.wix.ratelimit import RateLimitWaitTooLong, TokenBucket
from checkin_app.wix.secret import Secret

log = logging.getLogger(__name__)

MAX_WAIT_S = 30.0
PASSED_HEADERS = ("Date", "Retry-After", "x-wix-request-id", "Content-Type")


def _reply(status: int, message: str, code: str) -> tuple[int, dict[str, str], bytes]:
    body = {"message": message, "details": {"applicationError": {"code": code,
            "description": message, "data": {}}}}  # fmt: skip
    return status, {"Content-Type": "application/json"}, json.dumps(body).encode()


class WixForwarder:
    """Forward raw Wix requests under one site's key and rate limit (thread-safe)."""

    def __init__(
        self, site_id: str, api_key: Secret, rate_limiter: TokenBucket,
        *, base_url: str = DEFAULT_BASE_URL, timeout_s: float = 20.0,
    ) -> None:  # fmt: skip
        self._key = api_key
        self._limiter = rate_limiter
        self._http = httpx.Client(
            base_url=base_url.rstrip("/"), timeout=timeout_s, follow_redirects=False,
            headers={"Authorization": api_key.reveal(), "wix-site-id": site_id,
                     "User-Agent": USER_AGENT, "Accept": "application/json"},
        )  # fmt: skip
        self.forwarded = 0

    def close(self) -> None:
        self._http.close()

    def forward(
        self, method: str, path: str, query: str, body: bytes | None
    ) -> tuple[int, dict[str, str], bytes]:
        """Send one request; returns (status, headers worth passing on, body)."""
        if not path.startswith("/") or ".." in path.split("/"):
            return _reply(400, "not a Wix API path", "BAD_PATH")
        try:
            self._limiter.acquire(MAX_WAIT_S)
        except RateLimitWaitTooLong as exc:
            status, headers, content = _reply(
                429, "the venue's Wix request budget is in use; try again shortly",
                "HUB_RATE_LIMITED",
            )  # fmt: skip
            headers["Retry-After"] = str(max(1, round(exc.wait_s)))
            return status, headers, content
        url = path + (f"?{query}" if query else "")
        headers = {"Content-Type": "application/json"} if body else {}
        try:
            response = self._http.request(method, url, content=body or None, headers=headers)
        except httpx.TimeoutException:
            return _reply(504, "Wix did not answer the hub in time", "HUB_UPSTREAM_TIMEOUT")
        except (httpx.HTTPError, OSError) as exc:
            return _reply(502, f"the hub cannot reach Wix ({type(exc).__name__})", "HUB_OFFLINE")
        self.forwarded += 1
        if response.status_code == 429:
            retry = response.headers.get("Retry-After", "")
            self._limiter.pause(float(retry) if retry.isdigit() else 1.0)
        passed = {k: response.headers[k] for k in PASSED_HEADERS if k in response.headers}
        content = self._key.redact(response.content.decode("utf-8", "replace")).encode()
        return response.status_code, passed, content
