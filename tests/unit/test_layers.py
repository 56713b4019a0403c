"""The layer rules (docs/architecture.md, "Layers"): imports run downward only, Qt only in ui/,
the emulator stands alone, and the UI and the CLI reach the station only through services.

Every import counts: module level, inside a function, under `if TYPE_CHECKING:`, relative.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "checkin_app"

# What each part of checkin_app may import from the rest of it (its own part always).
# A part is a sub-package (`ui`) or a top-level module (`bootstrap` for bootstrap.py).
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "settings": set(),
    "storage": {"domain"},
    "wix": {"domain"},
    "hublink": {"domain"},  # the station's adapter to the venue hub, like wix/
    "scanner": {"domain"},
    "sync": {"domain", "storage", "wix", "hublink"},
    "services": {"domain", "storage", "wix", "hublink", "scanner", "sync", "settings"},
    # The composition root: builds every repository, client and service once.
    "bootstrap": {"domain", "storage", "wix", "hublink", "sync", "services", "settings"},
    # The entry points. The hub server composes services like the UI and the CLI do.
    "hub": {"domain", "services", "hublink", "bootstrap", "settings"},
    # scanner/ is the camera and keyboard-wedge edge (frames for the preview, decoding a
    # file); emulator/ is the Wix stand-in demo mode starts; `hub` only as the package
    # (`checkin_app.hub`: HubRuntime), never its modules.
    "ui": {"domain", "services", "scanner", "bootstrap", "settings", "emulator", "hub"},
    "commands": {"domain", "services", "scanner", "bootstrap", "settings", "emulator", "hub"}
    | {"ui", "cli"},  # `gui` and `doctor` start the window; cli.py lists the commands
    "cli": {"commands", "domain"},
    "emulator": set(),
}
# Parts that may use only a package's own __init__ of another part (its public face).
PACKAGE_ONLY = {("ui", "hub"), ("commands", "hub")}


def part_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def imported_modules(path: Path) -> set[str]:
    """Every checkin_app module `path` imports, anywhere in the file, as absolute names."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from the file's own package upwards
                base = list(package[: len(package) - node.level + 1])
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.add(module)
            if module == "checkin_app":  # `from checkin_app import storage`
                names.update(f"checkin_app.{alias.name}" for alias in node.names)
    return names


def layer_offenders() -> list[str]:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        layer = part_of(path)
        if layer not in ALLOWED:
            continue
        for module in sorted(imported_modules(path)):
            parts = module.split(".")
            if parts[0] != "checkin_app" or len(parts) < 2 or parts[1] == layer:
                continue
            target = parts[1]
            if target not in ALLOWED:
                continue  # not code: checkin_app.resources (every part has rules: below)
            allowed = target in ALLOWED[layer]
            if allowed and (layer, target) in PACKAGE_ONLY and len(parts) > 2:
                allowed = False
            if not allowed:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    return offenders


def test_every_part_of_the_package_has_rules() -> None:
    parts = {part_of(p) for p in PACKAGE.rglob("*.py")} - {"__init__", "__main__", "resources"}
    assert parts - set(ALLOWED) == set()


def test_only_ui_imports_qt() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if part_of(p) != "ui"
        and any(m.split(".")[0] in ("PySide6", "shiboken6") for m in imported_modules(p))
    ]
    assert offenders == []


def test_layers_import_only_downwards() -> None:
    """No exceptions: the UI and the CLI import no storage/, wix/, sync/ or hub internals
    (not even an exception type: services re-export what their callers catch)."""
    assert layer_offenders() == [], "imports that break the layer rules"


def test_the_layer_check_sees_every_kind_of_import(tmp_path: Path, monkeypatch) -> None:
    """A leak is found at module level, in a function, under TYPE_CHECKING and relative."""
    fake = tmp_path / "checkin_app"
    (fake / "ui").mkdir(parents=True)
    (fake / "ui" / "leaky.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from checkin_app.storage.outbox import Outbox\n"
        "def f():\n"
        "    import checkin_app.wix.client\n"
        "    from ..sync import engine\n"
        "    from checkin_app import storage\n"
        "from checkin_app.services.checkin import CheckInService\n"
        "from checkin_app.hub import HubRuntime\n"
        "from checkin_app.hub.server import HubServer\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert layer_offenders() == [
        "ui/leaky.py imports checkin_app.hub.server",
        "ui/leaky.py imports checkin_app.storage",
        "ui/leaky.py imports checkin_app.storage.outbox",
        "ui/leaky.py imports checkin_app.sync",
        "ui/leaky.py imports checkin_app.wix.client",
    ]


def test_the_core_runs_without_qt() -> None:
    code = (
        "import sys, checkin_app.cli, checkin_app.bootstrap, checkin_app.services.checkin;"
        "checkin_app.cli.build_parser();"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
