"""The installable app works on its own: built from scratch with PyInstaller (once per test
session), then run with no virtual environment and nothing of this checkout on the path.

CI runs this on Linux; building takes about a minute on 2 cores (benchmarks/README.md).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import segno

from checkin_app import __version__
from checkin_app.emulator.server import EmulatorServer

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 1200

pytestmark = [
    pytest.mark.slow,
    pytest.mark.packaging,
    # One worker under pytest-xdist (`--dist loadgroup`): the session-scoped build runs once.
    pytest.mark.xdist_group("bundle"),
    pytest.mark.timeout(BUILD_TIMEOUT_S + 300),  # the first test also waits for the build
    pytest.mark.skipif(
        not sys.platform.startswith("linux"), reason="the bundle is built and run on Linux (CI)"
    ),
]

SELF_CHECK = {
    "app", "qt_widgets", "resources", "qt_charts", "qt_multimedia", "audio", "opencv",
    "qr_zxing", "qr_zbar", "qr_opencv", "sqlite", "keyring",
}  # fmt: skip
TICKET = "https://www.wixevents.com/check-in/6PRS-P3YJ-7XA,5e0c9a3a-4f2d-4d8e-9d8e-7d6f1b2a3c4d"


@dataclass(frozen=True)
class Bundle:
    folder: Path
    executable: Path
    report: dict[str, object]  # what build.py printed: size_mb, build_s, ...


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    """Build the app from scratch into a session folder (reused by every test here)."""
    base = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            f"--dist={base / 'dist'}",
            f"--work={base / 'build' / 'pyinstaller'}",
        ],
        cwd=ROOT,
        # From scratch: PyInstaller's own cache lives in this session's folder too.
        env={**os.environ, "PYINSTALLER_CONFIG_DIR": str(base / "pyinstaller-config")},
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    executable = Path(str(report["executable"]))
    assert executable.is_file() and os.access(executable, os.X_OK)
    return Bundle(executable.parent, executable, report)


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a freshly logged-in user without Python has: no venv, no PYTHONPATH."""
    home.mkdir(parents=True, exist_ok=True)
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **extra}


def assert_no_crash(stderr: str) -> None:
    """No crash and no unhandled exception, in the main thread or any other."""
    for sign in ("Fatal Python error", "Failed to execute script", "Exception in thread"):
        assert sign not in stderr, stderr[-4000:]


def run(bundle: Bundle, *args: str, env: dict[str, str], timeout: float = 120):
    return subprocess.run(
        [str(bundle.executable), *args],
        env=env,
        cwd=env["HOME"],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def test_version_without_any_python_around(bundle, tmp_path) -> None:
    done = run(bundle, "--version", env=clean_env(tmp_path / "home"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"checkin-app {__version__}"
    assert not (bundle.folder / "_internal" / "tests").exists()


def test_self_check_loads_every_backend(bundle, tmp_path) -> None:
    done = run(bundle, "doctor", "--self-check", "--json", env=clean_env(tmp_path / "home"))
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    checks = {c["name"]: c for c in report["checks"]}
    assert set(checks) == SELF_CHECK and report["ready"] is True
    for name in SELF_CHECK - {"audio", "keyring"}:  # a CI machine has no speakers, no keyring
        assert checks[name]["status"] == "ok", checks[name]
    assert "installed app" in checks["app"]["detail"]
    assert "bundled libzbar" in checks["qr_zbar"]["detail"]  # not the system's copy
    assert str(bundle.folder) in checks["resources"]["detail"]
    assert "translations (en, de, es, fr, he)" in checks["resources"]["detail"]
    assert checks["keyring"]["status"] != "problem"  # the platform backend is inside


def test_self_check_reports_what_is_missing(bundle, tmp_path) -> None:
    """Take Qt Charts out of the bundle for a moment: the self-check says so and fails."""
    module = next((bundle.folder / "_internal" / "PySide6").glob("QtCharts.*"))
    hidden = module.with_name(module.name + ".off")
    module.rename(hidden)
    try:
        done = run(bundle, "doctor", "--self-check", "--json", env=clean_env(tmp_path / "h"))
    finally:
        hidden.rename(module)
    assert done.returncode == 1
    report = json.loads(done.stdout)
    checks = {c["name"]: c for c in report["checks"]}
    assert report["ready"] is False
    assert checks["qt_charts"]["status"] == "problem"
    assert "Qt Charts cannot be loaded" in checks["qt_charts"]["detail"]
    assert checks["qt_widgets"]["status"] == "ok"  # the rest is still checked


def test_reads_a_ticket_code_with_each_qr_backend(bundle, tmp_path) -> None:
    image = tmp_path / "ticket.png"
    segno.make(TICKET, error="m").save(str(image), scale=8, border=4)
    for backend in ("auto", "zxing", "pyzbar", "opencv"):
        done = run(
            bundle, "scan", "--json", "--backend", backend, str(image),
            env=clean_env(tmp_path / "home"),
        )  # fmt: skip
        assert done.returncode == 0, f"{backend}: {done.stderr}"
        assert json.loads(done.stdout.splitlines()[0])["codes"] == [TICKET], backend


def test_demo_window_runs_offscreen_and_quits_after_n_seconds(bundle, tmp_path) -> None:
    env = clean_env(tmp_path / "home", TMPDIR=str(tmp_path))
    done = run(bundle, "--demo", "--quit-after", "4", env=env, timeout=180)
    assert done.returncode == 0, done.stderr[-4000:]
    assert_no_crash(done.stderr)
    assert not list(tmp_path.glob("checkin-demo-*"))  # the demo cleaned up after itself


def test_the_bundle_opens_in_each_language_with_qts_own_translation(bundle, tmp_path) -> None:
    """The compiled translations and Qt's qtbase_<lang>.qm are inside: nothing is missing."""
    for language in ("de", "he"):
        env = clean_env(tmp_path / f"home-{language}", TMPDIR=str(tmp_path))
        done = run(bundle, "-v", "--demo", "--lang", language, "--quit-after", "3", env=env,
                   timeout=180)  # fmt: skip
        assert done.returncode == 0, done.stderr[-4000:]
        assert f"Language {language}," in done.stderr
        assert f"translation for {language}" not in done.stderr, done.stderr[-2000:]
        assert_no_crash(done.stderr)


def test_demo_window_closes_cleanly_on_sigterm(bundle, tmp_path) -> None:
    env = clean_env(tmp_path / "home", TMPDIR=str(tmp_path))
    process = subprocess.Popen(
        [str(bundle.executable), "--demo"],
        env=env,
        cwd=env["HOME"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The window holds the demo folder's lock while it is open.
        deadline = time.monotonic() + 120
        while not list(tmp_path.glob("checkin-demo-*/checkin-app.lock")):
            assert process.poll() is None, process.communicate()[1][-4000:]
            assert time.monotonic() < deadline, "the demo window never opened"
            time.sleep(0.2)
        time.sleep(2)  # let it sync with the emulator and show the camera
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, stderr[-4000:]
    assert_no_crash(stderr)


def test_doctor_and_sync_against_the_emulator(bundle, tmp_path) -> None:
    with EmulatorServer(seed="demo") as server:
        env = clean_env(
            tmp_path / "home",
            CHECKIN_BASE_URL=server.url,
            CHECKIN_SITE_ID=server.site_id,
            CHECKIN_API_KEY=server.api_key,
            CHECKIN_DATA_DIR=str(tmp_path / "data"),
            CHECKIN_DB_KEY="ab" * 32,  # no keyring on a CI machine: the key comes from here
        )
        synced = run(bundle, "sync", env=env)
        assert synced.returncode == 0, synced.stderr
        done = run(bundle, "doctor", "--json", "--no-camera", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    checks = {c["name"]: c for c in report["checks"]}
    assert report["ready"] is True
    assert checks["wix"]["status"] == "ok" and checks["guest_list"]["status"] == "ok"
    assert checks["encryption"]["status"] == "ok"  # SQLCipher is inside the bundle
    assert server.api_key not in done.stdout + done.stderr


def test_install_script_adds_the_command_and_the_menu_entry(bundle, tmp_path) -> None:
    prefix = tmp_path / "prefix"
    env = clean_env(tmp_path / "home", PREFIX=str(prefix))
    installed = subprocess.run(
        ["/bin/sh", str(bundle.folder / "install.sh")], env=env, capture_output=True, text=True
    )
    assert installed.returncode == 0, installed.stderr
    command = prefix / "bin" / "checkin-app"
    done = subprocess.run([str(command), "--version"], env=env, capture_output=True, text=True)
    assert done.returncode == 0 and __version__ in done.stdout, done.stderr
    entry = (prefix / "share" / "applications" / "checkin-app.desktop").read_text()
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    target = Path(exec_line.removeprefix("Exec=").strip('"'))
    assert target.is_file() and target.is_relative_to(prefix / "opt" / "checkin-app")
    assert (prefix / "share/icons/hicolor/256x256/apps/checkin-app.png").is_file()

    removed = subprocess.run(
        ["/bin/sh", str(prefix / "opt" / "checkin-app" / "uninstall.sh")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert removed.returncode == 0, removed.stderr
    assert not command.exists() and not (prefix / "opt" / "checkin-app").exists()
    assert not (prefix / "share" / "applications" / "checkin-app.desktop").exists()
