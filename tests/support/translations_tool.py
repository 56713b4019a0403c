"""packaging/translations.py for the tests, loaded by path (a `packaging` folder on sys.path
would shadow the `packaging` library pip and pytest use)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def load_translations() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "checkin_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
