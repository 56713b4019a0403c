"""Building events from Create Event requests: Wix's validation, slugs, URLs, recurrences."""

from __future__ import annotations

import copy
import functools
import re
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from checkin_app.emulator.api.common import integer, obj, text, timestamp
from checkin_app.emulator.api.forms import default_form
from checkin_app.emulator.clock import parse_iso
from checkin_app.emulator.errors import ApiError, invalid, required
from checkin_app.emulator.store import Store

INITIAL_TYPES = ("RSVP", "TICKETING")
LOCATION_TYPES = ("VENUE", "ONLINE")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _zone(value: Any, field: str) -> str:
    if not isinstance(value, str) or not value:
        # Live-tested Wix wording when timeZoneId is missing (docs/wix-api.md §1.4).
        raise ApiError(
            400,
            "getTimeZoneId is not supported",
            code="INVALID_ARGUMENT",
            data={"field": field},
        )
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        # Without any time zone database (Windows without tzdata) nothing can be checked.
        if _have_zone_database():
            raise invalid(field, f"{field} {value!r} is not a time zone ID") from None
    return value


@functools.cache
def _have_zone_database() -> bool:
    try:
        ZoneInfo("America/New_York")
    except ZoneInfoNotFoundError:
        return False
    return True


def _date_range(raw: dict[str, Any], field: str) -> dict[str, Any]:
    start = timestamp(raw, "startDate", f"{field}.startDate")
    end = timestamp(raw, "endDate", f"{field}.endDate")
    assert start is not None and end is not None
    if end < start:
        raise invalid(
            f"{field}.endDate",
            "endDate must not be before startDate",
            rule="INVALID_EVENT_CONFIGURATION",
        )
    zone = _zone(raw.get("timeZoneId"), f"{field}.timeZoneId")
    return {
        "startDate": start,
        "endDate": end,
        "timeZoneId": zone,
        "showTimeZone": bool(raw.get("showTimeZone", False)),
    }


def formatted_dates(settings: dict[str, Any]) -> dict[str, str]:
    try:
        zone = ZoneInfo(settings["timeZoneId"])
        start = parse_iso(settings["startDate"]).astimezone(zone)
        end = parse_iso(settings["endDate"]).astimezone(zone)
    except (KeyError, ValueError, ZoneInfoNotFoundError):
        return {}

    def day(moment: datetime) -> str:
        return f"{moment:%B} {moment.day}, {moment.year}"

    def clock(moment: datetime) -> str:
        return f"{(moment.hour % 12) or 12}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}"

    same_day = start.date() == end.date()
    span = (
        f"{day(start)}, {clock(start)} – {clock(end)}"
        if same_day
        else f"{day(start)}, {clock(start)} – {day(end)}, {clock(end)}"
    )
    return {
        "dateAndTime": span,
        "startDate": day(start),
        "startTime": clock(start),
        "endDate": day(end),
        "endTime": clock(end),
    }


def validate_dates(raw: Any, field: str = "event.dateAndTimeSettings") -> list[dict[str, Any]]:
    """One settings dict per occurrence (several for `recurringEvents.individualEventDates`)."""
    settings = obj(raw, field, needed=True)
    if settings.get("dateAndTimeTbd"):
        message = text(
            settings,
            "dateAndTimeTbdMessage",
            f"{field}.dateAndTimeTbdMessage",
            max_len=100,
            needed=True,
        )
        return [
            {
                "dateAndTimeTbd": True,
                "dateAndTimeTbdMessage": message,
                "recurrenceStatus": "ONE_TIME",
            }
        ]
    recurring = obj(settings.get("recurringEvents"), f"{field}.recurringEvents")
    dates = recurring.get("individualEventDates")
    if dates:
        if not isinstance(dates, list) or len(dates) > 1000:
            raise invalid(
                f"{field}.recurringEvents.individualEventDates",
                "individualEventDates must be a list of at most 1000 dates",
            )
        ranges = [
            _date_range(
                obj(d, f"{field}.recurringEvents.individualEventDates[{i}]"),
                f"{field}.recurringEvents.individualEventDates[{i}]",
            )
            for i, d in enumerate(dates)
        ]
        ranges.sort(key=lambda r: r["startDate"])
        out = []
        for occurrence in ranges:
            item = dict(occurrence)
            item["recurrenceStatus"] = "RECURRING"
            item["recurringEvents"] = {"individualEventDates": copy.deepcopy(ranges)}
            out.append(item)
        return out
    single = _date_range(settings, field)
    single["hideEndDate"] = bool(settings.get("hideEndDate", False))
    single["recurrenceStatus"] = "ONE_TIME"
    return [single]


def parse_location(raw: Any) -> dict[str, Any]:
    location = obj(raw, "event.location", needed=True)
    out = copy.deepcopy(location)
    if location.get("locationTbd"):
        out["locationTbd"] = True
        text(location, "name", "event.location.name", max_len=50)
        return out
    if location.get("type") not in LOCATION_TYPES:
        raise required("event.location.type")
    text(location, "name", "event.location.name", max_len=50)
    out.setdefault("locationTbd", False)
    return out


def parse_ticket_settings(raw: Any, current: dict[str, Any] | None = None) -> dict[str, Any]:
    tickets = obj(raw, "event.registration.tickets")
    out = dict(
        current
        or {
            "guestsAssignedSeparately": False,
            "ticketLimitPerOrder": 20,
            "currency": "USD",
            "reservationDurationInMinutes": 20,
        }
    )
    limit = integer(
        tickets,
        "ticketLimitPerOrder",
        "event.registration.tickets.ticketLimitPerOrder",
        low=1,
        high=50,
    )
    duration = integer(
        tickets,
        "reservationDurationInMinutes",
        "event.registration.tickets.reservationDurationInMinutes",
        low=5,
        high=30,
    )
    currency = tickets.get("currency")
    if currency is not None:
        if not isinstance(currency, str) or not re.fullmatch(r"[A-Z]{3}", currency):
            raise invalid("event.registration.tickets.currency", "currency must be a 3-letter code")
        out["currency"] = currency
    if limit is not None:
        out["ticketLimitPerOrder"] = limit
    if duration is not None:
        out["reservationDurationInMinutes"] = duration
    if "guestsAssignedSeparately" in tickets:
        out["guestsAssignedSeparately"] = bool(tickets["guestsAssignedSeparately"])
    if "taxSettings" in tickets:
        out["taxSettings"] = _tax_settings(tickets["taxSettings"])
    return out


def _tax_settings(raw: Any) -> dict[str, Any] | None:
    field = "event.registration.tickets.taxSettings"
    tax = obj(raw, field)
    if not tax:
        return None
    if tax.get("type") not in ("INCLUDED_IN_PRICE", "ADDED_AT_CHECKOUT"):
        raise required(f"{field}.type")
    name = text(tax, "name", f"{field}.name", max_len=10, min_len=1) or "Tax"
    rate = tax.get("rate")
    try:
        value = Decimal(rate) if isinstance(rate, str) else None
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or not 0 <= value <= 100:
        raise invalid(f"{field}.rate", 'rate must be a percentage as a string, e.g. "21.55"')
    return {
        "type": tax["type"],
        "name": name,
        "rate": rate,
        "appliedToDonations": bool(tax.get("appliedToDonations", False)),
    }


def _registration(raw: Any) -> dict[str, Any]:
    registration = obj(raw, "event.registration", needed=True)
    kind = registration.get("initialType")
    if kind not in INITIAL_TYPES:
        # Wix reports an invalid enum as missing, and advertises stale values (§1.4).
        raise invalid(
            "event.registration.initialType",
            "event.registration.initialType value is required, "
            "expected one of [RSVP,TICKETS,RSVP_AND_TICKETS]",
            rule="REQUIRED_FIELD",
        )
    out: dict[str, Any] = {
        "type": kind,
        "status": "UNKNOWN_REGISTRATION_STATUS",
        "initialType": kind,
        "allowedGuestTypes": registration.get("allowedGuestTypes") or "VISITOR_OR_MEMBER",
        "registrationPaused": bool(registration.get("registrationPaused", False)),
        "registrationDisabled": bool(registration.get("registrationDisabled", False)),
    }
    if kind == "TICKETING":
        out["tickets"] = parse_ticket_settings(registration.get("tickets"))
    else:
        rsvp = obj(registration.get("rsvp"), "event.registration.rsvp")
        out["rsvp"] = {
            "responseType": rsvp.get("responseType") or "YES_ONLY",
            "limit": rsvp.get("limit"),
            "waitlistEnabled": bool(rsvp.get("waitlistEnabled", False)),
        }
    return out


def slugify(store: Store, title: str, exclude: str | None = None) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:80] or "event"
    taken = {e["slug"] for e in store.events.values() if e["id"] != exclude}
    slug, n = base, 0
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def set_urls(event: dict[str, Any]) -> None:
    slug = event["slug"]
    event["eventPageUrl"] = {
        "base": "https://www.example-site.com",
        "path": f"/event-details/{slug}",
    }
    event["calendarUrls"] = {
        "google": f"https://calendar.google.com/calendar/render?action=TEMPLATE&text={slug}",
        "ics": f"https://www.example-site.com/_api/wix-events-web/v1/events/{event['id']}/ics",
    }
    agenda = event.setdefault("agendaSettings", {"enabled": False})
    agenda["pageUrl"] = {
        "base": "https://www.example-site.com",
        "path": f"/event-details/{slug}/schedule",
    }


def build_event(
    store: Store, raw: dict[str, Any], dates: dict[str, Any], draft: bool
) -> dict[str, Any]:
    """A stored event from a validated create request (one occurrence)."""
    now = store.now()
    event_id = store.new_id()
    title = text(raw, "title", "event.title", max_len=120, min_len=1, needed=True)
    assert title is not None
    registration = _registration(raw.get("registration"))
    dates = copy.deepcopy(dates)
    if not dates.get("dateAndTimeTbd"):
        dates["formatted"] = formatted_dates(dates)
    event: dict[str, Any] = {
        "id": event_id,
        "title": title,
        "shortDescription": text(raw, "shortDescription", "event.shortDescription", max_len=500)
        or "",
        "description": copy.deepcopy(raw.get("description")) or {"nodes": []},
        "location": parse_location(raw.get("location")),
        "dateAndTimeSettings": dates,
        "slug": slugify(store, title),
        "createdDate": now,
        "updatedDate": now,
        "status": "DRAFT" if draft else "UPCOMING",
        "registration": registration,
        "instanceId": store.site_id,
        "userId": "11111111-2222-4333-8444-555555555555",
        "guestListSettings": {"displayedPublicly": True},
        "onlineConferencing": {"enabled": False},
        "seoSettings": {"hidden": False},
        "agendaSettings": {"enabled": bool((raw.get("agendaSettings") or {}).get("enabled"))},
        "eventDisplaySettings": copy.deepcopy(raw.get("eventDisplaySettings") or {}),
        "categories": None,
        "feed": None,
    }
    if raw.get("mainImage"):
        event["mainImage"] = copy.deepcopy(raw["mainImage"])
    if not draft:
        event["publishedDate"] = now
    event["seoSettings"]["slug"] = event["slug"]
    set_urls(event)
    store.events[event_id] = event
    store.forms[event_id] = default_form()
    return event


def create_events(store: Store, raw: dict[str, Any], *, draft: bool) -> list[dict[str, Any]]:
    """Validate and store a new event; a recurring one becomes one event per date."""
    occurrences = validate_dates(raw.get("dateAndTimeSettings"))
    # Validate everything once before storing anything.
    text(raw, "title", "event.title", max_len=120, min_len=1, needed=True)
    parse_location(raw.get("location"))
    _registration(raw.get("registration"))
    events = [build_event(store, raw, dates, draft) for dates in occurrences]
    if len(occurrences) > 1 or occurrences[0].get("recurrenceStatus") == "RECURRING":
        category_id = store.new_id()
        store.categories[category_id] = {
            "id": category_id,
            "name": events[0]["title"][:30],
            "createdDate": store.now(),
            "states": ["RECURRING_EVENT"],
        }
        store.category_events[category_id] = [e["id"] for e in events]
        for event in events:
            event["dateAndTimeSettings"]["recurringEvents"]["categoryId"] = category_id
    return events
