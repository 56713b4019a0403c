"""Stats and the attendance export from a real station cache (no network), and their CLI."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from checkin_app.cli import main
from checkin_app.domain.models import OrderStatus, TicketDefinition
from checkin_app.services.stats import OTHER_DEVICES
from tests.support.factories import EVENT_ID, make_ticket, seeded_station

GA = "def-ga"
VIP = "def-vip"


def build_station(data_dir: Path):
    """A cache with two ticket types and tickets in every state the figures care about."""
    tickets = [
        make_ticket("AAAA-0000-00001", definition_id=GA, ticket_name="GA"),
        make_ticket("AAAA-0000-00002", definition_id=GA, ticket_name="GA",
                    server_checked_in_at="2026-11-28T18:01:10.000Z"),
        make_ticket("AAAA-0000-00003", definition_id=GA, ticket_name="GA",
                    server_checked_in_at="2026-11-28T18:07:00.000Z"),
        make_ticket("AAAA-0000-00004", definition_id=GA, ticket_name="GA", canceled=True,
                    server_checked_in_at="2026-11-28T18:02:00.000Z"),
        make_ticket("BBBB-0000-00001", definition_id=VIP, ticket_name="VIP", price="80.00",
                    order_status=OrderStatus.OFFLINE_PENDING),
        make_ticket("BBBB-0000-00002", definition_id=VIP, ticket_name="VIP", price="80.00",
                    order_status=OrderStatus.INITIATED),
        make_ticket("BBBB-0000-00003", definition_id=VIP, ticket_name="VIP", price="80.00"),
    ]  # fmt: skip
    station = seeded_station(data_dir, tickets)
    station.checkin.catalog.replace_definitions(
        EVENT_ID,
        [
            (TicketDefinition(GA, EVENT_ID, "GA", "25.00", "USD", initial_limit=100,
                              sold_count=4, reserved_count=2, unsold_count=94), None),
            (TicketDefinition(VIP, EVENT_ID, "VIP", "80.00", "USD", initial_limit=10,
                              sold_count=3, unsold_count=7), None),
        ],
    )  # fmt: skip
    station.checkin.sync_state.record_success(f"tickets:{EVENT_ID}")
    return station


def test_figures_count_sold_and_checked_in_per_type(tmp_path: Path) -> None:
    station = build_station(tmp_path)
    # A local admission counts at once; an undone server check-in stops counting.
    admitted = station.checkin.scan("BBBB-0000-00003", EVENT_ID, "Door 1")
    assert admitted.admitted
    station.checkin.undo("AAAA-0000-00003", EVENT_ID, "Door 1")

    stats = station.stats_service("Door 1").event_stats(EVENT_ID)

    # Sold: live tickets of confirmed orders (INITIATED is not sold, canceled is not).
    assert stats.sold == 5
    assert stats.checked_in == 2  # AAAA-…02 on Wix, BBBB-…03 here
    assert stats.checked_in_percent == 40.0
    by_name = {t.name: t for t in stats.ticket_types}
    assert (by_name["GA"].sold, by_name["GA"].checked_in, by_name["GA"].capacity) == (3, 1, 100)
    assert by_name["GA"].reserved == 2
    assert (by_name["VIP"].sold, by_name["VIP"].checked_in) == (2, 1)
    assert stats.capacity == 110
    assert stats.arrivals_by_station == {"Door 1": 1, OTHER_DEVICES: 1}
    slots = {b.start: b for b in stats.arrivals}
    assert slots["2026-11-28T18:00:00.000Z"].by_station == {OTHER_DEVICES: 1}
    assert sum(b.count for b in stats.arrivals) == 2
    # No Orders summary yet: revenue estimated from paid tickets in the guest list.
    assert stats.revenue_source == "guest list"
    assert stats.revenue == {"USD": "155.00"}  # 3 GA at 25 + 1 paid VIP at 80
    assert stats.tickets_age is not None and stats.tickets_age.endswith("ago")


def test_orders_summary_replaces_the_estimate(tmp_path: Path) -> None:
    station = build_station(tmp_path)
    service = station.stats_service("Door 1")
    service.store_summary(
        EVENT_ID,
        [{"total": {"value": "300.00", "currency": "USD"},
          "revenue": {"value": "290.00", "currency": "USD"}, "totalOrders": 6}],
    )  # fmt: skip
    stats = service.event_stats(EVENT_ID)
    assert stats.revenue == {"USD": "290.00"}
    assert stats.revenue_source == "wix" and stats.orders == 6
    assert stats.summary_age is not None


def test_cli_stats_json_and_text_work_offline(tmp_path: Path, capsys) -> None:
    build_station(tmp_path).close()
    assert main(["stats", "--json", "--data-dir", str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["event_id"] == EVENT_ID
    assert (data["sold"], data["checked_in"]) == (5, 2)
    assert {t["name"] for t in data["ticket_types"]} == {"GA", "VIP"}
    for key in ("revenue", "arrivals", "arrivals_by_station", "walk_up_sales", "tickets_age"):
        assert key in data
    assert main(["stats", "--event", EVENT_ID, "--data-dir", str(tmp_path)]) == 0
    text = capsys.readouterr().out
    assert "Checked in: 2 of 5 sold" in text and "GA" in text


def test_cli_stats_unknown_event_is_one_line(tmp_path: Path, capsys) -> None:
    build_station(tmp_path).close()
    assert main(["stats", "--event", "nope", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("checkin-app: ") and "nope" in err and "\n" not in err


def test_cli_export_writes_the_attendance_list(tmp_path: Path, capsys) -> None:
    station = build_station(tmp_path)
    station.checkin.scan("BBBB-0000-00003", EVENT_ID, "Door 1")
    station.close()
    out = tmp_path / "attendance.csv"
    code = main(["export", "--event", EVENT_ID, "--csv", str(out), "--data-dir", str(tmp_path)])
    assert code == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 7
    assert list(rows[0]) == ["ticket", "order", "guest", "type", "status", "checked_in_at",
                             "station"]  # fmt: skip
    by_ticket = {r["ticket"]: r for r in rows}
    assert by_ticket["BBBB-0000-00003"]["station"] == "Door 1"
    assert by_ticket["BBBB-0000-00003"]["status"] == "checked in"
    assert by_ticket["AAAA-0000-00002"]["station"] == OTHER_DEVICES
    assert by_ticket["AAAA-0000-00002"]["checked_in_at"] == "2026-11-28T18:01:10.000Z"
    assert by_ticket["AAAA-0000-00004"]["status"] == "canceled"
    assert by_ticket["BBBB-0000-00001"]["status"] == "payment due"
    assert by_ticket["BBBB-0000-00002"]["status"] == "not paid"
    assert by_ticket["AAAA-0000-00001"]["guest"] == "Ada Lovelace"
    assert "7 tickets" in capsys.readouterr().out


@pytest.mark.parametrize("target", ["missing-folder/out.csv", "."])
def test_cli_export_unwritable_file_is_one_line(tmp_path: Path, capsys, target: str) -> None:
    build_station(tmp_path).close()
    path = tmp_path / target
    code = main(["export", "--event", EVENT_ID, "--csv", str(path), "--data-dir", str(tmp_path)])
    assert code == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("checkin-app: Cannot write") and "\n" not in err


def test_cli_export_unknown_event(tmp_path: Path, capsys) -> None:
    build_station(tmp_path).close()
    out = tmp_path / "x.csv"
    assert main(["export", "--event", "nope", "--csv", str(out), "--data-dir", str(tmp_path)]) == 1
    assert "nope" in capsys.readouterr().err
    assert not out.exists()
