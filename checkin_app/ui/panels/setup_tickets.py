"""Setup step 2: the ticket-types editor (a table of types and the form to add or change one)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.models import Event, TicketDefinition
from checkin_app.services.event_catalog import EventCatalog
from checkin_app.services.setup import FEE_TYPES, StepResult, TicketTypeForm
from checkin_app.ui.formats import money_text, number_text
from checkin_app.ui.i18n import QT_TRANSLATE_NOOP, tr, tr_marked
from checkin_app.ui.panels.common import (
    FieldForm,
    ask_confirmation,
    named,
    qdatetime_to_naive,
    sized_table,
    table_cell,
)
from checkin_app.ui.panels.setup_runner import StepRunner, datetime_edit

FEE_NAMES = {
    "FEE_ADDED_AT_CHECKOUT": QT_TRANSLATE_NOOP("SetupPanel", "Fee added at checkout"),
    "FEE_INCLUDED": QT_TRANSLATE_NOOP("SetupPanel", "Fee included"),
}


class TicketTypesPage(QWidget):
    """Step 2 of the setup panel: the event's ticket types."""

    def __init__(self, runner: StepRunner, catalog: EventCatalog) -> None:
        super().__init__()
        self._runner = runner
        self._catalog = catalog
        self.event_id = ""
        self._definitions: list[TicketDefinition] = []
        self.confirm = lambda question: ask_confirmation(self, question)
        layout = QVBoxLayout(self)
        self.ticket_table = named(QTableWidget(0, 5), tr("SetupPanel", "Ticket types"))
        self.ticket_table.setObjectName("ticketTypesTable")
        sized_table(
            self.ticket_table,
            [
                tr("SetupPanel", "Ticket type"),
                tr("SetupPanel", "Price"),
                tr("SetupPanel", "Quantity"),
                tr("SetupPanel", "Sold"),
                tr("SetupPanel", "Sale"),
            ],
        )
        self.ticket_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ticket_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ticket_table.setMaximumHeight(150)
        self.ticket_table.itemSelectionChanged.connect(self._on_ticket_selected)
        layout.addWidget(self.ticket_table)

        form = self.ticket_form = FieldForm()
        self.ticket_name_edit = QLineEdit()
        self.ticket_name_edit.setPlaceholderText(tr("SetupPanel", "e.g. General Admission"))
        self.price_edit = QLineEdit("25.00")
        self.free_check = QCheckBox(tr("SetupPanel", "Free"))
        self.free_check.toggled.connect(lambda on: self.price_edit.setEnabled(not on))
        self.price_edit.setAccessibleName(tr("SetupPanel", "Price"))
        self.free_check.setAccessibleName(tr("SetupPanel", "Free ticket"))
        price_row = QWidget()
        price_layout = QHBoxLayout(price_row)
        price_layout.setContentsMargins(0, 0, 0, 0)
        price_layout.addWidget(self.price_edit, 1)
        price_layout.addWidget(self.free_check)
        self.fee_combo = QComboBox()
        for fee in FEE_TYPES:
            self.fee_combo.addItem(tr_marked("SetupPanel", FEE_NAMES[fee]), fee)
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(1, 100000)
        self.quantity_spin.setValue(100)
        self.unlimited_check = QCheckBox(tr("SetupPanel", "Unlimited"))
        self.unlimited_check.toggled.connect(lambda on: self.quantity_spin.setEnabled(not on))
        self.quantity_spin.setAccessibleName(tr("SetupPanel", "Quantity"))
        self.unlimited_check.setAccessibleName(tr("SetupPanel", "Unlimited quantity"))
        quantity_row = QWidget()
        quantity_layout = QHBoxLayout(quantity_row)
        quantity_layout.setContentsMargins(0, 0, 0, 0)
        quantity_layout.addWidget(self.quantity_spin, 1)
        quantity_layout.addWidget(self.unlimited_check)
        now = datetime.now().replace(second=0, microsecond=0)
        self.sale_start_check = QCheckBox(tr("SetupPanel", "Set"))
        self.sale_start_edit = datetime_edit(now)
        self.sale_end_check = QCheckBox(tr("SetupPanel", "Set"))
        self.sale_end_edit = datetime_edit(now + timedelta(days=14))
        self.sale_start_edit.setEnabled(False)
        self.sale_end_edit.setEnabled(False)
        self.sale_start_check.toggled.connect(self.sale_start_edit.setEnabled)
        self.sale_end_check.toggled.connect(self.sale_end_edit.setEnabled)
        form.add_field("name", tr("SetupPanel", "Name"), self.ticket_name_edit)
        form.add_field("price", tr("SetupPanel", "Price"), price_row)
        form.add_field("fee_type", tr("SetupPanel", "Fee"), self.fee_combo)
        form.add_field("quantity", tr("SetupPanel", "Quantity"), quantity_row)
        for name, label, check, edit in (
            ("sale_start", tr("SetupPanel", "Sale starts"), self.sale_start_check,
             self.sale_start_edit),
            ("sale_end", tr("SetupPanel", "Sale ends"), self.sale_end_check, self.sale_end_edit),
        ):  # fmt: skip
            check.setAccessibleName(tr("SetupPanel", "{field}: set a date").format(field=label))
            edit.setAccessibleName(label)
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(check)
            row_layout.addWidget(edit, 1)
            form.add_field(name, label, row)
        self.add_ticket_button = runner.button(
            tr("SetupPanel", "Add ticket type"), self._on_add_ticket, "addTicketTypeButton"
        )
        self.save_ticket_button = runner.button(
            tr("SetupPanel", "Save changes"), self._on_save_ticket, "saveTicketTypeButton",
            tr("SetupPanel", "Save the changes to the ticket type picked in the table"),
        )  # fmt: skip
        self.delete_ticket_button = runner.button(
            tr("SetupPanel", "Delete"), self._on_delete_ticket, "deleteTicketTypeButton",
            tr("SetupPanel", "Delete the ticket type picked in the table"),
        )  # fmt: skip
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_ticket_button)
        buttons.addWidget(self.save_ticket_button)
        buttons.addWidget(self.delete_ticket_button)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def set_event(self, event: Event | None) -> None:
        self.event_id = event.id if event else ""
        self.show_definitions()

    def show_definitions(self) -> None:
        self._definitions = self._catalog.definitions(self.event_id)
        self.ticket_table.setRowCount(len(self._definitions))
        for row, d in enumerate(self._definitions):
            price = tr("SetupPanel", "free") if d.free else money_text(d.price, d.currency)
            quantity = "∞" if d.initial_limit is None else number_text(d.initial_limit)
            sale = {
                "SALE_STARTED": tr("SetupPanel", "on sale"),
                "SALE_SCHEDULED": tr("SetupPanel", "scheduled"),
                "SALE_ENDED": tr("SetupPanel", "ended"),
            }.get(d.sale_status or "", "")
            for column, text in enumerate((d.name, price, quantity, str(d.sold_count), sale)):
                item = table_cell(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.ticket_table.setItem(row, column, item)

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
        event_id, values = self.event_id, self.ticket_form_values()
        if self._runner.need_event(event_id):
            self._runner.run(
                self.ticket_form, lambda s: s.add_ticket_type(event_id, values),
                after=self._after_tickets,
            )  # fmt: skip

    def _after_tickets(self, _result: StepResult) -> None:
        self.show_definitions()

    def _on_save_ticket(self) -> None:
        d = self._selected_definition()
        if d is None:
            self._runner.banner.show_message(
                tr("SetupPanel", "Pick the ticket type to change in the list."), "error"
            )
            return
        event_id, values = self.event_id, self.ticket_form_values()
        self._runner.run(
            self.ticket_form, lambda s: s.update_ticket_type(event_id, d.id, values),
            after=self._after_tickets,
        )  # fmt: skip

    def _on_delete_ticket(self) -> None:
        d = self._selected_definition()
        if d is None:
            self._runner.banner.show_message(
                tr("SetupPanel", "Pick the ticket type to delete in the list."), "error"
            )
            return
        if not self.confirm(tr("SetupPanel", "Delete the ticket type “%1” on Wix?").replace(
            "%1", d.name
        )):  # fmt: skip
            return
        event_id = self.event_id
        self._runner.run(
            None, lambda s: s.delete_ticket_type(event_id, d.id), after=self._after_tickets
        )
