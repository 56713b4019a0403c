"""The sales panel's payment part: hold the tickets, the hold's countdown, cash or card (with
the code the guest scans to pay on their phone), cancel and retry."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from checkin_app.domain.sales import Payment, Sale, SaleState
from checkin_app.ui.i18n import tr
from checkin_app.ui.panels.common import named
from checkin_app.ui.panels.ticket_output import qr_pixmap

QR_SIZE = 240


class PaymentBox(QWidget):
    """Buttons for each step of a sale, enabled as the sale's state allows."""

    reserve_clicked = Signal()
    pay_clicked = Signal(object)  # Payment
    cancel_clicked = Signal()
    retry_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reserve_button = self._button(
            tr("SalesPanel", "Hold these tickets"), "reserveButton",
            tr("SalesPanel", "Reserve the chosen tickets while the guest decides"),
        )  # fmt: skip
        self.reserve_button.clicked.connect(self.reserve_clicked)
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("holdCountdown")
        self.cash_button = self._button(tr("SalesPanel", "Cash received: sell"), "cashButton")
        self.cash_button.clicked.connect(lambda: self.pay_clicked.emit(Payment.CASH))
        self.card_button = self._button(
            tr("SalesPanel", "Card: show pay code"), "cardButton",
            tr("SalesPanel", "Show a code the guest scans to pay by card on their phone"),
        )  # fmt: skip
        self.card_button.clicked.connect(lambda: self.pay_clicked.emit(Payment.CARD))
        self.cancel_button = self._button(tr("SalesPanel", "Cancel sale"), "cancelSaleButton")
        self.cancel_button.clicked.connect(self.cancel_clicked)
        self.retry_button = self._button(
            tr("SalesPanel", "Retry"), "retryButton",
            tr("SalesPanel", "Ask Wix where this sale stands and finish it"),
        )  # fmt: skip
        self.retry_button.clicked.connect(self.retry_clicked)
        self.pay_code = named(QLabel(), tr("SalesPanel", "Payment code"))
        self.pay_code.setObjectName("paymentCode")
        self.pay_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pay_code.setMinimumSize(QR_SIZE, QR_SIZE)
        self.pay_hint = QLabel()
        self.pay_hint.setWordWrap(True)
        self.pay_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # Two buttons a row: the panel stays narrow enough for a side window.
        grid = QGridLayout()
        grid.addWidget(self.reserve_button, 0, 0)
        grid.addWidget(self.countdown_label, 0, 1)
        grid.addWidget(self.cash_button, 1, 0)
        grid.addWidget(self.card_button, 1, 1)
        grid.addWidget(self.cancel_button, 2, 0)
        grid.addWidget(self.retry_button, 2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.pay_code)
        layout.addWidget(self.pay_hint)
        self.clear_payment_code()

    @staticmethod
    def _button(text: str, name: str, description: str = "") -> QPushButton:
        button = named(QPushButton(text), text, description)
        button.setObjectName(name)
        if description:
            button.setToolTip(description)
        return button

    def update_buttons(self, sale: Sale | None, *, online: bool, can_reserve: bool) -> None:
        """Enable what the sale's state allows (everything Wix needs waits for the network)."""
        state = sale.state if sale is not None else None
        idle = state is None or state.finished
        holding = state in (SaleState.RESERVED, SaleState.CHECKING_OUT)
        free = sale is not None and sale.lines_total() == 0
        if free:
            cash_text = tr("SalesPanel", "Issue the free tickets")
        else:
            cash_text = tr("SalesPanel", "Cash received: sell")
        self.cash_button.setText(cash_text)
        self.cash_button.setAccessibleName(cash_text)
        # A paid sale stays on screen (its tickets, "Check in now") until "Next guest":
        # holding the same quantities again from there would sell them twice by mistake.
        paid = state is SaleState.PAID
        self.reserve_button.setEnabled(online and idle and can_reserve and not paid)
        self.cash_button.setEnabled(online and (holding or state is SaleState.AWAITING_PAYMENT))
        self.card_button.setEnabled(online and holding and not free)
        self.cancel_button.setEnabled(online and not idle)
        self.retry_button.setEnabled(
            online and state in (SaleState.CHECKING_OUT, SaleState.AWAITING_PAYMENT)
        )

    def busy_widgets(self) -> list[QWidget]:
        """Disabled while a Wix call of the sale is running."""
        return [
            self.reserve_button,
            self.cash_button,
            self.card_button,
            self.cancel_button,
            self.retry_button,
        ]

    def show_payment_code(self, url: str, text: str) -> None:
        self.pay_code.setPixmap(qr_pixmap(url, QR_SIZE))
        self.pay_hint.setText(text)
        self.pay_code.show()
        self.pay_hint.show()

    def clear_payment_code(self) -> None:
        self.pay_code.clear()
        self.pay_hint.clear()
        self.pay_code.hide()
        self.pay_hint.hide()
