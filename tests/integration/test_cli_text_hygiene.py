"""Issue 15.7: what the command line prints is safe for a terminal, search finds names
however their Unicode was typed, and `search --limit` is validated."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from checkin_app.bootstrap import open_station
from checkin_app.cli import main
from checkin_app.emulator.server import EmulatorServer
from checkin_app.storage.downloads import DownloadStore
from checkin_app.storage.schema import MIGRATIONS
from tests.support.factories import EVENT_ID, make_event, make_ticket, seeded_station
from tests.support.sync_env import gala_id

# A buyer typed this as their name: retitle the terminal, clear it, colour it, return the
# cursor over the line, an 8-bit CSI, a right-to-left override and a bell.
HOSTILE = (
    "\x1b]0;pwned\x07Eve\x1b[2J\x1b[31m Mallory\x1b[0m\r\x9b31m\u202eRLO\u202c\x07\x00"
    "\x1bP1$r\x1b\\\nNEXT"
)
# What languages need and must survive: ZWNJ (Persian), ZWJ, LRM/RLM, ALM, an isolate.
NEEDED = "Ali\u200cReza \u200d\u200e\u200f\u061c \u2067عربي\u2069"
# Anything a terminal would act on: ESC, other C0 (bar newline), DEL, C1, embeddings and
# overrides.
TERMINAL_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e]")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def hostile_station(tmp_path: Path) -> Path:
    data = tmp_path / "station"
    station = seeded_station(
        data,
        [
            make_ticket("EVIL-0000-00001", guest_first_name=HOSTILE, guest_last_name="Smith",
                        ticket_name="VIP\x1b[5m blink"),
            make_ticket("GOOD-0000-00001", guest_first_name=NEEDED, guest_last_name="Karimi"),
        ],
    )  # fmt: skip
    station.checkin.catalog.upsert_event(make_event(EVENT_ID, "Gala\x1b]2;owned\x07 Night"))
    station.close()
    return data


def test_text_output_never_carries_escape_sequences(hostile_station: Path, capsys) -> None:
    d = str(hostile_station)
    outputs = [
        run(capsys, "search", "smith", "--data-dir", d),
        run(capsys, "check-in", "EVIL-0000-00001", "--data-dir", d),
        run(capsys, "check-in", "EVIL-0000-00001", "--data-dir", d),  # already checked in
        run(capsys, "status", "--data-dir", d),
        run(capsys, "stats", "--data-dir", d),
        run(capsys, "undo", "EVIL-0000-00001", "--data-dir", d),
    ]
    for code, out, err in outputs:
        assert code == 0, err
        assert not TERMINAL_CONTROLS.search(out + err), repr(out + err)
    search_out = outputs[0][1]
    # The name is still there, on its own line: the control characters went, not the text.
    assert "EVIL-0000-00001  Eve Mallory RLO NEXT Smith  VIP blink  [Paid]" in search_out
    assert len(search_out.strip().splitlines()) == 1
    assert "Gala Night" in outputs[3][1]


def test_marks_that_languages_need_are_kept(hostile_station: Path, capsys) -> None:
    code, out, _ = run(capsys, "search", "karimi", "--data-dir", str(hostile_station))
    assert code == 0
    assert f"{NEEDED} Karimi" in out


def test_a_stray_isolate_cannot_reorder_the_rest_of_the_line(tmp_path: Path, capsys) -> None:
    data = tmp_path / "station"
    name = "\u2069Noor \u2067نور"  # a stray close, then an isolate opened and never closed
    seeded_station(data, [make_ticket("ISOL-0000-00001", guest_first_name=name,
                                      guest_last_name="Ahmed")]).close()  # fmt: skip
    code, out, _ = run(capsys, "search", "ahmed", "--data-dir", str(data))
    assert code == 0
    # The stray close is dropped; the open isolate is closed at the end of the name.
    assert out.startswith("ISOL-0000-00001  Noor \u2067نور Ahmed\u2069  General Admission")


def test_json_output_stays_exact_and_holds_nothing_raw(hostile_station: Path, capsys) -> None:
    code, out, _ = run(capsys, "search", "smith", "--data-dir", str(hostile_station), "--json")
    assert code == 0
    assert not TERMINAL_CONTROLS.search(out.rstrip("\n"))
    assert json.loads(out)[0]["guest_name"] == f"{HOSTILE} Smith"
    code, out, _ = run(capsys, "check-in", "GOOD-0000-00001", "--data-dir", str(hostile_station),
                       "--json")  # fmt: skip
    assert json.loads(out)["guest_name"] == f"{NEEDED} Karimi"


def test_server_text_is_cleaned_in_sync_and_events(tmp_path: Path, capsys) -> None:
    with EmulatorServer(seed="demo") as server:
        gala = gala_id(server)
        with server.state.lock:
            server.state.events[gala]["title"] = "Summer\x1b]0;owned\x07 Gala\x1b[2J"
        argv = ["--data-dir", str(tmp_path / "data"), "--base-url", server.url,
                "--site-id", server.site_id]  # fmt: skip
        monkey_env = {"CHECKIN_API_KEY": server.api_key}
        with pytest.MonkeyPatch.context() as mp:
            for key, value in monkey_env.items():
                mp.setenv(key, value)
            events = run(capsys, "events", *argv)
            synced = run(capsys, "sync", *argv)
            as_json = run(capsys, "events", "--json", *argv)
    for code, out, err in (events, synced):
        assert code == 0, err
        assert not TERMINAL_CONTROLS.search(out + err), repr(out + err)
    assert "Summer Gala" in events[1] and "Updated Summer Gala" in synced[1]
    titles = [e["title"] for e in json.loads(as_json[1])]
    assert "Summer\x1b]0;owned\x07 Gala\x1b[2J" in titles


class _HostileWix(BaseHTTPRequestHandler):
    """A server that refuses every call with an error message full of escape sequences."""

    def do_GET(self) -> None:
        body = json.dumps({"message": "\x1b]0;owned\x07no\x1b[2J", "details": {
            "applicationError": {"code": "BAD\x1b[31m", "description": "\x1b[2Jrefused\r",
                                 "data": {}}}}).encode()  # fmt: skip
        self.send_response(400)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def hostile_wix() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _HostileWix)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_a_servers_error_message_is_cleaned_on_stderr(hostile_wix: str, tmp_path: Path,
                                                       capsys, monkeypatch) -> None:  # fmt: skip
    monkeypatch.setenv("CHECKIN_API_KEY", "some-key")
    argv = ["--data-dir", str(tmp_path / "data"), "--base-url", hostile_wix, "--site-id", "s"]
    for command in ("sync", "events"):
        code, out, err = run(capsys, command, *argv)
        assert code != 0
        assert "refused" in err
        assert not TERMINAL_CONTROLS.search(out + err.rstrip("\n")), repr(err)


# --- search: Unicode normalisation --------------------------------------------------------

NAMES = {
    "SIOB-0000-00001": ("Siobhán", "O'Neill"),  # composed (NFC)
    "SIOB-0000-00002": ("Siobha\u0301n", "Murphy"),  # decomposed (NFD), as a Mac may send it
    "STRA-0000-00001": ("Johann", "Strauß"),
    "ZOEE-0000-00001": ("Zoë", "Ångström"),
}


@pytest.fixture
def unicode_station(tmp_path: Path) -> Path:
    data = tmp_path / "station"
    tickets = [make_ticket(number, guest_first_name=first, guest_last_name=last)
               for number, (first, last) in NAMES.items()]  # fmt: skip
    seeded_station(data, tickets).close()
    return data


def found(capsys, data: Path, text: str) -> set[str]:
    code, out, err = run(capsys, "search", text, "--data-dir", str(data), "--json")
    assert code == 0, err
    return {hit["ticket_number"] for hit in json.loads(out)}


@pytest.mark.parametrize(
    "typed",
    ["Siobha\u0301n", "Siobhán", "siobhan", "SIOBHÁN", "SIOBHA\u0301N", "siobha\u0301"],
)
def test_search_finds_a_name_whichever_way_its_unicode_was_typed(
    unicode_station: Path, capsys, typed: str
) -> None:
    assert found(capsys, unicode_station, typed) == {"SIOB-0000-00001", "SIOB-0000-00002"}


def test_search_folds_case_fully(unicode_station: Path, capsys) -> None:
    assert found(capsys, unicode_station, "STRAUSS") == {"STRA-0000-00001"}
    assert found(capsys, unicode_station, "strauß") == {"STRA-0000-00001"}
    assert found(capsys, unicode_station, "A\u030angstro\u0308m") == {"ZOEE-0000-00001"}
    assert found(capsys, unicode_station, "zoe\u0308 ang") == {"ZOEE-0000-00001"}
    assert found(capsys, unicode_station, "\u0301") == set()  # a stray accent finds nothing


def test_an_existing_database_is_reindexed_by_the_migration(tmp_path: Path, capsys) -> None:
    """A station written by the previous schema (index of unfolded text, a plain file as
    before encryption) finds `STRAUSS` once the app opens it."""
    data = tmp_path / "station"
    data.mkdir()
    path = data / "checkin.sqlite3"
    conn = sqlite3.connect(path)
    # The schema version before search folding (the first migration using the fold; later
    # ones, e.g. the venue hub's, come after it).
    before = next(i for i, script in enumerate(MIGRATIONS) if "checkin_search_fold" in script)
    for script in MIGRATIONS[:before]:
        conn.executescript(script)
    conn.execute(f"PRAGMA user_version={before}")
    conn.execute("INSERT INTO events (id, title, updated_at) VALUES (?, 'Old', 'x')", (EVENT_ID,))
    conn.execute(
        "INSERT INTO tickets (event_id, ticket_number, order_status, guest_first_name, "
        "guest_last_name) VALUES (?, 'OLDT-0000-00001', 'PAID', 'Johann', 'Strauß')",
        (EVENT_ID,),
    )
    conn.commit()
    conn.close()
    assert found(capsys, data, "STRAUSS") == {"OLDT-0000-00001"}
    station = open_station(data, create=False)  # (the station encrypted the old plain file)
    try:
        db = station.db
        assert db.query_one("PRAGMA user_version")[0] == len(MIGRATIONS)
        # A ticket updated after the migration is re-indexed folded too.
        with db.transaction() as tx:
            tx.execute("UPDATE tickets SET guest_last_name = 'GROẞ' WHERE ticket_number = ?",
                       ("OLDT-0000-00001",))  # fmt: skip
    finally:
        station.close()
    assert found(capsys, data, "gross") == {"OLDT-0000-00001"}
    assert found(capsys, data, "strauss") == set()


# --- search --limit ---------------------------------------------------------------------------


@pytest.mark.parametrize("limit", ["99999999999999999999", "0", "-1", "ten", "1e3", ""])
def test_search_limit_is_validated(unicode_station: Path, limit: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "checkin_app", "search", "s", "--data-dir", str(unicode_station),
         f"--limit={limit}"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 2, proc.stdout
    assert "Traceback" not in proc.stderr
    assert "--limit" in proc.stderr and proc.stdout == ""


def test_search_limit_in_range_limits(unicode_station: Path, capsys) -> None:
    code, out, _ = run(capsys, "search", "s", "--data-dir", str(unicode_station), "--json",
                       "--limit", "1")  # fmt: skip
    assert code == 0 and len(json.loads(out)) == 1


def test_a_download_in_progress_is_searched_the_same_way(unicode_station: Path) -> None:
    """Tickets of a full download still being staged (issue 11) are folded alike."""
    station = open_station(unicode_station)
    try:
        downloads = DownloadStore(station.db)
        downloads.begin(EVENT_ID, 2, "first", "2026-12-02T00:00:00.000Z")
        staged = [make_ticket("NEWT-0000-00001", guest_first_name="Siobha\u0301n",
                              guest_last_name="Groß")]  # fmt: skip
        downloads.stage_page(EVENT_ID, staged, offset=0, next_offset=100, total=1,
                             pace_per_minute=None, now_iso="2026-12-02T00:00:01.000Z")  # fmt: skip
        for typed in ("GROSS", "siobhán", "SIOBHA\u0301N gro"):
            assert [t.ticket_number for t in downloads.search(typed, EVENT_ID, 10)] == [
                "NEWT-0000-00001"
            ], typed
    finally:
        station.close()
