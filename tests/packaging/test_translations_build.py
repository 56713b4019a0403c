"""A wheel built from the checkout carries the compiled translations (setup.py runs
pyside6-lrelease while building), and Qt reads them from it. The bundle's own check is in
test_bundle.py; the editable install's in tests/gui/test_languages.py."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Beside the bundle build under pytest-xdist: both build from this checkout (build/, *.qm).
pytestmark = [
    pytest.mark.slow,
    pytest.mark.packaging,
    pytest.mark.timeout(900),
    pytest.mark.xdist_group("bundle"),
]


def test_a_wheel_carries_every_translation(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=800,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    wheel = next(tmp_path.glob("checkin_app-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        wanted = {f"checkin_app/resources/translations/checkin_app_{lang}.qm"
                  for lang in ("en", "de", "es", "fr", "he")}  # fmt: skip
        assert wanted <= names
        assert not [n for n in names if n.endswith(".ts")]  # sources stay out of the wheel
        archive.extract("checkin_app/resources/translations/checkin_app_fr.qm", tmp_path)

    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(tmp_path / "checkin_app/resources/translations/checkin_app_fr.qm"))
    assert translator.translate("ResultCard", "ALREADY IN") == "DÉJÀ ENTRÉ"
