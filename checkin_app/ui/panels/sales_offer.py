"""The sales panel's ticket picker: what is on sale, what is left, and how many the guest wants."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from checkin_app.services.sales import TicketAvailability
from checkin_app.ui.formats import money_text, number_text
from checkin_app.ui.i18n import tr
from checkin_app.ui.panels.common import fit_rows, named, sized_table, table_cell

PRICE, LEFT, HOW_MANY = 1, 2, 3


def _price_text(item: TicketAvailability) -> str:
    if item.free:
        return tr("SalesPanel", "free")
    return money_text(item.price, item.currency)


def _left_text(item: TicketAvailability) -> str:
    if item.sold_out:
        return tr("SalesPanel", "Sold out")
    if not item.on_sale:
        return tr("SalesPanel", "Not on sale")
    return "∞" if item.available is None else number_text(item.available)


class OfferPicker(QWidget):
    """The ticket types on offer (one row per pricing option), each with a quantity box."""

    quantities_changed = Signal()
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[TicketAvailability] = []
        self._spins: dict[str, QSpinBox] = {}
        self.table = named(QTableWidget(0, 4), tr("SalesPanel", "Tickets on sale"))
        self.table.setObjectName("offerTable")
        sized_table(
            self.table,
            [
                tr("SalesPanel", "Ticket type"),
                tr("SalesPanel", "Price"),
                tr("SalesPanel", "Left"),
                tr("SalesPanel", "How many"),
            ],
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.refresh_button = named(
            QPushButton(tr("SalesPanel", "Refresh")),
            tr("SalesPanel", "Refresh availability"),
            tr("SalesPanel", "Ask Wix how many tickets of each type are left"),
        )
        self.refresh_button.setToolTip(tr("SalesPanel", "Ask Wix how many tickets are left"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)

    def show_offer(self, offer: list[TicketAvailability]) -> None:
        """Show the offer, keeping the quantities already chosen where they still fit."""
        previous = self.quantities()
        self.items = list(offer)
        self._spins = {}
        self.table.setRowCount(len(offer))
        for row, item in enumerate(offer):
            for column, text in enumerate((item.name, _price_text(item), _left_text(item))):
                cell = table_cell(text)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not item.can_sell:
                    cell.setForeground(
                        Qt.GlobalColor.darkRed if column == LEFT else Qt.GlobalColor.gray
                    )
                self.table.setItem(row, column, cell)
            spin = named(
                QSpinBox(), tr("SalesPanel", "How many: {ticket}").format(ticket=item.name)
            )
            spin.setObjectName(f"qty_{item.name}")
            maximum = 50 if item.available is None else min(50, item.available)
            spin.setRange(0, max(0, maximum))
            spin.setEnabled(item.can_sell)
            spin.setValue(min(previous.get(item.key, 0), spin.maximum()))
            spin.valueChanged.connect(self.quantities_changed)
            self._spins[item.key] = spin
            self.table.setCellWidget(row, HOW_MANY, spin)
        fit_rows(self.table)
        self.quantities_changed.emit()

    def quantities(self) -> dict[str, int]:
        """How many of each (by `TicketAvailability.key`), only those above zero."""
        return {key: spin.value() for key, spin in self._spins.items() if spin.value()}

    def set_quantity(self, name: str, quantity: int) -> None:
        """Choose how many of a ticket type (by the name shown) the guest wants."""
        for item in self.items:
            if item.name == name:
                self._spins[item.key].setValue(quantity)
                return
        raise KeyError(name)

    def clear_quantities(self) -> None:
        for spin in self._spins.values():
            spin.setValue(0)

    def set_choosing(self, allowed: bool) -> None:
        """Quantities can change only between sales (a held sale keeps its tickets)."""
        for item in self.items:
            self._spins[item.key].setEnabled(allowed and item.can_sell)

    def can_sell_any(self) -> bool:
        return any(item.can_sell for item in self.items)

    def left_text(self, name: str) -> str:
        """What the "Left" column says for a ticket type (by name)."""
        for row, item in enumerate(self.items):
            if item.name == name:
                cell = self.table.item(row, LEFT)
                return cell.text() if cell else ""
        raise KeyError(name)
