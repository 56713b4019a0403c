"""Who is buying, and the event's registration form as Wix asks it at checkout.

Qt-free. Wix takes guest details from the event's registration form (docs/wix-api.md §5,
§8.5): `guests[].form.inputValues`, one form per ticket when the event assigns guests
separately, else one form for the whole order. `CheckoutForm` is that form as the sales
panel shows it; `GuestForm` is one filled-in copy; `check_forms` finds what is missing
before anything is sent, naming the field as `guest{index}.{input name}`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from checkin_app.services.wix_problems import WixProblem

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
BUYER_FIELDS = (("firstName", "first_name"), ("lastName", "last_name"), ("email", "email"))
BUYER_LABELS = {"first_name": "First name", "last_name": "Last name", "email": "Email"}
SYSTEM_INPUTS = frozenset({"firstName", "lastName", "email"})  # always on a Wix form
MAX_VALUE_CHARS = 5000  # Wix's limit for one input value

# Wix's control type → how the panel asks it (one answer, a choice, several choices, ...).
_KINDS = {
    "DROPDOWN": "choice",
    "RADIO": "choice",
    "CHECKBOX": "choices",
    "DATE": "date",
    "ADDRESS_SHORT": "address",
    "ADDRESS_FULL": "address",
    "GUEST_CONTROL": "number",
    "TEXTAREA": "text",
    "INPUT": "text",
}


class BuyerInvalid(WixProblem):
    """The buyer's or a guest's details are incomplete; `field_errors` names each field
    (`first_name`, `last_name`, `email` for the buyer; `guest{n}.{input}` for a form)."""


@dataclass(frozen=True, slots=True)
class Buyer:
    first_name: str
    last_name: str
    email: str

    def validate(self) -> Buyer:
        """The buyer with spaces trimmed; raises `BuyerInvalid` naming each bad field."""
        clean = Buyer(self.first_name.strip(), self.last_name.strip(), self.email.strip())
        errors = person_errors(clean.first_name, clean.last_name, clean.email)
        if errors:
            text = " ".join(f"{BUYER_LABELS[f]} {t}." for f, t in errors.items())
            raise BuyerInvalid(text, field_errors=errors)
        return clean

    def to_wix(self) -> dict[str, str]:
        return {"firstName": self.first_name, "lastName": self.last_name, "email": self.email}


def person_errors(first: str, last: str, email: str) -> dict[str, str]:
    """What is wrong with a name and e-mail, by field (Wix's limits: 1–50, 1–50, 5–255)."""
    errors: dict[str, str] = {}
    if not first:
        errors["first_name"] = "is needed"
    elif len(first) > 50:
        errors["first_name"] = "is longer than 50 letters"
    if not last:
        errors["last_name"] = "is needed"
    elif len(last) > 50:
        errors["last_name"] = "is longer than 50 letters"
    if not email:
        errors["email"] = "is needed (the tickets are sent there)"
    elif not _EMAIL.match(email) or not 5 <= len(email) <= 255:
        errors["email"] = "does not look like an email address"
    return errors


@dataclass(frozen=True, slots=True)
class FormQuestion:
    """One question of the registration form besides name and e-mail."""

    name: str  # Wix's input name, e.g. "custom-1"
    label: str
    kind: str  # text | choice | choices | date | address | number
    options: tuple[str, ...] = ()
    mandatory: bool = False
    max_length: int = MAX_VALUE_CHARS


@dataclass(frozen=True, slots=True)
class CheckoutForm:
    """What Wix asks at checkout for one event."""

    questions: tuple[FormQuestion, ...] = ()
    guests_separately: bool = False  # one form per ticket, each with its guest's name

    @property
    def mandatory(self) -> tuple[FormQuestion, ...]:
        return tuple(q for q in self.questions if q.mandatory)

    def forms_needed(self, tickets: int) -> int:
        """How many filled-in forms the checkout needs: one per ticket when guests are
        assigned separately, one when a question must be answered, else none (the buyer's
        name and e-mail are enough; answers to optional questions may still be sent)."""
        if self.guests_separately:
            return tickets
        return 1 if self.mandatory else 0

    @classmethod
    def from_wix(cls, form: Mapping[str, Any], guests_separately: bool) -> CheckoutForm:
        """Wix's form object (`controls[].inputs[]`) without the system inputs."""
        questions = []
        controls = [c for c in form.get("controls") or [] if isinstance(c, Mapping)]
        for control in sorted(controls, key=lambda c: c.get("orderIndex") or 0):
            if control.get("deleted"):
                continue
            kind = _KINDS.get(str(control.get("type") or ""), "text")
            for item in control.get("inputs") or []:
                if not isinstance(item, Mapping) or item.get("name") in SYSTEM_INPUTS:
                    continue
                options = tuple(str(o) for o in item.get("options") or [])
                limit = item.get("maxLength")
                questions.append(
                    FormQuestion(
                        name=str(item.get("name") or ""),
                        label=str(item.get("label") or item.get("name") or ""),
                        kind="choices" if item.get("type") == "TEXT_ARRAY" else kind,
                        options=options,
                        mandatory=bool(item.get("mandatory")),
                        max_length=limit if isinstance(limit, int) and limit > 0 else 5000,
                    )
                )
        return cls(tuple(q for q in questions if q.name), guests_separately)


Answer = str | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GuestForm:
    """One filled-in registration form: a person and their answers by input name."""

    first_name: str
    last_name: str
    email: str
    answers: Mapping[str, Answer] = field(default_factory=dict)

    def to_wix(self) -> dict[str, Any]:
        """`{"form": {"inputValues": [...]}}`: a checkout's `guests[]` entry."""
        values: list[dict[str, Any]] = [
            {"inputName": "firstName", "value": self.first_name.strip()},
            {"inputName": "lastName", "value": self.last_name.strip()},
            {"inputName": "email", "value": self.email.strip()},
        ]
        for name, answer in self.answers.items():
            if isinstance(answer, tuple):
                if answer:
                    values.append({"inputName": name, "values": list(answer)})
            elif answer.strip():
                values.append({"inputName": name, "value": answer.strip()})
        return {"form": {"inputValues": values}}


def _empty(answer: Answer | None) -> bool:
    return not answer or (isinstance(answer, str) and not answer.strip())


def check_forms(form: CheckoutForm, guests: Sequence[GuestForm], tickets: int) -> None:
    """Raise `BuyerInvalid` naming every missing or wrong answer (`guest{n}.{name}`), the way
    Wix would refuse the checkout; nothing is sent until the forms are complete."""
    errors: dict[str, str] = {}
    wanted = form.forms_needed(tickets)
    if len(guests) < wanted:
        errors[""] = f"{wanted} guest forms are needed, {len(guests)} filled in"
    for index, guest in enumerate(guests[: max(wanted, 1)]):
        if form.guests_separately:
            person = person_errors(
                guest.first_name.strip(), guest.last_name.strip(), guest.email.strip()
            )
            errors.update({f"guest{index}.{f}": t for f, t in person.items()})
        for question in form.questions:
            answer = guest.answers.get(question.name)
            key = f"guest{index}.{question.name}"
            if _empty(answer):
                if question.mandatory:
                    errors[key] = "needs an answer"
                continue
            chosen = answer if isinstance(answer, tuple) else (str(answer).strip(),)
            if question.options and any(c not in question.options for c in chosen):
                errors[key] = "is not one of the choices"
            elif any(len(c) > min(question.max_length, MAX_VALUE_CHARS) for c in chosen):
                errors[key] = f"is longer than {question.max_length} characters"
    if errors:
        count = len(errors)
        raise BuyerInvalid(
            "The registration form is not complete: "
            + ("1 answer needs" if count == 1 else f"{count} answers need")
            + " attention (or choose to skip Wix's form check).",
            field_errors=errors,
        )


def violation_rules(forms: int, questions: Sequence[FormQuestion]) -> list[tuple[str, str]]:
    """`map_field` rules from Wix's field paths in a refused checkout to the panel's fields."""
    rules: list[tuple[str, str]] = []
    names = [*sorted(SYSTEM_INPUTS), *(q.name for q in questions)]
    for index in range(max(forms, 1)):
        for name in names:
            field_name = {"firstName": "first_name", "lastName": "last_name"}.get(name, name)
            rules.append((f"guests[{index}].form.inputValues.{name}", f"guest{index}.{field_name}"))
    return [*rules, *BUYER_FIELDS]
