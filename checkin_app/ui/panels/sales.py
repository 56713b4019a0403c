"""The walk-up sales panel: pick tickets, hold them, take cash or a card, check the guest in.

Every Wix call runs on a worker. The hold counts down on screen; when it runs out, or the
guest walks away (Cancel), the tickets go back on sale. A sale left in the middle (the
app closed, the network dropped) is reconciled with Wix when the panel opens, so it is
never sold twice. Offline, the panel says that sales need the network; the door keeps
working.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from checkin_app.domain.money import format_amounts
from checkin_app.domain.sales import SaleState
from checkin_app.ui.context import UiContext
from checkin_app.ui.panels.common import tr
from checkin_app.ui.panels.sales_base import POLL_MS, QR_SIZE
from checkin_app.ui.panels.sales_checkout import Checkout
from checkin_app.ui.panels.sales_offer import OfferPicker
from checkin_app.ui.panels.sales_sold import SoldTickets

__all__ = ["POLL_MS", "QR_SIZE", "SalesPanel"]

log = logging.getLogger(__name__)


class SalesPanel(OfferPicker, Checkout, SoldTickets):
    """Sell tickets to guests at the door."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("salesPanel")

        self.event_label = QLabel()
        self.event_label.setObjectName("salesEvent")
        self.shift_label = QLabel()
        self.shift_label.setObjectName("shiftTotals")
        self.new_shift_button = QPushButton(tr("New shift"))
        self.new_shift_button.setToolTip(tr("Count totals from now (e.g. after emptying the till)"))
        self.new_shift_button.clicked.connect(self._on_new_shift)

        self._build_offer()
        self._build_checkout()
        self._build_sold()
        self._build_timers()
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
            + format_amounts(totals.revenue)
            + " · "
            + tr("cash in drawer: ")
            + format_amounts(totals.cash_expected)
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
