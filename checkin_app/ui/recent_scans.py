"""The door's recent-scans part: the last scans of this station, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QTableView, QVBoxLayout, QWidget

from checkin_app.ui.i18n import tr
from checkin_app.ui.recent_model import RecentScansModel
from checkin_app.ui.table_fit import ColumnFitter

GUEST_COLUMN, TICKET_COLUMN = 2, 3


class RecentScans(QGroupBox):
    """Time · Result · Guest · Ticket; the guest's name gives way (elided, with a tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("DoorWindow", "Recent scans"), parent)
        self.model = RecentScansModel(self)
        self.view = QTableView()
        self.view.setObjectName("recentScans")
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("DoorWindow", "Recent scans"))
        self.view.setAccessibleDescription(
            tr("DoorWindow", "The last scans at this station, newest first")
        )
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Reachable with Tab to read the rows, but a click never takes focus from the search.
        self.view.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.view.verticalHeader().setDefaultSectionSize(28)
        self.fitter = ColumnFitter(self.view, stretch=GUEST_COLUMN, caps={TICKET_COLUMN: 0.3})
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
