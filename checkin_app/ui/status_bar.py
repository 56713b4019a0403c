"""The always-visible status line: connection, uploads waiting, last sync, problems, clock."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from checkin_app.domain.clock import parse_iso
from checkin_app.domain.progress import ListProgress
from checkin_app.ui.formats import age_text, percent_text
from checkin_app.ui.i18n import PLURAL, QT_TRANSLATE_NOOP, tr, tr_marked
from checkin_app.ui.list_text import duration_text, tickets_so_far_text
from checkin_app.ui.message_text import message_text
from checkin_app.ui.station_status import StationSnapshot


def offset_text(seconds: float) -> str:
    minutes = abs(seconds) / 60
    amount = (
        tr("StatusBar", "{n} min").format(n=round(minutes))
        if minutes < 120
        else tr("StatusBar", "{n} h").format(n=round(minutes / 60))
    )
    return (
        tr("StatusBar", "This computer's clock is {amount} fast").format(amount=amount)
        if seconds < 0
        else tr("StatusBar", "This computer's clock is {amount} slow").format(amount=amount)
    )


def mode_text(mode: str, connectivity: str) -> str:
    """Which way this door decides and syncs: through the venue hub, with Wix, or alone."""
    if connectivity == "offline":
        return tr("StatusBar", "Mode: offline (deciding here)")
    if mode == "hub":
        return tr("StatusBar", "Mode: venue hub")
    if mode == "direct":
        return tr("StatusBar", "Mode: direct to Wix")
    return ""


def guest_list_text(progress: ListProgress | None, waiting_s: float | None) -> str:
    """The status line's words about the guest list: empty when it is complete and idle."""
    if progress is None or (progress.complete and not progress.downloading):
        return ""
    if not progress.complete:
        text = tr("StatusBar", "⇣ Guest list still downloading: {so_far}").format(
            so_far=tickets_so_far_text(progress)
        )
    else:
        updated = parse_iso(progress.list_updated_at)
        age = age_text((datetime.now(UTC) - updated).total_seconds()) if updated else ""
        share = (
            percent_text(round(100 * progress.fraction)) if progress.fraction is not None else "…"
        )
        text = tr("StatusBar", "Guest list from {age}; checking it again ({share})").format(
            age=age, share=share
        )
    if waiting_s:
        text += " — " + tr("StatusBar", "Wix asked to slow down, waiting {time}").format(
            time=duration_text(waiting_s)
        )
    return text


# symbol, words, colour — never colour alone.
_CONNECTIVITY = {
    "online": ("●", QT_TRANSLATE_NOOP("StatusBar", "Online"), "#1b7f3b"),
    "degraded": ("◐", QT_TRANSLATE_NOOP("StatusBar", "Connection problems"), "#8a5a00"),
    "offline": (
        "○",
        QT_TRANSLATE_NOOP("StatusBar", "Offline: check-ins are kept and upload later"),
        "#b3261e",
    ),
    "unknown": ("◌", QT_TRANSLATE_NOOP("StatusBar", "Connecting…"), "#455a64"),
    "local": ("◌", QT_TRANSLATE_NOOP("StatusBar", "Not connected to Wix"), "#455a64"),
}


class StatusLine(QWidget):
    """Lives in the main window's status bar; `update_snapshot` feeds it."""

    attention_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connectivity = QLabel()
        self.mode = QLabel()  # hub / direct to Wix / offline (issue 14)
        self.mode.setObjectName("syncMode")
        self.waiting = QLabel()
        self.last_sync = QLabel()
        self.guest_list = QLabel()
        self.guest_list.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.clock = QLabel()
        self.clock.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.attention = QPushButton()
        self.attention.setFlat(True)
        self.attention.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.attention.setStyleSheet("color: #b3261e; font-weight: bold; padding: 0 6px;")
        self.attention.clicked.connect(self.attention_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(18)
        for widget in (self.mode, self.connectivity, self.waiting, self.last_sync, self.guest_list):
            layout.addWidget(widget)
        layout.addWidget(self.attention)
        layout.addWidget(self.clock)
        layout.addStretch(1)
        self.snapshot: StationSnapshot | None = None
        self.not_connected_reason = ""  # why there is no Wix connection (tooltip)
        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self._refresh_age)
        self._ticker.start()
        self._show_connectivity("unknown", None)
        self.waiting.setText("")
        self.last_sync.setText("")
        self.attention.hide()
        self.clock.hide()
        self.guest_list.hide()

    def update_snapshot(self, snapshot: StationSnapshot) -> None:
        self.snapshot = snapshot
        self.mode.setText(mode_text(snapshot.mode, snapshot.connectivity))
        self._show_connectivity(snapshot.connectivity, snapshot.paused_reason)
        if snapshot.waiting:
            waiting = snapshot.waiting
            self.waiting.setText(tr("StatusBar", "⇡ %n waiting to upload", None, PLURAL, waiting))
            self.waiting.setStyleSheet("font-weight: bold;")
        else:
            self.waiting.setText(tr("StatusBar", "✔ All check-ins uploaded"))
            self.waiting.setStyleSheet("")
        self.attention.setVisible(snapshot.attention > 0)
        attention = snapshot.attention
        self.attention.setText(tr("StatusBar", "⚠ %n need attention…", None, PLURAL, attention))
        list_text = guest_list_text(snapshot.guest_list, snapshot.waiting_s)
        self.guest_list.setText(list_text)
        self.guest_list.setVisible(bool(list_text))
        self.clock.setVisible(snapshot.clock_off)
        if snapshot.clock_off and snapshot.clock_offset_s is not None:
            self.clock.setText("⚠ " + offset_text(snapshot.clock_offset_s))
        self._refresh_age()

    def _show_connectivity(self, state: str, paused_reason: str | None) -> None:
        symbol, words, colour = _CONNECTIVITY.get(state, _CONNECTIVITY["unknown"])
        text = f"{symbol} {tr_marked('StatusBar', words)}"
        if paused_reason:
            paused_reason = message_text(paused_reason)
            text += f" — {paused_reason}"
            colour = "#b3261e"
        self.connectivity.setText(text)
        self.connectivity.setStyleSheet(f"color: {colour}; font-weight: bold;")
        tooltip = paused_reason or (self.not_connected_reason if state == "local" else "")
        self.connectivity.setToolTip(tooltip or "")

    def _refresh_age(self) -> None:
        snapshot = self.snapshot
        if snapshot is None or snapshot.connectivity == "local":
            self.last_sync.setText("")
            return
        if snapshot.last_sync is None:
            downloading = snapshot.guest_list is not None and snapshot.guest_list.downloading
            # During the first download the guest-list label says how far it is.
            self.last_sync.setText("" if downloading else tr("StatusBar", "Not synced yet"))
            return
        age = (datetime.now(UTC) - snapshot.last_sync).total_seconds()
        self.last_sync.setText(tr("StatusBar", "Last sync {age}").format(age=age_text(age)))
