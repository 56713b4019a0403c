"""The recent scans list: the last 20 entries of the scan log, newest first (survives restarts)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from checkin_app.domain.clock import utc_now_iso
from checkin_app.domain.models import Verdict, VerdictKind
from checkin_app.ui.table_model import Index, RowTableModel
from checkin_app.ui.verdict_text import local_time

if TYPE_CHECKING:
    from checkin_app.bootstrap import Station

RECENT_LIMIT = 20


def tr(text: str) -> str:
    return QCoreApplication.translate("RecentScans", text)


@dataclass(frozen=True, slots=True)
class RecentRow:
    """One line of the list (built from the log on a worker, or from a fresh verdict)."""

    scan_id: str
    at: str
    decision: str
    reason: str
    guest: str
    ticket_name: str
    ticket_number: str
    station: str
    undone: bool = False
    is_undo: bool = False
    override: bool = False

    @property
    def severity(self) -> str:
        if self.is_undo:
            return "attention"
        try:
            return VerdictKind(self.decision).severity
        except ValueError:
            return "rejected"

    @classmethod
    def from_verdict(cls, verdict: Verdict, station: str) -> RecentRow:
        return cls(
            scan_id=verdict.scan_id or "",
            at=verdict.checked_in_at if verdict.admitted else utc_now_iso(),
            decision=verdict.kind.value,
            reason=verdict.reason,
            guest=verdict.guest_name,
            ticket_name=verdict.ticket_name,
            ticket_number=verdict.ticket_number or "",
            station=station,
            override=verdict.override,
        )


def load_recent(
    station: Station, event_id: str | None, limit: int = RECENT_LIMIT
) -> list[RecentRow]:
    """Read the latest scans with their guests' names (runs on a worker thread)."""
    rows = []
    tickets = station.checkin.tickets
    for record in station.checkin.log.recent(limit, event_id or None):
        ticket = (
            tickets.get(record.event_id, record.ticket_number) if record.ticket_number else None
        )
        rows.append(
            RecentRow(
                scan_id=record.scan_id,
                at=record.device_time,
                decision=record.decision,
                reason=record.reason,
                guest=ticket.guest_name if ticket else "",
                ticket_name=ticket.ticket_name if ticket else "",
                ticket_number=record.ticket_number or "",
                station=record.station,
                undone=record.undone_by is not None,
                is_undo=record.kind == "undo",
                override=record.override,
            )
        )
    return rows


_RESULT_WORDS = {
    "ADMITTED": "Admitted",
    "ALREADY_CHECKED_IN": "Already in",
    "UNKNOWN_TICKET": "Not on list",
    "WRONG_EVENT": "Wrong event",
    "CANCELED": "Canceled",
    "PAYMENT_DUE": "Payment due",
    "NOT_PAID": "Not paid",
    "NOT_A_TICKET": "Not a ticket",
    "LIST_INCOMPLETE": "List still loading",
}
_SYMBOL = {"ok": "✔", "attention": "!", "rejected": "✖"}
_COLOUR = {"ok": "#1b7f3b", "attention": "#8a5a00", "rejected": "#b3261e"}


class RecentScansModel(RowTableModel[RecentRow]):
    """Time · Result · Guest · Ticket. Symbol and words, not only colour. (The log is this
    station's own, so the station's name goes in the tooltip, not a column.)"""

    COLUMNS = ("Time", "Result", "Guest", "Ticket")
    CONTEXT = "RecentScans"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_for(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QColor(_COLOUR[row.severity])
        if role == Qt.ItemDataRole.ToolTipRole:
            reason = QCoreApplication.translate("Reasons", row.reason)
            return tr("{reason} — {station}").format(reason=reason, station=row.station)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def _display(self, row: RecentRow, column: int) -> str:
        if column == 0:
            return local_time(row.at)
        if column == 1:
            if row.is_undo:
                return "↶ " + tr("Undone")
            words = tr(_RESULT_WORDS.get(row.decision, row.decision))
            if row.override:
                words += " " + tr("(supervisor)")
            if row.undone:
                words += " · " + tr("undone")
            return f"{_SYMBOL[row.severity]} {words}"
        if column == 2:
            return row.guest or row.ticket_number or "—"
        return row.ticket_name

    # -- updates ----------------------------------------------------------------------------
    def set_rows(self, rows: list[RecentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows[:RECENT_LIMIT])
        self.endResetModel()

    def add(self, row: RecentRow) -> None:
        """Put a fresh scan on top and drop the oldest beyond the limit."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, row)
        self.endInsertRows()
        if len(self._rows) > RECENT_LIMIT:
            self.beginRemoveRows(QModelIndex(), RECENT_LIMIT, len(self._rows) - 1)
            del self._rows[RECENT_LIMIT:]
            self.endRemoveRows()

    def mark_undone(self, ticket_number: str) -> None:
        for i, row in enumerate(self._rows):
            if row.ticket_number == ticket_number and row.decision == "ADMITTED" and not row.undone:
                self._rows[i] = replace(row, undone=True)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.COLUMNS) - 1))

    def row_at(self, row: int) -> RecentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None
