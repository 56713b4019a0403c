"""What needs a person: uploads Wix refused for good, and tickets admitted at two doors."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin_app.services.attention import Conflict, OutboxItem
from checkin_app.ui.accessible import name_table_parts
from checkin_app.ui.context import UiContext
from checkin_app.ui.formats import local_time
from checkin_app.ui.i18n import QT_TRANSLATE_NOOP, tr, tr_marked
from checkin_app.ui.message_text import message_text

_KIND_WORDS = {
    "check_in": QT_TRANSLATE_NOOP("Attention", "Check-in"),
    "undo_check_in": QT_TRANSLATE_NOOP("Attention", "Undo check-in"),
    "confirm_order": QT_TRANSLATE_NOOP("Attention", "Payment at door"),
}


@dataclass(frozen=True, slots=True)
class AttentionItems:
    dead: list[OutboxItem]
    conflicts: list[Conflict]


def load_attention(context: UiContext) -> AttentionItems:
    """Runs on a worker."""
    station = context.station
    return AttentionItems(
        dead=station.attention.dead(),
        conflicts=station.attention.conflicts(),
    )


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class AttentionDialog(QDialog):
    """Lists the items; a supervisor can send refused uploads again or mark conflicts seen."""

    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(tr("Attention", "Needs attention"))
        self.resize(760, 480)
        self.items = AttentionItems([], [])
        self.dead_table = _table(
            [
                tr("Attention", "Ticket"),
                tr("Attention", "What"),
                tr("Attention", "Tries"),
                tr("Attention", "Why Wix refused"),
            ]
        )
        self.conflict_table = _table(
            [
                tr("Attention", "Ticket"),
                tr("Attention", "Admitted here"),
                tr("Attention", "At"),
                tr("Attention", "Also checked in on Wix at"),
            ]
        )
        self.dead_table.setAccessibleName(tr("Attention", "Refused uploads"))
        self.conflict_table.setAccessibleName(tr("Attention", "Admitted twice"))
        for table in (self.dead_table, self.conflict_table):
            name_table_parts(table)
        self.retry_button = QPushButton(tr("Attention", "Send selected again"))
        self.retry_all_button = QPushButton(tr("Attention", "Send all again"))
        self.reviewed_button = QPushButton(tr("Attention", "Mark as reviewed"))
        self.retry_button.clicked.connect(self._on_retry_selected)
        self.retry_all_button.clicked.connect(self._on_retry_all)
        self.reviewed_button.clicked.connect(self._on_reviewed)
        self.supervisor_note = QLabel(tr("Attention", "Unlock door mode to send items again."))
        dead_buttons = QHBoxLayout()
        dead_buttons.addWidget(self.supervisor_note)
        dead_buttons.addStretch(1)
        dead_buttons.addWidget(self.retry_button)
        dead_buttons.addWidget(self.retry_all_button)
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addStretch(1)
        conflict_buttons.addWidget(self.reviewed_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.dead_title = QLabel()
        self.conflict_title = QLabel()
        for label in (self.dead_title, self.conflict_title):
            label.setStyleSheet("font-weight: bold; font-size: 15px;")
        layout.addWidget(self.dead_title)
        layout.addWidget(
            QLabel(tr("Attention", "Wix refused these uploads. Fix the cause, then send again."))
        )
        layout.addWidget(self.dead_table, 1)
        layout.addLayout(dead_buttons)
        layout.addWidget(self.conflict_title)
        layout.addWidget(
            QLabel(
                tr(
                    "Attention",
                    "These tickets were admitted here and also at another door or on Wix.",
                )
            )
        )
        layout.addWidget(self.conflict_table, 1)
        layout.addLayout(conflict_buttons)
        layout.addWidget(close)
        self._apply_supervisor()
        self.reload()

    def _apply_supervisor(self) -> None:
        allowed = self._context.supervisor
        for button in (self.retry_button, self.retry_all_button, self.reviewed_button):
            button.setEnabled(allowed)
        self.supervisor_note.setVisible(not allowed)

    def reload(self) -> None:
        self._context.run_in_background(load_attention, self._context, on_done=self._show)

    def _show(self, items: AttentionItems) -> None:
        self.items = items
        self.dead_title.setText(tr("Attention", "Refused uploads: {n}").format(n=len(items.dead)))
        self.conflict_title.setText(
            tr("Attention", "Admitted twice: {n}").format(n=len(items.conflicts))
        )
        self.dead_table.setRowCount(len(items.dead))
        for row, item in enumerate(items.dead):
            values = [
                item.ticket_number or item.order_number or "",
                tr_marked("Attention", _KIND_WORDS.get(item.kind.value, item.kind.value)),
                str(item.attempts),
                message_text(item.last_error or ""),
            ]
            for column, value in enumerate(values):
                self.dead_table.setItem(row, column, QTableWidgetItem(value))
        self.conflict_table.setRowCount(len(items.conflicts))
        for row, conflict in enumerate(items.conflicts):
            values = [
                conflict.ticket_number,
                conflict.local_station or "",
                local_time(conflict.local_at),
                local_time(conflict.server_at),
            ]
            for column, value in enumerate(values):
                self.conflict_table.setItem(row, column, QTableWidgetItem(value))

    def _selected_rows(self, table: QTableWidget) -> list[int]:
        return sorted({index.row() for index in table.selectionModel().selectedRows()})

    def _on_retry_selected(self) -> None:
        ids = [self.items.dead[r].id for r in self._selected_rows(self.dead_table)]
        if ids:
            self._retry(ids)

    def _on_retry_all(self) -> None:
        self._retry(None)

    def _retry(self, ids: list[int] | None) -> None:
        if not self._context.supervisor:
            return
        self._context.run_in_background(
            self._context.station.attention.retry_dead, ids, on_done=lambda _n: self._after_change()
        )

    def _on_reviewed(self) -> None:
        if not self._context.supervisor:
            return
        ids = [self.items.conflicts[r].id for r in self._selected_rows(self.conflict_table)]
        self._context.run_in_background(
            self._context.station.attention.resolve_conflicts, ids,
            on_done=lambda _r: self._after_change(),
        )  # fmt: skip

    def _after_change(self) -> None:
        self.changed.emit()
        self.reload()
