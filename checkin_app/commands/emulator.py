"""`checkin-app emulator`: serve the Wix-compatible emulator on loopback until Ctrl+C."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from types import FrameType


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "emulator",
        help="run a Wix-compatible server on loopback (demo data, fault injection)",
        description=(
            "Serve the Wix Events REST endpoints the app uses, on this machine only. "
            "Control endpoints live under /_emulator/ (faults, clock, request log, reset)."
        ),
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)"
    )
    parser.add_argument(
        "--seed", default="demo", help="'demo', a number N (one event with N tickets) or 'empty'"
    )
    parser.add_argument("--latency-ms", type=int, default=0, help="added latency per request")
    parser.add_argument("--error-rate", type=float, default=0.0, help="share of 5xx replies (0-1)")
    parser.add_argument(
        "--rate-limit-rate",
        type=float,
        default=0.0,
        help="share of 429 replies with Retry-After (0-1)",
    )
    parser.add_argument(
        "--retry-after", type=int, default=1, help="Retry-After seconds on injected 429s"
    )
    parser.add_argument(
        "--drop-rate", type=float, default=0.0, help="share of connections dropped (0-1)"
    )
    parser.add_argument(
        "--drop-reply-rate", type=float, default=0.0,
        help="share of requests handled but whose reply is lost (0-1)",
    )  # fmt: skip
    parser.add_argument("--offline", action="store_true", help="close every Wix request unanswered")
    parser.add_argument(
        "--repeat-check-in", choices=("keep", "overwrite"), default="keep",
        help="what a repeated check-in does to checkIn.created (Wix does not document it; "
        "default keep)",
    )  # fmt: skip
    parser.add_argument(
        "--undo-check-in", choices=("remove", "cancel-date"), default="remove",
        help="what undoing a check-in leaves: no checkIn, or checkIn with "
        "checkInCanceledDate (Wix does not document it; default remove)",
    )  # fmt: skip
    parser.add_argument(
        "--rate-limit-per-minute",
        type=int,
        default=0,
        help="enforce N requests/minute per site like Wix (200); 0 = off (default)",
    )
    parser.add_argument("--site-id", default=None, help="site id clients must send in wix-site-id")
    parser.add_argument(
        "--api-key", default=None, help="API key clients must send in Authorization"
    )
    parser.add_argument(
        "--guest-rows", choices=("ticket-holders", "buyers-only"), default="ticket-holders",
        help="Event Guests rows: a ticket holder per ticket plus the buyer (default), or the "
        "buyers only (Wix does not promise one ticket-holder row per ticket)",
    )  # fmt: skip
    parser.set_defaults(handler=run)


def _check_rate(name: str, value: float) -> None:
    from checkin_app.cli import CommandError

    if not 0.0 <= value <= 1.0:
        raise CommandError(f"--{name} must be between 0 and 1, got {value}")


_OPTION_NAMES = {
    "perMinute": "--rate-limit-per-minute", "latencyMs": "--latency-ms",
    "retryAfterS": "--retry-after", "seed": "--seed",
}  # fmt: skip


def _option_message(message: str) -> str:
    """The emulator's message about a value, naming the command-line option instead."""
    name, sep, rest = message.partition(" ")
    return f"{_OPTION_NAMES[name]} {rest}" if sep and name in _OPTION_NAMES else message


def run(args: argparse.Namespace) -> int:
    from checkin_app.cli import CommandError
    from checkin_app.emulator.server import EmulatorServer

    for name in ("error-rate", "rate-limit-rate", "drop-rate", "drop-reply-rate"):
        _check_rate(name, getattr(args, name.replace("-", "_")))
    if not 0 <= args.port <= 65535:
        raise CommandError(f"--port must be from 0 to 65535, got {args.port}")
    started = time.perf_counter()
    try:
        server = EmulatorServer(
            host=args.host,
            port=args.port,
            seed=args.seed,
            site_id=args.site_id,
            api_key=args.api_key,
            rate_limit_per_minute=args.rate_limit_per_minute or None,
            repeat_check_in=args.repeat_check_in,
            undo_check_in=args.undo_check_in,
            guest_rows=args.guest_rows,
        )
        server.set_faults(
            latency_ms=args.latency_ms,
            error_rate=args.error_rate,
            rate_limit_rate=args.rate_limit_rate,
            retry_after_s=args.retry_after,
            drop_rate=args.drop_rate,
            offline=args.offline,
            drop_reply_rate=args.drop_reply_rate,
        )
    except ValueError as exc:  # a value out of range: say which option, what is allowed
        raise CommandError(_option_message(str(exc))) from None
    seeded = time.perf_counter() - started
    try:
        server.start()
    except OSError as exc:
        raise CommandError(
            f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}"
        ) from None
    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    # Ctrl+C and SIGTERM both stop cleanly; SIGINT is set explicitly because a process
    # started in the background by a shell inherits SIGINT as ignored.
    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    store = server.state
    print(f"Wix emulator listening on {server.url}")
    print(f"  site id : {server.site_id}")
    print(f"  API key : {server.api_key}   (a local fake key for this emulator only)")
    print(
        f"  seed    : {args.seed} — {len(store.events)} events, {len(store.tickets)} tickets"
        f" (seeded in {seeded:.2f} s)"
    )
    undo = "adds checkInCanceledDate" if args.undo_check_in == "cancel-date" else "removes checkIn"
    print(f"  choices : a repeated check-in {args.repeat_check_in}s the first time; undo {undo};")
    print(f"            guest rows: {args.guest_rows}")
    print(f"  control : {server.url}/_emulator  (faults, behaviour, clock, requests, reset)")
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"  warning : listening on {args.host}, not loopback: other machines can reach it; "
            "from there /_emulator needs the API key in the Authorization header",
            file=sys.stderr,
        )
    print("Press Ctrl+C to stop.", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        server.stop()
        print("Emulator stopped.", file=sys.stderr)
    return 0
