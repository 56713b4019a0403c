"""Which language the app speaks, and installing it: Qt's translators, the locale, the direction.

The language is `--lang` when given, else the one saved in the settings, else the first of
the system's preferred languages that the app ships, else English. It is installed once,
before the first window: the app's own translation (checkin_app/resources/translations/
checkin_app_<lang>.qm, built from resources/translations/*.ts), Qt's translation of its own
buttons and dialogs (qtbase_<lang>.qm), the locale that dates, times and money follow, and
the layout direction (Hebrew runs right to left, the whole layout mirrored). A change in the
settings applies at the next start (docs/design-notes.md, "Languages").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from checkin_app.ui.resources import resource_path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
SHIPPED = ("de", "es", "fr", "he")
# Each language by its own name: someone who cannot read the current one finds theirs.
LANGUAGE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "he": "עברית",
}


class LanguageError(ValueError):
    """A language the app does not ship."""


def language_of(tag: str) -> str:
    """'de' for 'de', 'de_AT', 'de-AT.UTF-8'; '' for an empty tag. Raises `LanguageError`."""
    text = tag.strip().replace("-", "_").split(".")[0]
    if not text:
        return ""
    language = text.split("_")[0].lower()
    language = {"iw": "he"}.get(language, language)  # the old code for Hebrew
    if language not in LANGUAGE_NAMES:
        raise LanguageError(
            f"There is no {tag!r} translation; choose one of "
            + ", ".join(f"{code} ({name})" for code, name in LANGUAGE_NAMES.items())
        )
    return language


def system_language(system: QLocale | None = None) -> str:
    """The first of the system's preferred languages the app ships, else English."""
    locale = system or QLocale.system()
    for tag in locale.uiLanguages():
        try:
            language = language_of(tag)
        except LanguageError:
            continue
        if language:
            return language
    return SOURCE_LANGUAGE


def choose_language(explicit: str | None, saved: str, system: QLocale | None = None) -> str:
    """`--lang`, else the saved setting, else the system's. Raises `LanguageError` for an
    explicit language the app does not ship (a saved one that went away falls back)."""
    if explicit:
        return language_of(explicit)
    try:
        chosen = language_of(saved or "")
    except LanguageError:
        log.warning("Ignoring the saved language %r: not shipped", saved)
        chosen = ""
    return chosen or system_language(system)


def display_locale(language: str, tag: str | None = None, system: QLocale | None = None) -> QLocale:
    """The locale dates, times and money follow: the tag's when it names a country
    ('de_AT'), else the system's when it is of the same language (Swiss German stays Swiss),
    else the language's main one ('de' -> de_DE)."""
    if tag and "_" in tag.replace("-", "_").split(".")[0]:
        return QLocale(tag.replace("-", "_").split(".")[0])
    system = system or QLocale.system()
    if _known(system) and language_of(system.name()) == language:
        return system
    if language == SOURCE_LANGUAGE and system.language() == QLocale.Language.C:
        return system  # no locale set: keep the app's neutral formats ("19:42", "25.00 USD")
    return QLocale(language)


def _known(locale: QLocale) -> bool:
    try:
        return bool(language_of(locale.name()))
    except LanguageError:
        return False


@dataclass
class InstalledLanguage:
    """What `install_language` put in place (kept alive: Qt does not own the translators)."""

    language: str
    locale: QLocale
    direction: Qt.LayoutDirection
    translators: list[QTranslator] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # files that could not be loaded

    @property
    def name(self) -> str:
        return LANGUAGE_NAMES.get(self.language, self.language)


_installed: InstalledLanguage | None = None


def installed_language() -> InstalledLanguage | None:
    return _installed


def install_language(language: str, tag: str | None = None) -> InstalledLanguage:
    """Install `language` ('de', …) in the running QApplication, replacing any installed one."""
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    uninstall_language()
    locale = display_locale(language, tag)
    QLocale.setDefault(locale)
    installed = InstalledLanguage(language, locale, _direction(language))
    # English needs only the app's plural forms; the others the app's and Qt's translations.
    files = [("app", app_translation(language))]
    if language != SOURCE_LANGUAGE:
        files.append(("Qt", qt_translation(language)))
    for what, path in files:
        translator = QTranslator(app)
        if path is not None and translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            installed.translators.append(translator)
        else:
            installed.missing.append(f"{language} ({what})")
            log.warning("No %s translation for %s: those texts stay in English", what, language)
    if isinstance(app, QApplication):
        app.setLayoutDirection(installed.direction)
    _installed = installed
    return installed


def app_translation(language: str) -> Path | None:
    """checkin_app_<language>.qm in the package's resources (built from the .ts sources)."""
    return resource_path("translations", f"checkin_app_{language}.qm")


def qt_translation(language: str) -> Path | None:
    """Qt's own translation of its buttons and dialogs (qtbase_<language>.qm), from Qt's
    translations folder (in the PyInstaller bundle: PySide6's folder inside it)."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    pyside = Path(PySide6.__file__).resolve().parent
    folders += [pyside / "Qt" / "translations", pyside / "translations"]
    for folder in folders:
        path = folder / f"qtbase_{language}.qm"
        if path.is_file():
            return path
    return None


def check_translations() -> tuple[list[str], list[str]]:
    """(languages whose translations load, files missing or unreadable): `doctor` reports it."""
    loaded, problems = [], []
    for language in (SOURCE_LANGUAGE, *SHIPPED):
        found = True
        files = [("app", app_translation(language))]
        if language != SOURCE_LANGUAGE:
            files.append(("Qt", qt_translation(language)))
        for what, path in files:
            translator = QTranslator()
            if path is None or not translator.load(str(path)) or translator.isEmpty():
                problems.append(f"{language} ({what})")
                found = False
        if found:
            loaded.append(language)
    return loaded, problems


def uninstall_language() -> None:
    """Back to English, the system locale and left to right (tests; a second start)."""
    global _installed
    if _installed is None:
        return
    for translator in _installed.translators:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
    app = QCoreApplication.instance()
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    _installed = None


def _direction(language: str) -> Qt.LayoutDirection:
    return QLocale(language).textDirection()
