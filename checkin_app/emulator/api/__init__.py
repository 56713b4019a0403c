"""The Wix REST endpoints the emulator serves, one module per API (each has `register`)."""

from __future__ import annotations

from types import ModuleType

from checkin_app.emulator.api import (
    categories,
    events,
    forms,
    guests,
    orders,
    policies,
    reservations,
    schedule,
    staff,
    ticket_definitions,
    tickets,
)

ROUTE_MODULES: tuple[ModuleType, ...] = (
    events,
    ticket_definitions,
    reservations,
    orders,
    tickets,
    guests,
    policies,
    schedule,
    categories,
    staff,
    forms,
)
