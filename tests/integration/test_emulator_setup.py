"""Event setup over loopback: events V3, ticket definitions V3, form, policies, schedule,
categories and staff members — validation as Wix does it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from checkin_app.emulator.server import EmulatorServer


@pytest.fixture
def srv() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed=None) as server:
        yield server


@pytest.fixture
def client(srv: EmulatorServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=srv.url, headers=srv.headers, timeout=10) as c:
        yield c


def _event_body(**changes: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "title": "Summer Gala",
        "location": {"type": "VENUE", "name": "Grand Hall"},
        "dateAndTimeSettings": {
            "startDate": "2099-09-15T19:00:00.000Z",
            "endDate": "2099-09-15T22:00:00.000Z",
            "timeZoneId": "America/New_York",
        },
        "registration": {"initialType": "TICKETING", "tickets": {"currency": "USD"}},
    }
    event.update(changes)
    return event


def _create(client: httpx.Client, draft: bool = False, **changes: Any) -> httpx.Response:
    return client.post(
        "/events/v3/events",
        json={"event": _event_body(**changes), "draft": draft, "fields": ["REGISTRATION"]},
    )


def _violation(response: httpx.Response) -> dict:
    assert response.status_code == 400, response.text
    return response.json()["details"]["validationError"]["fieldViolations"][0]


def test_create_validates_like_wix(client: httpx.Client):
    no_title = client.post("/events/v3/events", json={"event": {**_event_body(), "title": ""}})
    assert _violation(no_title)["field"] == "event.title"
    bad_type = _create(client, registration={"initialType": "TICKETS"})
    assert "value is required" in _violation(bad_type)["description"]
    no_zone = _create(
        client,
        dateAndTimeSettings={
            "startDate": "2099-01-01T10:00:00Z",
            "endDate": "2099-01-01T12:00:00Z",
        },
    )
    assert (
        no_zone.status_code == 400 and no_zone.json()["message"] == "getTimeZoneId is not supported"
    )
    object_date = _create(
        client,
        dateAndTimeSettings={
            "startDate": {"seconds": 1, "nanos": 0},
            "endDate": "2099-01-01T12:00:00Z",
            "timeZoneId": "UTC",
        },
    )
    assert object_date.status_code == 400 and object_date.json()["message"] == "Expected a string."
    backwards = _create(
        client,
        dateAndTimeSettings={
            "startDate": "2099-01-02T10:00:00Z",
            "endDate": "2099-01-01T12:00:00Z",
            "timeZoneId": "UTC",
        },
    )
    assert _violation(backwards)["ruleName"] == "INVALID_EVENT_CONFIGURATION"
    no_location = client.post(
        "/events/v3/events",
        json={"event": {k: v for k, v in _event_body().items() if k != "location"}},
    )
    assert _violation(no_location)["field"] == "event.location"


def test_create_get_query_with_fields(client: httpx.Client):
    created = _create(client).json()["event"]
    assert created["status"] == "UPCOMING"
    assert created["registration"]["type"] == "TICKETING"
    assert created["registration"]["tickets"]["reservationDurationInMinutes"] == 20
    plain = client.get(f"/events/v3/events/{created['id']}").json()["event"]
    assert "registration" not in plain and "agendaSettings" not in plain
    assert plain["dateAndTimeSettings"]["formatted"]["startTime"] == "3:00 PM"
    nothing = client.post("/events/v3/events/query", json={"query": {}}).json()
    assert nothing["events"] == [] and nothing["pagingMetadata"]["total"] == 1
    found = client.post(
        "/events/v3/events/query",
        json={"query": {"filter": {"status": {"$in": ["UPCOMING"]}}, "paging": {"limit": 10}}},
    ).json()
    assert [e["id"] for e in found["events"]] == [created["id"]]
    later = client.post(
        "/events/v3/events/query",
        json={
            "query": {
                "filter": {"updatedDate": {"$gt": created["updatedDate"]}},
                "paging": {"limit": 10},
            }
        },
    ).json()
    assert later["events"] == []
    assert client.get("/events/v3/events/00000000-0000-4000-8000-000000000000").status_code == 404


def test_drafts_publish_clone_cancel_delete(client: httpx.Client):
    draft = _create(client, draft=True).json()["event"]
    assert draft["status"] == "DRAFT"
    hidden = client.post("/events/v3/events/query", json={"query": {"paging": {"limit": 5}}})
    assert hidden.json()["events"] == []
    published = client.post(f"/events/v3/events/{draft['id']}/publish", json={}).json()["event"]
    assert published["status"] == "UPCOMING" and published["publishedDate"]
    again = client.post(f"/events/v3/events/{draft['id']}/publish", json={})
    assert again.json()["details"]["applicationError"]["code"] == "EVENT_ALREADY_PUBLISHED"
    clone = client.post(f"/events/v3/events/{draft['id']}/clone", json={}).json()["event"]
    assert clone["title"] == "Summer Gala (1)" and clone["status"] == "DRAFT"
    assert clone["dateAndTimeSettings"]["startDate"] == "2099-09-29T19:00:00.000Z"
    canceled = client.post(f"/events/v3/events/{draft['id']}/cancel", json={}).json()["event"]
    assert canceled["status"] == "CANCELED"
    twice = client.post(f"/events/v3/events/{draft['id']}/cancel", json={})
    assert twice.json()["details"]["applicationError"]["code"] == "INVALID_EVENT_STATUS_TRANSITION"
    assert client.delete(f"/events/v3/events/{clone['id']}").json() == {"eventId": clone["id"]}


def test_update_replaces_dates_and_keeps_initial_type(client: httpx.Client):
    event = _create(client).json()["event"]
    updated = client.patch(
        f"/events/v3/events/{event['id']}",
        json={
            "event": {
                "title": "Renamed",
                "agendaSettings": {"enabled": True},
                "dateAndTimeSettings": {
                    "startDate": "2099-10-01T18:00:00Z",
                    "endDate": "2099-10-01T20:00:00Z",
                    "timeZoneId": "UTC",
                },
            },
            "fields": ["AGENDA"],
        },
    ).json()["event"]
    assert updated["title"] == "Renamed" and updated["agendaSettings"]["enabled"] is True
    assert updated["dateAndTimeSettings"]["timeZoneId"] == "UTC"
    immutable = client.patch(
        f"/events/v3/events/{event['id']}",
        json={"event": {"registration": {"initialType": "RSVP"}}},
    )
    assert immutable.status_code == 400


def test_recurring_event_makes_one_event_per_date(client: httpx.Client, srv: EmulatorServer):
    dates = [
        {
            "startDate": f"2099-0{m}-01T18:00:00Z",
            "endDate": f"2099-0{m}-01T20:00:00Z",
            "timeZoneId": "UTC",
        }
        for m in (3, 1, 2)
    ]
    first = _create(
        client, dateAndTimeSettings={"recurringEvents": {"individualEventDates": dates}}
    ).json()["event"]
    category = first["dateAndTimeSettings"]["recurringEvents"]["categoryId"]
    assert first["dateAndTimeSettings"]["startDate"] == "2099-01-01T18:00:00.000Z"
    assert first["dateAndTimeSettings"]["recurrenceStatus"] == "RECURRING"
    siblings = [
        e
        for e in srv.state.events.values()
        if e["dateAndTimeSettings"].get("recurringEvents", {}).get("categoryId") == category
    ]
    assert len(siblings) == 3
    listed = client.get(f"/events/v3/events/category/{category}").json()
    assert listed["pagingMetadata"]["total"] == 3


def test_ticket_definition_rules(client: httpx.Client):
    event_id = _create(client).json()["event"]["id"]

    def create(**changes: Any) -> httpx.Response:
        body = {
            "eventId": event_id,
            "name": "General",
            "feeType": "FEE_ADDED_AT_CHECKOUT",
            "pricingMethod": {"fixedPrice": {"value": "25.00", "currency": "USD"}},
            **changes,
        }
        return client.post(
            "/events/v3/ticket-definitions",
            json={"ticketDefinition": body, "fields": ["SALES_DETAILS"]},
        )

    numeric = create(pricingMethod={"fixedPrice": {"value": 10, "currency": "USD"}})
    assert numeric.status_code == 400
    assert numeric.json()["message"] == "Unexpected value for field value"
    assert _violation(create(name="x" * 31))["field"] == "ticketDefinition.name"
    no_fee = create(feeType=None)
    assert _violation(no_fee)["description"] == "ticketDefinition.feeType value is required"
    made = create(initialLimit=100).json()["ticketDefinition"]
    assert made["revision"] == "1" and made["limited"] is True
    assert made["salesDetails"]["unsoldCount"] == 100
    free = create(name="Free", pricingMethod={"fixedPrice": {"value": "0", "currency": "USD"}})
    assert free.json()["ticketDefinition"]["pricingMethod"]["free"] is True
    alias = client.get(f"/events-ticket-definitions/v3/ticket-definitions/{made['id']}")
    assert alias.json()["ticketDefinition"]["id"] == made["id"]
    no_revision = client.patch(
        f"/events/v3/ticket-definitions/{made['id']}", json={"ticketDefinition": {"name": "X"}}
    )
    assert no_revision.status_code == 400
    renamed = client.patch(
        f"/events/v3/ticket-definitions/{made['id']}",
        json={"ticketDefinition": {"revision": "1", "name": "VIP"}},
    ).json()["ticketDefinition"]
    assert renamed["revision"] == "2" and renamed["name"] == "VIP"
    queried = client.post(
        "/events/v3/ticket-definitions/query",
        json={"query": {"filter": {"eventId": event_id}}, "fields": ["SALES_DETAILS"]},
    ).json()
    assert "metadata" in queried and queried["metadata"]["total"] == 2
    assert all("salesDetails" in d for d in queried["ticketDefinitions"])
    assert client.delete(f"/events/v3/ticket-definitions/{made['id']}").json() == {}


def test_ticket_definition_limit_per_event(client: httpx.Client, srv: EmulatorServer):
    event_id = _create(client).json()["event"]["id"]
    from checkin_app.emulator.api.ticket_definitions import create_definition

    with srv.state.lock:
        for i in range(100):
            create_definition(
                srv.state,
                {
                    "eventId": event_id,
                    "name": f"T{i}",
                    "feeType": "NO_FEE",
                    "pricingMethod": {"fixedPrice": {"value": "1", "currency": "USD"}},
                },
            )
    over = client.post(
        "/events/v3/ticket-definitions",
        json={
            "ticketDefinition": {
                "eventId": event_id,
                "name": "One too many",
                "feeType": "NO_FEE",
                "pricingMethod": {"fixedPrice": {"value": "1", "currency": "USD"}},
            }
        },
    )
    assert over.json()["details"]["applicationError"]["code"] == "TICKET_DEFINITIONS_LIMIT_REACHED"


def test_registration_form_controls(client: httpx.Client):
    event_id = _create(client).json()["event"]["id"]
    form = client.get(f"/events/v1/events/{event_id}/form").json()["form"]
    names = [i["name"] for c in form["controls"] for i in c["inputs"]]
    assert names == ["firstName", "lastName", "email"]
    added = client.post(
        f"/events/v1/events/{event_id}/form/control",
        json={"text": {"label": "Dietary needs", "mandatory": False, "maxLength": 100}},
    ).json()
    control_id = added["id"]
    assert added["form"]["controls"][-1]["type"] == "INPUT"
    updated = client.put(
        f"/events/v1/events/{event_id}/form/controls/{control_id}",
        json={"text": {"label": "Allergies"}},
    ).json()["form"]
    assert updated["controls"][-1]["inputs"][0]["label"] == "Allergies"
    removed = client.delete(f"/events/v1/events/{event_id}/form/controls/{control_id}")
    assert len(removed.json()["form"]["controls"]) == 2
    missing = client.delete(f"/events/v1/events/{event_id}/form/controls/{control_id}")
    assert missing.json()["details"]["applicationError"]["code"] == "CONTROL_NOT_FOUND"
    assert client.delete(f"/events/v1/events/{event_id}/form/controls/email").status_code == 400


def test_policies_at_most_three(client: httpx.Client):
    event_id = _create(client).json()["event"]["id"]
    for i in range(3):
        made = client.post(
            "/events-policies/v2/policies",
            json={"policy": {"name": f"Policy {i}", "body": "<p>Text</p>", "eventId": event_id}},
        )
        assert made.status_code == 200
    fourth = client.post(
        "/events/v2/policies",
        json={"policy": {"name": "Four", "body": "x", "eventId": event_id}},
    )
    assert fourth.json()["details"]["applicationError"]["code"] == "POLICIES_LIMIT_REACHED"
    listed = client.post(
        "/events/v2/policies/query", json={"query": {"filter": {"eventId": event_id}}}
    ).json()
    assert [p["name"] for p in listed["policies"]] == ["Policy 0", "Policy 1", "Policy 2"]


def test_schedule_draft_then_publish(client: httpx.Client):
    event_id = _create(client).json()["event"]["id"]
    client.patch(
        f"/events/v3/events/{event_id}", json={"event": {"agendaSettings": {"enabled": True}}}
    )
    item = client.post(
        "/events/v1/schedule/draft",
        json={
            "eventId": event_id,
            "item": {
                "name": "Doors open",
                "timeSlot": {"start": "2099-09-15T19:00:00Z", "end": "2099-09-15T19:30:00Z"},
            },
        },
    ).json()["item"]
    assert item["draft"] is True
    before = client.get("/events/v1/schedule", params={"eventId": event_id}).json()
    assert before["items"] == [] and before["draftNotPublished"] is True
    client.post("/events/v1/schedule/publish", json={"eventId": event_id})
    after = client.get("/events/v1/schedule", params={"eventId": event_id}).json()
    assert [i["name"] for i in after["items"]] == ["Doors open"]
    assert after["draftNotPublished"] is False


def test_categories_and_assignment(client: httpx.Client):
    event_id = _create(client).json()["event"]["id"]
    one = client.post("/events/v1/categories", json={"category": {"name": "Galas"}}).json()
    bulk = client.post(
        "/events/v1/bulk/categories/create",
        json={"categories": [{"name": "Music"}, {"name": "x" * 31}]},
    ).json()
    assert bulk["bulkActionMetadata"]["totalSuccesses"] == 1
    assert bulk["bulkActionMetadata"]["totalFailures"] == 1
    category_id = one["category"]["id"]
    client.post(f"/events/v1/categories/{category_id}/events", json={"eventId": [event_id]})
    of_event = client.get(f"/events/v1/categories/{event_id}").json()["categories"]
    assert [c["name"] for c in of_event] == ["Galas"]
    counted = client.post(
        "/events/v1/categories/query",
        json={"query": {"filter": {"name": "Galas"}}, "fieldset": ["COUNTS"]},
    ).json()["categories"][0]
    assert counted["counts"]["assignedEventsCount"] == 1


def test_staff_members(client: httpx.Client):
    made = client.post(
        "/events/v1/staff-members",
        json={
            "staffMember": {
                "name": "Door Team",
                "permissions": ["CHECK_IN_GUESTS"],
                "allEvents": {},
            }
        },
    ).json()["staffMember"]
    assert made["loginLink"] and made["status"] == "PENDING"
    plain = client.get(f"/events/v1/staff-members/{made['id']}").json()["staffMember"]
    assert "loginLink" not in plain
    linked = client.get(
        f"/events/v1/staff-members/{made['id']}", params={"fieldsets": "LOGIN_LINK"}
    )
    assert linked.json()["staffMember"]["loginLink"] == made["loginLink"]
    bad = client.post(
        "/events/v1/staff-members",
        json={"staffMember": {"name": "X", "permissions": ["FLY"]}},
    )
    assert bad.status_code == 400
    queried = client.post("/events/v1/staff-members/query", json={"query": {}}).json()
    assert len(queried["staffMembers"]) == 1
    assert client.delete(f"/events/v1/staff-members/{made['id']}").status_code == 200
    assert client.get(f"/events/v1/staff-members/{made['id']}").status_code == 404
