"""Pieces the organizer panels share: field errors under inputs, a banner, Wix's answers,
and background calls that keep the GUI thread free and turn failures into plain words."""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import shiboken6
from PySide6.QtCore import QDate, QDateTime, QObject, QTime
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.clock import parse_iso
from checkin_app.services.errors import ServiceError
from checkin_app.services.wix_problems import WixProblem
from checkin_app.ui.context import UiContext
from checkin_app.ui.i18n import QT_TRANSLATE_NOOP, tr, tr_marked
from checkin_app.ui.message_text import message_text

if TYPE_CHECKING:
    from checkin_app.services.connection import WixClient

S = TypeVar("S")
W = TypeVar("W", bound=QWidget)

log = logging.getLogger(__name__)

ANSWER_CHARS = 4000  # enough of Wix's JSON to see what it did, not a wall of text

_BANNER_STYLES = {
    "info": "background:#e8f0fe;color:#123;border:1px solid #9ab;",
    "ok": "background:#e6f4ea;color:#0b3d1b;border:1px solid #7bb38a;",
    "error": "background:#fdecea;color:#5f1111;border:1px solid #e0a0a0;",
    "offline": "background:#fff4e5;color:#4d2d00;border:1px solid #e0b060;",
}


def named(widget: W, name: str, description: str = "") -> W:
    """Give a control the name (and description) assistive technology reads out."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def ask_confirmation(parent: QWidget, question: str) -> bool:
    """Yes/No before something that cannot be undone (deleting on Wix)."""
    answer = QMessageBox.question(
        parent,
        tr("Panels", "Please confirm"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class ServiceSlot(Generic[S]):
    """One service per Wix client: built on first use, rebuilt when the station reconnects
    (the context gets a new client), None while there is no client."""

    def __init__(self, context: UiContext, build: Callable[[WixClient], S]) -> None:
        self._context = context
        self._build = build
        self._client: object | None = None
        self._service: S | None = None

    def get(self) -> S | None:
        client = self._context.client
        if client is None:
            return None
        if self._service is None or self._client is not client:
            self._service, self._client = self._build(client), client
        return self._service


def sized_table(table: QTableWidget, labels: list[str], *, stretch: int = 0) -> QTableWidget:
    """A read-only table whose columns fit their content (headers never cut), the `stretch`
    column taking the room left; long cells are elided and show their text as a tooltip."""
    table.setColumnCount(len(labels))
    table.setHorizontalHeaderLabels(labels)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setMinimumSectionSize(40)
    for column in range(len(labels)):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column == stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    return table


def table_cell(text: str, *, tooltip: str | None = None) -> QTableWidgetItem:
    """A cell showing `text`, with the full text as its tooltip (it may be elided)."""
    item = QTableWidgetItem(text)
    item.setToolTip(tooltip if tooltip is not None else text)
    return item


def fit_rows(table: QTableWidget) -> None:
    """Make a table exactly as tall as its header and rows (the space below is for others)."""
    header = table.horizontalHeader().sizeHint().height()
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(header + rows + 2 * table.frameWidth() + 2)


class Banner(QLabel):
    """One line of news at the top of a panel (hidden when there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("panelBanner")
        # Room around the text as a margin, not CSS padding: Qt counts a margin when it
        # works out how tall wrapped text is, so a two-line message is never cut.
        self.setMargin(6)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.setText(text)
        self.setStyleSheet(f"QLabel{{{_BANNER_STYLES.get(kind, '')}}}")
        self.show()
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # A wrapped message is as tall as its lines at the width it has (a layout does not
        # always ask a label for that), so two lines of news are never cut in half.
        height = self.heightForWidth(self.width()) if self.width() > 0 else -1
        if height > 0:
            self.setMinimumHeight(height)

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()


class FieldForm(QFormLayout):
    """A form whose rows each carry a red line for what is wrong with that field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """A row `label: widget` with its error line; the widget is named after the label
        for assistive technology unless it already has a name."""
        if not widget.accessibleName():
            widget.setAccessibleName(label)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet("color:#b00020;")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.errors[name] = error
        self.addRow(label, box)
        # Typing in a field clears what was said about it.
        for signal in ("textChanged", "valueChanged", "dateTimeChanged", "currentTextChanged"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(lambda *_: self._clear_one(name))
                break
        return box

    def _clear_one(self, name: str) -> None:
        label = self.errors.get(name)
        if label is not None and label.text():
            label.setText("")
            label.hide()

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        """Put each message under its field; returns those no field here claims."""
        self.clear_errors()
        unclaimed = []
        for name, text in errors.items():
            label = self.errors.get(name)
            if label is None:
                unclaimed.append(message_text(text))
                continue
            label.setText(message_text(text))
            label.show()
        return unclaimed

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.setText("")
            label.hide()

    def error_text(self, name: str) -> str:
        label = self.errors.get(name)
        return label.text() if label is not None else ""


class AnswerLog(QPlainTextEdit):
    """What Wix answered, newest last: a plain summary and the JSON it sent back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setObjectName("wixAnswers")
        self.setPlaceholderText(tr("Panels", "What Wix answers appears here."))
        self.setAccessibleName(tr("Panels", "What Wix answered"))
        self.setMaximumBlockCount(2000)

    def add(self, summary: str, answer: dict[str, Any] | None = None) -> None:
        text = summary
        if answer:
            raw = json.dumps(answer, indent=2, ensure_ascii=False)
            if len(raw) > ANSWER_CHARS:
                raw = raw[:ANSWER_CHARS] + "\n…"
            text += "\n" + raw
        first_line = self.blockCount() if self.toPlainText() else 0
        self.appendPlainText(text + "\n")
        # Show the new entry from its summary line, not the tail of its JSON.
        self.verticalScrollBar().setValue(first_line)


_EVENT_STATUS = {
    "UPCOMING": QT_TRANSLATE_NOOP("Panels", "upcoming"),
    "STARTED": QT_TRANSLATE_NOOP("Panels", "started"),
    "ENDED": QT_TRANSLATE_NOOP("Panels", "ended"),
    "CANCELED": QT_TRANSLATE_NOOP("Panels", "canceled"),
    "DRAFT": QT_TRANSLATE_NOOP("Panels", "draft"),
}


def event_status_text(status: str) -> str:
    """Wix's event status ('UPCOMING') in plain words ('upcoming')."""
    marked = _EVENT_STATUS.get(status)
    return tr_marked("Panels", marked) if marked else status.lower()


def problem_text(error: BaseException) -> str:
    """Plain words for an error a background call raised."""
    if isinstance(error, ServiceError):
        return message_text(str(error))
    log.error("Unexpected error in a panel task", exc_info=error)
    return tr("Panels", "Something unexpected went wrong: {error}").format(
        error=type(error).__name__
    )


class BackgroundCalls:
    """Runs service calls off the GUI thread, disabling the given widgets meanwhile.

    With an `owner`, a result that arrives after the owner was deleted (the window closed
    while a call ran) is dropped: its callbacks would touch deleted widgets.
    """

    def __init__(self, context: UiContext, owner: QObject | None = None) -> None:
        self._context = context
        self._owner = owner
        self.busy = 0

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        disable: Iterable[QWidget] = (),
    ) -> bool:
        widgets = [w for w in disable if w.isEnabled()]
        for widget in widgets:
            widget.setEnabled(False)
        self.busy += 1

        def finish() -> None:
            self.busy -= 1
            for widget in widgets:
                widget.setEnabled(True)

        def done(result: Any) -> None:
            if self._owner_gone():
                return
            finish()
            on_done(result)

        def failed(error: BaseException) -> None:
            if self._owner_gone():
                return
            finish()
            on_error(error)

        queued = self._context.run_in_background(fn, *args, on_done=done, on_error=failed)
        if not queued:
            finish()
        return queued

    def _owner_gone(self) -> bool:
        if self._owner is None or shiboken6.isValid(self._owner):
            return False
        log.debug("A background result arrived after its panel was closed; dropped")
        return True


def is_offline_problem(error: BaseException) -> bool:
    return isinstance(error, WixProblem) and error.offline


def qdatetime_to_naive(value: QDateTime) -> datetime:
    """A QDateTimeEdit's wall-clock value as a naive `datetime` (the event's zone applies)."""
    moment = value.toPython()
    if not isinstance(moment, datetime):  # PySide types toPython() as object
        raise TypeError(f"not a date and time: {moment!r}")
    return moment.replace(tzinfo=None)


def naive_to_qdatetime(value: datetime) -> QDateTime:
    """A naive wall-clock `datetime` as the QDateTime a QDateTimeEdit shows (local time, as
    PySide converts one, written out: Qt's stub does not take a `datetime`)."""
    date = QDate(value.year, value.month, value.day)
    return QDateTime(date, QTime(value.hour, value.minute, value.second, value.microsecond // 1000))


def wall_time_in(iso: str | None, time_zone_id: str | None) -> str:
    """'2026-09-15 19:00' in the event's time zone (UTC when unknown), for display."""
    moment = parse_iso(iso)
    if moment is None:
        return ""
    with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
        moment = moment.astimezone(ZoneInfo(time_zone_id or "UTC"))
    return moment.strftime("%Y-%m-%d %H:%M")
