"""The sales panel's ticket output: the tickets sold, their QR code, check-in and saving."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QPlainTextEdit, QPushButton

from checkin_app.domain.models import InputMethod, Verdict
from checkin_app.domain.sales import SoldTicket
from checkin_app.services.errors import ServiceError
from checkin_app.services.sales import receipt_text
from checkin_app.services.ticket_codes import save_qr_png
from checkin_app.ui.panels.common import tr
from checkin_app.ui.panels.sales_base import QR_SIZE, SalesBase
from checkin_app.ui.panels.ticket_output import qr_pixmap, save_ticket_pdf


class SoldTickets(SalesBase):
    """The tickets of a finished sale: pick one, show its code, check it in or save it."""

    def _build_sold(self) -> None:
        self.tickets_list = QListWidget()
        self.tickets_list.setObjectName("soldTickets")
        self.tickets_list.setMaximumHeight(90)
        self.tickets_list.currentRowChanged.connect(self._on_ticket_selected)
        self.ticket_code = QLabel()
        self.ticket_code.setObjectName("ticketCode")
        self.ticket_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ticket_code.setMinimumSize(QR_SIZE, QR_SIZE)
        self.check_in_button = QPushButton(tr("Check in now"))
        self.check_in_button.setObjectName("checkInSoldButton")
        self.check_in_button.clicked.connect(self._on_check_in)
        self.save_png_button = QPushButton(tr("Save as picture…"))
        self.save_png_button.clicked.connect(self._on_save_png)
        self.save_pdf_button = QPushButton(tr("Save as PDF…"))
        self.save_pdf_button.clicked.connect(self._on_save_pdf)
        self.receipt_view = QPlainTextEdit()
        self.receipt_view.setObjectName("receipt")
        self.receipt_view.setReadOnly(True)
        self.receipt_view.setMaximumHeight(160)

    def _show_ticket_area(self, visible: bool) -> None:
        """The sold tickets, their QR code and the receipt appear once there are tickets."""
        for widget in (
            self.tickets_list,
            self.ticket_code,
            self.receipt_view,
            self.check_in_button,
            self.save_png_button,
            self.save_pdf_button,
        ):
            widget.setVisible(visible)

    # -- the tickets sold -----------------------------------------------------------------
    def selected_ticket(self) -> SoldTicket | None:
        row = self.tickets_list.currentRow()
        if self.sale is None or not 0 <= row < len(self.sale.tickets):
            return None
        return self.sale.tickets[row]

    def _on_ticket_selected(self, _row: int) -> None:
        ticket = self.selected_ticket()
        if ticket is None:
            self.ticket_code.clear()
            return
        self.ticket_code.setPixmap(qr_pixmap(ticket.check_in_url, QR_SIZE))

    def _on_check_in(self) -> None:
        ticket = self.selected_ticket()
        if ticket is None or self.sale is None:
            return
        checkin = self._context.station.checkin
        station = self._context.station_name
        self._calls.run(
            lambda: checkin.scan(
                ticket.check_in_url,
                self.sale.event_id if self.sale else None,
                station,
                InputMethod.MANUAL,
            ),
            on_done=self._on_checked_in,
            on_error=self._on_error,
            disable=[self.check_in_button],
        )

    def _on_checked_in(self, verdict: Verdict) -> None:
        kind = "ok" if verdict.admitted else "error"
        self.banner.show_message(f"{verdict.guest_name}: {verdict.reason}", kind)
        self._context.events.scan_recorded.emit(verdict)
        self.ticket_checked_in.emit(verdict)

    def save_ticket_png(self, path: str | Path) -> Path:
        ticket = self.selected_ticket()
        if ticket is None:
            raise ServiceError("No ticket chosen.")
        return save_qr_png(ticket.check_in_url, path)

    def save_ticket_pdf(self, path: str | Path) -> Path:
        ticket = self.selected_ticket()
        if ticket is None or self.sale is None:
            raise ServiceError("No ticket chosen.")
        event = self._catalog.get_event(self.sale.event_id)
        title = event.title if event else ""
        return save_ticket_pdf(path, ticket, self.sale, title, receipt_text(self.sale, title))

    def _ask_path(self, suffix: str, kind: str) -> str:
        ticket = self.selected_ticket()
        name = f"ticket-{ticket.ticket_number if ticket else 'guest'}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the ticket"), name, kind)
        return path

    def _on_save_png(self) -> None:
        path = self._ask_path("png", tr("Pictures (*.png)"))
        if path:
            self._save(self.save_ticket_png, path)

    def _on_save_pdf(self) -> None:
        path = self._ask_path("pdf", tr("PDF files (*.pdf)"))
        if path:
            self._save(self.save_ticket_pdf, path)

    def _save(self, writer: Any, path: str) -> None:
        try:
            saved = writer(path)
        except ServiceError as exc:
            self.banner.show_message(str(exc), "error")
            return
        self.banner.show_message(tr("Saved ") + str(saved), "ok")
