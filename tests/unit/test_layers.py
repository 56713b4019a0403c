"""The layer rules (docs/architecture.md, "Layers"): Qt only in ui/, the emulator stands alone."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "checkin_app"
LAYER_ORDER = ["domain", "storage", "wix", "scanner", "sync", "services", "ui"]
ALLOWED = {
    "domain": set(),
    "storage": {"domain"},
    "wix": {"domain"},
    "hublink": {"domain"},  # the station's adapter to the venue hub, like wix/
    "scanner": {"domain"},
    "sync": {"domain", "storage", "wix", "hublink"},
    "services": {"domain", "storage", "wix", "hublink", "scanner", "sync", "settings"},
    # The hub server is an entry point beside commands/ and ui/: it composes services.
    "hub": {"domain", "services", "hublink", "bootstrap", "settings"},
    "emulator": set(),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_only_ui_imports_qt() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if "ui" not in p.relative_to(PACKAGE).parts[:1]
        and any(m.split(".")[0] == "PySide6" for m in imported_modules(p))
    ]
    assert offenders == []


def test_layers_import_only_downwards() -> None:
    offenders = []
    for layer, allowed in ALLOWED.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for module in imported_modules(path):
                parts = module.split(".")
                if parts[0] == "checkin_app" and len(parts) > 1:
                    target = parts[1]
                    if target != layer and target not in allowed:
                        offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert offenders == []


def test_the_core_runs_without_qt() -> None:
    code = (
        "import sys, checkin_app.cli, checkin_app.bootstrap, checkin_app.services.checkin;"
        "checkin_app.cli.build_parser();"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
