"""The app's look: the theme, and the large-text / high-contrast mode on top of it."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from checkin_app.ui.resources import resource_path

THEME = "theme.qss"
CONTRAST_THEME = "theme-contrast.qss"
LARGE_TEXT_SCALE = 1.3  # the whole UI's text; the result card scales its own sizes too

_base_font: QFont | None = None


def text_scale(high_contrast: bool) -> float:
    return LARGE_TEXT_SCALE if high_contrast else 1.0


def apply_appearance(app: QApplication, high_contrast: bool = False) -> None:
    """Set the style sheet and the font for the whole application (both windows)."""
    global _base_font
    if _base_font is None:
        _base_font = QFont(app.font())
    sheets = [THEME, CONTRAST_THEME] if high_contrast else [THEME]
    text = []
    for name in sheets:
        path = resource_path(name)
        if path is not None:
            text.append(path.read_text(encoding="utf-8"))
    font = QFont(_base_font)
    if high_contrast:
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * LARGE_TEXT_SCALE)
        else:
            font.setPixelSize(round(font.pixelSize() * LARGE_TEXT_SCALE))
    app.setFont(font)
    app.setStyleSheet("\n".join(text))
    app.setProperty("checkinHighContrast", high_contrast)


def high_contrast_on(app: QApplication) -> bool:
    return bool(app.property("checkinHighContrast"))
