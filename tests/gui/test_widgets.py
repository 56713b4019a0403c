"""The result card's words for every verdict, the status line, sounds without a sound card."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from checkin_app.domain.models import Verdict, VerdictKind
from checkin_app.ui.result_card import ResultCard
from checkin_app.ui.sounds import SoundPlayer
from checkin_app.ui.station_status import StationSnapshot
from checkin_app.ui.status_bar import StatusLine
from checkin_app.ui.verdict_text import card_text

AT = "2026-11-28T19:42:00.000Z"


@pytest.mark.parametrize(
    ("verdict", "headline", "reason", "severity"),
    [
        (Verdict(VerdictKind.ADMITTED, "Paid", guest_name="Ada", scan_id="s"), "ADMIT",
         "Paid", "ok"),
        (Verdict(VerdictKind.ALREADY_CHECKED_IN, "x", checked_in_at=AT,
                 checked_in_station="Door 2"), "ALREADY IN", "Already checked in at {t} at Door 2",
         "attention"),
        (Verdict(VerdictKind.CANCELED, "Ticket canceled"), "CANCELED", "Ticket canceled",
         "rejected"),
        (Verdict(VerdictKind.PAYMENT_DUE, "x", amount_due="25.00", currency="USD"),
         "PAYMENT DUE", "Pay at door: collect 25.00 USD", "attention"),
        (Verdict(VerdictKind.WRONG_EVENT, "Not a ticket for this event: Summer Gala"),
         "WRONG EVENT", "Not a ticket for this event: Summer Gala", "rejected"),
        (Verdict(VerdictKind.UNKNOWN_TICKET, "Ticket not on the guest list"),
         "NOT ON THE LIST", "Ticket not on the guest list", "rejected"),
        (Verdict(VerdictKind.NOT_PAID, "Order was never paid"), "NOT PAID",
         "Order was never paid", "rejected"),
        (Verdict(VerdictKind.NOT_A_TICKET, "Not a ticket code"), "NOT A TICKET",
         "This code is not a ticket for any event", "rejected"),
    ],
)  # fmt: skip
def test_card_words(qtbot, verdict, headline, reason, severity) -> None:
    card = ResultCard()
    qtbot.addWidget(card)
    card.show_verdict(verdict)
    local = datetime.fromisoformat(AT.replace("Z", "+00:00")).astimezone()
    expected = reason.format(t=local.strftime("%H:%M") if local.date() == datetime.now().date()
                             else local.strftime("%d %b %H:%M"))  # fmt: skip
    assert card._headline.text() == headline
    assert card._reason.text() == expected
    assert card.property("severity") == severity
    text = card_text(verdict)
    assert text.icon in {"check", "warning", "money", "cross"}  # an icon, not colour alone
    assert card.collect_button.isVisibleTo(card) == (verdict.kind is VerdictKind.PAYMENT_DUE)


def test_status_line_words(qtbot) -> None:
    line = StatusLine()
    qtbot.addWidget(line)
    line.update_snapshot(
        StationSnapshot(
            connectivity="offline", waiting=4, dead=1, conflicts=2,
            last_sync=datetime.now(UTC) - timedelta(seconds=12), clock_offset_s=-300.0,
            paused_reason=None, admitted_here=7,
        )
    )  # fmt: skip
    assert "Offline" in line.connectivity.text()
    assert line.waiting.text() == "⇡ 4 waiting to upload"
    assert line.last_sync.text() in ("Last sync 12 s ago", "Last sync 13 s ago")
    assert line.attention.isVisibleTo(line) and "3 need attention" in line.attention.text()
    assert line.clock.isVisibleTo(line) and "5 min fast" in line.clock.text()

    line.update_snapshot(
        StationSnapshot(
            connectivity="online", waiting=0, dead=0, conflicts=0, last_sync=None,
            clock_offset_s=10.0, paused_reason=None, admitted_here=0,
        )
    )  # fmt: skip
    assert "Online" in line.connectivity.text()
    assert not line.attention.isVisibleTo(line)
    assert not line.clock.isVisibleTo(line)
    assert line.last_sync.text() == "Not synced yet"


def test_sounds_without_an_audio_device_log_and_go_on(qtbot, caplog, monkeypatch) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    player = SoundPlayer()
    player.play("ok")
    player.play("rejected")
    assert player.played == ["admitted", "rejected"]
    assert player.available is False
    assert "Sounds are off" in caplog.text
