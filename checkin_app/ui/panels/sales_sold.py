"""The sales panel's ticket output: the tickets sold, their QR code, check-in and saving."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.sales import Sale, SoldTicket
from checkin_app.services.errors import ServiceError
from checkin_app.services.ticket_codes import save_qr_png
from checkin_app.ui.i18n import tr
from checkin_app.ui.message_text import message_text
from checkin_app.ui.panels.common import named
from checkin_app.ui.panels.receipt import receipt_text
from checkin_app.ui.panels.ticket_output import qr_pixmap, save_ticket_pdf

QR_SIZE = 240


class SoldTicketsView(QWidget):
    """The tickets of a paid sale: pick one, show its code, check it in or save it."""

    check_in_requested = Signal(object)  # SoldTicket
    next_guest_clicked = Signal()
    message = Signal(str, str)  # text, banner kind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sale: Sale | None = None
        self.event_title = ""
        self.list = named(QListWidget(), tr("SalesPanel", "Tickets sold"))
        self.list.setObjectName("soldTickets")
        self.list.setMaximumHeight(90)
        self.list.currentRowChanged.connect(self._on_selected)
        self.code = named(QLabel(), tr("SalesPanel", "Ticket code"))
        self.code.setObjectName("ticketCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setMinimumSize(QR_SIZE, QR_SIZE)
        self.check_in_button = self._button(tr("SalesPanel", "Check in now"), "checkInSoldButton")
        self.check_in_button.clicked.connect(self._on_check_in)
        self.save_png_button = self._button(tr("SalesPanel", "Save as picture…"), "savePngButton")
        self.save_png_button.clicked.connect(
            lambda: self._ask_and_save("png", tr("SalesPanel", "Pictures (*.png)"), self.save_png)
        )
        self.save_pdf_button = self._button(tr("SalesPanel", "Save as PDF…"), "savePdfButton")
        self.save_pdf_button.clicked.connect(
            lambda: self._ask_and_save("pdf", tr("SalesPanel", "PDF files (*.pdf)"), self.save_pdf)
        )
        self.new_sale_button = self._button(tr("SalesPanel", "Next guest"), "nextGuestButton")
        self.new_sale_button.clicked.connect(self.next_guest_clicked)
        self.receipt = named(QPlainTextEdit(), tr("SalesPanel", "Receipt"))
        self.receipt.setObjectName("receipt")
        self.receipt.setReadOnly(True)
        self.receipt.setMaximumHeight(160)

        buttons = QGridLayout()
        buttons.addWidget(self.check_in_button, 0, 0)
        buttons.addWidget(self.new_sale_button, 0, 1)
        buttons.addWidget(self.save_png_button, 1, 0)
        buttons.addWidget(self.save_pdf_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.code)
        layout.addLayout(buttons)
        layout.addWidget(self.receipt)
        self._ticket_widgets: list[QWidget] = [
            self.list, self.code, self.receipt, self.check_in_button, self.save_png_button,
            self.save_pdf_button,
        ]  # fmt: skip
        self.show_sale(None)

    @staticmethod
    def _button(text: str, name: str) -> QPushButton:
        button = named(QPushButton(text), text)
        button.setObjectName(name)
        return button

    def show_sale(self, sale: Sale | None, event_title: str = "") -> None:
        """The sale's tickets (the area shows once there are tickets)."""
        self.sale, self.event_title = sale, event_title
        tickets = sale.tickets if sale is not None else ()
        self.list.clear()
        for ticket in tickets:
            self.list.addItem(QListWidgetItem(f"{ticket.ticket_number} · {ticket.ticket_name}"))
        for widget in self._ticket_widgets:
            widget.setVisible(bool(tickets))
            widget.setEnabled(bool(tickets))
        if tickets and sale is not None:
            self.list.setCurrentRow(0)
            self.receipt.setPlainText(receipt_text(sale, event_title))
        else:
            self.code.clear()
            self.receipt.clear()

    def set_next_guest_enabled(self, enabled: bool) -> None:
        self.new_sale_button.setEnabled(enabled)

    def selected_ticket(self) -> SoldTicket | None:
        row = self.list.currentRow()
        if self.sale is None or not 0 <= row < len(self.sale.tickets):
            return None
        return self.sale.tickets[row]

    def _on_selected(self, _row: int) -> None:
        ticket = self.selected_ticket()
        if ticket is None:
            self.code.clear()
        else:
            self.code.setPixmap(qr_pixmap(ticket.check_in_url, QR_SIZE))

    def _on_check_in(self) -> None:
        ticket = self.selected_ticket()
        if ticket is not None:
            self.check_in_requested.emit(ticket)

    # -- saving ---------------------------------------------------------------------------
    def save_png(self, path: str | Path) -> Path:
        ticket = self.selected_ticket()
        if ticket is None:
            raise ServiceError("No ticket chosen.")
        return save_qr_png(ticket.check_in_url, path)

    def save_pdf(self, path: str | Path) -> Path:
        ticket = self.selected_ticket()
        if ticket is None or self.sale is None:
            raise ServiceError("No ticket chosen.")
        receipt = receipt_text(self.sale, self.event_title)
        return save_ticket_pdf(path, ticket, self.sale, self.event_title, receipt)

    def _ask_and_save(self, suffix: str, kind: str, writer: Callable[[str], Path]) -> None:
        ticket = self.selected_ticket()
        name = f"ticket-{ticket.ticket_number if ticket else 'guest'}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, tr("SalesPanel", "Save the ticket"), name, kind)
        if not path:
            return
        try:
            saved = writer(path)
        except ServiceError as exc:
            self.message.emit(message_text(str(exc)), "error")
            return
        self.message.emit(tr("SalesPanel", "Saved {file}").format(file=saved), "ok")
