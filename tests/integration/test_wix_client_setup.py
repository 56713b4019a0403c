"""Contract: the organizer's setup flow (docs/wix-api.md §2, §3, §8) against the emulator."""

from __future__ import annotations

import pytest

from checkin_app.emulator.server import EmulatorServer
from checkin_app.wix import (
    TokenBucket,
    WixClient,
    WixNotFoundError,
    WixPermanentError,
)


@pytest.fixture(scope="module")
def server():
    srv = EmulatorServer(host="127.0.0.1", port=0, seed="demo").start()
    yield srv
    srv.stop()


@pytest.fixture
def client(server):
    server.set_faults()
    bucket = TokenBucket(rate_per_minute=1_000_000, burst=1000)
    with WixClient(server.site_id, server.api_key, base_url=server.url, rate_limiter=bucket) as c:
        yield c


def new_event(title="Summer Gala"):
    return {
        "title": title,
        "location": {"type": "VENUE", "name": "Grand Hall"},
        "dateAndTimeSettings": {
            "startDate": "2030-09-15T19:00:00.000Z",
            "endDate": "2030-09-15T22:00:00.000Z",
            "timeZoneId": "Europe/Amsterdam",
        },
        "registration": {
            "initialType": "TICKETING",
            "tickets": {"currency": "EUR", "reservationDurationInMinutes": 20},
        },
    }


def ticket_type(event_id, name, price, limit=None):
    definition = {
        "eventId": event_id,
        "name": name,
        "pricingMethod": {"fixedPrice": {"value": price, "currency": "EUR"}},
        "feeType": "FEE_ADDED_AT_CHECKOUT",
    }
    if limit is not None:
        definition["initialLimit"] = limit
    return definition


@pytest.fixture
def draft(client):
    return client.create_event(new_event(), draft=True, fields=("REGISTRATION",))


def test_query_events_pages_and_needs_a_limit(client, server):
    first = client.query_events(limit=1)
    total = first["pagingMetadata"]["total"]
    assert total >= 2 and len(first["events"]) == 1
    all_events = list(client.iter_events(page_size=1))
    assert len(all_events) == total == len({e["id"] for e in all_events})
    with pytest.raises(ValueError):
        client.query_events(limit=0)
    server.clear_requests()
    client.query_events(filter={"status": {"$in": ["UPCOMING", "STARTED"]}}, limit=5)
    assert server.requests[0]["path"] == "/events/v3/events/query"


def test_create_get_update_publish_clone_cancel(client, draft):
    assert draft["status"] == "DRAFT" and draft["registration"]["initialType"] == "TICKETING"
    got = client.get_event(draft["id"])
    assert got["id"] == draft["id"] and got["title"] == "Summer Gala"

    renamed = client.update_event(draft["id"], {"title": "Winter Gala"})
    assert renamed["title"] == "Winter Gala"
    agenda = client.enable_agenda(draft["id"])
    assert agenda["agendaSettings"]["enabled"] is True

    published = client.publish_event(draft["id"])
    assert published["status"] == "UPCOMING"
    with pytest.raises(WixPermanentError) as info:
        client.publish_event(draft["id"])
    assert info.value.code in ("EVENT_ALREADY_PUBLISHED", "INVALID_EVENT_STATUS_TRANSITION")

    copy = client.clone_event(draft["id"])
    assert copy["id"] != draft["id"] and copy["status"] == "DRAFT"

    canceled = client.cancel_event(draft["id"])
    assert canceled["status"] == "CANCELED"


def test_validation_errors_name_the_field(client):
    event = new_event()
    del event["title"]
    with pytest.raises(WixPermanentError) as info:
        client.create_event(event, draft=True)
    error = info.value
    assert error.status == 400
    assert error.field_violations, "Wix's fieldViolations reach the caller"
    assert any("title" in field for field, _ in error.field_violations)
    assert error.violation_for("title")


def test_ticket_definitions_create_query_update_delete(client, draft):
    event_id = draft["id"]
    created = [
        client.create_ticket_definition(ticket_type(event_id, f"Tier {i}", f"{10 + i}.00", 50))
        for i in range(5)
    ]
    assert created[0]["salesDetails"]["soldCount"] == 0
    listed = list(client.iter_ticket_definitions(event_id, page_size=2))  # 3 cursor pages
    assert [d["id"] for d in listed] == [d["id"] for d in created]
    assert all("salesDetails" in d for d in listed)

    first = created[0]
    updated = client.update_ticket_definition(
        first["id"], first["revision"], {"name": "Early Bird"}
    )
    assert updated["name"] == "Early Bird" and updated["revision"] != first["revision"]
    with pytest.raises(WixPermanentError):  # the old revision is stale now
        client.update_ticket_definition(first["id"], first["revision"], {"name": "Again"})
    assert client.get_ticket_definition(first["id"])["name"] == "Early Bird"

    client.delete_ticket_definition(first["id"])
    with pytest.raises(WixNotFoundError):
        client.get_ticket_definition(first["id"])


def test_registration_form_question(client, draft):
    form = client.get_form(draft["id"])
    names = {i["name"] for c in form["controls"] for i in c.get("inputs", [])}
    assert {"firstName", "lastName", "email"} <= names
    reply = client.add_form_control(draft["id"], "text", {"label": "Company", "mandatory": False})
    assert reply["id"]
    assert any(c.get("id") == reply["id"] for c in reply["form"]["controls"])
    with pytest.raises(ValueError):
        client.add_form_control(draft["id"], "signature", {})


def test_policies_up_to_three(client, draft):
    for i in range(3):
        policy = client.create_policy(draft["id"], f"Policy {i}", "<p>No refunds.</p>")
        assert policy["eventId"] == draft["id"]
    assert len(client.list_policies(draft["id"])) == 3
    with pytest.raises(WixPermanentError) as info:
        client.create_policy(draft["id"], "Policy 4", "too many")
    assert info.value.code == "POLICIES_LIMIT_REACHED"


def test_schedule_items(client, draft):
    client.enable_agenda(draft["id"])
    item = {
        "name": "Doors open",
        "timeSlot": {
            "start": "2030-09-15T19:00:00.000Z",
            "end": "2030-09-15T19:30:00.000Z",
            "timeZoneId": "Europe/Amsterdam",
        },
    }
    added = client.add_schedule_item(draft["id"], item)
    assert added["item"]["name"] == "Doors open"
    client.publish_schedule(draft["id"])
    listed = client.list_schedule_items(draft["id"])
    assert any(i["name"] == "Doors open" for i in listed["items"])


def test_categories(client, draft):
    category = client.create_category("Concerts")
    assert category["id"] and category["name"] == "Concerts"
    bulk = client.bulk_create_categories(["Jazz", {"name": "Rock", "states": ["MANUAL"]}])
    assert bulk["bulkActionMetadata"]["totalSuccesses"] == 2
    client.assign_events_to_category(category["id"], [draft["id"]])
    assert category["id"] in {c["id"] for c in client.list_event_categories(draft["id"])}


def test_staff_member(client, draft):
    member = client.create_staff_member("Door volunteer", event_ids=[draft["id"]])
    assert member["id"] and member["loginLink"]
    assert member["permissions"] == ["CHECK_IN_GUESTS"]
    with pytest.raises(ValueError):
        client.create_staff_member("x", ["FLY"])
