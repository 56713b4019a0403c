"""Switches for what Wix does where its documentation is silent (docs/emulator.md, "Choices").

Wix documents neither what a repeated Check In Ticket does to `checkIn.created` nor what
Delete Ticket Check-In leaves behind (docs/wix-api.md §11, §12). Each plausible answer is a
setting here, so the client's tests can run against every one of them:

- `repeat_check_in`: `keep` — a repeat is a 200 that changes nothing (the first
  `checkIn.created` stays, no other field moves); `overwrite` — a repeat stamps a new
  `checkIn.created` (and the guest row's `updatedDate` moves).
- `undo_check_in`: `remove` — the ticket loses its `checkIn`; `cancel-date` — the ticket
  keeps `checkIn.created` and gains `checkIn.checkInCanceledDate` (the SDK's field).
- `guest_rows`: `ticket-holders` — Event Guests has a TICKET_HOLDER row per ticket and a
  BUYER row per order; `buyers-only` — only the BUYER rows (naming their tickets). Wix does
  not promise one ticket-holder row per ticket. Applies to guest rows built from then on
  (they are built on an event's first Event Guests query; `reset()` rebuilds them).

Settings survive `reset()` (they describe the Wix being emulated, not its data).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

REPEAT_CHOICES = ("keep", "overwrite")
UNDO_CHOICES = ("remove", "cancel-date")
GUEST_ROW_CHOICES = ("ticket-holders", "buyers-only")
_NAMES = {
    "repeatCheckIn": "repeat_check_in",
    "repeat_check_in": "repeat_check_in",
    "undoCheckIn": "undo_check_in",
    "undo_check_in": "undo_check_in",
    "guestRows": "guest_rows",
    "guest_rows": "guest_rows",
}
_CHOICES = {
    "repeat_check_in": REPEAT_CHOICES,
    "undo_check_in": UNDO_CHOICES,
    "guest_rows": GUEST_ROW_CHOICES,
}


@dataclass
class Behaviour:
    """The emulator's answers to questions Wix's documentation leaves open."""

    repeat_check_in: str = "keep"
    undo_check_in: str = "remove"
    guest_rows: str = "ticket-holders"

    def update(self, **changes: Any) -> Behaviour:
        """Change some settings (snake_case or camelCase); ValueError names a bad one."""
        checked: dict[str, str] = {}
        for key, value in changes.items():
            name = _NAMES.get(key)
            if name is None:
                raise ValueError(f"unknown behaviour setting: {key}")
            if value not in _CHOICES[name]:
                allowed = " or ".join(_CHOICES[name])
                raise ValueError(f"{key} must be {allowed}, got {value!r}")
            checked[name] = value
        for name, value in checked.items():
            setattr(self, name, value)
        return self

    @property
    def overwrites_repeats(self) -> bool:
        return self.repeat_check_in == "overwrite"

    @property
    def undo_keeps_date(self) -> bool:
        return self.undo_check_in == "cancel-date"

    @property
    def ticket_holder_rows(self) -> bool:
        return self.guest_rows == "ticket-holders"

    def to_json(self) -> dict[str, str]:
        return {
            "repeatCheckIn": self.repeat_check_in,
            "undoCheckIn": self.undo_check_in,
            "guestRows": self.guest_rows,
        }
