"""`checkin_app.wix` stands on its own: no Qt, nothing above it in the layer stack."""

from __future__ import annotations

import ast
import pathlib
import subprocess
import sys

import checkin_app.wix

FORBIDDEN = (
    "PySide6",
    "checkin_app.storage",
    "checkin_app.sync",
    "checkin_app.services",
    "checkin_app.ui",
    "checkin_app.scanner",
    "checkin_app.emulator",
)


def test_importing_the_client_loads_nothing_above_it():
    code = (
        "import sys, checkin_app.wix, checkin_app.wix.credentials, checkin_app.wix.mapping\n"
        f"bad = [m for m in sys.modules if m.startswith({FORBIDDEN!r})]\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_names_a_forbidden_import():
    package = pathlib.Path(checkin_app.wix.__file__).parent
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(FORBIDDEN), f"{path.name} imports {name}"
