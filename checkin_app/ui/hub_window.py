"""The hub's own window: its address, the pairing code (also as a QR code) and the paired
doors with their last contact and queue. Refreshes every few seconds on a worker."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import segno
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin_app.services.hub_door import invite_text
from checkin_app.ui.formats import age_text, local_time, number_text
from checkin_app.ui.i18n import QT_TRANSLATE_NOOP, tr, tr_marked
from checkin_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from checkin_app.hub import HubRuntime

REFRESH_MS = 3000


def qr_pixmap(text: str, scale: int = 6) -> QPixmap:
    """A QR code of `text` (segno, already a dependency) as a pixmap."""
    code = segno.make(text, error="m")
    width, height = code.symbol_size(scale=scale)
    image = QImage(int(width), int(height), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    for y, row in enumerate(code.matrix_iter(scale=scale, border=4)):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x, y, 0xFF000000)
    return QPixmap.fromImage(image)


class HubWindow(QWidget):
    """Shows a running `HubRuntime` (passed in); revokes a selected door on request."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("HubWindow", "Door"),
        QT_TRANSLATE_NOOP("HubWindow", "Last contact"),
        QT_TRANSLATE_NOOP("HubWindow", "Queue"),
        QT_TRANSLATE_NOOP("HubWindow", "Address"),
        QT_TRANSLATE_NOOP("HubWindow", "State"),
    )

    def __init__(
        self, runtime: HubRuntime, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(tr("HubWindow", "Venue hub"))
        self._runtime = runtime
        self._runner = runner
        self.address = QLabel()
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = QLabel()
        self.code.setStyleSheet("font-size: 28px; font-weight: bold; letter-spacing: 4px;")
        self.qr = QLabel()
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([tr_marked("HubWindow", c) for c in self.COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.revoke_button = QPushButton(tr("HubWindow", "Revoke the selected door"))
        self.revoke_button.clicked.connect(self._revoke_selected)
        self.new_code_button = QPushButton(tr("HubWindow", "New pairing code"))
        self.new_code_button.clicked.connect(self._new_code)
        top = QHBoxLayout()
        words = QVBoxLayout()
        words.addWidget(self.address)
        words.addWidget(
            QLabel(
                tr(
                    "HubWindow",
                    "Pairing code — on each door: show this QR code to its camera, or Station ▸ "
                    "Pair with the venue hub…",
                )
            )
        )
        words.addWidget(self.code)
        words.addWidget(self.new_code_button)
        words.addStretch(1)
        top.addLayout(words, 1)
        top.addWidget(self.qr)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.revoke_button)
        self._ids: list[str] = []
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        pairing = self._runtime.pairing
        if pairing is None:
            return
        code = pairing.code
        self.address.setText(tr("HubWindow", "Hub address: {url}").format(url=self._runtime.url))
        if self.code.text() != code.display:
            self.code.setText(code.display)
            # Address, code and certificate: a door's camera pairs from it (ui/hub_membership).
            invite = invite_text(self._runtime.url, code.code, pairing.fingerprint)
            self.qr.setPixmap(qr_pixmap(invite))
        self._runner.submit(pairing.stations, on_done=self._show_stations)

    def _show_stations(self, stations: Any) -> None:
        seen = self._runtime.server.last_seen() if self._runtime.server else {}
        self.table.setRowCount(len(stations))
        self._ids = [s.id for s in stations]
        for row, station in enumerate(stations):
            last = local_time(station.last_contact) or tr("HubWindow", "never")
            if station.id in seen:
                last = age_text(_now() - seen[station.id])
            state = tr("HubWindow", "paired") if station.active else tr("HubWindow", "revoked")
            values = (station.name, last, number_text(station.queue),
                      station.last_address or "", state)  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def _revoke_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        pairing = self._runtime.pairing
        for row in rows:
            if pairing is not None and row < len(self._ids):
                self._runner.submit(pairing.revoke, self._ids[row], on_done=self._revoked)

    def _revoked(self, _count: object) -> None:
        self.refresh()

    def _new_code(self) -> None:
        if self._runtime.pairing is not None:
            self._runtime.pairing.new_code()
            self.refresh()


def _now() -> float:
    return time.time()
