"""One build step on top of pyproject.toml: compile the translations into the package.

`pyside6-lrelease` turns resources/translations/*.ts into checkin_app/resources/translations/
*.qm while the package is built, so a wheel (`pip install .`, `python -m build`) and an
editable install (`pip install -e .`, what `make setup` runs) carry them; packaging/build.py
does the same for the PyInstaller bundle. The .qm files are never committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "packaging"))
import translations  # noqa: E402  (packaging/translations.py, standard library only)


class BuildWithTranslations(build_py):
    """build_py, then lrelease into the built package (into the sources when editable)."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            target = translations.QM_DIR
        else:
            target = Path(self.build_lib) / "checkin_app" / "resources" / "translations"
        written = translations.release(target)
        self.announce(f"compiled {len(written)} translations into {target}", level=2)


setup(cmdclass={"build_py": BuildWithTranslations})
