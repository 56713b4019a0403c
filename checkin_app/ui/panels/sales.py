"""The walk-up sales panel: pick tickets, hold them, take cash or a card, check the guest in.

Every Wix call runs on a worker. The hold counts down on screen; when it runs out, or the
guest walks away (Cancel), the tickets go back on sale. A sale left in the middle (the
app closed, the network dropped) is reconciled with Wix when the panel opens, so it is
never sold twice. Offline, the panel says that sales need the network; the door keeps
working.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.models import InputMethod, Verdict
from checkin_app.services.errors import ServiceError
from checkin_app.services.sale_records import Payment, Sale, SaleState, SoldTicket
from checkin_app.services.sales import (
    Buyer,
    BuyerInvalid,
    SalesService,
    TicketAvailability,
    receipt_text,
)
from checkin_app.services.ticket_codes import save_qr_png
from checkin_app.services.wix_problems import WixProblem
from checkin_app.storage.catalog import CatalogStore
from checkin_app.ui.context import UiContext
from checkin_app.ui.panels.common import BackgroundCalls, Banner, FieldForm, problem_text, tr
from checkin_app.ui.panels.ticket_output import qr_pixmap, save_ticket_pdf

log = logging.getLogger(__name__)

POLL_MS = 3000  # how often a card sale asks Wix whether the guest has paid
QR_SIZE = 260


def _money(amounts: dict[str, str]) -> str:
    return ", ".join(f"{v} {k}".strip() for k, v in amounts.items()) or "0"


class SalesPanel(QWidget):
    """Sell tickets to guests at the door."""

    sale_changed = Signal(object)  # Sale, after every step
    ticket_checked_in = Signal(object)  # Verdict

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("salesPanel")
        self._context = context
        self._calls = BackgroundCalls(context)
        self._catalog = CatalogStore(context.station.db)
        self._service: SalesService | None = None
        self.event_id = context.event_id
        self.sale: Sale | None = None
        self.offer: list[TicketAvailability] = []
        self._spins: dict[str, QSpinBox] = {}
        self._resumed = False

        self.banner = Banner()
        self.event_label = QLabel()
        self.event_label.setObjectName("salesEvent")
        self.shift_label = QLabel()
        self.shift_label.setObjectName("shiftTotals")
        self.new_shift_button = QPushButton(tr("New shift"))
        self.new_shift_button.setToolTip(tr("Count totals from now (e.g. after emptying the till)"))
        self.new_shift_button.clicked.connect(self._on_new_shift)

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

        self.buyer_form = FieldForm()
        self.first_edit = QLineEdit()
        self.last_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(tr("The tickets are emailed here"))
        self.buyer_form.add_field("first_name", tr("First name"), self.first_edit)
        self.buyer_form.add_field("last_name", tr("Last name"), self.last_edit)
        self.buyer_form.add_field("email", tr("Email"), self.email_edit)

        self.reserve_button = QPushButton(tr("Hold these tickets"))
        self.reserve_button.setObjectName("reserveButton")
        self.reserve_button.clicked.connect(self._on_reserve)
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("holdCountdown")
        self.cash_button = QPushButton(tr("Cash received: sell"))
        self.cash_button.setObjectName("cashButton")
        self.cash_button.clicked.connect(lambda: self._on_pay(Payment.CASH))
        self.card_button = QPushButton(tr("Card: show the payment code"))
        self.card_button.setObjectName("cardButton")
        self.card_button.clicked.connect(lambda: self._on_pay(Payment.CARD))
        self.cancel_button = QPushButton(tr("Cancel sale"))
        self.cancel_button.setObjectName("cancelSaleButton")
        self.cancel_button.clicked.connect(self._on_cancel)
        self.retry_button = QPushButton(tr("Retry"))
        self.retry_button.clicked.connect(self._on_retry)
        self.new_sale_button = QPushButton(tr("Next guest"))
        self.new_sale_button.clicked.connect(self.reset_sale)

        self.pay_code = QLabel()
        self.pay_code.setObjectName("paymentCode")
        self.pay_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pay_code.setMinimumSize(QR_SIZE, QR_SIZE)
        self.pay_hint = QLabel()
        self.pay_hint.setWordWrap(True)
        self.pay_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

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

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._on_tick)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._on_poll)
        self._build_layout()
        self._clear_payment_code()
        self._show_ticket_area(False)

        context.events.event_changed.connect(self._on_event_changed)
        context.events.sync_finished.connect(self._on_sync_finished)
        self._show_event()
        self._update_shift()
        self._update_buttons()
        self.refresh_offer()

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.event_label, 1)
        header.addWidget(self.shift_label)
        header.addWidget(self.new_shift_button)
        pay_row = QHBoxLayout()
        for button in (self.cash_button, self.card_button, self.cancel_button, self.retry_button):
            pay_row.addWidget(button)
        hold_row = QHBoxLayout()
        hold_row.addWidget(self.reserve_button)
        hold_row.addWidget(self.countdown_label, 1)
        hold_row.addWidget(self.refresh_button)
        ticket_buttons = QHBoxLayout()
        for button in (
            self.check_in_button,
            self.save_png_button,
            self.save_pdf_button,
            self.new_sale_button,
        ):
            ticket_buttons.addWidget(button)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.offer_table)
        column.addLayout(hold_row)
        column.addLayout(self.buyer_form)
        column.addLayout(pay_row)
        column.addWidget(self.pay_code)
        column.addWidget(self.pay_hint)
        column.addWidget(self.tickets_list)
        column.addWidget(self.ticket_code)
        column.addLayout(ticket_buttons)
        column.addWidget(self.receipt_view)
        column.addStretch(1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(header)
        layout.addWidget(area, 1)

    # -- plumbing -------------------------------------------------------------------------
    @property
    def service(self) -> SalesService | None:
        client = self._context.client
        if client is None:
            return None
        if self._service is None or self._service._client is not client:
            station = self._context.station
            self._service = SalesService(client, station.db, station.station_name, station.clock)
        return self._service

    def _run(self, method: str, *args: Any, on_done: Any, disable: bool = True) -> bool:
        service = self.service
        if service is None:
            self._say_offline()
            return False
        fn = getattr(service, method)
        busy = (
            [
                self.reserve_button,
                self.cash_button,
                self.card_button,
                self.cancel_button,
                self.retry_button,
                self.refresh_button,
            ]
            if disable
            else []
        )
        return self._calls.run(
            lambda: fn(*args), on_done=on_done, on_error=self._on_error, disable=busy
        )

    def _say_offline(self) -> None:
        self.banner.show_message(
            tr(
                "Sales need the network, and Wix cannot be reached. The door keeps working: "
                "scans are saved and sent later."
            ),
            "offline",
        )

    def _on_error(self, error: BaseException) -> None:
        if isinstance(error, BuyerInvalid):
            self.buyer_form.show_errors(error.field_errors)
        elif isinstance(error, WixProblem) and error.offline:
            self._say_offline()
            self._update_buttons()
            return
        elif isinstance(error, WixProblem) and error.field_errors:
            self.buyer_form.show_errors(error.field_errors)
        self.banner.show_message(problem_text(error), "error")
        # A failed step may have changed the sale's state (e.g. the hold expired).
        if self.sale is not None:
            fresh = self._records_get(self.sale.id)
            if fresh is not None:
                self._show_sale(fresh)
        self._update_buttons()

    def _records_get(self, sale_id: str) -> Sale | None:
        service = self.service
        return service.records.get(sale_id) if service is not None else None

    # -- the event and its tickets --------------------------------------------------------
    def _show_event(self) -> None:
        event = self._catalog.get_event(self.event_id) if self.event_id else None
        if event is None:
            self.event_label.setText(tr("Choose the event at the door first."))
        else:
            self.event_label.setText(f"<b>{event.title}</b>")
        if self._context.client is None:
            self._say_offline()

    def _on_event_changed(self, event_id: str) -> None:
        if self.sale is not None and not self.sale.state.finished:
            self.banner.show_message(
                tr("Finish or cancel the current sale before switching events."), "error"
            )
            return
        self.event_id = event_id
        self.reset_sale()
        self._show_event()
        self.refresh_offer()

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

    # -- the sale -------------------------------------------------------------------------
    def _on_reserve(self) -> None:
        quantities = {d: spin.value() for d, spin in self._spins.items() if spin.value()}
        if not quantities:
            self.banner.show_message(tr("Pick how many tickets the guest wants."), "error")
            return
        self.banner.show_message(tr("Holding the tickets…"), "info")
        self._run("reserve", self.event_id, quantities, on_done=self._on_reserved)

    def _on_reserved(self, sale: Sale) -> None:
        self.banner.show_message(
            tr("Tickets held. Take the guest's name and email, then the payment."), "ok"
        )
        self._show_sale(sale)
        self._run("availability", self.event_id, on_done=self._show_offer, disable=False)

    def buyer(self) -> Buyer:
        return Buyer(self.first_edit.text(), self.last_edit.text(), self.email_edit.text())

    def _on_pay(self, payment: Payment) -> None:
        if self.sale is None:
            return
        self.buyer_form.clear_errors()
        try:
            buyer = self.buyer().validate()
        except BuyerInvalid as problem:
            self.buyer_form.show_errors(problem.field_errors)
            self.banner.show_message(str(problem), "error")
            return
        text = (
            tr("Recording the cash sale…")
            if payment is Payment.CASH
            else tr("Making the order for card payment…")
        )
        self.banner.show_message(text, "info")
        self._run("checkout", self.sale.id, buyer, payment, on_done=self._on_sale_step)

    def _on_cancel(self) -> None:
        if self.sale is None:
            return
        self._run("cancel", self.sale.id, on_done=self._on_sale_step)

    def _on_retry(self) -> None:
        if self.sale is None:
            return
        self._run("reconcile", self.sale.id, on_done=self._on_sale_step)

    def _on_sale_step(self, sale: Sale) -> None:
        self._show_sale(sale)
        messages = {
            SaleState.PAID: (tr("Sold. The tickets are ready to check in."), "ok"),
            SaleState.CANCELED: (tr("Sale cancelled: the tickets are back on sale."), "info"),
            SaleState.EXPIRED: (tr("The hold expired: the tickets are back on sale."), "info"),
            SaleState.FAILED: (sale.last_error or tr("The sale did not go through."), "error"),
            SaleState.AWAITING_PAYMENT: (
                tr("Let the guest scan the code and pay on their phone."),
                "info",
            ),
        }
        if sale.state in messages:
            self.banner.show_message(*messages[sale.state])
        if sale.state.finished:
            self._update_shift()
            self._run("availability", self.event_id, on_done=self._show_offer, disable=False)

    def _on_resumed(self, sales: list[Sale]) -> None:
        open_sales = [s for s in sales if s.event_id == self.event_id and not s.state.finished]
        finished = [s for s in sales if s.state is SaleState.PAID]
        if finished:
            self.banner.show_message(
                tr("Finished %n sale(s) left from before.").replace("%n", str(len(finished))),
                "info",
            )
        if open_sales and self.sale is None:
            self._show_sale(open_sales[-1])
        self._update_shift()

    def _show_sale(self, sale: Sale) -> None:
        self.sale = sale
        self.sale_changed.emit(sale)
        if sale.buyer_first_name and not self.first_edit.text():
            self.first_edit.setText(sale.buyer_first_name)
            self.last_edit.setText(sale.buyer_last_name)
            self.email_edit.setText(sale.buyer_email)
        if sale.state in (SaleState.RESERVED, SaleState.CHECKING_OUT):
            self._countdown.start()
            self._on_tick()
        else:
            self._countdown.stop()
            self.countdown_label.setText(self._state_text(sale))
        if sale.state is SaleState.AWAITING_PAYMENT and sale.payment is Payment.CARD:
            if sale.order_page_url:
                self.pay_code.setPixmap(qr_pixmap(sale.order_page_url, QR_SIZE))
                self.pay_code.show()
                self.pay_hint.show()
                self.pay_hint.setText(
                    tr("Scan with your phone to pay ") + f"{sale.total} {sale.currency or ''}"
                )
            if not self._poll.isActive():
                self._poll.start()
        else:
            self._poll.stop()
            self._clear_payment_code()
        self.tickets_list.clear()
        for ticket in sale.tickets:
            item = QListWidgetItem(f"{ticket.ticket_number} · {ticket.ticket_name}")
            self.tickets_list.addItem(item)
        self._show_ticket_area(bool(sale.tickets))
        if sale.tickets:
            self.tickets_list.setCurrentRow(0)
            event = self._catalog.get_event(sale.event_id)
            self.receipt_view.setPlainText(receipt_text(sale, event.title if event else ""))
        else:
            self.ticket_code.clear()
            self.receipt_view.clear()
        self._update_buttons()

    def _state_text(self, sale: Sale) -> str:
        return {
            SaleState.AWAITING_PAYMENT: tr("Waiting for the payment"),
            SaleState.PAID: tr("Paid ") + f"{sale.total} {sale.currency or ''}",
            SaleState.CANCELED: tr("Cancelled"),
            SaleState.EXPIRED: tr("Hold expired"),
            SaleState.FAILED: tr("Did not go through"),
            SaleState.RESERVING: tr("Holding…"),
        }.get(sale.state, "")

    def reset_sale(self) -> None:
        """Clear the screen for the next guest (a finished sale stays in the records)."""
        if self.sale is not None and not self.sale.state.finished:
            self.banner.show_message(tr("Cancel or finish this sale first."), "error")
            return
        self.sale = None
        self._countdown.stop()
        self._poll.stop()
        for edit in (self.first_edit, self.last_edit, self.email_edit):
            edit.clear()
        for spin in self._spins.values():
            spin.setValue(0)
        self.buyer_form.clear_errors()
        self.countdown_label.clear()
        self._clear_payment_code()
        self.tickets_list.clear()
        self.ticket_code.clear()
        self.receipt_view.clear()
        self._show_ticket_area(False)
        self._update_buttons()

    def _clear_payment_code(self) -> None:
        self.pay_code.clear()
        self.pay_hint.clear()
        self.pay_code.hide()
        self.pay_hint.hide()

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

    def _update_buttons(self) -> None:
        online = self._context.client is not None and self.banner.kind != "offline"
        state = self.sale.state if self.sale is not None else None
        idle = state is None or state.finished
        self.reserve_button.setEnabled(online and idle and any(i.can_sell for i in self.offer))
        holding = state in (SaleState.RESERVED, SaleState.CHECKING_OUT)
        free = self.sale is not None and self.sale.lines_total() == 0
        self.cash_button.setText(
            tr("Issue the free tickets") if free else tr("Cash received: sell")
        )
        self.cash_button.setEnabled(online and (holding or state is SaleState.AWAITING_PAYMENT))
        self.card_button.setEnabled(online and holding and not free)
        self.cancel_button.setEnabled(online and not idle)
        self.retry_button.setEnabled(
            online and state in (SaleState.CHECKING_OUT, SaleState.AWAITING_PAYMENT)
        )
        self.refresh_button.setEnabled(online)
        has_tickets = bool(self.sale and self.sale.tickets)
        for button in (self.check_in_button, self.save_png_button, self.save_pdf_button):
            button.setEnabled(has_tickets)
        self.new_sale_button.setEnabled(idle and self.sale is not None)
        for spin, item in zip(self._spins.values(), self.offer, strict=False):
            spin.setEnabled(idle and item.can_sell)

    def _on_tick(self) -> None:
        service, sale = self.service, self.sale
        if service is None or sale is None:
            self._countdown.stop()
            return
        left = service.seconds_left(sale)
        if left is None:
            self._countdown.stop()
            return
        if left <= 0:
            self._countdown.stop()
            self.countdown_label.setText(tr("Hold expired"))
            self._run("refresh", sale.id, on_done=self._on_sale_step, disable=False)
            return
        minutes, seconds = divmod(int(left), 60)
        self.countdown_label.setText(tr("Held for ") + f"{minutes}:{seconds:02d}")

    def _on_poll(self) -> None:
        if self.sale is None or self._calls.busy:
            return
        self._run("poll_payment", self.sale.id, on_done=self._on_sale_step, disable=False)

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

    # -- shift totals ---------------------------------------------------------------------
    def _update_shift(self) -> None:
        service = self.service
        if service is None:
            self.shift_label.clear()
            return
        totals = service.shift_totals()
        self.shift_label.setText(
            tr("This shift: ")
            + f"{totals.tickets} "
            + tr("tickets")
            + ", "
            + _money(totals.revenue)
            + " · "
            + tr("cash in drawer: ")
            + _money(totals.cash_expected)
        )

    def _on_new_shift(self) -> None:
        service = self.service
        if service is not None:
            service.start_shift()
            self._update_shift()

    def _on_sync_finished(self, report: object) -> None:
        connectivity = getattr(report, "connectivity", "")
        if self._context.client is not None and connectivity == "online":
            if self.banner.kind == "offline":
                self.banner.clear_message()
                self.refresh_offer()
            self._update_buttons()
