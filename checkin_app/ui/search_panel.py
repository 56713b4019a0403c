"""Find a guest by name, email, ticket or order number as you type; check in or undo from the list.

Keystrokes are debounced and each query runs on a worker; a reply to an older query than the
last one asked is dropped, so the list always matches the box.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin_app.services.search import SearchHit
from checkin_app.ui.context import UiContext
from checkin_app.ui.i18n import PLURAL, tr
from checkin_app.ui.search_model import SearchResultsModel
from checkin_app.ui.table_fit import ColumnFitter
from checkin_app.ui.workers import TaskRunner

DEBOUNCE_MS = 150
MIN_CHARS = 2
GUEST_COLUMN, TICKET_COLUMN, STATUS_COLUMN = 0, 1, 4


class SearchPanel(QWidget):
    check_in_requested = Signal(str)  # ticket number
    undo_requested = Signal(str)  # ticket number
    results_shown = Signal(int)  # number of hits now listed

    def __init__(
        self, context: UiContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._generation = 0
        self._enter_for: int | None = None  # Enter came before this query's answer
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(
            tr("GuestSearch", "Find a guest: name, email, ticket or order number")
        )
        self.box.setClearButtonEnabled(True)
        self.box.setMinimumHeight(36)
        self.box.setAccessibleName(tr("GuestSearch", "Find a guest"))
        self.box.setAccessibleDescription(
            tr(
                "GuestSearch",
                "Type a name, email, ticket or order number; Enter checks in a single match",
            )
        )
        self.model = SearchResultsModel(self)
        self.view = QTableView()
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("GuestSearch", "Guests found"))
        self.view.setAccessibleDescription(tr("GuestSearch", "Enter checks in the selected guest"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(28)
        self.fitter = ColumnFitter(
            self.view, stretch=GUEST_COLUMN, caps={TICKET_COLUMN: 0.25, STATUS_COLUMN: 0.35}
        )
        self.view.doubleClicked.connect(lambda _index: self._on_check_in())
        self.view.installEventFilter(self)  # Enter in the list checks in
        self.hint = QLabel()
        self.hint.setObjectName("searchHint")
        self.check_in_button = QPushButton(tr("GuestSearch", "Check in"))
        self.undo_button = QPushButton(tr("GuestSearch", "Undo check-in"))
        for button in (self.check_in_button, self.undo_button):
            button.setMinimumHeight(36)
            button.setEnabled(False)
        self.check_in_button.clicked.connect(self._on_check_in)
        self.undo_button.clicked.connect(self._on_undo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.check_in_button)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_query)
        self.box.textChanged.connect(self._on_text_changed)
        self.box.returnPressed.connect(self._on_return)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._set_hint(tr("GuestSearch", "Type at least two letters or a number."))

    # -- querying ---------------------------------------------------------------------------
    def _on_text_changed(self, _text: str) -> None:
        self._enter_for = None
        self._debounce.start()

    def run_query(self) -> None:
        self._debounce.stop()
        text = self.box.text().strip()
        self._generation += 1
        generation = self._generation
        if len(text) < MIN_CHARS:
            self._show([], generation, text)
            return
        search = self._context.station.search.search
        event_id = self._context.event_id or None
        self._runner.submit(
            search,
            text,
            event_id,
            on_done=lambda hits: self._show(hits, generation, text),
            on_error=lambda exc: self._set_hint(
                tr("GuestSearch", "Search failed: {error}").format(error=exc)
            ),
        )

    def refresh(self) -> None:
        """Run the current query again (after a check-in or an undo changed a row)."""
        if self.box.text().strip():
            self.run_query()

    def _show(self, hits: list[SearchHit], generation: int, text: str) -> None:
        if generation != self._generation:
            return  # an older query answered late: the box has moved on
        selected = self.selected_hit()
        self.model.set_hits(hits)
        if not text or len(text) < MIN_CHARS:
            self._set_hint(tr("GuestSearch", "Type at least two letters or a number."))
        elif not hits:
            self._set_hint(tr("GuestSearch", "No guest matches “{text}”.").format(text=text))
        else:
            found = len(hits)
            self._set_hint(tr("GuestSearch", "%n found", None, PLURAL, found))
        row = 0
        if selected is not None:
            for i in range(self.model.rowCount()):
                hit = self.model.hit_at(i)
                if hit and hit.ticket.ticket_number == selected.ticket.ticket_number:
                    row = i
        if hits:
            self.view.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_buttons()
        self.results_shown.emit(len(hits))
        if self._enter_for == generation:
            self._enter_for = None
            self._act_on_enter()

    def _set_hint(self, text: str) -> None:
        self.hint.setText(text)

    # -- actions ----------------------------------------------------------------------------
    def selected_hit(self) -> SearchHit | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.hit_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        hit = self.selected_hit()
        self.check_in_button.setEnabled(hit is not None and not hit.checked_in)
        self.undo_button.setEnabled(hit is not None and hit.checked_in)

    def _on_return(self) -> None:
        """Enter checks in only an unambiguous match; otherwise it moves to the list. Enter
        pressed before the answer to the last keys acts on that answer when it comes."""
        if self._debounce.isActive():
            self.run_query()
            self._enter_for = self._generation
            return
        self._act_on_enter()

    def _act_on_enter(self) -> None:
        if self.model.rowCount() == 1:
            self._on_check_in()
        elif self.model.rowCount() > 1:
            self.view.setFocus()

    def _on_check_in(self) -> None:
        hit = self.selected_hit()
        if hit is not None and not hit.checked_in:
            self.check_in_requested.emit(hit.ticket.ticket_number)

    def _on_undo(self) -> None:
        hit = self.selected_hit()
        if hit is not None and hit.checked_in:
            self.undo_requested.emit(hit.ticket.ticket_number)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._on_check_in()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # Esc clears the search
            self.box.clear()
            self.box.setFocus()
            return
        super().keyPressEvent(event)
