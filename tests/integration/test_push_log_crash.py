"""A send the process never settled (it died mid-call) stays one Wix may have acted on,
also after the next process sends the same admission again: its stamp is this station's
own, not another device's check-in (a false double admission otherwise)."""

from __future__ import annotations

from pathlib import Path

from checkin_app.sync.push_log import PushLog
from checkin_app.sync.server_clock import ServerClock
from tests.support.factories import EVENT_ID, seeded_station

NUMBER = "ABCD-EFGH-IJ001"


def test_a_send_cut_off_by_a_crash_is_kept_when_the_next_process_sends_again(
    tmp_path: Path,
) -> None:
    station = seeded_station(tmp_path / "data")
    assert station.checkin.scan(NUMBER, EVENT_ID, "Door 1").admitted
    (outbox_id,) = [r[0] for r in station.db.query("SELECT id FROM outbox")]
    log = PushLog(station.db)

    dead = ServerClock(wall=lambda: 1000.0)  # the process that died mid-call
    log.mark_sent([(outbox_id, None)], 1000.0, dead, lands_by_local=1300.0)
    restarted = ServerClock(wall=lambda: 1400.0)  # the next one, after the lease
    log.mark_sent([(outbox_id, None)], 1400.0, restarted, lands_by_local=1700.0)

    with station.db.transaction() as conn:
        sends = PushLog.own_sends_many(conn, EVENT_ID, [NUMBER], skip_inflight_of=[outbox_id])[
            NUMBER.casefold()
        ]
    assert [(s.sent_local, s.failed_local) for s in sends.lost] == [(1000.0, 1300.0)]
