"""What one line of `checkin-app doctor` is: a named check that is ok, a warning or a problem."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class Status(enum.StrEnum):
    OK = "ok"
    WARNING = "warning"  # works, but worth a look before the doors open
    PROBLEM = "problem"  # the station is not ready


@dataclass(frozen=True, slots=True)
class Check:
    """One check: `name` is a stable id (JSON), `detail` one or two plain sentences."""

    name: str
    status: Status
    detail: str

    @property
    def title(self) -> str:
        return TITLES.get(self.name, self.name.replace("_", " ").capitalize())

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "status": str(self.status), "detail": self.detail}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Check:
        """Read a check printed by another process; raises ValueError on bad input."""
        name, status, detail = data.get("name"), data.get("status"), data.get("detail")
        if not isinstance(name, str) or not isinstance(detail, str):
            raise ValueError("a check needs a name and a detail")
        if not isinstance(status, str):
            raise ValueError("a check needs a status")
        return cls(name, Status(status), detail)


def ok(name: str, detail: str) -> Check:
    return Check(name, Status.OK, detail)


def warning(name: str, detail: str) -> Check:
    return Check(name, Status.WARNING, detail)


def problem(name: str, detail: str) -> Check:
    return Check(name, Status.PROBLEM, detail)


@dataclass(frozen=True)
class DoctorReport:
    """All checks in the order they were made; ready when none is a problem."""

    checks: tuple[Check, ...]

    @classmethod
    def of(cls, checks: Iterable[Check]) -> DoctorReport:
        return cls(tuple(checks))

    @property
    def ready(self) -> bool:
        return all(c.status is not Status.PROBLEM for c in self.checks)

    def count(self, status: Status) -> int:
        return sum(1 for c in self.checks if c.status is status)

    def get(self, name: str) -> Check | None:
        return next((c for c in self.checks if c.name == name), None)

    def to_json(self) -> dict[str, object]:
        return {"ready": self.ready, "checks": [c.to_json() for c in self.checks]}


# What the text output calls each check (the JSON keeps the stable `name`).
TITLES: dict[str, str] = {
    "app": "App",
    "qt_widgets": "Window (Qt)",
    "qt_multimedia": "Sound system (Qt)",
    "qt_charts": "Charts (Qt)",
    "resources": "Icons and sounds",
    "audio": "Audio output",
    "opencv": "OpenCV",
    "qr_zxing": "QR reader zxing-cpp",
    "qr_zbar": "QR reader zbar",
    "qr_opencv": "QR reader OpenCV",
    "sqlite": "SQLite + search",
    "keyring": "Keys and secrets",
    "encryption": "Guest data at rest",
    "camera": "Camera",
    "data_dir": "Data folder",
    "guest_list": "Guest list",
    "queue": "Check-in queue",
    "wix": "Wix connection",
    "clock": "Clock",
}
