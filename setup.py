"""One build step on top of pyproject.toml: compile the translations into the package.

`pyside6-lrelease` turns resources/translations/*.ts into checkin_app/resources/translations/
*.qm while the package is built, so a wheel (`pip install .`, `python -m build`) and an
editable install (`pip install -e .`, what `make setup` runs) carry them; packaging/build.py
does the same for the PyInstaller bundle. The .qm files are never committed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
# packaging/translations.py (standard library only), by path: the folder name `packaging`
# must not shadow the library of that name that setuptools itself imports.
_spec = importlib.util.spec_from_file_location(
    "checkin_translations", HERE / "packaging" / "translations.py"
)
assert _spec is not None and _spec.loader is not None
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)


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
