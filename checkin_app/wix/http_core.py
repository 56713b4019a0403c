"""The HTTP core every Wix call goes through: auth headers, timeouts, rate limit, errors.

Pacing: every request takes a token of the site's adaptive `TokenBucket`; a 429 slows it
down and pauses it (`Retry-After`, or a minute when Wix gives none), a success speeds it up.
A thread that set `patience()` (the sync pass) waits out a 429 or a long pause and sends the
same request again instead of failing; other threads (the organizer panels) fail fast.
A reply larger than `max_reply_bytes` is refused before it fills memory.

Only this module touches httpx. It never lets an httpx exception (whose text or request may
carry the `Authorization` header) escape: failures are re-raised as `WixError`s built from
redacted text, outside the `except` block so not even `__context__` keeps the original.
"""

from __future__ import annotations

import email.utils
import ipaddress
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from checkin_app import __version__
from checkin_app.wix.errors import (
    WixAuthError,
    WixError,
    WixPermissionError,
    WixTransientError,
    build_http_error,
    parse_retry_after,
)
from checkin_app.wix.observability import (
    ClientStats,
    OutcomeKind,
    RequestOutcome,
    StatsRecorder,
)
from checkin_app.wix.ratelimit import Patience, RateLimitWaitTooLong, TokenBucket
from checkin_app.wix.secret import Secret, SecretFormatError, clean_secret

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://www.wixapis.com"
# Bounded by what the door needs, not by what a slow server might take: scans never wait
# for Wix, but a sync pass that waits 20 s per silent request leaves the light green and
# the queue stuck. Wix answers in well under a second; 8 s between bytes (httpx's read
# timeout is per read, so a large reply that keeps flowing is never cut) means "no answer".
DEFAULT_TIMEOUT = httpx.Timeout(connect=4.0, read=8.0, write=8.0, pool=4.0)
DEFAULT_MAX_RATE_WAIT_S = 30.0
USER_AGENT = f"checkin_app/{__version__} (Wix Events door check-in; httpx/{httpx.__version__})"
DEFAULT_MAX_REPLY_BYTES = 8 * 1024 * 1024  # the largest page the client reads is ~1 MB
PATIENT_SLEEP_S = 2.0  # a patient thread sleeps this long at most inside the bucket

ParamValue = str | int | float | bool | None | Sequence[str | int | float | bool]
Params = Mapping[str, ParamValue]


def path_segment(value: object) -> str:
    """Percent-encode one path segment; refuse an empty one (it would hit another endpoint)."""
    text = str(value)
    if not text.strip():
        raise ValueError("an id in a Wix path must not be empty")
    return quote(text, safe="")


def encode_params(params: Params | None) -> list[tuple[str, str]]:
    """Turn params into query pairs; sequences become repeated keys, None is left out."""
    pairs: list[tuple[str, str]] = []
    for key, value in (params or {}).items():
        if value is None:
            continue
        values = value if isinstance(value, list | tuple | set | frozenset) else [value]
        pairs.extend((key, _scalar(v)) for v in values)
    return pairs


def is_loopback_host(host: str) -> bool:
    """127.0.0.0/8, ::1 or localhost: traffic that never leaves this computer."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str, *, pinned_channel: bool = False) -> None:
    """Raise ValueError unless `base_url` is https, or plain http to this computer (or over
    a channel the caller protects itself): the API key must never travel in clear."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"base URL must be https://host[:port], got {base_url!r}")
    if parts.scheme == "http" and not pinned_channel and not is_loopback_host(parts.hostname):
        raise ValueError(
            f"the Wix address {base_url!r} is plain http: the API key would travel "
            "unencrypted; use https:// (plain http is accepted only for 127.0.0.1 or "
            "localhost)"
        )


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class WixHttp:
    """One site's connection to Wix (or to the emulator at `base_url`).

    Thread-safe: httpx's client is, and the limiter and statistics take locks. All requests
    of this object share one `TokenBucket` (pass the same bucket to several clients of one
    site to share it wider). A request that would wait longer than `max_rate_wait_s` for a
    token fails fast with `WixTransientError(code="CLIENT_RATE_LIMITED")` instead.
    """

    def __init__(
        self,
        site_id: str,
        api_key: Secret | str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: httpx.Timeout | None = None,
        rate_limiter: TokenBucket | None = None,
        max_rate_wait_s: float | None = DEFAULT_MAX_RATE_WAIT_S,
        on_request: Callable[[RequestOutcome], None] | None = None,
        user_agent: str = USER_AGENT,
        transport: httpx.BaseTransport | None = None,
        wall_clock: Callable[[], float] = time.time,
        max_reply_bytes: int = DEFAULT_MAX_REPLY_BYTES,
        pinned_channel: bool = False,
    ) -> None:
        """`pinned_channel=True`: the caller protects the link itself (the venue hub's own
        pinned channel), so a plain `http://` address beyond loopback is accepted."""
        if not site_id or not site_id.strip():
            raise ValueError("a Wix site id is needed")
        raw = api_key.reveal() if isinstance(api_key, Secret) else api_key
        if not raw or not raw.strip():
            raise ValueError("an API key is needed")
        try:
            self._key = Secret(clean_secret(raw))
        except SecretFormatError as exc:
            raise ValueError(str(exc)) from None
        check_base_url(base_url, pinned_channel=pinned_channel)
        self.site_id = site_id.strip()
        self.base_url = base_url.rstrip("/")
        self.rate_limiter = rate_limiter or TokenBucket()
        self.max_rate_wait_s = max_rate_wait_s
        self.on_request = on_request
        self.max_reply_bytes = max_reply_bytes
        self._wall = wall_clock
        self._patience = threading.local()
        self._stats = StatsRecorder()
        self._offset_s: float | None = None
        self._date_bounds: tuple[float, float] | None = None
        self._http = httpx.Client(
            base_url=self.base_url,
            timeout=timeout or DEFAULT_TIMEOUT,
            follow_redirects=False,  # a redirect is a captive portal, never Wix
            transport=transport,
            headers={
                "Authorization": self._key.reveal(),
                "wix-site-id": self.site_id,
                "User-Agent": user_agent,
                "Accept": "application/json",
            },
        )

    # -- life cycle ---------------------------------------------------------------------

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> WixHttp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(site_id={self.site_id!r}, base_url={self.base_url!r})"

    # -- observability ------------------------------------------------------------------

    @property
    def last_server_date_offset_s(self) -> float | None:
        """Server clock minus local clock in seconds, from the last Wix `Date` header."""
        return self._offset_s

    @property
    def stats(self) -> ClientStats:
        """Success/failure counts and the last error since this client was made."""
        return self._stats.snapshot()

    @property
    def last_date_bounds(self) -> tuple[float, float] | None:
        """`(low, high)`: the server clock minus the local clock lies in this interval, as
        the last reply's `Date` header proves (1 s resolution, widened by the round trip)."""
        return self._date_bounds

    def local_now(self) -> float:
        """The local wall clock this client times its requests with (epoch seconds)."""
        return self._wall()

    def server_now(self) -> datetime:
        """The current time by the server's clock, as far as we know it."""
        return datetime.fromtimestamp(self._wall() + (self._offset_s or 0.0), UTC)

    # -- patience -----------------------------------------------------------------------

    @contextmanager
    def patience(self, patience: Patience) -> Iterator[Patience]:
        """While inside, this thread's requests wait out 429s within `patience`'s budget."""
        previous = getattr(self._patience, "value", None)
        self._patience.value = patience
        try:
            yield patience
        finally:
            self._patience.value = previous

    # -- the one way out ----------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        params: Params | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Send one request and return the JSON object Wix answered; raise `WixError`.

        With `patience()` set on this thread, a 429 (or a local wait longer than
        `max_rate_wait_s`) is waited out and the same request sent again, while the
        patience lasts; Wix did not act on a throttled request, so sending it again is safe.
        """
        while True:
            try:
                return self._call_once(method, path, params=params, body=body)
            except WixTransientError as exc:
                patience: Patience | None = getattr(self._patience, "value", None)
                if patience is None or not _throttled(exc):
                    raise
                wait_s = max(exc.retry_after or 0.0, self.rate_limiter.wait_time())
                if not patience.wait(wait_s):
                    raise

    def _call_once(
        self,
        method: str,
        path: str,
        *,
        params: Params | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        method = method.upper()
        max_wait = self.max_rate_wait_s
        patience: Patience | None = getattr(self._patience, "value", None)
        if patience is not None and patience.budget_s > 0:
            # Longer waits go through the patience: interruptible, and within its budget.
            max_wait = PATIENT_SLEEP_S if max_wait is None else min(max_wait, PATIENT_SLEEP_S)
        wait_s: float | None = None
        try:
            self.rate_limiter.acquire(max_wait)
        except RateLimitWaitTooLong as exc:
            wait_s = exc.wait_s
        if wait_s is not None:
            raise WixTransientError(
                "too many requests queued for this site; try again shortly",
                code="CLIENT_RATE_LIMITED",
                retry_after=wait_s,
                method=method,
                path=path,
            )

        headers: dict[str, str] = {}
        content: bytes | None = None
        if body is not None:
            content = json.dumps(body, separators=(",", ":")).encode("utf-8")
            headers["Content-Type"] = "application/json"

        started_wall = self._wall()
        started = time.monotonic()
        response: httpx.Response | None = None
        raw = b""
        failure: tuple[str, str] | None = None
        query = tuple(encode_params(params))  # httpx types a list of pairs invariantly
        try:
            with self._http.stream(
                method, path, params=query, content=content, headers=headers
            ) as response:
                raw = _read_capped(response, self.max_reply_bytes)
        except httpx.TimeoutException as exc:
            failure = ("TIMEOUT", _timeout_text(exc, self._http.timeout))
        except (httpx.HTTPError, OSError) as exc:
            failure = ("NETWORK", _network_text(exc))
        except _TooLarge as exc:
            failure = ("REPLY_TOO_LARGE", str(exc))
        except RuntimeError:
            # httpx refuses a closed client with a bare RuntimeError: the key was replaced or
            # the app is closing while a pass still runs. The request never left: try later.
            if not self._http.is_closed:
                raise
            failure = ("CLOSED", "the connection to Wix was closed (new key, or closing)")
        duration = time.monotonic() - started
        ended_wall = self._wall()

        if failure is not None and failure[0] == "REPLY_TOO_LARGE" and response is not None:
            error: WixError = WixTransientError(
                failure[1], status=response.status_code, code=failure[0], method=method, path=path
            )
            self._finish(
                method, path, duration, response.status_code, error, reached=True, offset=None
            )
            raise error
        if failure is not None or response is None:
            code, text = failure or ("NETWORK", "cannot reach Wix")
            error = WixTransientError(self._key.redact(text), code=code, method=method, path=path)
            self._finish(method, path, duration, None, error, reached=False, offset=None)
            raise error

        return self._handle(response, raw, method, path, duration, (started_wall, ended_wall))

    def _handle(
        self,
        response: httpx.Response,
        raw: bytes,
        method: str,
        path: str,
        duration: float,
        local_span: tuple[float, float],
    ) -> dict[str, Any]:
        status = response.status_code
        parsed: object = None
        is_json = False
        if raw.strip():
            try:
                parsed = json.loads(raw)
                is_json = True
            except (ValueError, UnicodeDecodeError):
                is_json = False
        request_id = response.headers.get("x-wix-request-id")
        blank = not raw.strip()
        offset = self._date_offset(response, local_span) if (is_json or blank) else None
        retry_after = None
        if status in (429, 503):
            retry_after = parse_retry_after(
                response.headers.get("Retry-After"), _server_datetime(response)
            )
        if status == 429:
            # Without Retry-After Wix's guidance is to wait a minute: the bucket pauses that
            # long and the error says so, so the queue holds back as long too.
            retry_after = self.rate_limiter.on_throttled(retry_after)

        if 300 <= status < 400 or not (is_json or blank):
            error: WixError = WixTransientError(
                "the reply did not come from Wix (a Wi-Fi login page or a proxy?)",
                status=status,
                code="NOT_WIX_REPLY",
                retry_after=retry_after,
                method=method,
                path=path,
            )
            self._finish(method, path, duration, status, error, reached=False, offset=None)
            raise error

        if 200 <= status < 300:
            if blank:
                parsed = {}
            if not isinstance(parsed, dict):
                error = WixTransientError(
                    "Wix sent a reply that is not a JSON object",
                    status=status,
                    code="BAD_REPLY",
                    method=method,
                    path=path,
                )
                self._finish(method, path, duration, status, error, reached=True, offset=offset)
                raise error
            self.rate_limiter.on_success()
            self._finish(method, path, duration, status, None, reached=True, offset=offset)
            return parsed

        error = build_http_error(
            status,
            _redact_tree(parsed, self._key),
            retry_after=retry_after,
            method=method,
            path=path,
            request_id=request_id,
        )
        self._finish(method, path, duration, status, error, reached=True, offset=offset)
        raise error

    # -- helpers ------------------------------------------------------------------------

    def _date_offset(self, response: httpx.Response, span: tuple[float, float]) -> float | None:
        when = _server_datetime(response)
        if when is None:
            return None
        # `Date` has one-second resolution; +0.5 s centres the truncation error.
        offset = (when + timedelta(seconds=0.5)).timestamp() - (span[0] + span[1]) / 2
        self._offset_s = offset
        # The reply was written between our send and its arrival, in [Date, Date + 1 s).
        self._date_bounds = (when.timestamp() - span[1], when.timestamp() + 1.0 - span[0])
        return offset

    def _finish(
        self,
        method: str,
        path: str,
        duration: float,
        status: int | None,
        error: WixError | None,
        *,
        reached: bool,
        offset: float | None,
    ) -> None:
        outcome = RequestOutcome(
            method=method,
            path=path,
            kind=_kind_of(error),
            status=status,
            duration_s=duration,
            at=self._wall(),
            reached_wix=reached,
            error=str(error) if error else None,
            code=error.code if error else None,
            retry_after=error.retry_after if error else None,
            server_offset_s=offset,
            server_offset_bounds=self._date_bounds if offset is not None else None,
        )
        self._stats.record(outcome)
        if error is None:
            log.debug("%s %s → %s in %.0f ms", method, path, status, duration * 1000)
        else:
            log.info("%s %s failed: %s", method, path, error)
        hook = self.on_request
        if hook is not None:
            try:
                hook(outcome)
            except Exception:  # a broken observer must not break the request
                log.warning("on_request hook raised", exc_info=True)


def _read_capped(response: httpx.Response, limit: int) -> bytes:
    """The reply's body, or `_TooLarge` as soon as it passes `limit` bytes."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _TooLarge(int(declared), limit)
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise _TooLarge(size, limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _server_datetime(response: httpx.Response) -> datetime | None:
    """The reply's `Date` header as an aware datetime (None when missing or unreadable)."""
    value = response.headers.get("Date")
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _timeout_text(exc: httpx.TimeoutException, timeout: httpx.Timeout) -> str:
    """What timed out, in plain words (the message of a no-reply `WixTransientError`)."""
    if isinstance(exc, httpx.ConnectTimeout):
        return f"no connection within {timeout.connect:g} s"
    if isinstance(exc, httpx.ReadTimeout):
        return f"no reply within {timeout.read:g} s; the server accepted the connection"
    if isinstance(exc, httpx.WriteTimeout):
        return f"the request could not be sent within {timeout.write:g} s"
    return f"no free connection within {timeout.pool:g} s"


def _network_text(exc: Exception) -> str:
    """What went wrong on the wire, in plain words (the caller redacts it)."""
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the server closed the connection without answering"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect: {exc}"
    if isinstance(exc, httpx.ReadError):
        return f"the connection broke before the reply came: {exc}"
    return f"{type(exc).__name__}: {exc}"


class _TooLarge(Exception):
    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            f"the reply is larger than {limit // (1024 * 1024)} MB ({size:,} bytes so far): "
            "refused (a broken server or proxy?)"
        )


def _throttled(error: WixTransientError) -> bool:
    """Wix said 429, or the local budget would make the request wait too long."""
    return error.status == 429 or error.code == "CLIENT_RATE_LIMITED"


def _kind_of(error: WixError | None) -> OutcomeKind:
    if error is None:
        return OutcomeKind.OK
    if isinstance(error, WixTransientError):
        return OutcomeKind.TRANSIENT
    if isinstance(error, WixAuthError):
        return OutcomeKind.AUTH
    if isinstance(error, WixPermissionError):
        return OutcomeKind.PERMISSION
    return OutcomeKind.PERMANENT


def _redact_tree(value: object, key: Secret) -> object:
    """Copy a parsed JSON body with the key masked in every string (a server may echo it)."""
    if isinstance(value, str):
        return key.redact(value)
    if isinstance(value, list):
        return [_redact_tree(v, key) for v in value]
    if isinstance(value, dict):
        return {k: _redact_tree(v, key) for k, v in value.items()}
    return value
