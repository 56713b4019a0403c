"""The `checkin-app` command line: one entry point over the same services as the GUI."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from checkin_app import __version__

log = logging.getLogger(__name__)

# Each module in checkin_app/commands/ adds one or more subcommands with `register(sub)`;
# the handler it sets (`handler=run`) returns the exit status.
COMMAND_MODULES: tuple[str, ...] = (
    "checkin",
    "search",
    "undo",
    "status",
    "sync",
    "events",
    "emulator",
    "scan",
    "stats",
    "export",
    "doctor",
    "hub",
    "pair",
    "repair",
    "forget",
    "gui",
)


class CommandError(Exception):
    """A failure to report as one plain line on stderr, with no traceback."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="checkin-app",
        description="Door check-in for Wix Events. With no command, opens the door window.",
    )
    parser.add_argument("--version", action="version", version=f"checkin-app {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"checkin_app.commands.{name}")
        except Exception as exc:  # a broken library must not take every command down
            log.warning("The %s command is unavailable: %s", name, exc)
            _register_unavailable(sub, name, exc)
            continue
        module.register(sub)
    return parser


def _register_unavailable(sub: argparse._SubParsersAction, name: str, exc: Exception) -> None:
    reason = f"{type(exc).__name__}: {exc}"

    def run(_args: argparse.Namespace) -> int:
        raise CommandError(f"the {name} command cannot start here ({reason}); run "
                           "`checkin-app doctor` to see what is missing")  # fmt: skip

    parser = sub.add_parser(name, help=f"(unavailable: {reason})", add_help=False)
    parser.set_defaults(handler=run, accepts_any_arguments=True)


def _subcommand_names(parser: argparse.ArgumentParser) -> list[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:  # answered before any command module (OpenCV, Qt) is loaded
        print(f"checkin-app {__version__}")
        return 0
    parser = build_parser()
    commands = set(_subcommand_names(parser))
    first_word = next((a for a in argv if not a.startswith("-")), None)
    wants_help = any(a in ("-h", "--help", "--version") for a in argv)
    if first_word not in commands and not wants_help and "gui" in commands:
        argv = ["gui", *argv]  # `checkin-app [--demo] [--camera SPEC] ...` opens the window
    args, extras = parser.parse_known_args(argv)
    if extras and not getattr(args, "accepts_any_arguments", False):
        parser.error(f"unrecognized arguments: {' '.join(extras)}")
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    from checkin_app.commands.terminal import guarded_output
    from checkin_app.domain.text import one_line

    # Guest names and server messages reach the terminal through many paths: clean them all.
    with guarded_output():
        logging.basicConfig(
            level=logging.WARNING - 10 * min(args.verbose, 2),
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
        try:
            return int(handler(args) or 0)
        except CommandError as exc:
            print(f"checkin-app: {one_line(str(exc))}", file=sys.stderr)
            return exc.exit_code
        except KeyboardInterrupt:
            return 130
