"""Wix's error envelope (`message` + `details.applicationError|validationError`) as exceptions."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """A reply in Wix's error format; raised anywhere in a handler, rendered by the server."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        description: str | None = None,
        data: dict[str, Any] | None = None,
        violations: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.description = description or message
        self.data = data or {}
        self.violations = violations
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        """The JSON body Wix sends for this error."""
        if self.violations is not None:
            details: dict[str, Any] = {"validationError": {"fieldViolations": self.violations}}
        else:
            details = {
                "applicationError": {
                    "code": self.code or "UNKNOWN",
                    "description": self.description,
                    "data": self.data,
                }
            }
        return {"message": self.message, "details": details}


def app_error(
    status: int, code: str, description: str, data: dict[str, Any] | None = None
) -> ApiError:
    """A business-logic rejection (`details.applicationError`)."""
    return ApiError(status, description, code=code, description=description, data=data)


def invalid(
    field: str, description: str, rule: str = "INVALID_ARGUMENT", message: str | None = None
) -> ApiError:
    """A 400 input-validation failure (`details.validationError.fieldViolations`)."""
    violation = {
        "field": field,
        "description": description,
        "violatedRule": rule,
        "ruleName": rule,
        "data": {},
    }
    return ApiError(400, message or description, violations=[violation])


def not_found(code: str, description: str, data: dict[str, Any] | None = None) -> ApiError:
    """A 404 with an application error code (e.g. `EVENT_NOT_FOUND`)."""
    return app_error(404, code, description, data)


def required(field: str) -> ApiError:
    """Wix's wording for a missing (or invalid enum) field: `<field> value is required`."""
    return invalid(field, f"{field} value is required", rule="REQUIRED_FIELD")
