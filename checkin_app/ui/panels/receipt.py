"""The guest's receipt in the user's language, with the locale's money and dates (the walk-up
sales panel shows it and prints it on the PDF ticket). `services.sales.receipt_text` keeps the
English one for the command line and files."""

from __future__ import annotations

from checkin_app.domain.clock import parse_iso
from checkin_app.domain.sales import Payment, Sale, sum_money
from checkin_app.ui.formats import date_time_text, money_text
from checkin_app.ui.i18n import tr


def receipt_text(sale: Sale, event_title: str = "") -> str:
    lines = [event_title or tr("Receipt", "Tickets"), ""]
    if sale.order_number:
        lines.append(tr("Receipt", "Order {number}").format(number=sale.order_number))
    paid = parse_iso(sale.paid_at)
    if paid is not None:
        lines.append(tr("Receipt", "Paid {time}").format(time=date_time_text(paid.astimezone())))
    lines.append(tr("Receipt", "Buyer: {name}").format(name=sale.buyer_name))
    lines.append("")
    for line in sale.lines:
        each = money_text(line.price, line.currency)
        lines.append(f"{line.quantity} × {line.name} @ {each}")
    lines.append("")
    lines.append(
        tr("Receipt", "Total: {amount}").format(amount=money_text(sale.total, sale.currency))
    )
    if sum_money([sale.total]) == 0:
        lines.append(tr("Receipt", "Free tickets: nothing to pay"))
    elif sale.payment is Payment.CASH:
        lines.append(tr("Receipt", "Paid by cash"))
    elif sale.payment:
        lines.append(tr("Receipt", "Paid by card"))
    for ticket in sale.tickets:
        lines.append(
            tr("Receipt", "Ticket {number} ({type})").format(
                number=ticket.ticket_number, type=ticket.ticket_name
            )
        )
    lines.append(tr("Receipt", "Station: {name}").format(name=sale.station))
    return "\n".join(lines)
