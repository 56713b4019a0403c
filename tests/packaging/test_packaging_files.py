"""The packaging files themselves (fast, no build): the icon files build.py writes, the
desktop entry, the macOS camera text, and that build output never gets committed."""

from __future__ import annotations

import configparser
import importlib.util
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_build_module() -> ModuleType:
    # By path: a `packaging` package would shadow the `packaging` library pip and pytest use.
    spec = importlib.util.spec_from_file_location("checkin_build", PACKAGING / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Rendered in a child process: Qt allows one application object per process, and the
    GUI tests need theirs to be a QApplication."""
    out = tmp_path_factory.mktemp("icons")
    code = (
        "import importlib.util, sys;"
        f"spec = importlib.util.spec_from_file_location('b', {str(PACKAGING / 'build.py')!r});"
        "b = importlib.util.module_from_spec(spec); spec.loader.exec_module(b);"
        f"b.make_icons(__import__('pathlib').Path({str(out)!r}))"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    return out


def test_icons_are_rendered_from_the_svg(icons) -> None:
    png = (icons / "checkin-app-256.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (256, 256)


def test_windows_icon_lists_its_images(icons) -> None:
    data = (icons / "checkin-app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    for i in range(count):
        width, _, _, _, _, _, size, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(data)
    assert width == 0  # the last one is 256 px, written as 0


def test_macos_icon_has_its_sizes(icons) -> None:
    data = (icons / "checkin-app.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, offset = [], 8
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        kinds.append(kind)
        offset += length
    assert kinds == [b"ic07", b"ic08", b"ic09", b"ic10"] and offset == len(data)


def test_desktop_entry_is_complete() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / "linux" / "checkin-app.desktop", encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Type"] == "Application" and main["Name"] == "Check-in"
    assert main["Exec"] == "checkin-app" and main["Icon"] == "checkin-app"
    assert main["Terminal"] == "false" and main["Categories"].endswith(";")
    assert entry["Desktop Action Demo"]["Exec"] == "checkin-app --demo"


def test_macos_bundle_asks_for_the_camera_in_plain_words() -> None:
    spec = (PACKAGING / "checkin-app.spec").read_text(encoding="utf-8")
    assert '"NSCameraUsageDescription"' in spec and "QR codes" in spec
    assert "BUNDLE(" in spec


def test_package_extra_and_marker_are_declared() -> None:
    module = load_build_module()
    assert any(r.startswith("pyinstaller") for r in module.package_requirements())
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"packaging: ' in pyproject


@pytest.mark.skipif(sys.platform == "win32", reason="git check-ignore paths")
def test_build_output_is_ignored_and_never_committed() -> None:
    ignored = subprocess.run(
        ["git", "check-ignore", "build/pyinstaller/x", "dist/checkin-app/checkin-app"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert ignored.stdout.split() == ["build/pyinstaller/x", "dist/checkin-app/checkin-app"]
    tracked = subprocess.run(
        ["git", "ls-files", "build", "dist", "*.spec.bak", "*.pkg", "*.dmg"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert tracked.stdout == ""
