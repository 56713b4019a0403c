"""QR codes on screen and a ticket as PDF for the guest (Qt side of `services.ticket_codes`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPixmap

from checkin_app.domain.sales import Sale, SoldTicket
from checkin_app.services.errors import ServiceError
from checkin_app.services.ticket_codes import qr_png
from checkin_app.ui.i18n import tr


def qr_pixmap(text: str, size: int) -> QPixmap:
    """The QR code of `text`, `size` pixels square, with crisp modules (no smoothing)."""
    pixmap = QPixmap()
    pixmap.loadFromData(qr_png(text, scale=8), "PNG")
    return pixmap.scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
    )


def save_ticket_pdf(
    path: str | Path, ticket: SoldTicket, sale: Sale, event_title: str, receipt: str
) -> Path:
    """One A5 page: event, guest, ticket type and number, the QR code large, the receipt."""
    target = Path(path)
    if not target.parent.is_dir():
        raise ServiceError(
            tr("SalesPanel", "Cannot save {file}: the folder does not exist.").format(file=target)
        )
    writer = QPdfWriter(str(target))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A5),
            QPageLayout.Orientation.Portrait,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    writer.setTitle(f"{event_title} — {ticket.ticket_number}")
    writer.setCreator("checkin_app")
    painter = QPainter()
    if not painter.begin(writer):
        raise ServiceError(
            tr("SalesPanel", "Cannot save {file}: the file cannot be written.").format(file=target)
        )
    try:
        page = painter.viewport()
        width = page.width()
        y = 0.0
        for text, points, bold in (
            (event_title, 16, True),
            (ticket.guest_name or sale.buyer_name, 13, False),
            (f"{ticket.ticket_name} · {ticket.ticket_number}", 11, False),
        ):
            font = QFont("Sans Serif", points)
            font.setBold(bold)
            painter.setFont(font)
            height = painter.fontMetrics().height() * 1.4
            painter.drawText(QRectF(0, y, width, height), Qt.AlignmentFlag.AlignHCenter, text)
            y += height
        side = int(min(width, page.height() * 0.55))
        code = QPixmap()
        code.loadFromData(qr_png(ticket.check_in_url, scale=12), "PNG")
        painter.drawPixmap(
            int((width - side) / 2),
            int(y),
            side,
            side,
            code.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            ),
        )
        y += side + 20
        painter.setFont(QFont("Monospace", 8))
        painter.drawText(
            QRectF(0, y, width, page.height() - y),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            receipt,
        )
    finally:
        painter.end()
    if not target.exists() or target.stat().st_size == 0:
        raise ServiceError(
            tr("SalesPanel", "Cannot save {file}: nothing was written.").format(file=target)
        )
    return target
