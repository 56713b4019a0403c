"""Every error code the emulator invents is a registered, documented guess (issue 13.10)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checkin_app.emulator.guesses import GUESSED_ERRORS, guessed_error

ROOT = Path(__file__).resolve().parents[2]
EMULATOR = ROOT / "checkin_app" / "emulator"
# Modules whose every invented code must come from the registry (others join as reviewed).
REVIEWED = ("api/tickets.py", "api/guests.py", "ticketing.py", "app.py")


def choices_section() -> str:
    text = (ROOT / "docs" / "emulator.md").read_text(encoding="utf-8")
    start = text.index("## Choices where Wix documents nothing")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def test_every_guessed_code_is_listed_in_the_docs_with_its_status() -> None:
    section = choices_section()
    for code, guess in GUESSED_ERRORS.items():
        assert re.search(rf"`{code}`[^\n]*\b{guess.status}\b", section), code


def test_codes_raised_as_guesses_are_registered() -> None:
    used = {
        code
        for path in EMULATOR.rglob("*.py")
        for code in re.findall(r'guessed_error\(\s*"([A-Z_]+)"', path.read_text(encoding="utf-8"))
    }
    assert used and used <= set(GUESSED_ERRORS)


@pytest.mark.parametrize("module", REVIEWED)
def test_reviewed_modules_invent_no_code_outside_the_registry(module: str) -> None:
    source = (EMULATOR / module).read_text(encoding="utf-8")
    direct = re.findall(r'(?:app_error|not_found)\(\s*(?:\d+,\s*)?"([A-Z_]+)"', source)
    documented = {"UNAUTHENTICATED", "PERMISSION_DENIED", "INVALID_ARGUMENT"}  # docs §1.4
    assert set(direct) <= documented, set(direct) - documented


def test_a_guess_carries_its_registered_status() -> None:
    error = guessed_error("TICKET_NOT_FOUND", "Ticket X not found", {"ticketNumbers": ["X"]})
    body = error.body()
    assert error.status == 404
    assert body["details"]["applicationError"]["code"] == "TICKET_NOT_FOUND"
    with pytest.raises(KeyError):
        guessed_error("MADE_UP_HERE", "not registered")
