"""The sales panel's shared part: the sale in hand, the ticket offer and one way to call Wix."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSpinBox, QWidget

from checkin_app.domain.sales import Sale
from checkin_app.services.sales import BuyerInvalid, SalesService, TicketAvailability
from checkin_app.services.wix_problems import WixProblem
from checkin_app.storage.catalog import CatalogStore
from checkin_app.ui.context import UiContext
from checkin_app.ui.panels.common import BackgroundCalls, Banner, problem_text, tr

POLL_MS = 3000  # how often a card sale asks Wix whether the guest has paid
QR_SIZE = 260


class SalesBase(QWidget):
    """State and plumbing the parts of the sales panel share; `SalesPanel` puts them together."""

    sale_changed = Signal(object)  # Sale, after every step
    ticket_checked_in = Signal(object)  # Verdict

    if TYPE_CHECKING:  # provided by the parts and by SalesPanel

        def _show_offer(self, offer: list[TicketAvailability]) -> None: ...
        def _on_resumed(self, sales: list[Sale]) -> None: ...
        def _show_sale(self, sale: Sale) -> None: ...
        def _show_ticket_area(self, visible: bool) -> None: ...
        def _update_buttons(self) -> None: ...
        def _update_shift(self) -> None: ...

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
