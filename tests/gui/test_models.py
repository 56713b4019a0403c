"""The item models behind the recent scans list and the search results pass Qt's checks."""

from __future__ import annotations

from checkin_app.services.search import SearchHit
from checkin_app.ui.recent_model import RECENT_LIMIT, RecentRow, RecentScansModel, load_recent
from checkin_app.ui.search_model import SearchResultsModel
from tests.support.factories import make_ticket, url_for


def _row(i: int, decision: str = "ADMITTED") -> RecentRow:
    return RecentRow(
        scan_id=f"s{i}", at="2026-11-28T19:42:00.000Z", decision=decision, reason="Paid",
        guest=f"Guest {i}", ticket_name="VIP", ticket_number=f"T{i:03d}", station="Door 2",
    )  # fmt: skip


def test_recent_model(qtmodeltester, station) -> None:
    model = RecentScansModel()
    model.set_rows([_row(1), _row(2, "CANCELED"), _row(3, "BOGUS")])
    qtmodeltester.check(model)
    assert model.index(1, 1).data().startswith("✖")
    for i in range(4, 30):
        model.add(_row(i))
    assert model.rowCount() == RECENT_LIMIT
    assert model.index(0, 2).data() == "Guest 29"
    model.mark_undone("T029")
    assert "undone" in model.index(0, 1).data()
    qtmodeltester.check(model)


def test_recent_rows_from_the_log(station) -> None:
    station.checkin.scan(url_for("ABCD-EFGH-IJ001"), None, "Door 1")
    station.checkin.undo("ABCD-EFGH-IJ001", None, "Door 1")
    rows = load_recent(station, None)
    assert [r.is_undo for r in rows] == [True, False]
    assert rows[1].undone and rows[1].guest == "Ada Lovelace"


def test_search_model(qtmodeltester) -> None:
    model = SearchResultsModel()
    hits = [
        SearchHit(make_ticket("T001"), None, None, "Paid"),
        SearchHit(make_ticket("T002"), "2026-11-28T19:42:00.000Z", "Door 2", "Paid"),
    ]
    model.set_hits(hits)
    qtmodeltester.check(model)
    assert model.index(0, 4).data() == "Paid"
    assert model.index(1, 4).data().startswith("✔ In at") and "Door 2" in model.index(1, 4).data()
    model.set_hits([])
    qtmodeltester.check(model)
