"""What the setup panel's steps share: one way to run a step on a worker and show Wix's
answer, and a list of the things a step has made (questions, policies, ...) to pick from."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.models import Event
from checkin_app.services.setup import EventSetupService, StepResult
from checkin_app.services.wix_problems import WixProblem
from checkin_app.ui.context import UiContext
from checkin_app.ui.formats import date_time_edit_format
from checkin_app.ui.i18n import tr
from checkin_app.ui.message_text import message_text
from checkin_app.ui.panels.common import (
    AnswerLog,
    BackgroundCalls,
    Banner,
    FieldForm,
    ServiceSlot,
    ask_confirmation,
    naive_to_qdatetime,
    named,
    problem_text,
)

T = TypeVar("T")
Item = TypeVar("Item")


def datetime_edit(value: datetime, name: str = "") -> QDateTimeEdit:
    edit = QDateTimeEdit(naive_to_qdatetime(value))
    edit.setCalendarPopup(True)
    # Numbers read left to right in every language. Set before the format: a right-to-left
    # edit reverses the date's parts when it takes its format ("00:19 2026.12.16").
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(date_time_edit_format())
    if name:
        edit.setAccessibleName(name)
    return edit


def step_page(*parts: QWidget | FieldForm) -> QWidget:
    """A step's page: its parts at the top, spare room below them (not between rows)."""
    page = QWidget()
    column = QVBoxLayout(page)
    for part in parts:
        if isinstance(part, FieldForm):
            column.addLayout(part)
        else:
            column.addWidget(part)
    column.addStretch(1)
    return page


class StepRunner(QObject):
    """Runs setup steps on a worker: "Sending to Wix…", then Wix's answer in the log, or its
    complaint under the fields it is about. Step buttons are disabled meanwhile."""

    finished = Signal(object)  # StepResult, after Wix answered
    failed = Signal(str)  # the plain message shown

    def __init__(self, context: UiContext, banner: Banner, answers: AnswerLog) -> None:
        super().__init__()
        self._context = context
        self.banner = banner
        self.answers = answers
        self.calls = BackgroundCalls(context, owner=banner)
        self._services: ServiceSlot[EventSetupService] = ServiceSlot(
            context, context.station.setup_service
        )
        self._buttons: list[QPushButton] = []

    @property
    def service(self) -> EventSetupService | None:
        return self._services.get()

    def button(
        self, text: str, slot: Callable[[], None], name: str = "", tip: str = ""
    ) -> QPushButton:
        """A step button: named for assistive technology, disabled while a step runs."""
        button = named(QPushButton(text), text, tip)
        if name:
            button.setObjectName(name)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(slot)
        self._buttons.append(button)
        return button

    def say_not_connected(self) -> None:
        if self._context.client is None:
            self.banner.show_message(
                tr(
                    "SetupPanel",
                    "Not connected to Wix: setting up an event needs the network. You can "
                    "type now; nothing is sent until the station is connected.",
                ),
                "offline",
            )

    def need_event(self, event_id: str) -> bool:
        if not event_id:
            self.banner.show_message(tr("SetupPanel", "Choose or create an event first."), "error")
            return False
        return True

    def run(
        self,
        form: FieldForm | None,
        step: Callable[[EventSetupService], StepResult],
        after: Callable[[StepResult], None] | None = None,
    ) -> None:
        """Run `step(service)` on a worker; show Wix's answer, or its complaint under the
        fields of `form` it is about (nothing typed is cleared when a step fails)."""
        service = self.service
        if service is None:
            self.say_not_connected()
            self.failed.emit(self.banner.text())
            return
        if form is not None:
            form.clear_errors()
        self.banner.show_message(tr("SetupPanel", "Sending to Wix…"), "info")

        def done(result: StepResult) -> None:
            summary = message_text(result.summary)
            self.banner.show_message(summary, "ok")
            self.answers.add(summary, result.wix)
            if after is not None:
                after(result)
            self.finished.emit(result)

        def failed(error: BaseException) -> None:
            message = problem_text(error)
            kind = "error"
            if isinstance(error, WixProblem):
                leftovers = form.show_errors(error.field_errors) if form is not None else []
                if error.wix_error is not None:
                    refused = tr("SetupPanel", "Wix refused: {error}")
                    self.answers.add(refused.format(error=error.wix_error))
                if leftovers and not error.field_errors.keys() - {""}:
                    message = message_text(error.args[0])
                kind = "offline" if error.offline else "error"
            self.banner.show_message(message, kind)
            self.failed.emit(message)

        self.calls.run(lambda: step(service), on_done=done, on_error=failed,
                       disable=self._buttons)  # fmt: skip

    def read(self, fetch: Callable[[EventSetupService], T], show: Callable[[T], None]) -> None:
        """Read something from Wix for display (a list); a failure is said in the banner."""
        service = self.service
        if service is None:
            return

        def failed(error: BaseException) -> None:
            offline = isinstance(error, WixProblem) and error.offline
            self.banner.show_message(problem_text(error), "offline" if offline else "error")

        self.calls.run(lambda: fetch(service), on_done=show, on_error=failed)


class ItemList(QWidget, Generic[Item]):
    """The things a step has made (questions, policies, ...), one line each, to pick from."""

    picked = Signal(object)  # the item, or None

    def __init__(self, name: str, describe: Callable[[Item], str]) -> None:
        super().__init__()
        self._describe = describe
        self.items: list[Item] = []
        self.view = named(QListWidget(), name)
        self.view.setMaximumHeight(110)
        self.view.currentRowChanged.connect(lambda _row: self.picked.emit(self.selected()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_items(self, items: Sequence[Item], keep: Callable[[Item], bool] | None = None) -> None:
        """Show `items`; the one `keep` matches (e.g. the one just saved) stays picked."""
        self.items = list(items)
        self.view.blockSignals(True)
        self.view.clear()
        self.view.addItems([self._describe(i) for i in self.items])
        row = next((n for n, i in enumerate(self.items) if keep and keep(i)), -1)
        self.view.setCurrentRow(row)
        self.view.blockSignals(False)
        self.picked.emit(self.selected())

    def selected(self) -> Item | None:
        row = self.view.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def pick(self, index: int) -> None:
        self.view.setCurrentRow(index)


def button_row(*widgets: QWidget) -> QWidget:
    """Buttons side by side (a form row holds one widget)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return box


class ListPage(QWidget):
    """A step whose items are read from Wix when the page is shown, and after each change;
    subclasses say how to clear and load them."""

    def __init__(self, runner: StepRunner) -> None:
        super().__init__()
        self._runner = runner
        self.event_id = ""
        self._loaded_for = ""
        self.confirm: Callable[[str], bool] = lambda question: ask_confirmation(self, question)

    def set_event(self, event: Event | None) -> None:
        self.event_id = event.id if event else ""
        self._clear()

    def activate(self) -> None:
        if self.event_id and self._loaded_for != self.event_id:
            self.reload()

    def reload(self, keep: str | None = None) -> None:
        self._loaded_for = self.event_id
        self._load(self.event_id, keep)

    def _changed(self, result: StepResult) -> None:
        self.reload(keep=result.object_id)

    def _clear(self) -> None:
        raise NotImplementedError

    def _load(self, event_id: str, keep: str | None) -> None:
        raise NotImplementedError
