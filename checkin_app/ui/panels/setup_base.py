"""The setup panel's shared part: the chosen event, the buttons and one way to run a step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QDateTimeEdit, QPushButton, QVBoxLayout, QWidget

from checkin_app.domain.models import TicketDefinition
from checkin_app.services.setup import EventSetupService, StepResult
from checkin_app.services.wix_problems import WixProblem
from checkin_app.storage.catalog import CatalogStore
from checkin_app.ui.context import UiContext
from checkin_app.ui.panels.common import (
    AnswerLog,
    BackgroundCalls,
    Banner,
    FieldForm,
    problem_text,
    tr,
)


def datetime_edit(value: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


def step_page(form: FieldForm) -> QWidget:
    """A step's page: the form at the top, spare room below it (not between its rows)."""
    page = QWidget()
    column = QVBoxLayout(page)
    column.addLayout(form)
    column.addStretch(1)
    return page


class SetupBase(QWidget):
    """State and plumbing the setup steps share; `SetupPanel` puts the steps together."""

    step_finished = Signal(object)  # StepResult, after Wix answered
    step_failed = Signal(str)  # the plain message shown

    if TYPE_CHECKING:  # provided by SetupPanel

        def reload_events(self) -> None: ...
        def _set_event(self, event_id: str) -> None: ...

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._calls = BackgroundCalls(context)
        self._catalog = CatalogStore(context.station.db)
        self._service: EventSetupService | None = None
        self.event_id: str = ""
        self._definitions: list[TicketDefinition] = []
        self._categories: list[dict[str, Any]] = []
        self._action_buttons: list[QPushButton] = []

        self.banner = Banner()
        self.answers = AnswerLog()

    def _button(self, text: str, slot: Any, name: str = "") -> QPushButton:
        button = QPushButton(text)
        if name:
            button.setObjectName(name)
        button.clicked.connect(slot)
        self._action_buttons.append(button)
        return button

    @property
    def service(self) -> EventSetupService | None:
        client = self._context.client
        if client is None:
            return None
        if self._service is None or self._service._client is not client:
            self._service = EventSetupService(client, self._catalog)
        return self._service

    def _show_connection(self) -> None:
        if self._context.client is None:
            self.banner.show_message(
                tr(
                    "Not connected to Wix: setting up an event needs the network. You can "
                    "type now; nothing is sent until the station is connected."
                ),
                "offline",
            )

    # -- running a step ---------------------------------------------------------------------
    def _run(
        self,
        form: FieldForm | None,
        step: str,
        *args: Any,
        after: Callable[[StepResult], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """Run `EventSetupService.<step>(*args, **kwargs)` on a worker; show Wix's answer,
        or its complaint under the fields it is about."""
        service = self.service
        if service is None:
            self._show_connection()
            self.step_failed.emit(self.banner.text())
            return
        if form is not None:
            form.clear_errors()
        self.banner.show_message(tr("Sending to Wix…"), "info")

        def done(result: StepResult) -> None:
            self.banner.show_message(result.summary, "ok")
            self.answers.add(result.summary, result.wix)
            if after is not None:
                after(result)
            self.step_finished.emit(result)

        def failed(error: BaseException) -> None:
            message = problem_text(error)
            if isinstance(error, WixProblem):
                leftovers = form.show_errors(error.field_errors) if form is not None else []
                if error.wix_error is not None:
                    self.answers.add(tr("Wix refused: ") + str(error.wix_error))
                if leftovers and not error.field_errors.keys() - {""}:
                    message = error.args[0]
                kind = "offline" if error.offline else "error"
            else:
                kind = "error"
            self.banner.show_message(message, kind)
            self.step_failed.emit(message)

        method = getattr(service, step)
        self._calls.run(
            lambda: method(*args, **kwargs),
            on_done=done,
            on_error=failed,
            disable=self._action_buttons,
        )

    def _need_event(self) -> bool:
        if not self.event_id:
            self.banner.show_message(tr("Choose or create an event first."), "error")
            return False
        return True
