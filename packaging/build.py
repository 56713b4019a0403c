"""Build the installable app: `python packaging/build.py` (what `make package` runs).

1. installs PyInstaller (the `package` extra in pyproject.toml) into this Python if missing;
2. renders the app icon from checkin_app/resources/icons/checkin-app.svg (PNG sizes, .ico, .icns);
3. compiles the translations (pyside6-lrelease: resources/translations/*.ts ->
   checkin_app/resources/translations/*.qm, which the spec bundles);
4. runs PyInstaller on packaging/checkin-app.spec (one-folder build);
5. adds the Linux desktop entry, icon and install script to the folder;
6. with --archive, packs it: .tar.gz (Linux), .zip (Windows, macOS).

Prints one JSON line at the end: where the app is, its size and the build time.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import struct
import subprocess
import sys
import time
import tomllib
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _load_translations() -> ModuleType:
    """packaging/translations.py, by path (a `packaging` on sys.path would shadow a library)."""
    spec = importlib.util.spec_from_file_location(
        "checkin_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _load_translations()
SPEC = ROOT / "packaging" / "checkin-app.spec"
SVG = ROOT / "checkin_app" / "resources" / "icons" / "checkin-app.svg"
APP_NAME = "checkin-app"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def package_requirements() -> list[str]:
    """The `package` extra of pyproject.toml (one place says which PyInstaller)."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(data["project"]["optional-dependencies"]["package"])


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    requirements = package_requirements()
    print(f"Installing {', '.join(requirements)} into {sys.prefix}", flush=True)
    # --no-compile: Python writes the .pyc files on first import; pip's own compile step is
    # the one that failed in CI (an assert that a .pyc it had just written exists).
    command = [sys.executable, "-m", "pip", "install", "-q", "--no-compile", *requirements]
    subprocess.run(command, check=True)


# --- icons -----------------------------------------------------------------------------


def render_pngs(out: Path) -> dict[int, bytes]:
    """The SVG drawn at each size with Qt (which the app needs anyway), as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    out.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
        (out / f"{APP_NAME}-{size}.png").write_bytes(pngs[size])
    del _app
    return pngs


def write_ico(path: Path, pngs: dict[int, bytes]) -> None:
    """A Windows .ico holding PNG images (Vista and later read these)."""
    sizes = [s for s in (16, 24, 32, 48, 64, 128, 256) if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    path.write_bytes(header + entries + blobs)


def write_icns(path: Path, pngs: dict[int, bytes]) -> None:
    """A macOS .icns holding PNG images (ic07-ic10: 128 to 1024 px)."""
    kinds = {b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}
    body = b"".join(
        kind + struct.pack(">I", len(pngs[size]) + 8) + pngs[size] for kind, size in kinds.items()
    )
    path.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


def make_icons(out: Path) -> Path:
    pngs = render_pngs(out)
    write_ico(out / f"{APP_NAME}.ico", pngs)
    write_icns(out / f"{APP_NAME}.icns", pngs)
    shutil.copy2(SVG, out / f"{APP_NAME}.svg")
    return out


# --- the build -------------------------------------------------------------------------


def run_pyinstaller(dist: Path, work: Path, icons: Path, clean: bool) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work}",
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    env = {**os.environ, "CHECKIN_PACKAGE_ICONS": str(icons)}
    subprocess.run(command, check=True, cwd=ROOT, env=env)


def add_linux_files(app_dir: Path, icons: Path) -> None:
    """The desktop entry, the icon and install.sh, beside the executable."""
    share = app_dir / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "packaging" / "linux" / f"{APP_NAME}.desktop", share / "applications")
    for size in (48, 128, 256):
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons / f"{APP_NAME}-{size}.png", target / f"{APP_NAME}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(SVG, scalable / f"{APP_NAME}.svg")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(ROOT / "packaging" / "linux" / script, app_dir / script)
        (app_dir / script).chmod(0o755)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def app_location(dist: Path) -> Path:
    """The built app: the .app bundle on macOS, the one-folder build elsewhere."""
    if sys.platform == "darwin":
        return dist / "Check-in.app"
    return dist / APP_NAME


def executable(dist: Path) -> Path:
    if sys.platform == "darwin":
        return dist / "Check-in.app" / "Contents" / "MacOS" / APP_NAME
    if sys.platform == "win32":
        return dist / APP_NAME / f"{APP_NAME}-cli.exe"
    return dist / APP_NAME / APP_NAME


def archive(dist: Path) -> Path:
    from checkin_app import __version__

    machine = os.uname().machine if hasattr(os, "uname") else "x86_64"
    plat = {"darwin": "macos", "win32": "windows"}.get(sys.platform, "linux")
    base = dist / f"{APP_NAME}-{__version__}-{plat}-{machine.lower()}"
    if sys.platform.startswith("linux"):
        return Path(shutil.make_archive(str(base), "gztar", dist, APP_NAME))
    target = app_location(dist)
    return Path(shutil.make_archive(str(base), "zip", target.parent, target.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's cache"
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--archive", action="store_true", help="also pack a .tar.gz / .zip")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))

    started = time.monotonic()
    ensure_pyinstaller()
    icons = make_icons(args.work.parent / "package-icons")
    translations.release()
    run_pyinstaller(args.dist.resolve(), args.work.resolve(), icons, args.clean)
    if sys.platform.startswith("linux"):
        add_linux_files(args.dist / APP_NAME, icons)
    built_s = time.monotonic() - started
    packed = archive(args.dist) if args.archive else None
    result = {
        "app": str(app_location(args.dist)),
        "executable": str(executable(args.dist)),
        "size_mb": round(folder_size(app_location(args.dist)) / 2**20, 1),
        "build_s": round(built_s, 1),
        "archive": str(packed) if packed else None,
        "archive_mb": round(packed.stat().st_size / 2**20, 1) if packed else None,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
