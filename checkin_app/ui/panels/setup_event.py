"""Setup step 1: the event form (create a draft, or copy an existing event)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin_app.services.setup import EventForm, StepResult
from checkin_app.ui.panels.common import FieldForm, qdatetime_to_naive, tr
from checkin_app.ui.panels.setup_base import SetupBase, datetime_edit, step_page

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


class EventStep(SetupBase):
    """Step 1 of the setup panel: the event's title, place, dates and limits."""

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
        self.start_edit = datetime_edit(start.replace(hour=19))
        self.end_edit = datetime_edit(start.replace(hour=23))
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
        self.extra_date_edit = datetime_edit(start.replace(hour=19) + timedelta(days=7))
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
        return step_page(form)

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
