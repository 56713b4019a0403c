"""The app's look: the theme, and the large-text / high-contrast mode on top of it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from checkin_app.ui.resources import resource_path

THEME = "theme.qss"
CONTRAST_THEME = "theme-contrast.qss"
LARGE_TEXT_SCALE = 1.3  # the whole UI's text; the result card scales its own sizes too

_base_font: QFont | None = None
_base_palette: QPalette | None = None

_CONTRAST_COLOURS = {
    QPalette.ColorRole.Window: "#ffffff",
    QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f0f0f0",
    QPalette.ColorRole.Text: "#000000",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#000000",
    QPalette.ColorRole.Highlight: "#000000",
    QPalette.ColorRole.HighlightedText: "#ffff00",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#000000",
    QPalette.ColorRole.PlaceholderText: "#4d4d4d",
}


def contrast_palette(base: QPalette) -> QPalette:
    """Black on white; disabled text dark grey (still 7:1 on white)."""
    palette = QPalette(base)
    for role, colour in _CONTRAST_COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#595959"))
    return palette


def text_scale(high_contrast: bool) -> float:
    return LARGE_TEXT_SCALE if high_contrast else 1.0


def apply_appearance(app: QApplication, high_contrast: bool = False) -> None:
    """Set the style sheet and the font for the whole application (both windows)."""
    global _base_font, _base_palette
    if _base_font is None or _base_palette is None:
        _base_font = QFont(app.font())
        _base_palette = QPalette(app.palette())
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
    app.setPalette(contrast_palette(_base_palette) if high_contrast else _base_palette)
    app.setStyleSheet("\n".join(text))
    app.setProperty("checkinHighContrast", high_contrast)


def high_contrast_on(app: QApplication) -> bool:
    return bool(app.property("checkinHighContrast"))
