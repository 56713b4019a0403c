"""The event setup panel: Wix's ticketed-event flow, steps 1–8, one page per step.

Every call runs on a worker (`StepRunner`); each answer from Wix is shown in the log at the
bottom, and a refusal puts Wix's words under the field they are about. Nothing typed is
cleared when a step fails, so an offline organizer loses nothing.

The panel follows the event the door works on, until the organizer picks another one here
(picking the door's event again follows the door again). Each step is its own widget
(`EventPage`, `TicketTypesPage`, `QuestionsPage`, `PoliciesPage`, `SchedulePage`,
`CategoriesPage`, `StaffPage`, `PublishPage`); the panel tells them which event is chosen.
"""

from __future__ import annotations

import html
import logging
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.models import Event
from checkin_app.services.setup import StepResult
from checkin_app.ui.context import UiContext
from checkin_app.ui.i18n import tr
from checkin_app.ui.panels.common import AnswerLog, Banner, event_status_text, named
from checkin_app.ui.panels.setup_agenda import PoliciesPage, SchedulePage
from checkin_app.ui.panels.setup_event import COMMON_ZONES, EventPage, PublishPage
from checkin_app.ui.panels.setup_people import PERMISSION_NAMES, CategoriesPage, StaffPage
from checkin_app.ui.panels.setup_questions import QuestionsPage
from checkin_app.ui.panels.setup_runner import StepRunner
from checkin_app.ui.panels.setup_tickets import FEE_NAMES, TicketTypesPage

__all__ = ["COMMON_ZONES", "FEE_NAMES", "PERMISSION_NAMES", "SetupPanel"]

log = logging.getLogger(__name__)

TAB_EVENT, TAB_TICKETS, TAB_FORM, TAB_POLICIES, TAB_SCHEDULE = 0, 1, 2, 3, 4
TAB_CATEGORIES, TAB_STAFF, TAB_PUBLISH = 5, 6, 7


class StepPage(Protocol):
    """What the panel tells every step: which event is being set up."""

    def set_event(self, event: Event | None) -> None: ...


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class SetupPanel(QWidget):
    """Create, copy and fill in a ticketed event, then publish it."""

    step_finished = Signal(object)  # StepResult, after Wix answered
    step_failed = Signal(str)  # the plain message shown

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupPanel")
        self._context = context
        self.catalog = context.station.events
        self.event_id = ""
        self.follows_door = True  # until the organizer picks another event here
        self.banner = Banner()
        self.answers = AnswerLog()
        self.runner = StepRunner(context, self.banner, self.answers)
        self.runner.finished.connect(self.step_finished)
        self.runner.failed.connect(self.step_failed)

        self.event_combo = named(QComboBox(), tr("SetupPanel", "Event to set up"))
        self.event_combo.setObjectName("setupEventCombo")
        self.event_combo.setMinimumContentsLength(16)
        self.event_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.event_combo.activated.connect(self._on_event_chosen)
        self.load_button = self.runner.button(
            tr("SetupPanel", "Load from Wix"), self._on_load, "loadEventButton",
            tr("SetupPanel", "Read the chosen event and its ticket types from Wix"),
        )  # fmt: skip
        self.current_label = QLabel()
        self.current_label.setObjectName("setupCurrentEvent")
        self.current_label.setWordWrap(True)

        runner = self.runner
        self.event_page = EventPage(runner)
        self.tickets_page = TicketTypesPage(runner, self.catalog)
        self.questions_page = QuestionsPage(runner)
        self.policies_page = PoliciesPage(runner)
        self.schedule_page = SchedulePage(runner)
        self.categories_page = CategoriesPage(runner)
        self.staff_page = StaffPage(runner)
        self.publish_page = PublishPage(runner)
        self.event_page.event_made.connect(self._on_event_made)
        self.publish_page.published.connect(self._on_event_made)
        self.publish_page.use_at_door.connect(context.set_event)
        # The eight steps as a numbered list beside one page at a time: fits a narrow window.
        self._steps: list[StepPage] = [
            self.event_page, self.tickets_page, self.questions_page, self.policies_page,
            self.schedule_page, self.categories_page, self.staff_page, self.publish_page,
        ]  # fmt: skip
        self.pages: list[QWidget] = [
            self.event_page, self.tickets_page, self.questions_page, self.policies_page,
            self.schedule_page, self.categories_page, self.staff_page, self.publish_page,
        ]  # fmt: skip
        self.steps = named(QListWidget(), tr("SetupPanel", "Setup steps"))
        self.steps.setObjectName("setupSteps")
        self.stack = QStackedWidget()
        for title, page in zip(
            (
                tr("SetupPanel", "1 Event"), tr("SetupPanel", "2 Tickets"),
                tr("SetupPanel", "3 Form"), tr("SetupPanel", "4 Policies"),
                tr("SetupPanel", "5 Schedule"), tr("SetupPanel", "6 Categories"),
                tr("SetupPanel", "7 Staff"), tr("SetupPanel", "8 Publish"),
            ),
            self.pages,
            strict=True,
        ):  # fmt: skip
            self.steps.addItem(title)
            self.stack.addWidget(_scrolling(page))
        self.steps.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.steps.setFixedWidth(self.steps.sizeHintForColumn(0) + 24)
        self.steps.currentRowChanged.connect(self._on_step_changed)
        self._build_layout()

        context.events.sync_finished.connect(self._on_sync_finished)
        context.events.event_changed.connect(self.follow_door)
        self.reload_events()
        self._set_event(context.event_id)
        self.steps.setCurrentRow(TAB_EVENT)
        runner.say_not_connected()

    def _build_layout(self) -> None:
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(tr("SetupPanel", "Event:")))
        chooser.addWidget(self.event_combo, 1)
        chooser.addWidget(self.load_button)
        steps_row = QHBoxLayout()
        steps_row.addWidget(self.steps)
        steps_row.addWidget(self.stack, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.banner)
        top_layout.addLayout(chooser)
        top_layout.addWidget(self.current_label)
        top_layout.addLayout(steps_row, 1)
        answers_box = QWidget()
        answers_layout = QVBoxLayout(answers_box)
        answers_layout.setContentsMargins(0, 0, 0, 0)
        answers_layout.addWidget(QLabel(tr("SetupPanel", "What Wix answered")))
        answers_layout.addWidget(self.answers)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(answers_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(splitter)

    # -- steps ----------------------------------------------------------------------------
    def step_enabled(self, step: int) -> bool:
        """Whether step `step` (0 = the event) can be opened now."""
        return bool(self.steps.item(step).flags() & Qt.ItemFlag.ItemIsEnabled)

    def show_step(self, step: int) -> None:
        self.steps.setCurrentRow(step)

    def _on_step_changed(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        activate = getattr(self.pages[step], "activate", None)
        if activate is not None:
            activate()  # lists of questions, policies, ... are read from Wix when shown

    # -- the event ------------------------------------------------------------------------
    def reload_events(self) -> None:
        """Fill the event chooser from the cache (a few rows: fine on the GUI thread)."""
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        self.event_combo.addItem(tr("SetupPanel", "— choose an event —"), "")
        for event in self.catalog.events():
            self.event_combo.addItem(f"{event.title} ({event_status_text(event.status)})", event.id)
        self.event_combo.setCurrentIndex(max(self.event_combo.findData(self.event_id), 0))
        self.event_combo.blockSignals(False)

    def follow_door(self, event_id: str) -> None:
        """The door switched events: follow it, unless the organizer picked another here."""
        if event_id == self.event_id:
            self.follows_door = True  # the door came to this event: follow it from now on
            self._set_event(event_id)
        elif self.follows_door:
            self._set_event(event_id)

    def _set_event(self, event_id: str) -> None:
        event = self.catalog.event(event_id)
        self.event_id = event.id if event is not None else ""
        for step in range(TAB_TICKETS, TAB_PUBLISH + 1):
            item = self.steps.item(step)
            enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(item.flags() | enabled if event else item.flags() & ~enabled)
        if event is None:
            self.steps.setCurrentRow(TAB_EVENT)
            self.current_label.setText(
                tr("SetupPanel", "No event chosen: create or copy one in step 1.")
            )
        else:
            title = f"<b>{html.escape(event.title)}</b>"
            status = event_status_text(event.status)
            self.current_label.setText(
                tr("SetupPanel", "Setting up: {event} ({status}) — the door's event")
                .format(event=title, status=status)
                if event.id == self._door()
                else tr("SetupPanel", "Setting up: {event} ({status})").format(
                    event=title, status=status
                )
            )  # fmt: skip
        self.event_combo.setCurrentIndex(max(self.event_combo.findData(self.event_id), 0))
        for page in self._steps:
            page.set_event(event)
        current = self.steps.currentRow()
        if current >= 0:
            self._on_step_changed(current)

    def _door(self) -> str:
        return self._context.event_id

    def _on_event_chosen(self, _index: int) -> None:
        chosen = self.event_combo.currentData() or ""
        # Picking another event than the door's stops following the door; picking the
        # door's event (or none) follows it again.
        self.follows_door = chosen in ("", self._door())
        self._set_event(chosen)

    def _on_event_made(self, event_id: str) -> None:
        self.follows_door = event_id == self._door()
        self.reload_events()
        self._set_event(event_id)

    def _on_load(self) -> None:
        event_id = self.event_combo.currentData() or self.event_id
        if not event_id:
            self.banner.show_message(tr("SetupPanel", "Choose an event to load."), "error")
            return
        self.runner.run(None, lambda s: s.load_event(event_id), after=self._loaded)

    def _loaded(self, result: StepResult) -> None:
        if result.object_id:
            self._on_event_made(result.object_id)

    def _on_sync_finished(self, _report: object) -> None:
        if self.runner.calls.busy == 0:
            self.reload_events()
            if self._context.client is not None and self.banner.kind == "offline":
                self.banner.clear_message()
