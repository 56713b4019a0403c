"""The one Wix error wrapper of the organizer services: a failed call in plain words."""

from __future__ import annotations

import logging

import pytest

from checkin_app.services.wix_problems import WixProblem, wix_call
from checkin_app.wix.errors import WixPermanentError, WixTransientError


def fails_with(error: Exception):
    def call(*_args: object, **_kwargs: object) -> object:
        raise error

    return call


def test_a_call_that_works_returns_wix_answer_and_passes_its_arguments() -> None:
    assert wix_call("Reading the event", lambda a, *, b: {"a": a, "b": b}, 1, b=2) == {
        "a": 1,
        "b": 2,
    }


def test_no_reply_is_an_offline_problem_that_keeps_the_error() -> None:
    error = WixTransientError("cannot reach Wix", code="NETWORK")
    with pytest.raises(WixProblem) as caught:
        wix_call("Creating the event", fails_with(error))
    assert caught.value.offline
    assert caught.value.wix_error is error
    assert str(caught.value).startswith("Creating the event needs the network")


def test_a_refusal_lands_under_the_field_it_is_about(caplog: pytest.LogCaptureFixture) -> None:
    error = WixPermanentError(
        "bad", status=400, code="INVALID_ARGUMENT",
        field_violations=[("event.title", "event.title must not be empty")],
    )  # fmt: skip
    with caplog.at_level(logging.INFO), pytest.raises(WixProblem) as caught:
        wix_call(
            "Creating the event", fails_with(error), rules=[("title", "title")],
            labels={"title": "Title"},
        )  # fmt: skip
    assert caught.value.field_errors == {"title": "must not be empty"}
    assert "Title: must not be empty" in str(caught.value)
    assert "Creating the event failed: INVALID_ARGUMENT" in caplog.text
