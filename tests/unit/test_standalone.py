"""The project stands alone: a clone with nothing beside it has every document, test asset and
script it needs, and no file sends a reader (or the code) to a folder outside the project."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SKIP_DIRS = {
    ".git", ".venv", "venv", "node_modules", "__pycache__", ".pytest_cache", ".ruff_cache",
    ".mypy_cache", ".hypothesis", "build", "dist", "test-artifacts", "checkin_app.egg-info",
}  # fmt: skip
TEXT_SUFFIXES = {".py", ".md", ".sh", ".txt", ".toml", ".cfg", ".ini", ".spec", ".json",
                 ".cjs", ".js", ".qss", ".desktop", ".ts", ""}  # fmt: skip
# A path out of the project to the team's reference folder, in any spelling.
OUTSIDE = re.compile(r"\.\./shared\b|\bshared/(qr-corpus|wix-api\.md|DESIGN\.md|STYLE\.md)")


def project_files(root: Path) -> list[Path]:
    """The project's own files (what a clone holds), without environments and caches."""
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        files.extend(Path(dirpath) / name for name in filenames)
    return files


def test_no_file_refers_to_a_folder_outside_the_project():
    offenders = []
    for path in project_files(ROOT):
        if path.suffix not in TEXT_SUFFIXES or path.stat().st_size > 2_000_000:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if OUTSIDE.search(line) and path != Path(__file__).resolve():
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:80]}")
    assert offenders == []


def test_the_project_carries_its_documents_and_test_data():
    for name in ("architecture.md", "wix-api.md", "emulator.md", "design-notes.md"):
        assert (ROOT / "docs" / name).stat().st_size > 1000, name
    corpus = ROOT / "resources" / "qr-corpus"
    assert "Apache License" in (corpus / "LICENSE").read_text()
    assert "zxing" in (corpus / "README.md").read_text().lower()
    counts = {
        s: len(list((corpus / s).glob("*.png"))) for s in ("qrcode-1", "qrcode-2", "qrcode-3")
    }
    assert counts == {"qrcode-1": 20, "qrcode-2": 35, "qrcode-3": 42}


def test_setup_installs_every_system_package_the_suite_needs():
    script = (ROOT / "scripts" / "setup.sh").read_text()
    listed = set(re.search(r"APT_PACKAGES=\((.*?)\)", script, re.S).group(1).split())
    # binutils: PyInstaller's objdump (tests/packaging); libzbar0: pyzbar; xvfb: tests/e2e;
    # iproute2: the hub discovery test's network namespaces.
    assert {"binutils", "libzbar0", "xvfb", "xauth", "libegl1", "git", "iproute2"} <= listed


@pytest.mark.slow
def test_the_decoder_tests_pass_in_a_copy_with_nothing_beside_it(tmp_path):
    """Copy the project alone into an empty folder and run the corpus tests there."""
    copy = tmp_path / "lonely" / "checkin_app_clone"
    for path in project_files(ROOT):
        target = copy / path.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    assert sorted(p.name for p in copy.parent.iterdir()) == ["checkin_app_clone"]
    env = {k: v for k, v in os.environ.items() if k != "CHECKIN_QR_CORPUS"}
    env["PYTHONPATH"] = str(copy)
    found = subprocess.run(
        [sys.executable, "-c", "import checkin_app.scanner.corpus as c; print(c.find_corpus())"],
        cwd=copy, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert found.stdout.strip() == str(copy / "resources" / "qr-corpus")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x",
         "tests/unit/scanner/test_scanner_cli.py",
         "tests/unit/scanner/test_scanner_decoding.py::test_default_pipeline_reads_as_many_photos_as_the_best_single_backend"],
        cwd=copy, env=env, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and "error" not in run.stdout.splitlines()[-1]
