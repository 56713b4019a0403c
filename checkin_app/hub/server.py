"""`HubServer`: the hub's HTTPS API and live change feed (aiohttp), on its own thread.

Routes (all JSON, under /v1; every route but /v1/pair needs a station credential):

    POST /v1/pair                        pair with the code's proof (hublink/pairing.py)
    GET  /v1/ping                        the hub is there; it knows this station
    POST /v1/scan                        decide one scan for a door
    POST /v1/items                       what a door decided alone (check-ins, undos, payments)
    GET  /v1/events                      events and ticket types (Wix's JSON)
    GET  /v1/events/{id}/tickets         one snapshot page (?after=&limit=)
    GET  /v1/changes                     the change feed (?since=&wait=), held until news
    *    /v1/wix/{path}                  a paired station's other Wix calls, under the hub's
                                         key and request budget (see `forwarder`)

Database work runs on thread pools, never on the event loop: one thread decides scans (in
arrival order: first scan wins), another applies what doors decided alone, two read.
Snapshot pages and feed replies are encoded and compressed once and served to every door
that asks for the same (payloads.py).

A scan the hub cannot decide within `HEARTBEAT_AFTER_S` (the hub is busy, not gone) gets
its reply headers at once and then a space every `HEARTBEAT_S` until the verdict follows
(JSON allows leading white space): the door sees the hub alive and keeps waiting, up to its
own cap, instead of deciding alone after 300 ms of silence (docs/hub.md, "Busy or gone").
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import ssl
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol

from aiohttp import web

from checkin_app.hub.payloads import Encoded, ReplyCache, encode, reply
from checkin_app.services.errors import EventNotFound, ServiceError
from checkin_app.services.hub_pairing import HubPairing, PairedStation, PairingRefused
from checkin_app.services.hub_venue import BadRequest, VenueHub

log = logging.getLogger(__name__)

FEED_POLL_S = 0.1  # how often the feed's end is read to wake long-polls
MAX_WAIT_S = 30.0
CONTACT_FLUSH_S = 5.0
CHANGES_CACHE = 64
PAGES_CACHE = 64  # snapshot pages (~0.2 MB each compressed): 100,000 tickets are 20 pages
PAGES_TTL_S = 30.0  # a door takes the oldest page's feed position, so any cached page is right
HEARTBEAT_AFTER_S = 0.1  # a scan not decided by then: headers now, then heartbeats
HEARTBEAT_S = 0.1
STATION_KEY: web.RequestKey[PairedStation] = web.RequestKey("station", PairedStation)


class Forwarder(Protocol):
    """Sends a paired station's Wix call with the hub's key and budget (wix/forward.py)."""

    def forward(
        self, method: str, path: str, query: str, body: bytes | None
    ) -> tuple[int, dict[str, str], bytes]: ...


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


class HubServer:
    """Serve `venue` and `pairing` on `host:port` with TLS (see the module docstring)."""

    def __init__(
        self, venue: VenueHub, pairing: HubPairing, ssl_context: ssl.SSLContext,
        *, host: str = "0.0.0.0", port: int = 0, forwarder: Forwarder | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> None:  # fmt: skip
        self.venue = venue
        self.pairing = pairing
        self._ssl = ssl_context
        self.host = host
        self.port = port
        self._forwarder = forwarder
        self._on_change = on_change or (lambda: None)
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="hub-decide")
        self._items_writer = ThreadPoolExecutor(1, thread_name_prefix="hub-items")
        self._readers = ThreadPoolExecutor(2, thread_name_prefix="hub-reader")
        self._slow = ThreadPoolExecutor(2, thread_name_prefix="hub-slow")  # pairing, Wix
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._feed_seq = 0
        self._feed_changed: asyncio.Condition | None = None
        self._feed_nudged: asyncio.Event | None = None  # a door's scan or items committed
        self._contacts: dict[str, tuple[str | None, int | None]] = {}
        # Doors mostly wait at the same feed position, and load the same snapshot pages: one
        # read and one encoding answers all of them.
        self._changes_cache = ReplyCache(CHANGES_CACHE, 60.0)
        self.pages = ReplyCache(PAGES_CACHE, PAGES_TTL_S)
        self._making: dict[object, asyncio.Future[Encoded]] = {}
        self._last_seen: dict[str, float] = {}
        self._tasks: list[asyncio.Task[None]] = []
        self.started_at: float | None = None

    # -- life cycle ---------------------------------------------------------------------
    def start(self) -> HubServer:
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._startup())
            except BaseException as exc:  # reported to start()'s caller
                failure.append(exc)
                ready.set()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self._cleanup())
            loop.close()

        self._thread = threading.Thread(target=run, name="hub-server", daemon=True)
        self._thread.start()
        ready.wait(30)
        if failure:
            raise failure[0]
        self.started_at = time.time()
        return self

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join(15)
        self._loop = self._thread = None
        for pool in (self._writer, self._items_writer, self._readers, self._slow):
            pool.shutdown(wait=True, cancel_futures=True)
        self._flush_contacts()

    async def _startup(self) -> None:
        app = web.Application(client_max_size=16 * 1024 * 1024, middlewares=[self._auth])
        app.router.add_post("/v1/pair", self._pair)
        app.router.add_get("/v1/ping", self._ping)
        app.router.add_post("/v1/scan", self._scan)
        app.router.add_post("/v1/items", self._items)
        app.router.add_get("/v1/events", self._events)
        app.router.add_get("/v1/events/{event_id}/tickets", self._tickets)
        app.router.add_get("/v1/changes", self._changes)
        app.router.add_route("*", "/v1/wix/{tail:.*}", self._wix)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, ssl_context=self._ssl)
        await site.start()
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        if sockets:
            self.port = int(sockets[0].getsockname()[1])
        self._feed_changed = asyncio.Condition()
        self._feed_nudged = asyncio.Event()
        self._feed_seq = await self._read(self.venue.store.last_seq)
        self._tasks = [
            asyncio.create_task(self._watch_feed()),
            asyncio.create_task(self._flush_contacts_often()),
        ]

    async def _cleanup(self) -> None:
        for task in self._tasks:
            task.cancel()
        if self._runner is not None:
            await self._runner.cleanup()

    # -- plumbing -----------------------------------------------------------------------
    async def _read(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._readers, fn, *args)

    @web.middleware
    async def _auth(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path == "/v1/pair":
            return await handler(request)
        station = self.pairing.authenticate(request.headers.get("Authorization"))
        if station is None:
            return _error(401, "This station is not paired with the hub (or was revoked).")
        request[STATION_KEY] = station
        queue = request.headers.get("X-Station-Queue")
        self._contacts[station.id] = (
            request.remote,
            int(queue) if queue and queue.isdigit() else None,
        )
        self._last_seen[station.id] = time.time()
        try:
            return await handler(request)
        except BadRequest as exc:
            return _error(400, str(exc))
        except EventNotFound as exc:
            return _error(409, str(exc))
        except ServiceError as exc:
            return _error(409, str(exc))

    async def _json(self, request: web.Request) -> dict[str, Any]:
        try:
            body = await request.json()
        except (ValueError, UnicodeDecodeError):
            raise BadRequest("the body must be JSON") from None
        if not isinstance(body, dict):
            raise BadRequest("the body must be a JSON object")
        return body

    def last_seen(self) -> dict[str, float]:
        """Station id → when it last called (epoch seconds), for the hub's window."""
        return dict(self._last_seen)

    # -- handlers -----------------------------------------------------------------------
    async def _pair(self, request: web.Request) -> web.Response:
        try:
            body = await self._json(request)
        except BadRequest as exc:
            return _error(400, str(exc))
        name, nonce, proof = body.get("station_name"), body.get("nonce"), body.get("proof")
        if not (isinstance(name, str) and isinstance(nonce, str) and isinstance(proof, str)):
            return _error(400, "station_name, nonce and proof are needed")
        loop = asyncio.get_running_loop()
        try:
            reply = await loop.run_in_executor(self._slow, self.pairing.pair, name, nonce, proof)
        except PairingRefused as exc:
            return _error(exc.status, str(exc))
        log.info("A station paired")
        return web.json_response(reply)

    async def _ping(self, request: web.Request) -> web.Response:
        station = request[STATION_KEY]
        return web.json_response(
            {"hub": self.pairing.hub_name, "station_id": station.id, "time": time.time(),
             "hub_id": await self._read(self.venue.hub_id), "seq": self._feed_seq}
        )  # fmt: skip

    async def _scan(self, request: web.Request) -> web.StreamResponse:
        body = await self._json(request)
        station = request[STATION_KEY]
        loop = asyncio.get_running_loop()
        decision = loop.run_in_executor(self._writer, self.venue.decide, station.name, body)
        done, _ = await asyncio.wait({decision}, timeout=HEARTBEAT_AFTER_S)
        if done:
            verdict = decision.result()  # a BadRequest goes to the middleware: 400
            self._changed()
            return web.json_response(verdict)
        # Busy, not gone: say so now, and keep saying it until the verdict is there.
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        try:
            await response.prepare(request)
            while not done:
                await response.write(b" ")
                done, _ = await asyncio.wait({decision}, timeout=HEARTBEAT_S)
        except ConnectionResetError:
            # The door stopped waiting (its cap) and decided alone; this decision stands and
            # meets the door's when it hands that over (same scan id: reconciled, not doubled).
            log.info("A door stopped waiting for a busy hub's verdict")
            await asyncio.wait({decision})
            with contextlib.suppress(ServiceError):
                decision.result()
                self._changed()
            return response
        try:
            answer: dict[str, Any] = decision.result()
            self._changed()
        except ServiceError as exc:  # too late for a status code: the body says it
            answer = {"error": str(exc)}
        with contextlib.suppress(ConnectionResetError):
            await response.write(json.dumps(answer, separators=(",", ":")).encode())
            await response.write_eof()
        return response

    async def _items(self, request: web.Request) -> web.Response:
        body = await self._json(request)
        items = body.get("items")
        if not isinstance(items, list):
            raise BadRequest("'items' must be a list")
        station = request[STATION_KEY]
        answer = await asyncio.get_running_loop().run_in_executor(
            self._items_writer, self.venue.apply_items, station.id, station.name, items
        )
        if answer["results"]:
            self._changed()
        return web.json_response(answer)

    async def _events(self, request: web.Request) -> web.Response:
        events = await self._read(self.venue.events)
        return web.json_response({"events": events, "hub_id": await self._read(self.venue.hub_id)})

    async def _tickets(self, request: web.Request) -> web.Response:
        event_id = request.match_info["event_id"]
        after = _int(request.query.get("after"), 0)
        limit = _int(request.query.get("limit"), 2000)
        encoded = await self._cached(
            self.pages, (event_id, after, limit), self.venue.snapshot, event_id, after, limit
        )
        return reply(request, encoded)

    async def _changes(self, request: web.Request) -> web.Response:
        since = _int(request.query.get("since"), 0)
        wait = min(max(_float(request.query.get("wait"), 0.0), 0.0), MAX_WAIT_S)
        condition = self._feed_changed
        assert condition is not None
        if self._feed_seq <= since and wait > 0:
            async with condition:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(
                        condition.wait_for(lambda: self._feed_seq > since), timeout=wait
                    )
        encoded = await self._cached(
            self._changes_cache, (since, self._feed_seq), self.venue.changes, since
        )
        return reply(request, encoded)

    async def _cached(
        self, cache: ReplyCache, key: object, make: Callable[..., object], *args: Any
    ) -> Encoded:
        """`make(*args)` encoded, from `cache`; doors asking for the same key meanwhile wait
        for the one read under way instead of starting their own."""
        found = cache.get(key)
        if found is not None:
            return found
        waiting = self._making.get((id(cache), key))
        if waiting is not None:
            return await asyncio.shield(waiting)
        future: asyncio.Future[Encoded] = asyncio.get_running_loop().create_future()
        self._making[(id(cache), key)] = future
        try:
            encoded: Encoded = await self._read(lambda: encode(make(*args)))
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: no "never retrieved" warning without waiters
            raise
        finally:
            self._making.pop((id(cache), key), None)
        cache.put(key, encoded)
        future.set_result(encoded)
        return encoded

    async def _wix(self, request: web.Request) -> web.Response:
        if self._forwarder is None:
            return _error(503, "This hub does not forward Wix calls.")
        body = await request.read() if request.can_read_body else None
        tail = "/" + request.match_info["tail"]
        loop = asyncio.get_running_loop()
        status, headers, content = await loop.run_in_executor(
            self._slow, self._forwarder.forward, request.method, tail, request.query_string,
            body,
        )  # fmt: skip
        return web.Response(status=status, body=content, headers=headers)

    def _changed(self) -> None:
        """A door's scan or items were committed (on the loop): the Wix push is nudged, and
        the feed is read now instead of at its next poll (other doors see it sooner)."""
        self._on_change()
        if self._feed_nudged is not None:
            self._feed_nudged.set()

    # -- background tasks ---------------------------------------------------------------
    async def _watch_feed(self) -> None:
        """Wake long-polls when the feed moves: read its end at once after a door's commit,
        else every `FEED_POLL_S` (the hub's own Wix pulls write to it from their thread)."""
        condition, nudged = self._feed_changed, self._feed_nudged
        assert condition is not None and nudged is not None
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(nudged.wait(), FEED_POLL_S)
            nudged.clear()
            try:
                seq = await self._read(self.venue.store.last_seq)
            except Exception:
                log.warning("Cannot read the change feed", exc_info=True)
                continue
            if seq != self._feed_seq:
                async with condition:
                    self._feed_seq = seq
                    condition.notify_all()

    async def _flush_contacts_often(self) -> None:
        while True:
            await asyncio.sleep(CONTACT_FLUSH_S)
            await asyncio.get_running_loop().run_in_executor(
                self._items_writer, self._flush_contacts
            )

    def _flush_contacts(self) -> None:
        contacts, self._contacts = self._contacts, {}
        for station_id, (address, queue) in contacts.items():
            try:
                self.venue.store.touch(station_id, address, queue)
            except Exception:
                log.warning("Cannot record a station's contact", exc_info=True)


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _float(text: str | None, default: float) -> float:
    try:
        return float(text) if text is not None else default
    except ValueError:
        return default
