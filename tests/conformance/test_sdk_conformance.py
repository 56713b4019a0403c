"""Wix's official JavaScript SDK drives the emulator: the door flow, walk-up sale and setup.

Needs node and npm. The pinned SDK (package.json + package-lock.json beside this file) is
installed with `npm ci` into a cache directory outside the git tree on first use
(`CHECKIN_CONFORMANCE_CACHE` overrides where). Without node/npm the test FAILS with a clear
message: a silent skip would hide that the emulator is no longer checked against Wix's SDK.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from checkin_app.emulator.server import EmulatorServer

# One worker under pytest-xdist (`--dist loadgroup`): one npm install into the shared cache.
pytestmark = [pytest.mark.conformance, pytest.mark.slow, pytest.mark.xdist_group("conformance")]

HERE = Path(__file__).parent
SCRIPT = HERE / "sdk_flow.cjs"
CHECK_IN_URL = re.compile(r"^https://www\.wixevents\.com/check-in/([^,]+),([0-9a-f-]{36})$")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"{name} is not installed: the conformance test needs Node.js and npm "
            "(Debian: apt-get install nodejs npm) to run Wix's JavaScript SDK against the emulator"
        )
    return path


# Read at import, before tests/conftest.py points HOME at a temporary directory per test:
# the SDK install is a cache meant to outlive a test session.
_CACHE_ROOT = Path(
    os.environ.get("CHECKIN_CONFORMANCE_CACHE")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    / "checkin_app"
    / "conformance"
)
_NPM_CACHE = Path.home() / ".npm"


def _cache_dir() -> Path:
    lock = (HERE / "package-lock.json").read_bytes() + (HERE / "package.json").read_bytes()
    return _CACHE_ROOT / hashlib.sha256(lock).hexdigest()[:16]


@pytest.fixture(scope="session")
def sdk_node_modules() -> Path:
    """The pinned SDK's node_modules, installed once per lockfile into the cache dir."""
    node, npm = _tool("node"), _tool("npm")
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=False)
    major = re.match(r"v(\d+)", version.stdout.strip())
    if major is None or int(major.group(1)) < 18:
        pytest.fail(
            f"Node.js 18 or newer is needed (global fetch); found {version.stdout.strip()!r}"
        )
    target = _cache_dir()
    modules = target / "node_modules"
    if (modules / "@wix" / "sdk" / "package.json").exists():
        return modules
    target.mkdir(parents=True, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copyfile(HERE / name, target / name)
    flags = ["--no-audit", "--no-fund", "--loglevel=error", f"--cache={_NPM_CACHE}"]
    errors = []
    # Three clean `npm ci` runs: Debian 12's npm 9 once failed a first install in a fresh
    # chroot half-way ("ENOENT: Cannot cd into node_modules/@wix/…"), and what it left made
    # an `npm install` on top fail too (ENOTEMPTY). Each try starts from no node_modules.
    for attempt in range(1, 4):
        shutil.rmtree(modules, ignore_errors=True)
        try:
            done = subprocess.run(
                [npm, "ci", *flags],
                cwd=target,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
        except subprocess.TimeoutExpired:
            errors.append(f"try {attempt}: timed out after 300 s")
            continue
        if done.returncode == 0 and (modules / "@wix" / "sdk" / "package.json").exists():
            return modules
        errors.append(f"try {attempt}: exit {done.returncode}: {done.stderr.strip()[-800:]}")
    shutil.rmtree(modules, ignore_errors=True)
    pytest.fail("could not install Wix's SDK from the npm registry:\n" + "\n".join(errors))


def _run_sdk(srv: EmulatorServer, modules: Path) -> dict[str, Any]:
    env = dict(
        os.environ,
        EMULATOR_URL=srv.url,
        WIX_SITE_ID=srv.site_id,
        WIX_API_KEY=srv.api_key,
        NODE_PATH=str(modules),
    )
    done = subprocess.run(
        [_tool("node"), str(SCRIPT)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the SDK script printed no JSON (exit {done.returncode}): {done.stderr[-2000:]}"
    result = json.loads(lines[-1])
    assert "fatal" not in result, f"the SDK script failed: {json.dumps(result)[:3000]}"
    assert done.returncode == 0, done.stderr[-2000:]
    return result


@pytest.fixture(scope="module")
def sdk_run(sdk_node_modules: Path) -> tuple[dict[str, Any], EmulatorServer]:
    srv = EmulatorServer(seed="demo").start()
    try:
        yield _run_sdk(srv, sdk_node_modules), srv
    finally:
        srv.stop()


def test_sdk_calls_reach_only_the_emulator_and_none_fails_unexpectedly(sdk_run):
    result, srv = sdk_run
    calls = result["calls"]
    assert len(calls) >= 25
    assert len(srv.requests) == len(calls)  # every SDK call was served by the emulator
    expected_errors = {
        ("POST", "/events/v1/tickets/check-in", 404),
        ("POST", "/events/v3/events", 400),
        ("POST", "/events/v3/events/{id}/publish", 400),
        ("PATCH", "/events-ticket-definitions/v3/ticket-definitions/{id}", 409),
    }
    failures = {
        (c["method"], re.sub(r"/[0-9a-f-]{36}", "/{id}", c["path"]), c["status"])
        for c in calls
        if c["status"] >= 400
    }
    assert failures == expected_errors


def test_door_flow_lists_tickets_in_pages_with_wix_fieldsets(sdk_run):
    result, srv = sdk_run
    steps = result["steps"]
    event_id = steps["getEvent"]["id"]
    assert steps["getEvent"]["registrationType"] == "TICKETING"
    assert steps["getEvent"]["currency"] == "USD"
    listing = steps["listTickets"]
    sold_later = len(steps["checkout"]["tickets"])  # the walk-up sale comes after the listing
    assert listing["total"] == len(srv.state.event_tickets[event_id]) - sold_later
    assert (listing["page1"], listing["page2"], listing["distinct"]) == (100, 100, 200)
    first = listing["first"]
    match = CHECK_IN_URL.match(first["checkInUrl"])
    assert match is not None and match.groups() == (first["ticketNumber"], event_id)
    assert re.fullmatch(re.escape(first["orderNumber"]) + r"\d{3}", first["ticketNumber"])
    assert first["guestDetails"]["email"]
    # Without a fieldset Wix returns only memberId and anonymized.
    assert all(set(t) <= {"memberId", "anonymized"} for t in steps["listTicketsNoFieldset"])
    assert steps["getTicket"]["checkInUrl"] == first["checkInUrl"]
    names = {d["name"]: d for d in steps["queryTicketDefinitions"]}
    assert set(names) == {"General Admission", "VIP", "Student (free)"}
    assert names["VIP"]["price"] == "80.00"
    assert set(names["VIP"]["sales"]) == {"unsoldCount", "soldCount", "reservedCount", "soldOut"}


def test_check_in_repeat_undo_and_guest_deltas(sdk_run):
    result, srv = sdk_run
    steps = result["steps"]
    first, second = steps["checkIn"]
    assert first["created"] and second["created"]
    # A repeated check-in keeps the first time (the emulator's documented choice).
    assert steps["checkInAgain"][0]["created"] == first["created"]
    assert steps["deleteCheckIn"] == [{"ticketNumber": second["ticketNumber"], "checkIn": None}]
    assert srv.state.tickets[first["ticketNumber"]]["checkIn"] is not None
    assert srv.state.tickets[second["ticketNumber"]]["checkIn"] is None
    unknown = steps["checkInUnknown"]
    assert unknown["ok"] is False
    assert unknown["error"]["status"] == 404
    assert unknown["error"]["details"]["applicationError"]["code"] == "TICKET_NOT_FOUND"
    assert unknown["error"]["details"]["requestId"]
    delta = {g["ticketNumber"]: g for g in steps["guestsDelta"] if g.get("ticketNumber")}
    assert delta[first["ticketNumber"]]["checkedIn"] is True
    assert delta[second["ticketNumber"]]["checkedIn"] is False
    dates = [g["updatedDate"] for g in steps["guestsDelta"]]
    assert dates == sorted(dates)
    paging = steps["guestsPaging"]
    assert (paging["first"], paging["second"], paging["overlap"]) == (100, 100, 0)


def test_walk_up_sale_pay_in_person_then_confirm(sdk_run):
    result, srv = sdk_run
    steps = result["steps"]
    assert steps["reservation"]["status"] == "PENDING"
    assert steps["checkout"]["status"] == "OFFLINE_PENDING"
    assert len(steps["checkout"]["tickets"]) == 2
    assert steps["checkout"]["total"]["amount"] == "50.00"
    number = steps["checkout"]["orderNumber"]
    assert steps["confirm"] == [{"orderNumber": number, "status": "PAID"}]
    order = steps["getOrder"]
    assert order["status"] == "PAID" and order["fullName"] == "Walk Up"
    assert [t["ticketNumber"] for t in order["tickets"]] == steps["checkout"]["tickets"]
    assert all(t["orderStatus"] == "PAID" for t in order["tickets"])
    assert srv.state.orders[number]["status"] == "PAID"
    assert steps["cancelReservation"]["status"] == "CANCELED_MANUALLY"
    assert steps["getCanceledReservation"]["status"] == "CANCELED_MANUALLY"
    (usd,) = steps["summary"]
    assert usd["total"]["currency"] == "USD" and usd["totalOrders"] > 100


def test_setup_flow_create_publish_clone(sdk_run):
    result, _ = sdk_run
    steps = result["steps"]
    assert steps["createEvent"] == {
        "status": "DRAFT",
        "slug": "sdk-conformance-night",
        "reservationMinutes": 15,
    }
    definition = steps["ticketDefinition"]
    assert (definition["revision"], definition["updatedRevision"]) == ("1", "2")
    assert definition["name"] == "Early Bird II" and definition["unsold"] == 50
    assert steps["staleRevision"]["error"]["status"] == 409
    assert steps["publish"]["status"] == "UPCOMING"
    again = steps["publishAgain"]["error"]
    assert again["details"]["applicationError"]["code"] == "EVENT_ALREADY_PUBLISHED"
    assert steps["clone"] == {"title": "SDK Conformance Night (1)", "status": "DRAFT", "days": 14}
    assert steps["missingTimeZone"]["error"]["status"] == 400


def test_the_rest_of_the_six_modules_works(sdk_run):
    result, _ = sdk_run
    extras = result["steps"]["extras"]
    failed = {name: step["error"] for name, step in extras.items() if not step["ok"]}
    assert failed == {}
    values = {name: step["value"] for name, step in extras.items()}
    assert values["updateTicket"] is True and values["bulkUpdateTickets"] == [False]
    assert values["updateOrder"] is True and values["bulkUpdateOrders"] == [False]
    assert values["updateEvent"] == {"title": "SDK Night (renamed)", "agenda": True}
    assert values["recurringAndCategory"] == {"recurrence": "RECURRING", "inCategory": 3}
    assert values["cancelEvent"] == "CANCELED"
    assert values["listOrdersSearch"] == ["Walk Up"]


def test_setup_edits_through_the_sdk(sdk_run):
    """Issue 18.2: each edit the setup panel makes, with Wix's own SDK calls."""
    result, _ = sdk_run
    edits = result["steps"]["edits"]
    failed = {name: step["error"] for name, step in edits.items() if not step["ok"]}
    assert failed == {}
    values = {name: step["value"] for name, step in edits.items()}
    assert values["updateControl"] == {"label": "Company or school", "mandatory": False}
    assert values["deleteControl"] is False
    assert values["getForm"] == [
        {"type": "NAME", "labels": ["First Name", "Last Name"]},
        {"type": "INPUT", "labels": ["Email"]},
        {"type": "INPUT", "labels": ["Company or school"]},
        {"type": "ADDRESS_SHORT", "labels": ["Home address"]},
    ]
    assert values["updatePolicy"] == {"name": "Refund policy", "revision": "2"}
    assert values["reorderPolicies"] == ["Age", "Refund policy", "Photos"]
    assert values["deletePolicy"] == ["Age", "Refund policy"]
    assert values["updateScheduleItem"] == {"name": "Doors open", "stage": "Foyer"}
    assert values["deleteScheduleItem"] == 0
    assert values["updateStaffPermissions"] == ["CHECK_IN_GUESTS", "SELL_TICKETS"]
    assert values["pauseStaff"] == "ACCESS_PAUSED"
    assert values["deleteStaff"] == []
