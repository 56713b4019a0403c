"""The sales panel's ticket picker: the availability table and how many of each type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

from checkin_app.services.sales import TicketAvailability
from checkin_app.ui.panels.common import tr
from checkin_app.ui.panels.sales_base import SalesBase


class OfferPicker(SalesBase):
    """The ticket types on offer, what is left of each, and a spin box to choose how many."""

    def _build_offer(self) -> None:
        self.offer_table = QTableWidget(0, 4)
        self.offer_table.setObjectName("offerTable")
        self.offer_table.setHorizontalHeaderLabels(
            [tr("Ticket type"), tr("Price"), tr("Left"), tr("How many")]
        )
        self.offer_table.verticalHeader().hide()
        self.offer_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.offer_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.offer_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.refresh_button = QPushButton(tr("Refresh availability"))
        self.refresh_button.clicked.connect(self.refresh_offer)

    def refresh_offer(self) -> None:
        """Show the cached ticket list now, then ask Wix for live availability."""
        if not self.event_id:
            self._show_offer([])
            return
        service = self.service
        if service is not None:
            self._show_offer(service.cached_availability(self.event_id))
            self._run("availability", self.event_id, on_done=self._show_offer, disable=False)
            if not self._resumed:
                self._resumed = True
                self._run("resume_unfinished", on_done=self._on_resumed, disable=False)
        else:
            self._say_offline()
            self._update_buttons()

    def _show_offer(self, offer: list[TicketAvailability]) -> None:
        previous = {d: spin.value() for d, spin in self._spins.items()}
        self.offer = offer
        self._spins = {}
        self.offer_table.setRowCount(len(offer))
        for row, item in enumerate(offer):
            price = tr("free") if item.free else f"{item.price} {item.currency or ''}".strip()
            if item.sold_out:
                left_text = tr("Sold out")
            elif not item.on_sale:
                left_text = tr("Not on sale")
            else:
                left_text = "∞" if item.available is None else str(item.available)
            cells = (item.name, price, left_text)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not item.can_sell:
                    cell.setForeground(
                        Qt.GlobalColor.darkRed if column == 2 else Qt.GlobalColor.gray
                    )
                self.offer_table.setItem(row, column, cell)
            spin = QSpinBox()
            spin.setObjectName(f"qty_{item.name}")
            maximum = 50 if item.available is None else min(50, item.available)
            spin.setRange(0, max(0, maximum))
            spin.setEnabled(item.can_sell)
            spin.setValue(min(previous.get(item.definition_id, 0), spin.maximum()))
            self._spins[item.definition_id] = spin
            self.offer_table.setCellWidget(row, 3, spin)
        # Only as tall as its rows: the space below is for the sale.
        header = self.offer_table.horizontalHeader().height()
        rows = sum(self.offer_table.rowHeight(r) for r in range(len(offer)))
        self.offer_table.setFixedHeight(header + rows + 2 * self.offer_table.frameWidth() + 6)
        self._update_buttons()

    def set_quantity(self, name: str, quantity: int) -> None:
        """Choose how many of a ticket type (by name) the guest wants."""
        for item in self.offer:
            if item.name == name:
                self._spins[item.definition_id].setValue(quantity)
                return
        raise KeyError(name)
