"""The event setup panel: Wix's ticketed-event flow, steps 1–8, one tab per step.

Every call runs on a worker (`UiContext.run_in_background`); each answer from Wix is shown
in the log at the bottom, and a refusal puts Wix's words under the field they are about.
Nothing typed is cleared when a step fails, so an offline organizer loses nothing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from checkin_app.services.setup import StepResult
from checkin_app.ui.context import UiContext
from checkin_app.ui.event_follow import DoorEventFollower
from checkin_app.ui.panels.common import tr
from checkin_app.ui.panels.setup_event import COMMON_ZONES, EventStep
from checkin_app.ui.panels.setup_optional import PERMISSION_NAMES, OptionalSteps
from checkin_app.ui.panels.setup_tickets import FEE_NAMES, TicketsStep

__all__ = ["COMMON_ZONES", "FEE_NAMES", "PERMISSION_NAMES", "SetupPanel"]

log = logging.getLogger(__name__)

TAB_EVENT, TAB_TICKETS, TAB_PUBLISH = 0, 1, 7


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class SetupPanel(EventStep, TicketsStep, OptionalSteps):
    """Create, copy and fill in a ticketed event, then publish it."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("setupPanel")

        self.event_combo = QComboBox()
        self.event_combo.setObjectName("setupEventCombo")
        self.event_combo.setMinimumContentsLength(24)
        self.event_combo.activated.connect(self._on_event_chosen)
        self.load_button = self._button(tr("Load from Wix"), self._on_load)
        self.current_label = QLabel(tr("No event chosen: create one in step 1."))
        self.current_label.setObjectName("setupCurrentEvent")
        self.current_label.setWordWrap(True)

        # The eight steps as a numbered list beside one page at a time: fits a narrow dock.
        self.steps = QListWidget()
        self.steps.setObjectName("setupSteps")
        self.pages = QStackedWidget()
        for title, page in (
            (tr("1 Event"), self._build_event_tab()),
            (tr("2 Tickets"), self._build_tickets_tab()),
            (tr("3 Form"), self._build_form_tab()),
            (tr("4 Policies"), self._build_policies_tab()),
            (tr("5 Schedule"), self._build_schedule_tab()),
            (tr("6 Categories"), self._build_categories_tab()),
            (tr("7 Staff"), self._build_staff_tab()),
            (tr("8 Publish"), self._build_publish_tab()),
        ):
            self.steps.addItem(title)
            self.pages.addWidget(_scrolling(page))
        self.steps.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.steps.setFixedWidth(self.steps.sizeHintForColumn(0) + 24)
        self.steps.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.steps.setCurrentRow(TAB_EVENT)
        steps_row = QHBoxLayout()
        steps_row.addWidget(self.steps)
        steps_row.addWidget(self.pages, 1)

        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(tr("Event:")))
        chooser.addWidget(self.event_combo, 1)
        chooser.addWidget(self.load_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.banner)
        top_layout.addLayout(chooser)
        top_layout.addWidget(self.current_label)
        top_layout.addLayout(steps_row, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        answers_box = QWidget()
        answers_layout = QVBoxLayout(answers_box)
        answers_layout.setContentsMargins(0, 0, 0, 0)
        answers_layout.addWidget(QLabel(tr("What Wix answered")))
        answers_layout.addWidget(self.answers)
        splitter.addWidget(answers_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        context.events.sync_finished.connect(self._on_sync_finished)
        self.reload_events()
        # On the door's event, until the organizer picks, creates or copies another one.
        self.follow = DoorEventFollower(context, lambda: self.event_id, self)
        self.follow.event_changed.connect(self._set_event)
        self._set_event(self.follow.door_event)
        self._show_connection()

    def _build_publish_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        text = QLabel(
            tr(
                "Publishing puts the event on sale on your site. It cannot be undone: a "
                "published event cannot go back to draft."
            )
        )
        text.setWordWrap(True)
        self.publish_confirm = QCheckBox(tr("I understand, publish it"))
        self.publish_button = self._button(tr("Publish"), self._on_publish, "publishButton")
        self.publish_button.setEnabled(False)
        self.publish_confirm.toggled.connect(self.publish_button.setEnabled)
        self.use_at_door_button = QPushButton(tr("Use this event at the door"))
        self.use_at_door_button.clicked.connect(
            lambda: self._context.set_event(self.event_id) if self.event_id else None
        )
        layout.addWidget(text)
        layout.addWidget(self.publish_confirm)
        layout.addWidget(self.publish_button)
        layout.addWidget(self.use_at_door_button)
        layout.addStretch(1)
        return page

    def step_enabled(self, step: int) -> bool:
        """Whether step `step` (0 = the event) can be opened now."""
        return bool(self.steps.item(step).flags() & Qt.ItemFlag.ItemIsEnabled)

    def show_step(self, step: int) -> None:
        self.steps.setCurrentRow(step)

    # -- state ----------------------------------------------------------------------------
    def reload_events(self) -> None:
        """Fill the event chooser from the cache (a few rows: fine on the GUI thread)."""
        current = self.event_id
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        self.event_combo.addItem(tr("— choose an event —"), "")
        for event in self._catalog.events():
            self.event_combo.addItem(f"{event.title} ({event.status.lower()})", event.id)
        index = self.event_combo.findData(current)
        self.event_combo.setCurrentIndex(max(index, 0))
        self.event_combo.blockSignals(False)

    def _set_event(self, event_id: str) -> None:
        self.event_id = event_id
        event = self._catalog.get_event(event_id) if event_id else None
        for step in range(TAB_TICKETS, TAB_PUBLISH + 1):
            item = self.steps.item(step)
            flags = item.flags()
            enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags | enabled if event is not None else flags & ~enabled)
        if event is None:
            self.steps.setCurrentRow(TAB_EVENT)
        if event is None:
            self.current_label.setText(tr("No event chosen: create or copy one in step 1."))
        else:
            self.current_label.setText(
                tr("Setting up: ") + f"<b>{event.title}</b> ({event.status.lower()})"
            )
            self.publish_confirm.setEnabled(event.status == "DRAFT")
        index = self.event_combo.findData(event_id)
        if index >= 0:
            self.event_combo.setCurrentIndex(index)
        self._show_definitions()

    # -- slots: the event chooser, publishing ----------------------------------------------
    def _on_event_chosen(self, _index: int) -> None:
        self._set_event(self.event_combo.currentData() or "")

    def _on_load(self) -> None:
        event_id = self.event_combo.currentData() or self.event_id
        if not event_id:
            self.banner.show_message(tr("Choose an event to load."), "error")
            return
        self._run(None, "load_event", event_id, after=self._after_event)

    def _on_publish(self) -> None:
        if not self._need_event():
            return
        event_id = self.event_id
        self._run(None, "publish", event_id, after=self._after_publish)

    def _after_publish(self, result: StepResult) -> None:
        self.publish_confirm.setChecked(False)
        self.reload_events()
        self._set_event(self.event_id)

    def _on_sync_finished(self, _report: object) -> None:
        if self._calls.busy == 0:
            self.reload_events()
            if self._context.client is not None and self.banner.kind == "offline":
                self.banner.clear_message()
