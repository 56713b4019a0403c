"""The event setup panel: Wix's ticketed-event flow, steps 1–8, one tab per step.

Every call runs on a worker (`UiContext.run_in_background`); each answer from Wix is shown
in the log at the bottom, and a refusal puts Wix's words under the field they are about.
Nothing typed is cleared when a step fails, so an offline organizer loses nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.models import TicketDefinition
from checkin_app.services.setup import (
    FEE_TYPES,
    QUESTION_TYPES,
    STAFF_PERMISSIONS,
    EventForm,
    EventSetupService,
    ScheduleItemForm,
    StepResult,
    TicketTypeForm,
)
from checkin_app.services.wix_problems import WixProblem
from checkin_app.storage.catalog import CatalogStore
from checkin_app.ui.context import UiContext
from checkin_app.ui.panels.common import (
    AnswerLog,
    BackgroundCalls,
    Banner,
    FieldForm,
    problem_text,
    qdatetime_to_naive,
    tr,
)

log = logging.getLogger(__name__)

COMMON_ZONES = (
    "UTC",
    "Europe/London",
    "Europe/Paris",
    "Europe/Berlin",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "Asia/Tokyo",
    "Australia/Sydney",
)
FEE_NAMES = {"FEE_ADDED_AT_CHECKOUT": "Fee added at checkout", "FEE_INCLUDED": "Fee included"}
PERMISSION_NAMES = {
    "CHECK_IN_GUESTS": "Check in guests",
    "SELL_TICKETS": "Sell tickets",
    "ADD_GUESTS": "Add guests",
    "READ_ANALYTICS": "See sales figures",
    "READ_GUEST_FORM": "See form answers",
}
TAB_EVENT, TAB_TICKETS, TAB_PUBLISH = 0, 1, 7


def _datetime_edit(value: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


def _page(form: FieldForm) -> QWidget:
    """A step's page: the form at the top, spare room below it (not between its rows)."""
    page = QWidget()
    column = QVBoxLayout(page)
    column.addLayout(form)
    column.addStretch(1)
    return page


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
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
        self._calls = BackgroundCalls(context)
        self._catalog = CatalogStore(context.station.db)
        self._service: EventSetupService | None = None
        self.event_id: str = ""
        self._definitions: list[TicketDefinition] = []
        self._categories: list[dict[str, Any]] = []
        self._action_buttons: list[QPushButton] = []

        self.banner = Banner()
        self.answers = AnswerLog()

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
        self._set_event("")
        self._show_connection()

    # -- building -------------------------------------------------------------------------
    def _button(self, text: str, slot: Any, name: str = "") -> QPushButton:
        button = QPushButton(text)
        if name:
            button.setObjectName(name)
        button.clicked.connect(slot)
        self._action_buttons.append(button)
        return button

    def _build_event_tab(self) -> QWidget:
        form = self.event_form = FieldForm()
        start = datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=14)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(tr("e.g. Summer Gala"))
        self.online_check = QCheckBox(tr("Online event (no venue)"))
        self.venue_edit = QLineEdit()
        self.venue_edit.setPlaceholderText(tr("Venue name"))
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(tr("Street, city"))
        self.online_check.toggled.connect(
            lambda on: (self.venue_edit.setEnabled(not on), self.address_edit.setEnabled(not on))
        )
        self.start_edit = _datetime_edit(start.replace(hour=19))
        self.end_edit = _datetime_edit(start.replace(hour=23))
        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        zones = sorted(available_timezones())
        self.zone_combo.addItems([*COMMON_ZONES, *[z for z in zones if z not in COMMON_ZONES]])
        self.currency_edit = QLineEdit("USD")
        self.currency_edit.setMaxLength(3)
        self.per_order_spin = QSpinBox()
        self.per_order_spin.setRange(1, 50)
        self.per_order_spin.setValue(20)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(5, 30)
        self.minutes_spin.setValue(20)
        self.minutes_spin.setSuffix(tr(" min"))
        self.dates_list = QListWidget()
        self.dates_list.setMaximumHeight(60)
        self.extra_date_edit = _datetime_edit(start.replace(hour=19) + timedelta(days=7))
        add_date = QPushButton(tr("Add date"))
        add_date.clicked.connect(self._on_add_date)
        remove_date = QPushButton(tr("Remove"))
        remove_date.clicked.connect(
            lambda: (
                self.dates_list.takeItem(self.dates_list.currentRow())
                if self.dates_list.currentRow() >= 0
                else None
            )
        )
        dates = QWidget()
        dates_layout = QVBoxLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.extra_date_edit, 1)
        row.addWidget(add_date)
        dates_layout.addLayout(row)
        listed = QHBoxLayout()
        listed.addWidget(self.dates_list, 1)
        listed.addWidget(remove_date, 0, Qt.AlignmentFlag.AlignTop)
        dates_layout.addLayout(listed)

        form.add_field("title", tr("Title"), self.title_edit)
        form.addRow("", self.online_check)
        form.add_field("location", tr("Venue"), self.venue_edit)
        form.addRow(tr("Address"), self.address_edit)
        form.add_field("start", tr("Starts"), self.start_edit)
        form.add_field("end", tr("Ends"), self.end_edit)
        form.add_field("time_zone", tr("Time zone"), self.zone_combo)
        form.add_field("currency", tr("Currency"), self.currency_edit)
        form.add_field("tickets_per_order", tr("Max per order"), self.per_order_spin)
        form.add_field("reservation_minutes", tr("Hold tickets for"), self.minutes_spin)
        form.add_field("dates", tr("Also on"), dates)
        self.create_button = self._button(
            tr("Create draft event"), self._on_create, "createEventButton"
        )
        form.addRow("", self.create_button)

        self.clone_title_edit = QLineEdit()
        self.clone_title_edit.setPlaceholderText(tr("Title of the copy (optional)"))
        self.clone_button = self._button(
            tr("Copy as a new draft"), self._on_clone, "cloneEventButton"
        )
        form.addRow(QLabel(tr("<b>Or copy an existing event</b>")))
        form.addRow(tr("New title"), self.clone_title_edit)
        form.addRow("", self.clone_button)
        return _page(form)

    def _build_tickets_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.ticket_table = QTableWidget(0, 5)
        self.ticket_table.setObjectName("ticketTypesTable")
        self.ticket_table.setHorizontalHeaderLabels(
            [tr("Ticket type"), tr("Price"), tr("Quantity"), tr("Sold"), tr("Sale")]
        )
        self.ticket_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ticket_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ticket_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ticket_table.verticalHeader().hide()
        self.ticket_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ticket_table.setWordWrap(True)
        self.ticket_table.setMaximumHeight(150)
        self.ticket_table.itemSelectionChanged.connect(self._on_ticket_selected)
        layout.addWidget(self.ticket_table)

        form = self.ticket_form = FieldForm()
        self.ticket_name_edit = QLineEdit()
        self.ticket_name_edit.setPlaceholderText(tr("e.g. General Admission"))
        self.price_edit = QLineEdit("25.00")
        self.free_check = QCheckBox(tr("Free"))
        self.free_check.toggled.connect(lambda on: self.price_edit.setEnabled(not on))
        price_row = QWidget()
        price_layout = QHBoxLayout(price_row)
        price_layout.setContentsMargins(0, 0, 0, 0)
        price_layout.addWidget(self.price_edit, 1)
        price_layout.addWidget(self.free_check)
        self.fee_combo = QComboBox()
        for fee in FEE_TYPES:
            self.fee_combo.addItem(tr(FEE_NAMES[fee]), fee)
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(1, 100000)
        self.quantity_spin.setValue(100)
        self.unlimited_check = QCheckBox(tr("Unlimited"))
        self.unlimited_check.toggled.connect(lambda on: self.quantity_spin.setEnabled(not on))
        quantity_row = QWidget()
        quantity_layout = QHBoxLayout(quantity_row)
        quantity_layout.setContentsMargins(0, 0, 0, 0)
        quantity_layout.addWidget(self.quantity_spin, 1)
        quantity_layout.addWidget(self.unlimited_check)
        now = datetime.now().replace(second=0, microsecond=0)
        self.sale_start_check = QCheckBox(tr("Set"))
        self.sale_start_edit = _datetime_edit(now)
        self.sale_end_check = QCheckBox(tr("Set"))
        self.sale_end_edit = _datetime_edit(now + timedelta(days=14))
        self.sale_start_edit.setEnabled(False)
        self.sale_end_edit.setEnabled(False)
        self.sale_start_check.toggled.connect(self.sale_start_edit.setEnabled)
        self.sale_end_check.toggled.connect(self.sale_end_edit.setEnabled)
        form.add_field("name", tr("Name"), self.ticket_name_edit)
        form.add_field("price", tr("Price"), price_row)
        form.add_field("fee_type", tr("Fee"), self.fee_combo)
        form.add_field("quantity", tr("Quantity"), quantity_row)
        for name, label, check, edit in (
            ("sale_start", tr("Sale starts"), self.sale_start_check, self.sale_start_edit),
            ("sale_end", tr("Sale ends"), self.sale_end_check, self.sale_end_edit),
        ):
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(check)
            row_layout.addWidget(edit, 1)
            form.add_field(name, label, row)
        self.add_ticket_button = self._button(
            tr("Add ticket type"), self._on_add_ticket, "addTicketTypeButton"
        )
        self.save_ticket_button = self._button(tr("Save changes"), self._on_save_ticket)
        self.delete_ticket_button = self._button(tr("Delete"), self._on_delete_ticket)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_ticket_button)
        buttons.addWidget(self.save_ticket_button)
        buttons.addWidget(self.delete_ticket_button)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _build_form_tab(self) -> QWidget:
        form = self.question_form = FieldForm()
        form.addRow(QLabel(tr("Guests answer these questions at checkout.")))
        self.question_edit = QLineEdit()
        self.question_edit.setPlaceholderText(tr("e.g. Company"))
        self.question_type_combo = QComboBox()
        names = {
            "text": "Short answer",
            "dropdown": "Drop-down",
            "checkbox": "Check boxes",
            "radioButton": "One choice",
            "phone": "Phone",
            "date": "Date",
            "address": "Address",
        }
        for kind in QUESTION_TYPES:
            self.question_type_combo.addItem(tr(names[kind]), kind)
        self.mandatory_check = QCheckBox(tr("Guests must answer"))
        self.options_edit = QLineEdit()
        self.options_edit.setPlaceholderText(tr("Choices, separated by commas"))
        form.add_field("label", tr("Question"), self.question_edit)
        form.add_field("kind", tr("Type"), self.question_type_combo)
        form.addRow("", self.mandatory_check)
        form.add_field("options", tr("Choices"), self.options_edit)
        form.addRow(
            "", self._button(tr("Add question"), self._on_add_question, "addQuestionButton")
        )
        return _page(form)

    def _build_policies_tab(self) -> QWidget:
        form = self.policy_form = FieldForm()
        self.policy_count_label = QLabel(tr("Wix allows three policies per event."))
        form.addRow(self.policy_count_label)
        self.policy_name_edit = QLineEdit()
        self.policy_name_edit.setPlaceholderText(tr("e.g. Refund policy"))
        self.policy_body_edit = QPlainTextEdit()
        self.policy_body_edit.setMaximumHeight(120)
        form.add_field("name", tr("Name"), self.policy_name_edit)
        form.add_field("body", tr("Text"), self.policy_body_edit)
        form.addRow("", self._button(tr("Add policy"), self._on_add_policy, "addPolicyButton"))
        return _page(form)

    def _build_schedule_tab(self) -> QWidget:
        form = self.schedule_form = FieldForm()
        form.addRow(
            "",
            self._button(
                tr("Turn on the schedule"), self._on_enable_schedule, "enableScheduleButton"
            ),
        )
        start = datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=14)
        self.item_name_edit = QLineEdit()
        self.item_name_edit.setPlaceholderText(tr("e.g. Doors open"))
        self.item_start_edit = _datetime_edit(start.replace(hour=19))
        self.item_end_edit = _datetime_edit(start.replace(hour=19, minute=30))
        self.stage_edit = QLineEdit()
        self.stage_edit.setPlaceholderText(tr("e.g. Main stage (optional)"))
        form.add_field("name", tr("Item"), self.item_name_edit)
        form.add_field("start", tr("Starts"), self.item_start_edit)
        form.add_field("end", tr("Ends"), self.item_end_edit)
        form.add_field("stage", tr("Stage"), self.stage_edit)
        form.addRow(
            "", self._button(tr("Add to the schedule"), self._on_add_item, "addScheduleItemButton")
        )
        return _page(form)

    def _build_categories_tab(self) -> QWidget:
        form = self.category_form = FieldForm()
        self.category_names_edit = QPlainTextEdit()
        self.category_names_edit.setPlaceholderText(tr("One category per line (up to 10)"))
        self.category_names_edit.setMaximumHeight(90)
        form.add_field("names", tr("New categories"), self.category_names_edit)
        form.addRow(
            "", self._button(tr("Create"), self._on_create_categories, "createCategoriesButton")
        )
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("categoryCombo")
        form.addRow(tr("Category"), self.category_combo)
        form.addRow(
            "",
            self._button(
                tr("Put the event in this category"), self._on_assign, "assignCategoryButton"
            ),
        )
        return _page(form)

    def _build_staff_tab(self) -> QWidget:
        form = self.staff_form = FieldForm()
        self.staff_name_edit = QLineEdit()
        self.staff_name_edit.setPlaceholderText(tr("e.g. Sam at the door"))
        self.permission_checks: dict[str, QCheckBox] = {}
        boxes = QWidget()
        boxes_layout = QVBoxLayout(boxes)
        boxes_layout.setContentsMargins(0, 0, 0, 0)
        for permission in STAFF_PERMISSIONS:
            check = QCheckBox(tr(PERMISSION_NAMES[permission]))
            check.setChecked(permission == "CHECK_IN_GUESTS")
            self.permission_checks[permission] = check
            boxes_layout.addWidget(check)
        self.only_this_event_check = QCheckBox(tr("Only for this event"))
        self.only_this_event_check.setChecked(True)
        self.login_link_label = QLabel()
        self.login_link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.login_link_label.setWordWrap(True)
        form.add_field("name", tr("Name"), self.staff_name_edit)
        form.add_field("permissions", tr("May"), boxes)
        form.addRow("", self.only_this_event_check)
        form.addRow("", self._button(tr("Add staff member"), self._on_add_staff, "addStaffButton"))
        form.addRow(self.login_link_label)
        return _page(form)

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
    @property
    def service(self) -> EventSetupService | None:
        client = self._context.client
        if client is None:
            return None
        if self._service is None or self._service._client is not client:
            self._service = EventSetupService(client, self._catalog)
        return self._service

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

    def _show_definitions(self) -> None:
        self._definitions = self._catalog.definitions(self.event_id) if self.event_id else []
        self.ticket_table.setRowCount(len(self._definitions))
        for row, d in enumerate(self._definitions):
            price = tr("free") if d.free else f"{d.price} {d.currency or ''}".strip()
            quantity = "∞" if d.initial_limit is None else str(d.initial_limit)
            sale = {
                "SALE_STARTED": tr("on sale"),
                "SALE_SCHEDULED": tr("scheduled"),
                "SALE_ENDED": tr("ended"),
            }.get(d.sale_status or "", "")
            for column, text in enumerate((d.name, price, quantity, str(d.sold_count), sale)):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.ticket_table.setItem(row, column, item)

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

    # -- slots: the event -----------------------------------------------------------------
    def _on_event_chosen(self, _index: int) -> None:
        self._set_event(self.event_combo.currentData() or "")

    def _on_load(self) -> None:
        event_id = self.event_combo.currentData() or self.event_id
        if not event_id:
            self.banner.show_message(tr("Choose an event to load."), "error")
            return
        self._run(None, "load_event", event_id, after=self._after_event)

    def _on_add_date(self) -> None:
        start = qdatetime_to_naive(self.extra_date_edit.dateTime())
        self.dates_list.addItem(start.strftime("%Y-%m-%d %H:%M"))

    def event_form_values(self) -> EventForm:
        start = qdatetime_to_naive(self.start_edit.dateTime())
        end = qdatetime_to_naive(self.end_edit.dateTime())
        extra = []
        for row in range(self.dates_list.count()):
            other = datetime.strptime(self.dates_list.item(row).text(), "%Y-%m-%d %H:%M")
            extra.append((other, other + (end - start)))
        return EventForm(
            title=self.title_edit.text(),
            start=start,
            end=end,
            time_zone_id=self.zone_combo.currentText().strip(),
            online=self.online_check.isChecked(),
            venue_name=self.venue_edit.text(),
            address=self.address_edit.text(),
            currency=self.currency_edit.text(),
            tickets_per_order=self.per_order_spin.value(),
            reservation_minutes=self.minutes_spin.value(),
            extra_dates=extra,
        )

    def _on_create(self) -> None:
        form = self.event_form_values()
        self._run(self.event_form, "create_event", form, after=self._after_event)

    def _on_clone(self) -> None:
        source = self.event_combo.currentData() or self.event_id
        if not source:
            self.banner.show_message(tr("Choose the event to copy in the list above."), "error")
            return
        title = self.clone_title_edit.text()
        self._run(self.event_form, "clone_event", source, title, after=self._after_event)

    def _after_event(self, result: StepResult) -> None:
        self.reload_events()
        if result.object_id:
            self._set_event(result.object_id)

    # -- slots: tickets -------------------------------------------------------------------
    def ticket_form_values(self) -> TicketTypeForm:
        return TicketTypeForm(
            name=self.ticket_name_edit.text(),
            price=self.price_edit.text(),
            free=self.free_check.isChecked(),
            fee_type=self.fee_combo.currentData(),
            quantity=None if self.unlimited_check.isChecked() else self.quantity_spin.value(),
            sale_start=qdatetime_to_naive(self.sale_start_edit.dateTime())
            if self.sale_start_check.isChecked()
            else None,
            sale_end=qdatetime_to_naive(self.sale_end_edit.dateTime())
            if self.sale_end_check.isChecked()
            else None,
        )

    def _selected_definition(self) -> TicketDefinition | None:
        row = self.ticket_table.currentRow()
        return self._definitions[row] if 0 <= row < len(self._definitions) else None

    def _on_ticket_selected(self) -> None:
        d = self._selected_definition()
        if d is None:
            return
        self.ticket_name_edit.setText(d.name)
        self.free_check.setChecked(d.free)
        self.price_edit.setText(d.price)
        self.unlimited_check.setChecked(d.initial_limit is None)
        if d.initial_limit is not None:
            self.quantity_spin.setValue(d.initial_limit)

    def _on_add_ticket(self) -> None:
        if not self._need_event():
            return
        event_id, form = self.event_id, self.ticket_form_values()
        self._run(self.ticket_form, "add_ticket_type", event_id, form, after=self._after_tickets)

    def _after_tickets(self, _result: StepResult) -> None:
        self._show_definitions()

    def _on_save_ticket(self) -> None:
        d = self._selected_definition()
        if d is None:
            self.banner.show_message(tr("Pick the ticket type to change in the list."), "error")
            return
        event_id, form = self.event_id, self.ticket_form_values()
        self._run(
            self.ticket_form, "update_ticket_type", event_id, d.id, form, after=self._after_tickets
        )

    def _on_delete_ticket(self) -> None:
        d = self._selected_definition()
        if d is None:
            self.banner.show_message(tr("Pick the ticket type to delete in the list."), "error")
            return
        event_id = self.event_id
        self._run(None, "delete_ticket_type", event_id, d.id, after=self._after_tickets)

    # -- slots: form, policies, schedule ----------------------------------------------------
    def _on_add_question(self) -> None:
        if not self._need_event():
            return
        event_id = self.event_id
        label = self.question_edit.text()
        kind = self.question_type_combo.currentData()
        mandatory = self.mandatory_check.isChecked()
        options = [o for o in self.options_edit.text().split(",") if o.strip()]
        self._run(
            self.question_form,
            "add_question",
            event_id,
            label,
            kind=kind,
            mandatory=mandatory,
            options=options,
        )

    def _on_add_policy(self) -> None:
        if not self._need_event():
            return
        event_id = self.event_id
        name, body = self.policy_name_edit.text(), self.policy_body_edit.toPlainText()
        self._run(self.policy_form, "add_policy", event_id, name, body, after=self._after_policy)

    def _after_policy(self, _result: StepResult) -> None:
        self.policy_name_edit.clear()
        self.policy_body_edit.clear()

    def _on_enable_schedule(self) -> None:
        if not self._need_event():
            return
        event_id = self.event_id
        self._run(self.schedule_form, "enable_schedule", event_id)

    def _on_add_item(self) -> None:
        if not self._need_event():
            return
        event_id = self.event_id
        form = ScheduleItemForm(
            name=self.item_name_edit.text(),
            start=qdatetime_to_naive(self.item_start_edit.dateTime()),
            end=qdatetime_to_naive(self.item_end_edit.dateTime()),
            stage=self.stage_edit.text(),
        )
        self._run(self.schedule_form, "add_schedule_item", event_id, form)

    # -- slots: categories, staff, publish ------------------------------------------------
    def _on_create_categories(self) -> None:
        names = self.category_names_edit.toPlainText().splitlines()
        self._run(self.category_form, "create_categories", names, after=self._after_categories)

    def _after_categories(self, result: StepResult) -> None:
        for category in result.wix.get("categories") or []:
            if category.get("id"):
                self._categories.append(category)
                self.category_combo.addItem(str(category.get("name", "")), category["id"])
        self.category_combo.setCurrentIndex(self.category_combo.count() - 1)
        self.category_names_edit.clear()

    def _on_assign(self) -> None:
        if not self._need_event():
            return
        category_id = self.category_combo.currentData()
        if not category_id:
            self.banner.show_message(tr("Create a category first."), "error")
            return
        event_id = self.event_id
        self._run(self.category_form, "assign_category", event_id, category_id)

    def _on_add_staff(self) -> None:
        name = self.staff_name_edit.text()
        permissions = [p for p, check in self.permission_checks.items() if check.isChecked()]
        events = (
            [self.event_id] if self.only_this_event_check.isChecked() and self.event_id else None
        )
        self._run(
            self.staff_form,
            "add_staff_member",
            name,
            permissions,
            event_ids=events,
            after=self._after_staff,
        )

    def _after_staff(self, result: StepResult) -> None:
        link = result.wix.get("loginLink")
        self.login_link_label.setText(tr("Login link: ") + str(link) if link else "")
        self.staff_name_edit.clear()

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
