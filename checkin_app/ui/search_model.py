"""The guest search results: who, which ticket, and whether they are already in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from checkin_app.services.search import SearchHit
from checkin_app.ui.formats import local_time
from checkin_app.ui.i18n import QT_TRANSLATE_NOOP, tr
from checkin_app.ui.reason_text import reason_text
from checkin_app.ui.table_model import Index, RowTableModel


def hit_status(hit: SearchHit) -> str:
    """'✔ In at 19:42 · Door 2', or the ticket's standing ('Paid', 'Canceled', …)."""
    if hit.checked_in:
        when = local_time(hit.checked_in_at)
        where = f" · {hit.checked_in_station}" if hit.checked_in_station else ""
        return "✔ " + tr("GuestSearch", "In at {time}").format(time=when) + where
    return reason_text(hit.status_text)


class SearchResultsModel(RowTableModel[SearchHit]):
    COLUMNS = (
        QT_TRANSLATE_NOOP("GuestSearch", "Guest"),
        QT_TRANSLATE_NOOP("GuestSearch", "Ticket"),
        QT_TRANSLATE_NOOP("GuestSearch", "Ticket no."),
        QT_TRANSLATE_NOOP("GuestSearch", "Order"),
        QT_TRANSLATE_NOOP("GuestSearch", "Status"),
    )
    CONTEXT = "GuestSearch"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        hit = self.row_for(index)
        if hit is None:
            return None
        ticket = hit.ticket
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                ticket.guest_name or "—",
                ticket.ticket_name,
                ticket.ticket_number,
                ticket.order_number,
                hit_status(hit),
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return ticket.guest_email or None
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and hit.checked_in:
            return QColor("#1b7f3b")
        if role == Qt.ItemDataRole.UserRole:
            return hit
        return None

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._rows = list(hits)
        self.endResetModel()

    def hit_at(self, row: int) -> SearchHit | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None
