"""Registration Form (`/events/v1/events/{eventId}/form`): get, add/update/delete controls."""

from __future__ import annotations

import copy
from typing import Any

from checkin_app.emulator.api.common import get_event, integer, obj, text
from checkin_app.emulator.errors import ApiError, app_error, invalid, not_found
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
    live = [c for c in form["controls"] if not c.get("deleted")]
    return {
        "controls": [copy.deepcopy(c) for c in sorted(live, key=lambda c: c["orderIndex"])],
        "messages": copy.deepcopy(form["messages"]),
    }


# Each control's fields as Wix's SDK types have them (docs/wix-api.md §8.5). Which of them a
# control has differs: `radioButton` has no `mandatory`, `address` takes `labels` (one per
# address part) rather than `label`. GUESS (listed in docs/emulator.md): Wix may ignore a
# field a control does not have; the emulator refuses it, so a client that sends one fails
# in tests instead of silently losing it.
CONTROL_FIELDS: dict[str, frozenset[str]] = {
    "text": frozenset({"label", "mandatory", "maxLength", "multiLine", "comment"}),
    "phone": frozenset({"label", "mandatory"}),
    "date": frozenset({"label", "mandatory"}),
    "address": frozenset({"labels", "full", "mandatory"}),
    "additionalGuests": frozenset({"labels", "namesMandatory", "maxGuests"}),
    "dropdown": frozenset({"label", "options", "mandatory", "defaultOptionSelection"}),
    "radioButton": frozenset({"label", "options"}),
    "checkbox": frozenset({"label", "mandatory", "options"}),
    "name": frozenset({"labels"}),
    "email": frozenset({"label"}),
}
_LABEL_MAX = {"phone": 100, "date": 100, "email": 100}  # others: 200
_MIN_OPTIONS = {"dropdown": 2, "radioButton": 2, "checkbox": 1}
_ADDRESS_PARTS = ("addressLine", "country", "subdivision", "city", "postalCode", "streetAddress")


def _kind(body: dict[str, Any]) -> str:
    kinds = [k for k in CONTROL_KINDS if isinstance(body.get(k), dict)]
    if len(kinds) != 1:
        raise invalid("control", "Exactly one control (text, dropdown, checkbox, ...) is required")
    return kinds[0]


def _labels(spec: dict[str, Any], kind: str, parts: tuple[str, ...]) -> dict[str, str]:
    labels = obj(spec.get("labels"), f"{kind}.labels")
    unknown = set(labels) - set(parts)
    if unknown:
        raise invalid(f"{kind}.labels", f"unknown label(s): {', '.join(sorted(unknown))}")
    return {p: text(labels, p, f"{kind}.labels.{p}", max_len=100) or "" for p in parts}


def _options(spec: dict[str, Any], kind: str) -> list[str]:
    options = spec.get("options") or []
    if not isinstance(options, list) or not all(isinstance(o, str) for o in options):
        raise invalid(f"{kind}.options", "options must be a list of strings")
    if len(options) > 200 or any(len(o) > 200 for o in options):
        raise invalid(f"{kind}.options", "at most 200 options of at most 200 characters")
    needed = _MIN_OPTIONS.get(kind, 0)
    if len(options) < needed:
        raise invalid(f"{kind}.options", f"at least {needed} options are required",
                      rule="MIN_SIZE")  # fmt: skip
    return [str(o) for o in options]


def _inputs(kind: str, spec: dict[str, Any], name: str) -> tuple[str, list[dict[str, Any]]]:
    """The control type and its inputs for one Add/Update Control body."""
    mandatory = bool(spec.get("mandatory", False))
    if kind == "address":
        labels = _labels(spec, kind, _ADDRESS_PARTS)
        full = bool(spec.get("full", False))
        item = _input(name, labels["addressLine"] or "Address", mandatory=mandatory,
                      kind="ADDRESS")  # fmt: skip
        item["additionalLabels"] = {p: v for p, v in labels.items() if v and p != "addressLine"}
        return ("ADDRESS_FULL" if full else "ADDRESS_SHORT"), [item]
    if kind == "additionalGuests":
        labels = _labels(spec, kind, ("single", "multiple"))
        guests = integer(spec, "maxGuests", f"{kind}.maxGuests", low=1, high=10) or 9
        item = _input(name, labels["single"] or "Additional guests", kind="NUMBER",
                      mandatory=bool(spec.get("namesMandatory", False)))  # fmt: skip
        item["maxSize"] = guests
        return "GUEST_CONTROL", [item]
    label = text(spec, "label", f"{kind}.label", max_len=_LABEL_MAX.get(kind, 200), min_len=1,
                 needed=True)  # fmt: skip
    assert label is not None
    high = 1000 if kind == "text" else 5000
    max_length = integer(spec, "maxLength", f"{kind}.maxLength", low=1, high=high) or 300
    # A radio button always has one answer picked: it is not "mandatory" or optional.
    item = _input(name, label, mandatory=mandatory and kind != "radioButton",
                  max_length=max_length, kind=_INPUT_TYPES.get(kind, "TEXT"),
                  options=_options(spec, kind))  # fmt: skip
    return CONTROL_KINDS[kind], [item]


def _control_from(
    body: dict[str, Any], control_id: str, order: int, form: dict[str, Any]
) -> dict[str, Any]:
    kind = _kind(body)
    spec = obj(body[kind], kind, needed=True)
    unknown = set(spec) - CONTROL_FIELDS[kind]
    if unknown:
        raise invalid(
            f"{kind}.{sorted(unknown)[0]}",
            f"{kind} has no field {', '.join(sorted(unknown))}",
            rule="UNKNOWN_FIELD",
        )
    name = f"custom-{form['_next']}" if kind not in ("name", "email") else kind
    form["_next"] += 1
    control_type, inputs = _inputs(kind, spec, name)
    return {
        "type": control_type,
        "system": False,
        "id": control_id,
        "orderIndex": order,
        "deleted": False,
        "inputs": inputs,
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
    body = req.json()
    if _kind(body) in ("name", "email"):
        raise invalid("control", "name and email controls are always on the form")
    control_id = req.store.new_id()
    order = max((c["orderIndex"] for c in form["controls"]), default=-1) + 1
    form["controls"].append(_control_from(body, control_id, order, form))
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
    if control["system"]:
        # System controls keep their inputs (firstName, lastName, email); labels may change.
        kind = _kind(body)
        expected = "name" if control["type"] == "NAME" else "email"
        if kind != expected:
            raise invalid("control", f"the {control['id']} control is updated as {expected}")
        spec = obj(body[kind], kind, needed=True)
        if kind == "name":
            labels = _labels(spec, kind, ("firstName", "lastName"))
            for item in control["inputs"]:
                item["label"] = labels.get(item["name"]) or item["label"]
        else:
            label = text(spec, "label", "email.label", max_len=100, min_len=1, needed=True)
            control["inputs"][0]["label"] = label
    else:
        replacement = _control_from(body, control["id"], control["orderIndex"], form)
        for new, old in zip(replacement["inputs"], control["inputs"], strict=False):
            new["name"] = old["name"]  # answers already given keep their input name
        control.update(replacement)
    if body.get("orderIndex") is not None:
        control["orderIndex"] = integer(body, "orderIndex", "orderIndex", low=0)
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


# -- checkout: the guests' answers -------------------------------------------------------


def _given(value: dict[str, Any]) -> list[str]:
    """An input value's answers: `value`, or the `values` of a multi-valued input."""
    if isinstance(value.get("values"), list):
        return [str(v) for v in value["values"] if str(v).strip()]
    text = value.get("value")
    return [str(text)] if isinstance(text, str) and text.strip() else []


def validate_responses(
    store_form: dict[str, Any] | None, guests: Any, tickets: int, separately: bool
) -> list[dict[str, Any]]:
    """The checkout's `guests[].form.inputValues`, checked as Wix documents them (docs/wix-api.md
    §5): input names must be the event's form's, mandatory inputs answered, choices among the
    options, and one form per ticket when the event assigns guests separately. Without any
    guest form the buyer's name and e-mail answer the system inputs.

    Returns each guest's input values by name. GUESS (docs/emulator.md): Wix's exact error for
    a form it refuses is not documented; the emulator answers 400 with one field violation per
    problem, the field being `guests[i].form.inputValues.<input name>`.
    """
    form = store_form or default_form()
    inputs: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    for control in form["controls"]:
        if not control.get("deleted"):
            for item in control["inputs"]:
                inputs[item["name"]] = (control, item)
    if guests is not None and (not isinstance(guests, list) or len(guests) > 50):
        raise invalid("guests", "guests must be a list of at most 50 forms")
    forms = guests or []
    problems: list[tuple[str, str]] = []
    if separately and len(forms) != tickets:
        problems.append(("guests", f"one form per ticket: {tickets} tickets, {len(forms)} forms"))
    custom_required = [n for n, (c, i) in inputs.items() if i["mandatory"] and not c["system"]]
    if not forms and not separately and custom_required:
        problems.append(("guests", "the registration form has required questions"))
    answers: list[dict[str, Any]] = []
    for index, guest in enumerate(forms):
        base = f"guests[{index}].form.inputValues"
        raw = obj(obj(guest, f"guests[{index}]").get("form"), f"guests[{index}].form")
        values = raw.get("inputValues") or []
        if not isinstance(values, list) or len(values) > 200:
            raise invalid(base, "inputValues must be a list of at most 200 values")
        given = {
            str(v.get("inputName")): v
            for v in values
            if isinstance(v, dict) and isinstance(v.get("inputName"), str)
        }
        for name in given.keys() - inputs.keys():
            problems.append((f"{base}.{name}", "is not an input of the registration form"))
        for name, (control, item) in inputs.items():
            chosen = _given(given.get(name) or {})
            if not chosen:
                if item["mandatory"]:
                    problems.append((f"{base}.{name}", f"{item['label']} value is required"))
                continue
            if item["options"] and any(c not in item["options"] for c in chosen):
                problems.append((f"{base}.{name}", "is not one of the options"))
            if control["type"] in ("DROPDOWN", "RADIO") and len(chosen) > 1:
                problems.append((f"{base}.{name}", "takes one option"))
            if any(len(c) > min(item["maxLength"] or 5000, 5000) for c in chosen):
                problems.append((f"{base}.{name}", f"is longer than {item['maxLength']}"))
        answers.append(given)
    if problems:
        violations = [
            {"field": f, "description": d, "violatedRule": "INVALID_ARGUMENT",
             "ruleName": "INVALID_ARGUMENT", "data": {}}
            for f, d in problems
        ]  # fmt: skip
        raise ApiError(400, "The registration form is not complete", violations=violations)
    return answers
