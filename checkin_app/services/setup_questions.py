"""Setup step 3: the questions of the event's registration form (docs/wix-api.md §8.5).

Qt-free. Each Wix control type has its own shape (Wix's SDK types): `radioButton` has no
`mandatory`; `address` takes `labels` (one per address part), not `label`; drop-downs and
radio buttons need at least two choices, check boxes one. `Question` is a control as the
panel lists it; `QuestionSteps` lists, adds, changes and deletes them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from checkin_app.services.setup_forms import (
    QUESTION_FIELDS,
    QUESTION_TYPES,
    SetupCalls,
    SetupValidationError,
    StepResult,
)
from checkin_app.services.wix_problems import wix_call

QUESTION_LABELS = {"label": "Question", "options": "Choices", "kind": "Type"}
MIN_OPTIONS = {"dropdown": 2, "radioButton": 2, "checkbox": 1}
MAX_LABEL = {"phone": 100, "date": 100, "address": 100, "email": 100}  # else 200

# Wix's control `type` → the key Add/Update Control takes the control under.
_KIND_OF_TYPE = {
    "DROPDOWN": "dropdown",
    "RADIO": "radioButton",
    "CHECKBOX": "checkbox",
    "DATE": "date",
    "ADDRESS_SHORT": "address",
    "ADDRESS_FULL": "address",
    "GUEST_CONTROL": "additionalGuests",
    "NAME": "name",
    "TEXTAREA": "text",
    "INPUT": "text",
}


@dataclass(frozen=True, slots=True)
class Question:
    """One control of the registration form, as the setup panel lists it."""

    control_id: str
    kind: str  # the Add/Update Control key: text, dropdown, radioButton, address, ...
    label: str
    options: tuple[str, ...]
    mandatory: bool
    system: bool  # name and e-mail: always there, only their labels can change
    order_index: int

    @classmethod
    def from_wix(cls, control: Mapping[str, Any]) -> Question:
        inputs = [i for i in control.get("inputs") or [] if isinstance(i, Mapping)]
        first = inputs[0] if inputs else {}
        kind = _KIND_OF_TYPE.get(str(control.get("type") or ""), "text")
        if kind == "text" and first.get("name") in ("email", "phone"):
            kind = str(first["name"])
        return cls(
            control_id=str(control.get("id") or ""),
            kind=kind,
            label=" / ".join(str(i.get("label") or "") for i in inputs) or str(first.get("name")),
            options=tuple(str(o) for o in first.get("options") or []),
            mandatory=bool(first.get("mandatory")),
            system=bool(control.get("system")),
            order_index=int(control.get("orderIndex") or 0),
        )


def control_body(
    kind: str, label: str, *, mandatory: bool = False, options: Sequence[str] = ()
) -> dict[str, Any]:
    """The control object Add/Update Control takes for `kind` (Wix's shape for each type).

    Raises `SetupValidationError` naming the field when the question cannot be sent."""
    if kind not in QUESTION_TYPES:
        raise SetupValidationError(
            f"Unknown question type {kind!r}.", field_errors={"kind": "unknown type"}
        )
    text = label.strip()
    if not text:
        raise SetupValidationError(
            "Type the question first.", field_errors={"label": "must not be empty"}
        )
    limit = MAX_LABEL.get(kind, 200)
    if len(text) > limit:
        raise SetupValidationError(
            f"The question is longer than {limit} characters.",
            field_errors={"label": f"must be at most {limit} characters"},
        )
    clean = [o.strip() for o in options if o.strip()]
    needed = MIN_OPTIONS.get(kind, 0)
    if len(clean) < needed:
        raise SetupValidationError(
            f"This type of question needs at least {needed} choices.",
            field_errors={"options": f"needs at least {needed} choices, separated by commas"},
        )
    if kind == "address":
        return {"labels": {"addressLine": text}, "mandatory": mandatory}
    body: dict[str, Any] = {"label": text}
    if kind != "radioButton":  # a radio button has no `mandatory` (one answer is always picked)
        body["mandatory"] = mandatory
    if needed:
        body["options"] = clean
    return body


class QuestionSteps:
    """List, add, change and delete the questions of an event's form."""

    def __init__(self, calls: SetupCalls) -> None:
        self._calls = calls

    def list(self, event_id: str) -> list[Question]:
        """The form's controls in their order (name and e-mail first)."""
        form = wix_call("Reading the registration form", self._calls.client.get_form, event_id)
        return _questions(form)

    def add(
        self,
        event_id: str,
        label: str,
        *,
        kind: str = "text",
        mandatory: bool = False,
        options: Sequence[str] = (),
    ) -> StepResult:
        """Add a question to the checkout form."""
        body = control_body(kind, label, mandatory=mandatory, options=options)
        reply = wix_call(
            "Adding the question",
            self._calls.client.add_form_control,
            event_id,
            kind,
            body,
            rules=_rules(kind),
            labels=QUESTION_LABELS,
        )
        count = len((reply.get("form") or {}).get("controls") or [])
        return StepResult(
            "question",
            f"Added the question “{label.strip()}” ({count} questions on the form).",
            reply,
            reply.get("id"),
        )

    def update(
        self,
        event_id: str,
        question: Question,
        label: str,
        *,
        mandatory: bool = False,
        options: Sequence[str] = (),
    ) -> StepResult:
        """Change a question's text, whether it must be answered, and its choices."""
        if question.system:
            raise SetupValidationError(
                "Name and e-mail are always on Wix's form; change them in the Wix dashboard.",
                field_errors={"label": "cannot be changed here"},
            )
        body = control_body(question.kind, label, mandatory=mandatory, options=options)
        form = wix_call(
            "Saving the question",
            self._calls.client.update_form_control,
            event_id,
            question.control_id,
            question.kind,
            body,
            order_index=question.order_index,
            rules=_rules(question.kind),
            labels=QUESTION_LABELS,
        )
        return StepResult("question", f"Saved the question “{label.strip()}”.", {"form": form},
                          question.control_id)  # fmt: skip

    def delete(self, event_id: str, question: Question) -> StepResult:
        """Remove a question from the form (Delete Control)."""
        if question.system:
            raise SetupValidationError("Name and e-mail cannot be removed from Wix's form.")
        form = wix_call(
            "Deleting the question",
            self._calls.client.delete_form_control,
            event_id,
            question.control_id,
        )
        return StepResult("question", f"Deleted the question “{question.label}”.",
                          {"form": form}, question.control_id)  # fmt: skip


def _questions(form: Mapping[str, Any]) -> list[Question]:
    controls = [c for c in form.get("controls") or [] if isinstance(c, Mapping)]
    questions = [Question.from_wix(c) for c in controls if not c.get("deleted")]
    return sorted(questions, key=lambda q: (q.order_index, q.control_id))


def _rules(kind: str) -> tuple[tuple[str, str], ...]:
    """Wix's field paths for a refused question (`text.label`, `address.labels...`)."""
    return (
        *QUESTION_FIELDS,
        (f"{kind}.labels", "label"),
        ("mandatory", "kind"),
    )
