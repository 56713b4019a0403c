"""Doctor checks of the libraries the app is built on (Qt-free): OpenCV, the QR readers,
SQLite with full-text search, the keyring; and the cameras, probed without hanging.

These are what a bundled app can lose in packaging, so `doctor --self-check` runs them too.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from checkin_app import __version__
from checkin_app.scanner.backends import backend_status
from checkin_app.services.doctor_checks import Check, ok, problem, warning
from checkin_app.services.secrets import (
    ENV_API_KEY,
    ENV_DB_KEY,
    SecretsService,
)
from checkin_app.storage.engine_probe import EngineLacks, EngineMissing, probe_engine

CAMERA_INDICES = range(4)
CAMERA_TIMEOUT_S = 4.0  # for all indices together: they are probed in parallel

# The keyring backend module each platform needs (its absence is a packaging fault).
KEYRING_BACKENDS = {
    "darwin": "keyring.backends.macOS",
    "win32": "keyring.backends.Windows",
}
LINUX_KEYRING_BACKEND = "keyring.backends.SecretService"


def dist_version(name: str) -> str:
    """The installed version of distribution `name`, or '' when unknown."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return ""


def app_check() -> Check:
    frozen = getattr(sys, "frozen", False)
    how = "installed app" if frozen else f"Python {sys.version.split()[0]} ({sys.executable})"
    return ok("app", f"checkin-app {__version__}, {how}.")


def component_checks() -> list[Check]:
    """OpenCV, each QR reader, SQLite FTS5 and the keyring (what the self-check imports)."""
    return [opencv_check(), *qr_checks(), sqlite_check(), keyring_check()]


def opencv_check() -> Check:
    try:
        cv2 = importlib.import_module("cv2")
    except ImportError as exc:
        return problem("opencv", f"OpenCV cannot be loaded ({exc}): the camera cannot work.")
    return ok("opencv", f"OpenCV {cv2.__version__}.")


def qr_checks() -> list[Check]:
    """zxing-cpp is the reader the door relies on; zbar and OpenCV rescue hard photos."""
    checks = []
    zxing = backend_status("zxing")
    if zxing.available:
        version = dist_version("zxing-cpp")
        checks.append(ok("qr_zxing", f"zxing-cpp {version}".strip() + "."))
    else:
        checks.append(problem("qr_zxing", f"The main QR reader is missing: {zxing.detail}."))
    zbar = backend_status("pyzbar")
    if zbar.available:
        checks.append(ok("qr_zbar", f"zbar via pyzbar {dist_version('pyzbar')} ({_zbar_file()})."))
    else:
        checks.append(
            warning(
                "qr_zbar",
                f"Backup QR reader missing (some hard codes may not read): {zbar.detail}.",
            )
        )
    cv = backend_status("opencv")
    if cv.available:
        checks.append(ok("qr_opencv", f"{cv.detail}."))
    else:
        checks.append(warning("qr_opencv", f"Backup QR reader missing: {cv.detail}."))
    return checks


def _zbar_file() -> str:
    """Which zbar library file was loaded (the bundled copy or the system's)."""
    wrapper = sys.modules.get("pyzbar.wrapper")
    lib = getattr(wrapper, "LIBZBAR", None)
    name = getattr(lib, "_name", None)
    if not name:
        return "zbar library"
    bundle = getattr(sys, "_MEIPASS", None)  # set in the installed (PyInstaller) app
    inside = bundle and os.path.isabs(name) and Path(name).resolve().is_relative_to(bundle)
    return f"{'bundled' if inside else 'system'} {Path(name).name}"


def sqlite_check() -> Check:
    """The station's SQLite: SQLCipher (encryption) with full-text search."""
    try:
        facts = probe_engine()
    except EngineMissing as exc:
        return problem("sqlite", f"SQLCipher (sqlcipher3) cannot be loaded: {exc}.")
    except EngineLacks as exc:
        return problem(
            "sqlite",
            f"SQLite {exc.sqlite_version} has no full-text search "
            f"(FTS5): guest search cannot work ({exc}).",
        )
    if not facts.fts_works:
        return problem("sqlite", "SQLite full-text search gave a wrong answer.")
    if not facts.cipher_version:
        return problem("sqlite", "This SQLite cannot encrypt: the guest list would be plain.")
    return ok(
        "sqlite",
        f"SQLite {facts.sqlite_version} with full-text search (FTS5), encrypted by "
        f"SQLCipher {facts.cipher_version}.",
    )


def keyring_check(secrets: SecretsService | None = None) -> Check:
    """Where the app keeps its secrets (API key, database key, hub credentials): the OS
    keyring, a passphrase store, this session only, or the environment (scripts)."""
    module = KEYRING_BACKENDS.get(sys.platform, LINUX_KEYRING_BACKEND)
    try:
        importlib.import_module("keyring")
        importlib.import_module(module)
    except ImportError as exc:
        return problem(
            "keyring",
            f"The keyring library is incomplete ({exc}): the app cannot keep the API key safely.",
        )
    try:
        service = secrets or SecretsService.for_this_computer()
    except Exception as exc:  # a broken keyring config must not stop the doctor
        return warning("keyring", f"The system keyring cannot be used ({type(exc).__name__}).")
    env = [v for v in (ENV_API_KEY, ENV_DB_KEY) if os.environ.get(v, "").strip()]
    from_env = f" {' and '.join(env)} set in the environment (used first)." if env else ""
    if service.kind is not None:
        return ok("keyring", f"Secrets kept in {service.describe()}.{from_env}")
    if service.passphrase_store_exists():
        return ok(
            "keyring",
            f"No system keyring; secrets kept in a passphrase-protected file "
            f"({service.passphrase_path}): the app asks for the passphrase.{from_env}",
        )
    if env:
        return ok("keyring", f"No system keyring here;{from_env}")
    return warning(
        "keyring",
        "No system keyring (locked, or no desktop session) and no passphrase store: the app "
        "asks at start (a passphrase, or this session only); scripts set "
        f"{ENV_API_KEY} and {ENV_DB_KEY}.",
    )


# --- cameras ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CameraProbe:
    """What opening one camera index gave: a frame size, or why not."""

    index: int
    size: tuple[int, int] | None = None
    error: str = ""


Opener = Callable[[int], CameraProbe]


def open_camera(index: int) -> CameraProbe:
    """Open camera `index` with OpenCV, read one frame, release it."""
    cv2 = importlib.import_module("cv2")
    level = None
    logging_mod = getattr(getattr(cv2, "utils", None), "logging", None)
    if logging_mod is not None:  # OpenCV prints its own warnings for missing devices
        level = logging_mod.getLogLevel()
        logging_mod.setLogLevel(logging_mod.LOG_LEVEL_SILENT)
    try:
        capture = cv2.VideoCapture(index)
        try:
            if not capture.isOpened():
                return CameraProbe(index, error="not there")
            found, frame = capture.read()
            if not found or frame is None:
                return CameraProbe(index, error="opens but gives no picture")
            return CameraProbe(index, (int(frame.shape[1]), int(frame.shape[0])))
        finally:
            capture.release()
    except Exception as exc:  # drivers raise odd things; a probe must not stop the doctor
        return CameraProbe(index, error=type(exc).__name__)
    finally:
        if logging_mod is not None and level is not None:
            logging_mod.setLogLevel(level)


def _linux_has_device(index: int) -> bool:
    return Path(f"/dev/video{index}").exists()


def camera_check(
    indices: Iterable[int] = CAMERA_INDICES,
    *,
    opener: Opener = open_camera,
    timeout_s: float = CAMERA_TIMEOUT_S,
    has_device: Callable[[int], bool] | None = None,
) -> Check:
    """Probe each index in its own thread; one that hangs (a stuck driver) is reported as
    not answering once `timeout_s` has passed, and left behind as a daemon thread."""
    if has_device is None and sys.platform.startswith("linux"):
        has_device = _linux_has_device
    wanted = [i for i in indices if has_device is None or has_device(i)]
    results: dict[int, CameraProbe] = {}
    threads = []
    for index in wanted:

        def probe(i: int = index) -> None:
            results[i] = opener(i)

        thread = threading.Thread(target=probe, name=f"doctor-camera-{index}", daemon=True)
        thread.start()
        threads.append(thread)
    deadline = time.monotonic() + timeout_s
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    found = [results[i] for i in wanted if i in results and results[i].size]
    stuck = [i for i in wanted if i not in results]
    tried = ", ".join(str(i) for i in indices)
    if found:
        names = ", ".join(f"camera {p.index} ({p.size[0]}x{p.size[1]})" for p in found if p.size)
        extra = f"; camera {', '.join(map(str, stuck))} did not answer" if stuck else ""
        return ok("camera", f"{names}{extra}.")
    if stuck:
        return warning(
            "camera",
            f"Camera {', '.join(map(str, stuck))} did not answer within {timeout_s:.0f} s "
            "(in use by another program, or a stuck driver). A USB barcode scanner or the "
            "guest search still works.",
        )
    return warning(
        "camera",
        f"No camera found (tried {tried}; one in use by another program, such as an open "
        "check-in window, is not seen). A USB barcode scanner or the guest search still "
        "works.",
    )
