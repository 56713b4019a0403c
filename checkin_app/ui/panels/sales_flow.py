"""The sales panel's conductor: the sale in hand, its timers and every call to `SalesService`.

Qt, but no widgets: each service call runs on a worker (`BackgroundCalls`) and its outcome
comes back as a signal the panel's parts show. The hold counts down by Wix's clock; a card
sale asks Wix every few seconds whether the guest has paid.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from checkin_app.domain.models import InputMethod
from checkin_app.domain.sales import Payment, Sale, SaleState, SoldTicket
from checkin_app.services.checkout_form import BuyerInvalid, GuestForm
from checkin_app.services.sales import Buyer, CheckoutForm, SalesService, TicketAvailability
from checkin_app.services.wix_problems import WixProblem
from checkin_app.ui.context import UiContext
from checkin_app.ui.formats import money_text
from checkin_app.ui.i18n import PLURAL, tr
from checkin_app.ui.message_text import message_text
from checkin_app.ui.panels.common import BackgroundCalls, ServiceSlot, problem_text
from checkin_app.ui.reason_text import reason_text

POLL_MS = 3000  # how often a card sale asks Wix whether the guest has paid


class SaleFlow(QObject):
    """Holds the sale and drives it through the service; tells the panel what changed."""

    sale_changed = Signal(object)  # Sale | None
    offer_changed = Signal(object)  # list[TicketAvailability]
    form_changed = Signal(object)  # CheckoutForm
    countdown = Signal(str)
    message = Signal(str, str)  # text, banner kind (info, ok, error, offline)
    field_errors = Signal(dict)  # field → text, for the checkout details
    shift_changed = Signal()
    checked_in = Signal(object)  # Verdict
    state_changed = Signal()  # online/offline or busy: the buttons need a look

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.calls = BackgroundCalls(context, owner=self)
        self._services: ServiceSlot[SalesService] = ServiceSlot(
            context,
            context.station.sales_service,
        )
        self.event_id = context.event_id
        self.sale: Sale | None = None
        self.offline = False
        self._resumed = False
        self.busy_widgets: Sequence[QWidget] = ()
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(1000)
        self.tick_timer.timeout.connect(self.tick)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self._poll)

    @property
    def service(self) -> SalesService | None:
        return self._services.get()

    @property
    def online(self) -> bool:
        return self.service is not None and not self.offline

    @property
    def idle(self) -> bool:
        return self.sale is None or self.sale.state.finished

    # -- running service calls ------------------------------------------------------------
    def _call(
        self,
        fn: Callable[[SalesService], Any],
        on_done: Callable[[Any], None],
        *,
        blocking: bool = True,
    ) -> bool:
        """Run `fn(service)` on a worker; `blocking` disables the sale's buttons meanwhile."""
        service = self.service
        if service is None:
            self.say_offline()
            return False
        return self.calls.run(
            lambda: fn(service),
            on_done=on_done,
            on_error=self._on_error,
            disable=self.busy_widgets if blocking else (),
        )

    def say_offline(self) -> None:
        self.offline = True
        self.message.emit(
            tr(
                "SalesPanel",
                "Sales need the network, and Wix cannot be reached. The door keeps working: "
                "scans are saved and sent later.",
            ),
            "offline",
        )
        self.state_changed.emit()

    def back_online(self) -> None:
        if self.offline and self.service is not None:
            self.offline = False
            self.refresh_offer()
        self.state_changed.emit()

    def _on_error(self, error: BaseException) -> None:
        if isinstance(error, WixProblem) and error.offline:
            self.say_offline()
            return
        if isinstance(error, (BuyerInvalid, WixProblem)) and error.field_errors:
            self.field_errors.emit(error.field_errors)
        self.message.emit(problem_text(error), "error")
        # A failed step may have changed the sale's state (e.g. the hold expired).
        service = self.service
        if self.sale is not None and service is not None:
            fresh = service.records.get(self.sale.id)
            if fresh is not None:
                self._set_sale(fresh)
        self.state_changed.emit()

    # -- the event and its offer ----------------------------------------------------------
    def set_event(self, event_id: str) -> bool:
        """Switch to another event; refused (False) while a sale is in the middle."""
        if not self.idle:
            self.message.emit(
                tr("SalesPanel", "Finish or cancel the current sale before switching events."),
                "error",
            )
            return False
        self.event_id = event_id
        self.reset()
        self.refresh_offer()
        return True

    def event_title(self) -> str:
        service = self.service
        return service.event_title(self.event_id) if service and self.event_id else ""

    def refresh_offer(self) -> None:
        """Show the cached ticket list now, then ask Wix for live availability and the
        event's registration form; the first time, finish sales left from before."""
        service = self.service
        if not self.event_id:
            self.offer_changed.emit([])
            return
        if service is None:
            self.say_offline()
            return
        self.offer_changed.emit(service.cached_availability(self.event_id))
        event_id = self.event_id
        self._call(lambda s: s.availability(event_id), self._show_offer, blocking=False)
        self._call(lambda s: s.checkout_form(event_id), self.form_changed.emit, blocking=False)
        if not self._resumed:
            self._resumed = True
            self._call(lambda s: s.resume_unfinished(), self._on_resumed, blocking=False)

    def _show_offer(self, offer: list[TicketAvailability]) -> None:
        self.offer_changed.emit(offer)
        self.state_changed.emit()

    # -- the sale -------------------------------------------------------------------------
    def reserve(self, quantities: dict[str, int]) -> None:
        if not quantities:
            self.message.emit(tr("SalesPanel", "Pick how many tickets the guest wants."), "error")
            return
        self.message.emit(tr("SalesPanel", "Holding the tickets…"), "info")
        event_id = self.event_id
        self._call(lambda s: s.reserve(event_id, quantities), self._on_reserved)

    def _on_reserved(self, sale: Sale) -> None:
        self.message.emit(
            tr("SalesPanel", "Tickets held. Take the guest's name and email, then the payment."),
            "ok",
        )
        self._set_sale(sale)
        event_id = self.event_id
        self._call(lambda s: s.availability(event_id), self._show_offer, blocking=False)

    def pay(self, payment: Payment, buyer: Buyer, guests: list[GuestForm], skip: bool) -> None:
        sale = self.sale
        if sale is None:
            return
        text = (
            tr("SalesPanel", "Recording the cash sale…")
            if payment is Payment.CASH
            else tr("SalesPanel", "Making the order for card payment…")
        )
        self.message.emit(text, "info")
        self._call(
            lambda s: s.checkout(sale.id, buyer, payment, guests=guests, skip_form_check=skip),
            self._on_step,
        )

    def cancel(self) -> None:
        if self.sale is not None:
            sale_id = self.sale.id
            self._call(lambda s: s.cancel(sale_id), self._on_step)

    def retry(self) -> None:
        if self.sale is not None:
            sale_id = self.sale.id
            self._call(lambda s: s.reconcile(sale_id), self._on_step)

    def _on_step(self, sale: Sale) -> None:
        self._set_sale(sale)
        messages = {
            SaleState.PAID: (tr("SalesPanel", "Sold. The tickets are ready to check in."), "ok"),
            SaleState.CANCELED: (
                tr("SalesPanel", "Sale cancelled: the tickets are back on sale."),
                "info",
            ),
            SaleState.EXPIRED: (
                tr("SalesPanel", "The hold expired: the tickets are back on sale."),
                "info",
            ),
            SaleState.FAILED: (
                message_text(sale.last_error or "")
                or tr("SalesPanel", "The sale did not go through."),
                "error",
            ),
            SaleState.AWAITING_PAYMENT: (
                tr("SalesPanel", "Let the guest scan the code and pay on their phone."),
                "info",
            ),
        }
        if sale.state in messages:
            self.message.emit(*messages[sale.state])
        if sale.state.finished:
            self.shift_changed.emit()
            event_id = self.event_id
            self._call(lambda s: s.availability(event_id), self._show_offer, blocking=False)

    def _on_resumed(self, sales: list[Sale]) -> None:
        open_sales = [s for s in sales if s.event_id == self.event_id and not s.state.finished]
        finished = [s for s in sales if s.state is SaleState.PAID]
        if finished:
            text = tr(
                "SalesPanel", "Finished %n sales left from before.", None, PLURAL, len(finished)
            )
            self.message.emit(text, "info")
        if open_sales and self.sale is None:
            self._set_sale(open_sales[-1])
        self.shift_changed.emit()

    def _set_sale(self, sale: Sale | None) -> None:
        self.sale = sale
        state = sale.state if sale is not None else None
        if state in (SaleState.RESERVED, SaleState.CHECKING_OUT):
            self.tick_timer.start()
            self.tick()
        else:
            self.tick_timer.stop()
        card = sale is not None and sale.payment is Payment.CARD
        if state is SaleState.AWAITING_PAYMENT and card:
            if not self.poll_timer.isActive():
                self.poll_timer.start()
        else:
            self.poll_timer.stop()
        self.sale_changed.emit(sale)
        self.state_changed.emit()

    def reset(self) -> bool:
        """Clear the sale for the next guest (a finished sale stays in the records)."""
        if not self.idle:
            self.message.emit(tr("SalesPanel", "Cancel or finish this sale first."), "error")
            return False
        self._set_sale(None)
        return True

    def tick(self) -> None:
        """The hold's countdown, by Wix's clock; at zero, ask Wix where the sale stands."""
        service, sale = self.service, self.sale
        left = service.seconds_left(sale) if service is not None and sale is not None else None
        if left is None:
            self.tick_timer.stop()
            return
        if left <= 0:
            self.tick_timer.stop()
            self.countdown.emit(tr("SalesPanel", "Hold expired"))
            sale_id = sale.id if sale else ""
            self._call(lambda s: s.refresh(sale_id), self._on_step, blocking=False)
            return
        minutes, seconds = divmod(int(left), 60)
        held = f"{minutes}:{seconds:02d}"
        self.countdown.emit(tr("SalesPanel", "Held for {time}").format(time=held))

    def _poll(self) -> None:
        if self.sale is None or self.calls.busy:
            return
        sale_id = self.sale.id
        self._call(lambda s: s.poll_payment(sale_id), self._on_step, blocking=False)

    # -- after the sale -------------------------------------------------------------------
    def check_in(self, ticket: SoldTicket, disable: Sequence[QWidget]) -> None:
        """Admit the guest at this door at once (the ticket is already in the cache)."""
        checkin, station = self._context.station.checkin, self._context.station_name
        event_id = self.sale.event_id if self.sale else self.event_id
        self.calls.run(
            lambda: checkin.scan(ticket.check_in_url, event_id, station, InputMethod.MANUAL),
            on_done=self._on_checked_in,
            on_error=self._on_error,
            disable=disable,
        )

    def _on_checked_in(self, verdict: Any) -> None:
        kind = "ok" if verdict.admitted else "error"
        self.message.emit(f"{verdict.guest_name}: {reason_text(verdict.reason)}", kind)
        self._context.events.scan_recorded.emit(verdict)
        self.checked_in.emit(verdict)

    def start_shift(self) -> None:
        service = self.service
        if service is not None:
            service.start_shift()
            self.shift_changed.emit()

    def state_text(self, sale: Sale) -> str:
        return {
            SaleState.AWAITING_PAYMENT: tr("SalesPanel", "Waiting for the payment"),
            SaleState.PAID: tr("SalesPanel", "Paid {amount}").format(
                amount=money_text(sale.total, sale.currency)
            ),
            SaleState.CANCELED: tr("SalesPanel", "Cancelled"),
            SaleState.EXPIRED: tr("SalesPanel", "Hold expired"),
            SaleState.FAILED: tr("SalesPanel", "Did not go through"),
            SaleState.RESERVING: tr("SalesPanel", "Holding…"),
        }.get(sale.state, "")


__all__ = ["POLL_MS", "CheckoutForm", "SaleFlow"]
