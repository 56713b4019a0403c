"""Request/response values and the path router (with Wix's path aliases)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from checkin_app.emulator.errors import ApiError, app_error, invalid

if TYPE_CHECKING:
    from checkin_app.emulator.app import EmulatorApp
    from checkin_app.emulator.store import Store

# Second prefixes www.wixapis.com answers on (docs/wix-api.md §1.1a), mapped to one canonical form.
PATH_ALIASES: tuple[tuple[str, str], ...] = (
    ("/events-ticket-definitions/v3/", "/events/v3/"),
    ("/events-guests/v2/", "/events/v2/"),
    ("/events-policies/v2/", "/events/v2/"),
)


def canonical_path(path: str) -> str:
    path = path.rstrip("/") or "/"
    for alias, canonical in PATH_ALIASES:
        if path.startswith(alias):
            return canonical + path[len(alias) :]
    return path


@dataclass
class Request:
    """One parsed HTTP request as handlers see it."""

    method: str
    path: str
    query: dict[str, list[str]]
    body: Any
    headers: dict[str, str]
    app: EmulatorApp
    store: Store
    params: dict[str, str] = field(default_factory=dict)

    def q(self, name: str) -> str | None:
        """First value of a query parameter (the SDK repeats path params there too)."""
        values = self.query.get(name)
        return values[0] if values else None

    def qlist(self, name: str) -> list[str]:
        """All values of a repeated query parameter (`fieldset=A&fieldset=B`); also `a,b`."""
        values: list[str] = []
        for raw in self.query.get(name, []):
            values.extend(v for v in raw.split(",") if v)
        return values

    def json(self) -> dict[str, Any]:
        """The JSON object body ({} when empty); 400 when it is not an object."""
        if self.body is None:
            return {}
        if not isinstance(self.body, dict):
            raise invalid("body", "The request body must be a JSON object")
        return self.body


@dataclass
class Response:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"


Handler = Callable[[Request], Any]


class Router:
    """Method + path template (`/events/v3/events/{eventId}`) → handler."""

    def __init__(self) -> None:
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []

    def add(self, method: str, template: str, handler: Handler) -> None:
        pattern = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)
        self._routes.append((method.upper(), re.compile(f"^{pattern}$"), handler))

    def match(self, method: str, path: str) -> tuple[Handler, dict[str, str]]:
        """The handler and decoded path params; ApiError 404/405 when nothing matches."""
        path_matched = False
        for route_method, pattern, handler in self._routes:
            found = pattern.match(path)
            if found is None:
                continue
            path_matched = True
            if route_method == method:
                return handler, {k: unquote(v) for k, v in found.groupdict().items()}
        if path_matched:
            raise ApiError(
                405, f"Method {method} is not allowed on {path}", code="METHOD_NOT_ALLOWED"
            )
        raise app_error(404, "NOT_FOUND", f"No such endpoint: {method} {path}")
