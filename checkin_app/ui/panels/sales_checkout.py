"""The sales panel's sale: buyer form, hold countdown, cash or card (with the payment QR code)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidgetItem, QPushButton

from checkin_app.domain.sales import Payment, Sale, SaleState
from checkin_app.services.sales import Buyer, BuyerInvalid, receipt_text
from checkin_app.ui.panels.common import FieldForm, tr
from checkin_app.ui.panels.sales_base import POLL_MS, QR_SIZE, SalesBase
from checkin_app.ui.panels.ticket_output import qr_pixmap


class Checkout(SalesBase):
    """Hold the chosen tickets, take the buyer's details, then cash or a card; or cancel."""

    def _build_checkout(self) -> None:
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

    def _build_timers(self) -> None:
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._on_tick)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._on_poll)

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
