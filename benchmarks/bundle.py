"""Packaging figures: build time, bundle size, cold and warm start of the bundled app.

    python benchmarks/bundle.py                  # build from scratch into a temp folder
    python benchmarks/bundle.py --dist dist      # measure an existing build (make package)

"Cold" runs evict the bundle's files from the page cache first (posix_fadvise DONTNEED on
every file, after a sync), so they are read from disk as on a first start after boot; the
system's own libraries (libc, X11) stay cached, as they are on a running desktop. The time
to the door window is measured under Xvfb (needs Xvfb and xwininfo): from starting
`checkin-app --demo` to its window being mapped. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The door window by its class (ASCII, unlike its title): 0x200007 "...": ("checkin-app" ...)
DOOR_WINDOW = re.compile(r'^\s*(0x[0-9a-f]+) ".*": \("checkin-app" "checkin-app"\)  \d{3,}x', re.M)


def build(base: Path) -> tuple[Path, dict[str, object]]:
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(base / "pyinstaller-config")}
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            f"--dist={base / 'dist'}",
            f"--work={base / 'build' / 'pyinstaller'}",
            "--archive",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    report["wall_s"] = round(time.monotonic() - started, 1)
    return Path(str(report["executable"])), report


def folder_figures(folder: Path) -> dict[str, object]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    internal = folder / "_internal"
    parts: dict[str, int] = {}
    for path in files:
        rel = path.relative_to(internal if path.is_relative_to(internal) else folder)
        top = rel.parts[0] if len(rel.parts) > 1 else "(libraries)"
        parts[top] = parts.get(top, 0) + path.stat().st_size
    biggest = sorted(parts.items(), key=lambda kv: -kv[1])[:8]
    return {
        "size_mb": round(sum(p.stat().st_size for p in files) / 2**20, 1),
        "files": len(files),
        "biggest_mb": {name: round(size / 2**20, 1) for name, size in biggest},
    }


def evict(folder: Path) -> None:
    """Drop the bundle's files from the page cache (no root needed)."""
    os.sync()
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **extra}


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=True, timeout=300)
    return time.perf_counter() - started


def start_times(command: list[str], env: dict[str, str], runs: int, folder: Path | None):
    """Median seconds over `runs`; with `folder`, each run starts cold (evicted)."""
    samples = []
    for _ in range(runs):
        if folder is not None:
            evict(folder)
        samples.append(timed(command, env))
    return round(statistics.median(samples), 3), [round(s, 3) for s in samples]


def window_time(executable: Path, home: Path, cold: bool) -> float | None:
    """Seconds from start to the door window being mapped, under Xvfb; None if unmeasurable."""
    if not (shutil.which("Xvfb") and shutil.which("xwininfo")):
        return None
    display = f":{90 + os.getpid() % 9}"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    app = None
    try:
        socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
        deadline = time.monotonic() + 10
        while not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "DISPLAY": display}
        if cold:
            evict(executable.parent)
        started = time.perf_counter()
        app = subprocess.Popen(
            [str(executable), "--demo"],
            env={**env, "TMPDIR": str(home)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        while time.perf_counter() - started < 120 and app.poll() is None:
            if _door_window_mapped(env):
                return round(time.perf_counter() - started, 3)
            time.sleep(0.05)
        return None
    finally:
        if app is not None and app.poll() is None:
            app.terminate()
            app.wait(timeout=60)
        xvfb.terminate()
        xvfb.wait(timeout=10)


def _door_window_mapped(env: dict[str, str]) -> bool:
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True
    ).stdout
    for window_id in DOOR_WINDOW.findall(tree):
        info = subprocess.run(
            ["xwininfo", "-id", window_id], env=env, capture_output=True, text=True
        ).stdout
        if "IsViewable" in info:
            return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, help="an existing build (else build one now)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-packaging-") as tmp:
        base = Path(tmp)
        result: dict[str, object] = {"cores": os.cpu_count()}
        if args.dist:
            executable = args.dist / "checkin-app" / "checkin-app"
        else:
            executable, result["build"] = build(base)
        folder = executable.parent
        result["bundle"] = folder_figures(folder)
        home = base / "home"
        home.mkdir()
        env = clean_env(home)
        version = [str(executable), "--version"]
        result["version_cold_s"], result["version_cold_runs"] = start_times(
            version, env, args.runs, folder
        )
        result["version_warm_s"], _ = start_times(version, env, args.runs, None)
        result["venv_version_warm_s"], _ = start_times(
            [sys.executable, "-m", "checkin_app", "--version"],
            {**os.environ, "PYTHONPATH": str(ROOT)},
            args.runs,
            None,
        )
        self_check = [str(executable), "doctor", "--self-check", "--json"]
        result["self_check_cold_s"], _ = start_times(self_check, env, 3, folder)
        result["self_check_warm_s"], _ = start_times(self_check, env, 3, None)
        result["demo_window_cold_s"] = window_time(executable, home, cold=True)
        result["demo_window_warm_s"] = window_time(executable, home, cold=False)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
