"""The hub's server candidates side by side: aiohttp (what the hub uses) and uvicorn +
Starlette, serving the same two routes with the same work behind them, over TLS on loopback.

    pip install -e ".[bench-servers]"     # uvicorn + starlette (measured only, not shipped)
    python benchmarks/hub_server_candidates.py [--scans 400] [--listeners 20] [--rounds 10]

Each server runs in its own process (as the hub does) with the hub's kind of work:

- `POST /v1/scan`: a decision written to SQLite (WAL, synchronous=FULL) on one writer thread
  — the hub's one decision thread — then a JSON reply;
- `GET /v1/changes?since=&wait=`: a long-poll held until the feed passes `since`; the feed's
  end is read at once after each decision (else every 100 ms, the hub's `FEED_POLL_S`), and
  one read answers every waiting door — so the fan-out figure is the server's own work.

Measured from a client process with httpx and a pinned certificate (as the doors do): scan
round trip p50/p95 (one keep-alive connection), one admission → N long-polling doors
(p50/p95 over rounds), the server's CPU time per scan, its RSS after the run, its start-up
time, and each stack's install size (`pip install --target`, bytes on disk). JSON on stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import json
import os
import sqlite3
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

FEED_POLL_S = 0.1
MAX_WAIT_S = 30.0
STACKS = {"aiohttp": ["aiohttp"], "uvicorn+starlette": ["uvicorn", "starlette"]}


# -- the server side (one process per framework) -----------------------------------------
class Venue:
    """The work behind both servers: a decision log and a feed in SQLite, one writer thread."""

    def __init__(self, path: Path) -> None:
        self.writer = ThreadPoolExecutor(1, "decide")
        self.reader = ThreadPoolExecutor(2, "read")
        self._local = threading.local()
        self._path = path
        with self._conn() as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS scans (scan_id TEXT PRIMARY KEY, code TEXT, at REAL)"
            )
            conn.execute("CREATE TABLE IF NOT EXISTS feed (seq INTEGER PRIMARY KEY, code TEXT)")
        self.end = 0
        self._waiting: dict[int, asyncio.Future[list[list[Any]]]] = {}
        self.nudged: asyncio.Event | None = None

    def decided(self) -> None:
        """A decision was committed: wake the feed now (else within `FEED_POLL_S`)."""
        if self.nudged is not None:
            self.nudged.set()

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA synchronous=FULL")
            self._local.conn = conn
        return conn

    def decide(self, scan_id: str, code: str) -> dict[str, Any]:
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE")
        known = conn.execute("SELECT 1 FROM scans WHERE code = ?", (code,)).fetchone()
        conn.execute("INSERT INTO scans VALUES (?,?,?)", (scan_id, code, time.time()))
        conn.execute("INSERT INTO feed (code) VALUES (?)", (code,))
        conn.execute("COMMIT")
        return {"scan_id": scan_id, "verdict": "ALREADY_CHECKED_IN" if known else "ADMITTED"}

    def feed_end(self) -> int:
        row = self._conn().execute("SELECT coalesce(max(seq), 0) FROM feed").fetchone()
        return int(row[0])

    def changes(self, since: int) -> list[list[Any]]:
        rows = self._conn().execute("SELECT seq, code FROM feed WHERE seq > ? LIMIT 500", (since,))
        return [list(r) for r in rows]

    async def watch(self) -> None:
        """Read the feed's end every 100 ms; one read of the news answers everyone waiting."""
        loop = asyncio.get_running_loop()
        self.end = await loop.run_in_executor(self.reader, self.feed_end)
        self.nudged = asyncio.Event()
        while True:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self.nudged.wait(), FEED_POLL_S)
            self.nudged.clear()
            end = await loop.run_in_executor(self.reader, self.feed_end)
            if end != self.end:
                self.end = end
                for since, future in list(self._waiting.items()):
                    if since >= end:
                        continue  # a door that already has everything up to `end`
                    if not future.done():
                        rows = await loop.run_in_executor(self.reader, self.changes, since)
                        future.set_result(rows)
                    self._waiting.pop(since, None)

    async def reply(self, since: int, wait: float) -> dict[str, Any]:
        """The feed after `since` (held up to `wait` s until there is some) and its end."""
        rows = await self.wait_changes(since, wait)
        if wait <= 0:
            end = await asyncio.get_running_loop().run_in_executor(self.reader, self.feed_end)
        else:
            end = int(rows[-1][0]) if rows else since
        return {"changes": rows, "seq": end}

    async def wait_changes(self, since: int, wait: float) -> list[list[Any]]:
        loop = asyncio.get_running_loop()
        if since < self.end or wait <= 0:
            return await loop.run_in_executor(self.reader, self.changes, since)
        future = self._waiting.get(since)
        if future is None or future.done():
            future = self._waiting[since] = loop.create_future()
        with contextlib.suppress(asyncio.TimeoutError):
            return await asyncio.wait_for(asyncio.shield(future), min(wait, MAX_WAIT_S))
        return []


def serve_aiohttp(venue: Venue, port: int, context: ssl.SSLContext) -> None:
    from aiohttp import web

    async def scan(request: web.Request) -> web.Response:
        body = await request.json()
        loop = asyncio.get_running_loop()
        reply = await loop.run_in_executor(venue.writer, venue.decide, body["scan_id"],
                                           body["code"])  # fmt: skip
        venue.decided()
        return web.json_response(reply)

    async def changes(request: web.Request) -> web.Response:
        reply = await venue.reply(int(request.query["since"]), float(request.query.get("wait", 0)))
        return web.json_response(reply)

    async def start(app: web.Application) -> None:
        app["watch"] = asyncio.get_running_loop().create_task(venue.watch())

    app = web.Application()
    app.router.add_post("/v1/scan", scan)
    app.router.add_get("/v1/changes", changes)
    app.on_startup.append(start)
    web.run_app(app, host="127.0.0.1", port=port, ssl_context=context, print=None,
                access_log=None)  # fmt: skip


def serve_starlette(venue: Venue, port: int, cert: Path, key: Path) -> None:
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    async def scan(request: Request) -> JSONResponse:
        body = await request.json()
        loop = asyncio.get_running_loop()
        reply = await loop.run_in_executor(venue.writer, venue.decide, body["scan_id"],
                                           body["code"])  # fmt: skip
        venue.decided()
        return JSONResponse(reply)

    async def changes(request: Request) -> JSONResponse:
        query = request.query_params
        reply = await venue.reply(int(query["since"]), float(query.get("wait", 0)))
        return JSONResponse(reply)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette):  # type: ignore[no-untyped-def]
        task = asyncio.get_running_loop().create_task(venue.watch())
        yield
        task.cancel()

    app = Starlette(
        routes=[Route("/v1/scan", scan, methods=["POST"]), Route("/v1/changes", changes)],
        lifespan=lifespan,
    )
    # The default loop and HTTP parser of a plain `pip install uvicorn` (asyncio + h11): no
    # uvloop/httptools, which need a compiler on some door laptops' platforms.
    uvicorn.run(app, host="127.0.0.1", port=port, ssl_certfile=str(cert), ssl_keyfile=str(key),
                log_level="warning", access_log=False)  # fmt: skip


def serve(framework: str, port: int, folder: Path) -> None:
    venue = Venue(folder / "venue.sqlite3")
    cert, key = folder / "cert.pem", folder / "key.pem"
    if framework == "aiohttp":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(cert, key)
        serve_aiohttp(venue, port, context)
    else:
        serve_starlette(venue, port, cert, key)


# -- the measuring side --------------------------------------------------------------------
def make_certificate(folder: Path) -> bytes:
    """A self-signed EC P-256 certificate like the hub's (services/hub_pairing.py)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "bench hub")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    pem = cert.public_bytes(serialization.Encoding.PEM)
    (folder / "cert.pem").write_bytes(pem)
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return pem


def pct(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 1)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def measure(
    framework: str, args: argparse.Namespace, root: Path, cert_pem: bytes, run: int
) -> dict:
    import httpx
    import psutil

    folder = root / f"{framework.replace('+', '-')}-{run}"
    folder.mkdir()
    for name in ("cert.pem", "key.pem"):
        (folder / name).write_bytes((root / name).read_bytes())
    port = free_port()
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, __file__, "serve", framework, str(port), str(folder)],
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    context = ssl.create_default_context(cadata=cert_pem.decode())
    context.check_hostname = False  # pinned certificate, as the doors do (hublink/tls.py)
    base = f"https://127.0.0.1:{port}"
    try:
        door = httpx.Client(verify=context, timeout=10)
        deadline = time.monotonic() + 60
        while True:
            try:
                door.get(f"{base}/v1/changes?since=0")
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(f"{framework} did not start") from None
                time.sleep(0.05)
        startup_s = time.perf_counter() - started
        server = psutil.Process(process.pid)
        cpu_before = sum(server.cpu_times()[:2])
        times = []
        for i in range(args.scans):
            body = {"scan_id": str(uuid.uuid4()), "code": f"T{i % 60:04d}"}
            t0 = time.perf_counter()
            reply = door.post(f"{base}/v1/scan", json=body)
            times.append((time.perf_counter() - t0) * 1000)
            reply.raise_for_status()
        cpu_per_scan = (sum(server.cpu_times()[:2]) - cpu_before) / args.scans * 1000
        fanout = fan_out(base, context, door, args)
        rss = server.memory_info().rss / 1e6
        door.close()
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
    return {
        "scan_p50_ms": pct(times, 0.5), "scan_p95_ms": pct(times, 0.95),
        "server_cpu_ms_per_scan": round(cpu_per_scan, 2),
        "fanout_p50_ms": pct(fanout, 0.5), "fanout_p95_ms": pct(fanout, 0.95),
        "fanout_max_ms": round(max(fanout), 1), "rss_mb": round(rss, 1),
        "startup_s": round(startup_s, 2),
    }  # fmt: skip


def fan_out(base: str, context: ssl.SSLContext, door: Any, args: argparse.Namespace) -> list:
    """`rounds` times: N doors hold a long-poll, one admission; ms until each door has it."""
    import httpx

    listeners = [httpx.Client(verify=context, timeout=40) for _ in range(args.listeners)]
    arrived: list[float] = []
    try:
        for _ in range(args.rounds):
            seq = int(door.get(f"{base}/v1/changes?since=0&wait=0").json()["seq"])
            times: list[float] = []
            missed: list[int] = []

            def hold(client: httpx.Client, seq: int = seq, times: list[float] = times,
                     missed: list[int] = missed) -> None:  # fmt: skip
                reply = client.get(f"{base}/v1/changes?since={seq}&wait=20").json()
                # list.append is atomic: no lock needed between these threads
                (times.append(time.perf_counter()) if reply["changes"] else missed.append(1))

            threads = [threading.Thread(target=hold, args=(c,)) for c in listeners]
            for thread in threads:
                thread.start()
            time.sleep(0.5)  # every door is waiting
            sent = time.perf_counter()
            door.post(f"{base}/v1/scan", json={"scan_id": str(uuid.uuid4()), "code": "FAN"})
            for thread in threads:
                thread.join(30)
            if missed or len(times) != len(listeners):
                raise RuntimeError(f"{len(missed)} doors were answered without the admission")
            arrived.extend((t - sent) * 1000 for t in times)
    finally:
        for client in listeners:
            client.close()
    return arrived


def install_size(packages: list[str], root: Path) -> dict[str, float]:
    """Bytes on disk of `pip install --target` (the stack and every dependency it pulls)."""
    target = root / ("site-" + "-".join(packages))
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-compile", "--target", str(target),
         *packages], capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    if done.returncode != 0:
        return {"error": 1.0}
    files = [f for f in target.rglob("*") if f.is_file()]
    dists = {p.name.split("-")[0] for p in target.glob("*.dist-info")}
    return {"mb": round(sum(f.stat().st_size for f in files) / 1e6, 1),
            "distributions": float(len(dists))}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scans", type=int, default=400)
    parser.add_argument("--listeners", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=2, help="runs per server, alternating")
    parser.add_argument("--no-install-size", action="store_true")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="hub-servers-"))
    cert_pem = make_certificate(root)
    runs: dict[str, list[dict]] = {name: [] for name in STACKS}
    for run in range(args.repeat):  # alternate, so machine load hits both alike
        for name in STACKS:
            runs[name].append(measure(name, args, root, cert_pem, run))
    result: dict[str, Any] = {"load_average": os.getloadavg(), "cpus": os.cpu_count(),
                              "scans": args.scans, "listeners": args.listeners,
                              "rounds": args.rounds, "runs": runs}  # fmt: skip
    if not args.no_install_size:
        result["install"] = {name: install_size(pkgs, root) for name, pkgs in STACKS.items()}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "serve":
        serve(sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]))
    else:
        main()
