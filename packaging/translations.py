"""Qt's translation pipeline for checkin_app (standard library only: setup.py imports it).

    python packaging/translations.py update    # pyside6-lupdate: checkin_app/ui -> *.ts
    python packaging/translations.py release   # pyside6-lrelease: *.ts -> *.qm

The `.ts` files in the top-level `resources/translations/` are the sources translators edit
(Qt Linguist, `pyside6-linguist`); the `.qm` files are built from them and never committed.
Who builds them: setup.py's build step (wheel, sdist, `pip install -e .`), `make setup`
(scripts/setup.sh), and packaging/build.py before PyInstaller (docs/design-notes.md).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "checkin_app" / "resources" / "translations"
SOURCES = ROOT / "checkin_app" / "ui"
LANGUAGES = ("de", "es", "fr", "he")  # shipped translations
# English is the source language; its file holds only the plural forms ("1 ticket" for the
# source's "%n tickets"), as Qt's documentation recommends.
PLURAL_ONLY = ("en",)
ALL = (*PLURAL_ONLY, *LANGUAGES)
# Our `tr(context, text, ...)` has the arguments of Qt's `translate`, not of `self.tr(text)`.
# No source locations: the .ts files change only when a text does (merges stay clean).
LUPDATE_OPTIONS = ("-tr-function-alias", "translate+=tr", "-locations", "none")


def ts_file(language: str, ts_dir: Path = TS_DIR) -> Path:
    return ts_dir / f"checkin_app_{language}.ts"


def qm_name(language: str) -> str:
    return f"checkin_app_{language}.qm"


def _qt_tool(name: str, args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run PySide6's lupdate or lrelease (what `pyside6-lupdate` / `pyside6-lrelease` run)."""
    code = (
        "import sys; from PySide6.scripts import pyside_tool; "
        f"sys.argv = ['pyside6-{name}', *sys.argv[1:]]; pyside_tool.{name}()"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"pyside6-{name} failed ({result.returncode}): {result.stderr.strip()}")
    return result


def source_files(root: Path = SOURCES) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def update(
    ts_dir: Path = TS_DIR,
    languages: tuple[str, ...] = ALL,
    sources: Path = SOURCES,
    keep_obsolete: bool = False,
) -> str:
    """Collect the strings of `sources` into one .ts per language (existing translations kept;
    strings no longer in the code dropped unless `keep_obsolete`). Returns lupdate's report."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    args = [*LUPDATE_OPTIONS, *(str(p) for p in source_files(sources))]
    if not keep_obsolete:
        args.append("-no-obsolete")
    report = []
    for language in languages:
        target = ts_file(language, ts_dir)
        options = ["-source-language", "en", "-target-language", language, "-ts", str(target)]
        if language in PLURAL_ONLY:
            options.insert(0, "-pluralonly")
        report.append(_qt_tool("lupdate", [*args, *options]).stdout.strip())
    return "\n".join(report)


def release(
    out_dir: Path = QM_DIR, ts_dir: Path = TS_DIR, languages: tuple[str, ...] = ALL
) -> list[Path]:
    """Compile each language's .ts into `out_dir`; returns the .qm files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages:
        target = out_dir / qm_name(language)
        # Into a side file, then renamed over the old one: a running app (or a test in
        # another pytest-xdist worker) never loads a half-written catalogue.
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            _qt_tool("lrelease", ["-silent", str(ts_file(language, ts_dir)), "-qm", str(partial)])
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="action", required=True)
    sub.add_parser("update", help="collect the UI's strings into resources/translations/*.ts")
    rel = sub.add_parser("release", help="compile the .ts files into .qm files")
    rel.add_argument("--out", type=Path, default=QM_DIR, help="where the .qm files go")
    args = parser.parse_args(argv)
    if args.action == "update":
        print(update())
    else:
        for path in release(args.out):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
