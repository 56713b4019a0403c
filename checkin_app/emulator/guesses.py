"""Every error code the emulator invents where Wix documents none — one registry.

Wix's references list per-method application error codes for some APIs (docs/wix-api.md
§1.4); for others (the Tickets API: "This method doesn't return any custom errors") the
emulator still has to answer *something* when a request cannot succeed. Each such answer is
a documented guess: its code, HTTP status, where it is used and why, listed here and in
docs/emulator.md ("Choices where Wix documents nothing"). A handler raises one through
`guessed_error(code, ...)`, so a code that is not registered cannot be raised that way, and
a test checks that the registry and the docs agree.

Codes Wix does document (per-method codes in §1.4, the canonical `NOT_FOUND`,
`PERMISSION_DENIED`, `UNAUTHENTICATED`, …) are raised directly and are not listed here.
Other API areas add their entries to `GUESSED_ERRORS` as they are reviewed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from checkin_app.emulator.errors import ApiError, app_error


@dataclass(frozen=True, slots=True)
class GuessedError:
    """An error code and status Wix does not document, with where and why it is used."""

    code: str
    status: int
    where: str
    why: str


GUESSED_ERRORS: dict[str, GuessedError] = {
    entry.code: entry
    for entry in (
        GuessedError(
            "TICKET_NOT_FOUND",
            404,
            "Check In Ticket, Delete Ticket Check-In, Get/Update Ticket",
            "a ticket number unknown for the event; `data.ticketNumbers` lists them and the "
            "whole batch is refused (Wix documents no custom errors for the Tickets API)",
        ),
        GuessedError(
            "TICKET_NOT_CHECKABLE",
            400,
            "Check In Ticket",
            "an archived ticket, or one of a canceled/declined/voided order; the whole batch "
            "is refused and `data.ticketNumbers` lists them",
        ),
        GuessedError(
            "TOO_MANY_REQUESTS",
            429,
            "every Wix path (the rate limit, injected 429 faults)",
            "Wix documents HTTP 429 but not the application code that comes with it",
        ),
        GuessedError(
            "INTERNAL",
            500,
            "every Wix path (injected 5xx faults, with their status; a handler's own bug)",
            "Wix documents 5xx statuses (retry later) but not the code in their body",
        ),
    )
}


def guessed_error(
    code: str, description: str, data: dict[str, Any] | None = None, *, status: int | None = None
) -> ApiError:
    """The registered guess `code` as Wix's error envelope (KeyError if not registered).
    `status` may replace the registered one within its class (an injected 503 for a 500)."""
    guess = GUESSED_ERRORS[code]
    if status is not None and status // 100 != guess.status // 100:
        raise ValueError(f"{code} is a {guess.status // 100}xx guess, not {status}")
    return app_error(status or guess.status, code, description, data)
