"""Setup step 2: the ticket-types editor (a table of types and the form to add or change one)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.models import TicketDefinition
from checkin_app.services.setup import FEE_TYPES, StepResult, TicketTypeForm
from checkin_app.ui.panels.common import FieldForm, qdatetime_to_naive, tr
from checkin_app.ui.panels.setup_base import SetupBase, datetime_edit

FEE_NAMES = {"FEE_ADDED_AT_CHECKOUT": "Fee added at checkout", "FEE_INCLUDED": "Fee included"}


class TicketsStep(SetupBase):
    """Step 2 of the setup panel: the event's ticket types."""

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
        self.sale_start_edit = datetime_edit(now)
        self.sale_end_check = QCheckBox(tr("Set"))
        self.sale_end_edit = datetime_edit(now + timedelta(days=14))
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
