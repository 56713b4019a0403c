"""`checkin-app [--demo] [--camera SPEC] [--event ID] ...`: open the door window."""

from __future__ import annotations

import argparse

from checkin_app.cli import CommandError
from checkin_app.commands._common import add_data_dir, add_event, add_station


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "gui",
        help="open the door window (the default when no command is given)",
        description="Open the door window: scan tickets with the camera or a USB barcode "
        "scanner, search the guest list, and see the sync state.",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="try the app with made-up guests: a local Wix emulator and a temporary station",
    )
    parser.add_argument(
        "--camera",
        metavar="SPEC",
        help="camera number (0), a video file, a folder of images, 'demo', or 'none'",
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="the window's language for this run: en, de, es, fr or he (a locale such as "
        "de_AT also sets how dates and money are written); default: the one chosen in "
        "Settings, else this computer's",
    )
    add_event(parser)
    add_station(parser)
    add_data_dir(parser)
    parser.add_argument(
        "--quit-after", type=float, metavar="SECONDS", help=argparse.SUPPRESS
    )  # closes cleanly after SECONDS (tests, screenshots)
    parser.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)
    parser.add_argument(
        "--sync-interval", type=float, default=15.0, metavar="SECONDS", help=argparse.SUPPRESS
    )
    # `checkin-app -v --demo` becomes `checkin-app gui -v --demo`: accept -v here too.
    parser.add_argument(
        "-v", "--verbose", action="count", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Qt is imported only when the window is wanted: the other commands run without it.
    from checkin_app.ui.app import AppError, GuiOptions, run_gui, show_error

    options = GuiOptions(
        demo=args.demo,
        camera=args.camera,
        event=args.event,
        station=args.station,
        data_dir=args.data_dir,
        quit_after=args.quit_after,
        screenshot=args.screenshot,
        sync_interval=max(1.0, args.sync_interval),
        lang=args.lang,
    )
    try:
        return run_gui(options)
    except AppError as exc:
        show_error(str(exc))
        raise CommandError(str(exc)) from None
