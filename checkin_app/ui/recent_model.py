"""The recent scans list: the last 20 entries of the scan log, newest first (survives restarts)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from checkin_app.domain.clock import utc_now_iso
from checkin_app.domain.models import Verdict, VerdictKind
from checkin_app.ui.formats import local_time
from checkin_app.ui.i18n import QT_TRANSLATE_NOOP, tr, tr_marked
from checkin_app.ui.reason_text import reason_text
from checkin_app.ui.table_model import Index, RowTableModel

if TYPE_CHECKING:
    from checkin_app.bootstrap import Station

RECENT_LIMIT = 20


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
            at=(verdict.checked_in_at if verdict.admitted else None) or utc_now_iso(),
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
    for scan in station.recent.latest(limit, event_id):
        record, ticket = scan.record, scan.ticket
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
    "ADMITTED": QT_TRANSLATE_NOOP("RecentScans", "Admitted"),
    "ALREADY_CHECKED_IN": QT_TRANSLATE_NOOP("RecentScans", "Already in"),
    "UNKNOWN_TICKET": QT_TRANSLATE_NOOP("RecentScans", "Not on list"),
    "WRONG_EVENT": QT_TRANSLATE_NOOP("RecentScans", "Wrong event"),
    "CANCELED": QT_TRANSLATE_NOOP("RecentScans", "Canceled"),
    "PAYMENT_DUE": QT_TRANSLATE_NOOP("RecentScans", "Payment due"),
    "NOT_PAID": QT_TRANSLATE_NOOP("RecentScans", "Not paid"),
    "NOT_A_TICKET": QT_TRANSLATE_NOOP("RecentScans", "Not a ticket"),
    "LIST_INCOMPLETE": QT_TRANSLATE_NOOP("RecentScans", "List still loading"),
}
_SYMBOL = {"ok": "✔", "attention": "!", "rejected": "✖"}
_COLOUR = {"ok": "#1b7f3b", "attention": "#8a5a00", "rejected": "#b3261e"}


class RecentScansModel(RowTableModel[RecentRow]):
    """Time · Result · Guest · Ticket. Symbol and words, not only colour. (The log is this
    station's own, so the station's name goes in the tooltip, not a column.)"""

    COLUMNS = (
        QT_TRANSLATE_NOOP("RecentScans", "Time"),
        QT_TRANSLATE_NOOP("RecentScans", "Result"),
        QT_TRANSLATE_NOOP("RecentScans", "Guest"),
        QT_TRANSLATE_NOOP("RecentScans", "Ticket"),
    )
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
            reason = reason_text(row.reason)
            return tr("RecentScans", "{reason} — {station}").format(
                reason=reason, station=row.station
            )
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def _display(self, row: RecentRow, column: int) -> str:
        if column == 0:
            return local_time(row.at)
        if column == 1:
            if row.is_undo:
                return "↶ " + tr("RecentScans", "Undone")
            words = tr_marked("RecentScans", _RESULT_WORDS.get(row.decision, row.decision))
            if row.override:
                words += " " + tr("RecentScans", "(supervisor)")
            if row.undone:
                words += " · " + tr("RecentScans", "undone")
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
