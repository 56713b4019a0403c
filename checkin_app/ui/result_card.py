"""The result card: a verdict readable from two metres — colour, icon and words together."""

from __future__ import annotations

import time

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.models import Verdict
from checkin_app.domain.progress import ListProgress
from checkin_app.ui.i18n import tr
from checkin_app.ui.icons import verdict_pixmap
from checkin_app.ui.list_text import still_loading_lines
from checkin_app.ui.verdict_text import SEVERITY_STYLE, CardText, card_text


class FitLabel(QLabel):
    """A one-line label whose font shrinks (down to `min_pixels`) so the text always fits:
    a long verdict or name on a narrow card is smaller, never cut off."""

    def __init__(self, max_pixels: int, min_pixels: int, bold: bool = False) -> None:
        super().__init__(alignment=Qt.AlignmentFlag.AlignCenter)
        self._max = max_pixels
        self._min = min_pixels
        font = self.font()
        font.setPixelSize(max_pixels)
        font.setBold(bold)
        self.setFont(font)
        self.setMinimumWidth(1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def set_pixel_range(self, max_pixels: int, min_pixels: int) -> None:
        self._max, self._min = max_pixels, min_pixels
        font = QFont(self.font())
        font.setPixelSize(max_pixels)
        self.setFont(font)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        font = QFont(self.font())
        available = max(1, self.contentsRect().width() - 8)
        size = self._max
        font.setPixelSize(size)
        while size > self._min and QFontMetrics(font).horizontalAdvance(self.text()) > available:
            size -= 2
            font.setPixelSize(size)
        if font.pixelSize() != self.font().pixelSize():
            self.setFont(font)


class ResultCard(QFrame):
    """Shows one verdict, offers the actions that apply, and clears itself after a while.

    A new verdict replaces the old one at once: the card never waits for a click.
    """

    undo_requested = Signal(object)  # Verdict
    collect_requested = Signal(object)  # Verdict
    override_requested = Signal(object, str)  # Verdict, the raw code
    cleared = Signal()
    painted = Signal(float)  # perf_counter() when a new verdict was first painted
    # What the card now says, in words, for assistive technology and speech: (sentence,
    # severity). Emitted for every new verdict or message.
    announced = Signal(str, str)

    ICON_SIZE = 96

    def __init__(self, auto_dismiss_s: float = 4.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ResultCard")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(360)
        self.setAccessibleName(tr("ResultCard", "Result"))
        self.verdict: Verdict | None = None
        self.raw_code = ""
        self.text: CardText | None = None
        self._supervisor = True
        self._paint_pending = False
        self._auto_dismiss_ms = int(auto_dismiss_s * 1000)
        self._loading: tuple[str, str, str] | None = None  # the idle card's "still loading"
        self._icon_size = self.ICON_SIZE

        self._icon = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self._headline = FitLabel(56, 24, bold=True)
        self._headline.setObjectName("headline")
        self._guest = FitLabel(30, 16, bold=True)
        self._guest.setObjectName("guest")
        self._ticket = self._label("ticket", 20)
        self._reason = self._label("reason", 20)
        self._reason.setWordWrap(True)

        # Mnemonics (Alt+U, Alt+C, Alt+A, Alt+N) work only while the button is shown.
        self.undo_button = self._button(tr("ResultCard", "&Undo check-in"), self._on_undo_clicked)
        self.collect_button = self._button(
            tr("ResultCard", "&Collect payment and admit"), self._on_collect
        )
        self.override_button = self._button(
            tr("ResultCard", "&Admit anyway (supervisor)"), self._on_override
        )
        self.dismiss_button = self._button(tr("ResultCard", "&Next guest"), self.clear)
        self.undo_button.setObjectName("cardUndo")
        self.collect_button.setObjectName("cardCollect")
        self.override_button.setObjectName("cardOverride")
        self.dismiss_button.setObjectName("cardNext")

        self._countdown = QProgressBar()
        self._countdown.setObjectName("countdown")
        self._countdown.setTextVisible(False)
        self._countdown.setFixedHeight(6)
        self._countdown.setRange(0, 1000)
        self._countdown.setAccessibleName(tr("ResultCard", "Time until the card clears"))
        self._background = QColor(SEVERITY_STYLE["idle"][0])

        self.action_buttons = (
            self.undo_button,
            self.collect_button,
            self.override_button,
            self.dismiss_button,
        )
        actions = QHBoxLayout()
        actions.setSpacing(8)
        for button in self.action_buttons:
            actions.addWidget(button)
        actions.addStretch(1)

        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(10)
        layout.addStretch(1)
        layout.addWidget(self._icon)
        layout.addWidget(self._headline)
        layout.addWidget(self._guest)
        layout.addWidget(self._ticket)
        layout.addWidget(self._reason)
        layout.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(self._countdown)

        self._dismiss_timer = QTimer(self, singleShot=True)
        self._dismiss_timer.timeout.connect(self.clear)
        self._tick = QTimer(self, interval=50)
        self._tick.timeout.connect(self._on_tick)
        self._shown_at = 0.0
        self.clear()

    # -- building ---------------------------------------------------------------------------
    def _label(self, name: str, pixels: int, bold: bool = False) -> QLabel:
        label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        label.setObjectName(name)
        font = label.font()
        font.setPixelSize(pixels)
        font.setBold(bold)
        label.setFont(font)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(44)
        # Tab reaches them (keyboard users), a click does not move focus away from the search
        # box; a USB scanner's burst is caught before it could "press" a focused button.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

    # -- public -----------------------------------------------------------------------------
    def set_list_progress(self, progress: ListProgress | None) -> None:
        """Until the event's list was complete once, the idle card says it is still loading
        (not "Ready") and how far the download is."""
        loading = None
        if progress is not None and not progress.complete:
            loading = still_loading_lines(progress)
        if loading != self._loading:
            self._loading = loading
            if self.verdict is None and self.text is None:
                self._show_idle()

    def set_supervisor(self, supervisor: bool) -> None:
        self._supervisor = supervisor
        self._update_buttons()

    def set_auto_dismiss(self, seconds: float) -> None:
        self._auto_dismiss_ms = max(1000, int(seconds * 1000))

    def show_verdict(self, verdict: Verdict, raw_code: str = "") -> None:
        self.verdict = verdict
        self.raw_code = raw_code
        self.text = text = card_text(verdict)
        self._apply_style(text.severity)
        self._icon.setPixmap(
            _icon(
                text.icon,
                SEVERITY_STYLE[text.severity][1],
                self.devicePixelRatioF(),
                self._icon_size,
            )
        )
        self._headline.setText(text.headline)
        self._guest.setText(text.guest)
        self._guest.setVisible(bool(text.guest))
        self._ticket.setText(text.ticket)
        self._ticket.setVisible(bool(text.ticket))
        self._reason.setText(text.reason)
        self._update_buttons()
        self._start_countdown()
        self._paint_pending = True
        self.update()
        self._announce(text.headline, text.guest, text.ticket, text.reason, text.severity)

    def show_message(self, headline: str, reason: str, severity: str = "attention") -> None:
        """A card that is not a verdict (e.g. 'Could not check in: disk full')."""
        self.verdict = None
        self.text = None
        self._apply_style(severity)
        icon = {"ok": "check", "attention": "warning"}.get(severity, "cross")
        colour = SEVERITY_STYLE[severity][1]
        self._icon.setPixmap(
            verdict_pixmap(icon, self._icon_size, colour, self.devicePixelRatioF())
        )
        self._headline.setText(headline)
        self._guest.hide()
        self._ticket.hide()
        self._reason.setText(reason)
        self._update_buttons()
        self._start_countdown()
        self._paint_pending = True
        self.update()
        self._announce(headline, "", "", reason, severity)

    def clear(self) -> None:
        """Back to the idle card."""
        was_showing = self.verdict is not None or self.text is not None
        self.verdict = None
        self.text = None
        self.raw_code = ""
        self._dismiss_timer.stop()
        self._tick.stop()
        self._countdown.hide()
        self._show_idle()
        if was_showing:
            self.cleared.emit()

    def _show_idle(self) -> None:
        self._apply_style("idle")
        self._icon.setPixmap(_idle_icon(self.devicePixelRatioF()))
        if self._loading is not None:
            headline, first, second = self._loading
            description = f"{headline}: {first}"
        else:
            headline = tr("ResultCard", "Ready")
            first = tr("ResultCard", "Show the ticket's QR code to the camera")
            second = tr("ResultCard", "or scan it, or search the guest list")
            description = tr("ResultCard", "Ready for the next guest")
        self._headline.setText(headline)
        self._guest.setText(first)
        self._guest.show()
        self._ticket.setText(second)
        self._ticket.show()
        self._reason.setText("")
        self._update_buttons()
        self.setAccessibleDescription(description)

    @property
    def is_idle(self) -> bool:
        return self.verdict is None and self.text is None and not self._dismiss_timer.isActive()

    def set_text_scale(self, scale: float) -> None:
        """Larger words for the large-text mode (1.0: the normal sizes); the icon gives them
        room, so the card still fits a 768-pixel-high screen."""
        self._icon_size = round(self.ICON_SIZE / scale**2)
        self._icon.setMinimumHeight(self._icon_size)
        self._layout.setSpacing(round(10 / scale))
        for label, (largest, smallest) in ((self._headline, (56, 24)), (self._guest, (30, 16))):
            label.set_pixel_range(int(largest * scale), int(smallest * scale))
        for plain in (self._ticket, self._reason):
            font = plain.font()
            font.setPixelSize(int(20 * scale))
            plain.setFont(font)

    # -- internals --------------------------------------------------------------------------
    def _announce(self, headline: str, guest: str, ticket: str, reason: str, severity: str) -> None:
        """Say what the card shows in words: its accessible name and description change, and
        `announced` carries one sentence for screen readers and speech."""
        parts = [headline.capitalize(), guest, ticket]
        sentence = ", ".join(part for part in parts if part)
        if reason and severity != "ok":
            sentence += ". " + reason
        self.setAccessibleName(tr("ResultCard", "Result: {headline}").format(headline=headline))
        self.setAccessibleDescription(sentence)
        self.announced.emit(sentence, severity)

    def _apply_style(self, severity: str) -> None:
        # Colours through the palette and our own paintEvent, not a style sheet: restyling
        # a widget tree on every scan costs milliseconds the door does not have.
        background, foreground = SEVERITY_STYLE[severity]
        self.setProperty("severity", severity)
        self._background = QColor(background)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(foreground))
        palette.setColor(QPalette.ColorRole.Highlight, QColor(foreground))
        palette.setColor(QPalette.ColorRole.Base, self._background.darker(125))
        for label in (self._icon, self._headline, self._guest, self._ticket, self._reason):
            label.setPalette(palette)
        self._countdown.setPalette(palette)
        self.update()

    def _update_buttons(self) -> None:
        text = self.text
        self.undo_button.setVisible(bool(text and text.can_undo))
        self.collect_button.setVisible(bool(text and text.can_collect))
        self.override_button.setVisible(bool(text and text.can_override and self._supervisor))
        self.dismiss_button.setVisible(text is not None or self.verdict is not None)

    def _start_countdown(self) -> None:
        self._shown_at = time.monotonic()
        self._dismiss_timer.start(self._auto_dismiss_ms)
        self._countdown.setValue(1000)
        self._countdown.show()
        self._tick.start()

    def _on_tick(self) -> None:
        elapsed = (time.monotonic() - self._shown_at) * 1000
        left = max(0.0, 1.0 - elapsed / max(1, self._auto_dismiss_ms))
        self._countdown.setValue(int(left * 1000))

    def _on_undo_clicked(self) -> None:
        if self.verdict is not None:
            self.undo_requested.emit(self.verdict)

    def _on_collect(self) -> None:
        if self.verdict is not None:
            self.collect_requested.emit(self.verdict)

    def _on_override(self) -> None:
        if self.verdict is not None:
            self.override_requested.emit(self.verdict, self.raw_code)

    def hold(self) -> None:
        """Keep the card up while staff act on it (an action dialog is open)."""
        self._dismiss_timer.stop()
        self._tick.stop()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._background)
        painter.drawRoundedRect(QRectF(self.rect()), 12, 12)
        painter.end()
        if self._paint_pending:
            self._paint_pending = False
            self.painted.emit(time.perf_counter())


_ICONS: dict[tuple[str, str, float, int], QPixmap] = {}


def _icon(kind: str, colour: str, dpr: float, size: int = ResultCard.ICON_SIZE) -> QPixmap:
    """Verdict icons, drawn once per kind, colour and pixel ratio."""
    key = (kind, colour, dpr, size)
    if key not in _ICONS:
        _ICONS[key] = verdict_pixmap(kind, size, colour, dpr)
    return _ICONS[key]


def _idle_icon(dpr: float) -> QPixmap:
    return _icon("scan", "#b0bec5", dpr, 72)
