"""Find the app's resource files (icons, sounds, theme) in a checkout or an installed package."""

from __future__ import annotations

from pathlib import Path

# Inside the package, so a wheel, an editable install and the PyInstaller bundle all carry it.
_CANDIDATES = (Path(__file__).resolve().parents[1] / "resources",)


def resource_path(*parts: str) -> Path | None:
    """The first existing `resources/<parts>`, or None (callers fall back to drawing it)."""
    for root in _CANDIDATES:
        path = root.joinpath(*parts)
        if path.exists():
            return path
    return None
