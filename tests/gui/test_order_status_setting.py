"""The organizer's choice for orders Wix is still settling (issue 13.9), made in the settings
dialog and seen on the door's card; and the same setting honoured by the command line."""

from __future__ import annotations

import json
from pathlib import Path

from checkin_app.bootstrap import open_station
from checkin_app.cli import main
from checkin_app.domain.models import OrderStatus
from checkin_app.settings import Settings
from tests.support.factories import EVENT_ID, make_ticket, seeded_station

SUSPENDED = "ABCD-EFGH-IJ007"
AUTHORISED = "ABCD-EFGH-IJ008"


def test_the_settings_dialog_turns_away_suspended_payments(qtbot, tmp_path, make_window):
    station = seeded_station(tmp_path / "data", [
        make_ticket(SUSPENDED, order_status=OrderStatus.PENDING),
        make_ticket(AUTHORISED, order_status=OrderStatus.AUTHORIZED),
    ])  # fmt: skip
    window = make_window(station)
    window.scan_code(SUSPENDED)
    qtbot.waitUntil(lambda: window.card.verdict is not None)
    assert window.card.verdict.admitted  # the default: admitted, with a warning
    assert "payment gateway suspended" in window.card.verdict.reason

    window.show_settings()
    dialog = window.settings_dialog
    assert dialog.admit_pending.isChecked() and dialog.admit_authorized.isChecked()
    assert dialog.admit_pending.accessibleName()
    dialog.admit_pending.setChecked(False)
    dialog.accept()
    assert Settings.load(station.data_dir).admit_pending_payments is False

    station.checkin.undo(SUSPENDED, EVENT_ID, "Door 1")
    verdict = station.checkin.scan(SUSPENDED, EVENT_ID, "Door 1")
    assert verdict.kind.value == "NOT_PAID" and "organizer's setting" in verdict.reason
    # The other status keeps its own setting.
    assert station.checkin.scan(AUTHORISED, EVENT_ID, "Door 1").admitted
    station.close()


def test_the_command_line_honours_the_setting(tmp_path: Path, capsys) -> None:
    authorised = make_ticket(AUTHORISED, order_status=OrderStatus.AUTHORIZED)
    station = seeded_station(tmp_path, [authorised])
    station.settings.admit_authorized_payments = False
    station.settings.save(station.data_dir)
    station.close()
    code = main(["check-in", AUTHORISED, "--event", EVENT_ID, "--json",
                 "--data-dir", str(tmp_path)])  # fmt: skip
    assert code == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["verdict"] == "NOT_PAID"
    assert "organizer's setting" in printed["reason"]
    reopened = open_station(tmp_path)
    assert reopened.settings.admit_authorized_payments is False
    reopened.close()


def test_the_card_says_why_money_is_due() -> None:
    from checkin_app.domain.models import Verdict, VerdictKind
    from checkin_app.ui.verdict_text import card_text

    online = Verdict(VerdictKind.PAYMENT_DUE, "Not paid online: collect 25.00 USD",
                     amount_due="25.00", currency="USD")  # fmt: skip
    assert card_text(online).reason == "Not paid online: collect 25.00 USD"
    at_door = Verdict(VerdictKind.PAYMENT_DUE, "Pay at door: collect 25.00 USD",
                      amount_due="25.00", currency="USD")  # fmt: skip
    assert card_text(at_door).reason == "Pay at door: collect 25.00 USD"
