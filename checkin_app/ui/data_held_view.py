"""What guest data this laptop holds, and until when (issue 16.3): one row per cached
event — guests held, when they are forgotten, unsent check-ins — and "Forget now".

The list is read and the forgetting done on a worker thread (forgetting rewrites the file);
the GUI thread only shows the result.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.clock import parse_iso
from checkin_app.services.retention import Holding, HoldState, RetentionService
from checkin_app.ui.formats import date_time_text, number_text
from checkin_app.ui.i18n import PLURAL, QT_TRANSLATE_NOOP, tr, tr_marked
from checkin_app.ui.message_text import message_text
from checkin_app.ui.workers import TaskRunner

COLUMNS = (
    QT_TRANSLATE_NOOP("DataHeld", "Event"),
    QT_TRANSLATE_NOOP("DataHeld", "Ends"),
    QT_TRANSLATE_NOOP("DataHeld", "Guests held"),
    QT_TRANSLATE_NOOP("DataHeld", "Forgotten after"),
    QT_TRANSLATE_NOOP("DataHeld", "Status"),
)


def _when(holding: Holding) -> str:
    return date_time_text(holding.forget_after.astimezone()) if holding.forget_after else "—"


def _local(iso: str | None) -> str:
    moment = parse_iso(iso)
    return date_time_text(moment.astimezone()) if moment else ""


def status_text(holding: Holding) -> str:
    data = holding.data
    if holding.state is HoldState.FORGOTTEN:
        return tr("DataHeld", "Forgotten on {when}").format(when=_local(data.forgotten_at))
    if holding.state is HoldState.WAITING:
        unsent = data.unsent
        return tr("DataHeld", "Kept until %n check-ins reach Wix", None, PLURAL, unsent)
    if holding.state is HoldState.DUE:
        return tr("DataHeld", "Forgotten at the next start")
    if holding.state is HoldState.NO_END:
        return tr("DataHeld", "No end date: forget by hand")
    return tr("DataHeld", "Held")


class DataHeldView(QWidget):
    """The table and the "Forget now" button; `refresh()` reloads on the worker."""

    def __init__(self, retention: RetentionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._retention = retention
        self._runner = TaskRunner(1, "data-held", self)
        self.holdings: list[Holding] = []
        self.summary = QLabel(
            tr(
                "DataHeld",
                "Guest names and e-mails are kept {days:g} days after each event ends, then "
                "forgotten (never while check-ins are unsent). Counts and the scan log stay. "
                "Everything is encrypted on this laptop.",
            ).format(days=retention.days)
        )
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr_marked("DataHeld", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._sync_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.forget_button = QPushButton(tr("DataHeld", "Forget this event's guests now"))
        self.forget_button.setEnabled(False)
        self.forget_button.clicked.connect(self._ask_forget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.forget_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.confirm = self._confirm_with_dialog
        self.refresh()

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        self._runner.submit(self._retention.holdings, on_done=self._show, on_error=self._failed)

    def _show(self, holdings: object) -> None:
        self.holdings = list(holdings) if isinstance(holdings, list) else []
        self.table.setRowCount(len(self.holdings))
        for row, holding in enumerate(self.holdings):
            ends = _local(holding.data.end_date or holding.data.start_date)
            values = (holding.data.title, ends, number_text(holding.data.guests), _when(holding),
                      status_text(holding))  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self._sync_button()

    def _failed(self, error: object) -> None:
        self.message.setText(
            tr("DataHeld", "Could not read the station's data: {error}").format(error=error)
        )

    # -- forgetting ---------------------------------------------------------------------
    def selected(self) -> Holding | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.holdings[min(rows)] if rows else None

    def _sync_button(self) -> None:
        holding = self.selected()
        self.forget_button.setEnabled(
            holding is not None and holding.state is not HoldState.FORGOTTEN
        )

    def _confirm_with_dialog(self, holding: Holding) -> bool:
        guests = holding.data.guests
        # One plural call without a trailing comma: the only shape lupdate reads.
        # fmt: off
        question = tr("DataHeld", "Forget the names and e-mails of %n guests of {title} on "
                      "this laptop now?", None, PLURAL, guests)
        # fmt: on
        answer = QMessageBox.question(
            self,
            tr("DataHeld", "Forget guests"),
            question.format(title=holding.data.title),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_forget(self) -> None:
        holding = self.selected()
        if holding is None or not self.confirm(holding):
            return
        self.forget_button.setEnabled(False)
        self.message.setText(tr("DataHeld", "Forgetting…"))
        self._runner.submit(
            self._retention.forget,
            holding.data.event_id,
            on_done=lambda _r: self._forgotten(holding),
            on_error=self._forget_failed,
        )

    def _forget_failed(self, error: object) -> None:
        self.message.setText(
            message_text(str(error))
        )  # e.g. check-ins still unsent: nothing changed
        self._sync_button()

    def _forgotten(self, holding: Holding) -> None:
        self.message.setText(
            tr("DataHeld", "Forgot the guests of {title}.").format(title=holding.data.title)
        )
        self.refresh()

    def close_runner(self) -> None:
        self._runner.close(timeout_s=30)


class DataHeldDialog(QDialog):
    """The view in its own window (opened from the station settings)."""

    def __init__(self, retention: RetentionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("DataHeld", "Guest data on this laptop"))
        self.setMinimumSize(720, 320)
        self.view = DataHeldView(retention, self)
        close = QPushButton(tr("DataHeld", "Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(close)

    def done(self, result: int) -> None:
        self.view.close_runner()
        super().done(result)
