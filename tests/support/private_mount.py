"""Run a scenario in a private mount namespace: a tiny tmpfs to fill up, a read-only bind
mount of one file — real file systems, gone when the process ends (nothing to clean up).

As root `unshare --mount`; otherwise `unshare --user --map-root-user --mount` (unprivileged
user namespaces). Where neither works the caller is told why, to skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def unshare_command() -> list[str] | str:
    """The `unshare` prefix that gives this user a private mount namespace, or why not."""
    tool = shutil.which("unshare")
    if tool is None:
        return "util-linux `unshare` is not installed"
    prefix = [tool, "--mount"] if os.geteuid() == 0 else [tool, "--user", "--map-root-user",
                                                            "--mount"]  # fmt: skip
    probe = subprocess.run([*prefix, "true"], capture_output=True, text=True, timeout=30)
    if probe.returncode != 0:
        return f"no private mount namespace here: {probe.stderr.strip()}"
    return prefix


def run_python(code: str, *, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `code` with this interpreter inside a private mount namespace."""
    prefix = unshare_command()
    if isinstance(prefix, str):
        raise RuntimeError(prefix)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [*prefix, sys.executable, "-c", code],
        capture_output=True, text=True, timeout=timeout, env=env, stdin=subprocess.DEVNULL,
    )  # fmt: skip
