"""The walk-up sales panel: pick tickets, hold them, take cash or a card, check the guest in.

Every Wix call runs on a worker. The hold counts down on screen; when it runs out, or the
guest walks away (Cancel), the tickets go back on sale. A sale left in the middle (the
app closed, the network dropped) is reconciled with Wix when the panel opens, so it is
never sold twice. Offline, the panel says that sales need the network; the door keeps
working.

The panel is put together from parts that talk by signals and direct calls: `OfferPicker`
(what is on sale), `CheckoutDetails` (buyer and registration form), `PaymentBox` (the
sale's buttons and pay code), `SoldTicketsView` (the tickets issued) and `SaleFlow` (the
sale itself and every call to the sales service).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.sales import Payment, Sale, SaleState
from checkin_app.services.checkout_form import BuyerInvalid, CheckoutForm
from checkin_app.ui.context import UiContext
from checkin_app.ui.formats import amounts_text, money_text
from checkin_app.ui.i18n import PLURAL, tr
from checkin_app.ui.message_text import message_text
from checkin_app.ui.panels.common import Banner, named
from checkin_app.ui.panels.sales_checkout import CheckoutDetails
from checkin_app.ui.panels.sales_flow import POLL_MS, SaleFlow
from checkin_app.ui.panels.sales_offer import OfferPicker
from checkin_app.ui.panels.sales_payment import QR_SIZE, PaymentBox
from checkin_app.ui.panels.sales_sold import SoldTicketsView

__all__ = ["POLL_MS", "QR_SIZE", "SalesPanel"]

log = logging.getLogger(__name__)


class SalesPanel(QWidget):
    """Sell tickets to guests at the door."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("salesPanel")
        self._context = context
        self.banner = Banner()
        self.event_label = QLabel()
        self.event_label.setObjectName("salesEvent")
        self.event_label.setWordWrap(True)
        self.shift_label = QLabel()
        self.shift_label.setObjectName("shiftTotals")
        self.shift_label.setWordWrap(True)
        self.new_shift_button = named(
            QPushButton(tr("SalesPanel", "New shift")),
            tr("SalesPanel", "New shift"),
            tr("SalesPanel", "Count totals from now (e.g. after emptying the till)"),
        )
        self.new_shift_button.setToolTip(
            tr("SalesPanel", "Count totals from now (e.g. after emptying the till)")
        )

        self.flow = SaleFlow(context, self)
        self.picker = OfferPicker()
        self.details = CheckoutDetails()
        self.payment = PaymentBox()
        self.sold = SoldTicketsView()
        self.flow.busy_widgets = [*self.payment.busy_widgets(), self.picker.refresh_button]
        self._build_layout()
        self._connect()

        self._show_event()
        self._update_shift()
        self._update_buttons()
        self.flow.refresh_offer()

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.shift_label, 1)
        header.addWidget(self.new_shift_button)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.picker)
        column.addWidget(self.details)
        column.addWidget(self.payment)
        column.addWidget(self.sold)
        column.addStretch(1)
        self.scroll_area = QScrollArea()  # not `scroll`: QWidget.scroll() is a method
        self.scroll_area.setWidgetResizable(True)
        # The parts wrap and shrink to the panel's width; sideways scrolling is never needed.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.event_label)
        layout.addLayout(header)
        layout.addWidget(self.scroll_area, 1)

    def _connect(self) -> None:
        flow = self.flow
        flow.sale_changed.connect(self._show_sale)
        flow.offer_changed.connect(self.picker.show_offer)
        flow.form_changed.connect(self._show_form)
        flow.countdown.connect(self.payment.countdown_label.setText)
        flow.message.connect(self.banner.show_message)
        flow.field_errors.connect(self.details.show_errors)
        flow.shift_changed.connect(self._update_shift)
        flow.state_changed.connect(self._update_buttons)
        self.picker.refresh_requested.connect(flow.refresh_offer)
        self.picker.quantities_changed.connect(self._update_buttons)
        self.payment.reserve_clicked.connect(lambda: flow.reserve(self.picker.quantities()))
        self.payment.pay_clicked.connect(self._on_pay)
        self.payment.cancel_clicked.connect(flow.cancel)
        self.payment.retry_clicked.connect(flow.retry)
        self.sold.check_in_requested.connect(
            lambda ticket: flow.check_in(ticket, [self.sold.check_in_button])
        )
        self.sold.next_guest_clicked.connect(self.reset_sale)
        self.sold.message.connect(self.banner.show_message)
        self.new_shift_button.clicked.connect(flow.start_shift)
        events = self._context.events
        events.event_changed.connect(self._on_event_changed)
        events.sync_finished.connect(self._on_sync_finished)

    # -- what the parts show --------------------------------------------------------------
    @property
    def sale(self) -> Sale | None:
        return self.flow.sale

    def _show_event(self) -> None:
        title = self.flow.event_title()
        if not self.flow.event_id:
            self.event_label.setText(tr("SalesPanel", "Choose the event at the door first."))
        else:
            self.event_label.setText(f"<b>{title or self.flow.event_id}</b>")
        if self.flow.service is None:
            self.flow.say_offline()

    def _show_form(self, form: CheckoutForm) -> None:
        tickets = self.sale.ticket_count if self.sale is not None else 1
        self.details.set_form(form, tickets)

    def _show_sale(self, sale: Sale | None) -> None:
        if sale is None:
            self.details.clear()
            self.picker.clear_quantities()
            self.payment.countdown_label.clear()
            self.payment.clear_payment_code()
            self.sold.show_sale(None)
            return
        self.details.fill_from(sale)
        if self.details.checkout_form.guests_separately:
            self.details.set_form(self.details.checkout_form, sale.ticket_count)
        if sale.state not in (SaleState.RESERVED, SaleState.CHECKING_OUT):
            self.payment.countdown_label.setText(self.flow.state_text(sale))
        if sale.state is SaleState.AWAITING_PAYMENT and sale.payment is Payment.CARD:
            if sale.order_page_url:
                hint = tr("SalesPanel", "Scan with your phone to pay {amount}").format(
                    amount=money_text(sale.total, sale.currency)
                )
                self.payment.show_payment_code(sale.order_page_url, hint)
        else:
            self.payment.clear_payment_code()
        self.sold.show_sale(sale, self.flow.event_title())

    def _update_buttons(self) -> None:
        flow = self.flow
        self.payment.update_buttons(
            flow.sale,
            online=flow.online,
            can_reserve=self.picker.can_sell_any() and bool(self.picker.quantities()),
        )
        self.picker.refresh_button.setEnabled(flow.online)
        self.picker.set_choosing(flow.idle)
        self.sold.set_next_guest_enabled(flow.idle and flow.sale is not None)

    def _update_shift(self) -> None:
        service = self.flow.service
        if service is None:
            self.shift_label.clear()
            return
        totals = service.shift_totals()
        tickets = totals.tickets
        # One plural call without a trailing comma: the only shape lupdate reads.
        # fmt: off
        shift = tr("SalesPanel", "This shift: %n tickets, {revenue} · cash in drawer: {cash}",
                   None, PLURAL, tickets)
        # fmt: on
        self.shift_label.setText(
            shift.format(
                revenue=amounts_text(totals.revenue), cash=amounts_text(totals.cash_expected)
            )
        )

    # -- what the organizer does ----------------------------------------------------------
    def _on_pay(self, payment: Payment) -> None:
        if self.sale is None:
            return
        self.details.clear_errors()
        try:
            buyer = self.details.buyer().validate()
        except BuyerInvalid as problem:
            self.details.show_errors(problem.field_errors)
            self.banner.show_message(message_text(str(problem)), "error")
            return
        guests = self.details.guests(buyer)
        self.flow.pay(payment, buyer, guests, self.details.skip_form_check())

    def reset_sale(self) -> None:
        """Clear the screen for the next guest (a finished sale stays in the records)."""
        self.flow.reset()

    def set_quantity(self, name: str, quantity: int) -> None:
        self.picker.set_quantity(name, quantity)

    def _on_event_changed(self, event_id: str) -> None:
        if self.flow.set_event(event_id):
            self._show_event()

    def _on_sync_finished(self, report: object) -> None:
        if getattr(report, "connectivity", "") == "online":
            if self.banner.kind == "offline":
                self.banner.clear_message()
            self.flow.back_online()
