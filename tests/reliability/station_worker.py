"""A door station as a process of its own: runs `checkin-app` commands, maybe on a signal.

    python -m tests.reliability.station_worker COMMANDS_JSON [START_FILE]

COMMANDS_JSON is a JSON list of argv lists for `checkin-app`. The worker imports the app,
prints `ready`, waits (at most a minute) until START_FILE exists — so that several stations
can be released together — then runs the commands one after the other and prints one JSON
line per command: `{"argv", "code", "out", "err", "started"}` (`started`: wall clock).
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import time
from pathlib import Path

from checkin_app.cli import main

START_TIMEOUT_S = 60.0


def run(argv: list[str]) -> dict[str, object]:
    out, err = io.StringIO(), io.StringIO()
    started = time.time()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse errors
            code = exc.code if isinstance(exc.code, int) else 1
    return {"argv": argv, "code": code, "out": out.getvalue(), "err": err.getvalue(),
            "started": started}  # fmt: skip


def wait_for(start_file: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while not start_file.exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"no start signal within {START_TIMEOUT_S:.0f} s")
        time.sleep(0.001)


if __name__ == "__main__":
    commands = json.loads(sys.argv[1])
    print("ready", flush=True)
    if len(sys.argv) > 2:
        wait_for(Path(sys.argv[2]))
    for command in commands:
        print(json.dumps(run(command)), flush=True)
