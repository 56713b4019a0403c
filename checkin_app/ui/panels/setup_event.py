"""Setup step 1 (the event: create a draft, or copy an existing one) and step 8 (publish)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.models import Event
from checkin_app.services.setup import EventForm, StepResult
from checkin_app.ui.formats import date_time_text
from checkin_app.ui.i18n import tr
from checkin_app.ui.panels.common import FieldForm, named, qdatetime_to_naive
from checkin_app.ui.panels.setup_runner import StepRunner, datetime_edit, step_page

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


class EventPage(QWidget):
    """The event's title, place, dates and limits; or a copy of the chosen event."""

    event_made = Signal(str)  # the new event's id

    def __init__(self, runner: StepRunner) -> None:
        super().__init__()
        self._runner = runner
        self.event_id = ""
        form = self.form = FieldForm()
        start = datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=14)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(tr("SetupPanel", "e.g. Summer Gala"))
        self.online_check = named(
            QCheckBox(tr("SetupPanel", "Online event (no venue)")), tr("SetupPanel", "Online event")
        )
        self.venue_edit = QLineEdit()
        self.venue_edit.setPlaceholderText(tr("SetupPanel", "Venue name"))
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(tr("SetupPanel", "Street, city"))
        self.online_check.toggled.connect(self._on_online_toggled)
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
        self.minutes_spin.setSuffix(tr("SetupPanel", " min"))
        self.dates_list = named(QListWidget(), tr("SetupPanel", "Further dates"))
        self.dates_list.setMaximumHeight(60)
        self.extra_date_edit = datetime_edit(
            start.replace(hour=19) + timedelta(days=7), tr("SetupPanel", "Another date")
        )
        add_date = named(QPushButton(tr("SetupPanel", "Add date")), tr("SetupPanel", "Add date"))
        add_date.clicked.connect(self._on_add_date)
        remove_date = named(
            QPushButton(tr("SetupPanel", "Remove")), tr("SetupPanel", "Remove the chosen date")
        )
        remove_date.clicked.connect(self._on_remove_date)
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

        form.add_field("title", tr("SetupPanel", "Title"), self.title_edit)
        form.addRow("", self.online_check)
        form.add_field("location", tr("SetupPanel", "Venue"), self.venue_edit)
        self.address_edit.setAccessibleName(tr("SetupPanel", "Address"))
        form.addRow(tr("SetupPanel", "Address"), self.address_edit)
        form.add_field("start", tr("SetupPanel", "Starts"), self.start_edit)
        form.add_field("end", tr("SetupPanel", "Ends"), self.end_edit)
        form.add_field("time_zone", tr("SetupPanel", "Time zone"), self.zone_combo)
        form.add_field("currency", tr("SetupPanel", "Currency"), self.currency_edit)
        form.add_field("tickets_per_order", tr("SetupPanel", "Max per order"), self.per_order_spin)
        form.add_field("reservation_minutes", tr("SetupPanel", "Hold tickets for"),
                       self.minutes_spin)  # fmt: skip
        form.add_field("dates", tr("SetupPanel", "Also on"), dates)
        self.create_button = runner.button(
            tr("SetupPanel", "Create draft event"), self._on_create, "createEventButton"
        )
        form.addRow("", self.create_button)
        self.clone_title_edit = named(QLineEdit(), tr("SetupPanel", "Title of the copy"))
        self.clone_title_edit.setPlaceholderText(tr("SetupPanel", "Title of the copy (optional)"))
        self.clone_button = runner.button(
            tr("SetupPanel", "Copy as a new draft"), self._on_clone, "cloneEventButton",
            tr("SetupPanel", "Copy the event chosen above (form, tickets, settings)"),
        )  # fmt: skip
        form.addRow(QLabel(tr("SetupPanel", "<b>Or copy the chosen event</b>")))
        form.addRow(tr("SetupPanel", "New title"), self.clone_title_edit)
        form.addRow("", self.clone_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(step_page(form))

    def set_event(self, event: Event | None) -> None:
        self.event_id = event.id if event else ""

    def _on_online_toggled(self, online: bool) -> None:
        self.venue_edit.setEnabled(not online)  # an online event has no venue
        self.address_edit.setEnabled(not online)

    def _on_add_date(self) -> None:
        start = qdatetime_to_naive(self.extra_date_edit.dateTime())
        item = QListWidgetItem(date_time_text(start))
        item.setData(Qt.ItemDataRole.UserRole, start)  # the list shows it as the locale writes it
        self.dates_list.addItem(item)

    def _on_remove_date(self) -> None:
        if self.dates_list.currentRow() >= 0:
            self.dates_list.takeItem(self.dates_list.currentRow())

    def form_values(self) -> EventForm:
        start = qdatetime_to_naive(self.start_edit.dateTime())
        end = qdatetime_to_naive(self.end_edit.dateTime())
        extra = []
        for row in range(self.dates_list.count()):
            other = self.dates_list.item(row).data(Qt.ItemDataRole.UserRole)
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
        values = self.form_values()
        self._runner.run(self.form, lambda s: s.create_event(values), after=self._made)

    def _on_clone(self) -> None:
        source, title = self.event_id, self.clone_title_edit.text()
        if not source:
            self._runner.banner.show_message(
                tr("SetupPanel", "Choose the event to copy in the list above."), "error"
            )
            return
        self._runner.run(self.form, lambda s: s.clone_event(source, title), after=self._made)

    def _made(self, result: StepResult) -> None:
        if result.object_id:
            self.event_made.emit(result.object_id)


class PublishPage(QWidget):
    """Publish the draft (irreversible), and put the event to work at the door."""

    published = Signal(str)
    use_at_door = Signal(str)

    def __init__(self, runner: StepRunner) -> None:
        super().__init__()
        self._runner = runner
        self.event_id = ""
        text = QLabel(
            tr(
                "SetupPanel",
                "Publishing puts the event on sale on your site. It cannot be undone: a "
                "published event cannot go back to draft.",
            )
        )
        text.setWordWrap(True)
        self.publish_confirm = named(
            QCheckBox(tr("SetupPanel", "I understand, publish it")),
            tr("SetupPanel", "Confirm publishing"),
        )
        self.publish_button = runner.button(
            tr("SetupPanel", "Publish"), self._on_publish, "publishButton"
        )
        self.publish_button.setEnabled(False)
        self.publish_confirm.toggled.connect(self.publish_button.setEnabled)
        self.use_at_door_button = named(
            QPushButton(tr("SetupPanel", "Use this event at the door")),
            tr("SetupPanel", "Use this event at the door"),
        )
        self.use_at_door_button.clicked.connect(
            lambda: self.use_at_door.emit(self.event_id) if self.event_id else None
        )
        layout = QVBoxLayout(self)
        for widget in (text, self.publish_confirm, self.publish_button, self.use_at_door_button):
            layout.addWidget(widget)
        layout.addStretch(1)

    def set_event(self, event: Event | None) -> None:
        self.event_id = event.id if event else ""
        self.publish_confirm.setEnabled(event is not None and event.status == "DRAFT")

    def _on_publish(self) -> None:
        event_id = self.event_id
        if not self._runner.need_event(event_id):
            return
        self._runner.run(None, lambda s: s.publish(event_id), after=self._done)

    def _done(self, _result: StepResult) -> None:
        self.publish_confirm.setChecked(False)
        self.published.emit(self.event_id)
