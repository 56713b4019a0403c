"""Registration Form (`/events/v1/events/{eventId}/form`): get, add/update/delete controls."""

from __future__ import annotations

import copy
from typing import Any

from checkin_app.emulator.api.common import get_event, integer, obj, text
from checkin_app.emulator.errors import app_error, invalid, not_found
from checkin_app.emulator.routing import Request, Router

# Body key of Add/Update Control → the control type it makes.
CONTROL_KINDS: dict[str, str] = {
    "text": "INPUT",
    "phone": "INPUT",
    "address": "ADDRESS_SHORT",
    "date": "DATE",
    "additionalGuests": "GUEST_CONTROL",
    "dropdown": "DROPDOWN",
    "checkbox": "CHECKBOX",
    "radioButton": "RADIO",
    "name": "NAME",
    "email": "INPUT",
}
_INPUT_TYPES = {
    "text": "TEXT",
    "phone": "TEXT",
    "address": "ADDRESS",
    "date": "DATE_TIME",
    "additionalGuests": "NUMBER",
    "dropdown": "TEXT",
    "checkbox": "TEXT_ARRAY",
    "radioButton": "TEXT",
}


def default_form() -> dict[str, Any]:
    """The form Wix creates with an event: first name, last name, email (system inputs)."""
    return {
        "controls": [
            {
                "type": "NAME",
                "system": True,
                "id": "name",
                "orderIndex": 0,
                "deleted": False,
                "inputs": [
                    _input("firstName", "First Name", mandatory=True, max_length=50),
                    _input("lastName", "Last Name", mandatory=True, max_length=50),
                ],
            },
            {
                "type": "INPUT",
                "system": True,
                "id": "email",
                "orderIndex": 1,
                "deleted": False,
                "inputs": [_input("email", "Email", mandatory=True, max_length=255)],
            },
        ],
        "messages": {
            "rsvp": {"rsvpYesOption": "Yes", "rsvpNoOption": "No"},
            "checkout": {"title": "Guest Info", "submitActionLabel": "Continue"},
            "registrationClosed": {
                "message": "Registration is closed",
                "exploreEventsActionLabel": "Explore other events",
            },
            "ticketsUnavailable": {
                "message": "Tickets are not on sale",
                "exploreEventsActionLabel": "Explore other events",
            },
        },
        "_next": 1,
    }


def _input(
    name: str,
    label: str,
    *,
    mandatory: bool = False,
    max_length: int = 300,
    kind: str = "TEXT",
    options: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "name": name,
        "label": label,
        "options": options or [],
        "mandatory": mandatory,
        "maxLength": max_length,
        "type": kind,
        "maxSize": 0,
        "additionalLabels": {},
        "defaultOptionSelection": None,
    }


def render_form(form: dict[str, Any]) -> dict[str, Any]:
    return {
        "controls": [copy.deepcopy(c) for c in form["controls"] if not c.get("deleted")],
        "messages": copy.deepcopy(form["messages"]),
    }


def _control_from(
    body: dict[str, Any], control_id: str, order: int, form: dict[str, Any]
) -> dict[str, Any]:
    kinds = [k for k in CONTROL_KINDS if k in body]
    if len(kinds) != 1:
        raise invalid("control", "Exactly one control (text, dropdown, checkbox, ...) is required")
    kind = kinds[0]
    spec = obj(body[kind], kind, needed=True)
    label = text(spec, "label", f"{kind}.label", max_len=200, min_len=1, needed=True)
    assert label is not None
    options = spec.get("options") or []
    if not isinstance(options, list) or not all(isinstance(o, str) for o in options):
        raise invalid(f"{kind}.options", "options must be a list of strings")
    max_length = integer(spec, "maxLength", f"{kind}.maxLength", low=1, high=5000) or 300
    if kind in ("dropdown", "radioButton") and not options:
        raise invalid(f"{kind}.options", "options are required")
    name = f"custom-{form['_next']}" if kind not in ("name", "email") else kind
    form["_next"] += 1
    return {
        "type": CONTROL_KINDS[kind],
        "system": False,
        "id": control_id,
        "orderIndex": order,
        "deleted": False,
        "inputs": [
            _input(
                name,
                label,
                mandatory=bool(spec.get("mandatory", False)),
                max_length=max_length,
                kind=_INPUT_TYPES.get(kind, "TEXT"),
                options=[str(o) for o in options],
            )
        ],
    }


def _form(req: Request) -> dict[str, Any]:
    event = get_event(req.store, req.params["eventId"])
    form = req.store.forms.setdefault(event["id"], default_form())
    return form


def _get(req: Request) -> dict[str, Any]:
    rendered = render_form(_form(req))
    return {"form": rendered, "draftForm": copy.deepcopy(rendered)}


def _add(req: Request) -> dict[str, Any]:
    form = _form(req)
    control_id = req.store.new_id()
    order = len([c for c in form["controls"] if not c.get("deleted")])
    form["controls"].append(_control_from(req.json(), control_id, order, form))
    return {"id": control_id, "form": render_form(form)}


def _find(form: dict[str, Any], control_id: str) -> dict[str, Any]:
    for control in form["controls"]:
        if control["id"] == control_id and not control.get("deleted"):
            return control
    raise not_found("CONTROL_NOT_FOUND", f"Form control {control_id} not found")


def _update(req: Request) -> dict[str, Any]:
    form = _form(req)
    control = _find(form, req.params["controlId"])
    body = req.json()
    replacement = _control_from(body, control["id"], control["orderIndex"], form)
    if control["system"]:
        # System inputs keep their names (firstName, lastName, email); labels may change.
        for old, new in zip(control["inputs"], replacement["inputs"], strict=False):
            old["label"] = new["label"]
    else:
        replacement["inputs"][0]["name"] = control["inputs"][0]["name"]
        control.update(replacement)
    return {"form": render_form(form)}


def _delete(req: Request) -> dict[str, Any]:
    form = _form(req)
    control = _find(form, req.params["controlId"])
    if control["system"]:
        raise app_error(
            400, "INVALID_EVENT_CONFIGURATION", "System form controls cannot be deleted"
        )
    control["deleted"] = True
    return {"form": render_form(form)}


def _messages(req: Request) -> dict[str, Any]:
    form = _form(req)
    messages = obj(req.json().get("messages"), "messages")
    for key, value in messages.items():
        if isinstance(value, dict):
            form["messages"].setdefault(key, {}).update(value)
    return {"form": render_form(form)}


def _same(req: Request) -> dict[str, Any]:
    # Publish / Discard Draft are deprecated no-ops: edits publish at once (docs/wix-api.md §8.5).
    return {"form": render_form(_form(req))}


def register(router: Router) -> None:
    base = "/events/v1/events/{eventId}/form"
    router.add("GET", base, _get)
    router.add("POST", f"{base}/control", _add)
    router.add("PUT", f"{base}/controls/{{controlId}}", _update)
    router.add("DELETE", f"{base}/controls/{{controlId}}", _delete)
    router.add("PATCH", f"{base}/messages", _messages)
    router.add("POST", f"{base}/publish", _same)
    router.add("DELETE", base, _same)
