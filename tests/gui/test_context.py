"""The panels' contract: background work calls back on the GUI thread, in order."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from checkin_app.ui.context import UiContext, UiEvents
from checkin_app.ui.workers import TaskRunner
from tests.support.factories import EVENT_ID, seeded_station


@pytest.fixture
def context(qtbot, tmp_path: Path):
    station = seeded_station(tmp_path / "data")
    runner = TaskRunner(max_threads=1)
    ctx = UiContext(station=station, events=UiEvents(), runner=runner)
    yield ctx
    runner.close()
    station.close()


def test_background_result_arrives_on_gui_thread(qtbot, context: UiContext) -> None:
    gui_thread = threading.get_ident()
    seen: list[tuple[object, int, int]] = []

    def work(x: int) -> tuple[int, int]:
        return x * 2, threading.get_ident()

    def done(result: tuple[int, int]) -> None:
        seen.append((result[0], result[1], threading.get_ident()))

    assert context.run_in_background(work, 21, on_done=done)
    qtbot.waitUntil(lambda: len(seen) == 1)
    value, worker_thread, callback_thread = seen[0]
    assert value == 42
    assert worker_thread != gui_thread
    assert callback_thread == gui_thread


def test_single_thread_runner_keeps_order_and_reports_errors(qtbot, context: UiContext) -> None:
    order: list[int] = []
    errors: list[BaseException] = []
    for i in range(20):
        context.run_in_background(lambda i=i: i, on_done=order.append)

    def boom() -> None:
        raise ValueError("bad")

    context.run_in_background(boom, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert order == list(range(20))
    assert isinstance(errors[0], ValueError)


def test_database_work_runs_on_the_worker(qtbot, context: UiContext) -> None:
    results: list[object] = []
    context.run_in_background(
        context.station.search.search, "Ada", EVENT_ID, on_done=results.append
    )
    qtbot.waitUntil(lambda: bool(results))
    assert results[0][0].ticket.guest_name == "Ada Lovelace"


def test_event_change_is_signalled_once(qtbot, context: UiContext) -> None:
    with qtbot.waitSignal(context.events.event_changed) as blocker:
        context.set_event(EVENT_ID)
    assert blocker.args == [EVENT_ID]
    with qtbot.assertNotEmitted(context.events.event_changed):
        context.set_event(EVENT_ID)


def test_closed_runner_refuses_work(qtbot, context: UiContext) -> None:
    context.runner.close()
    assert not context.run_in_background(lambda: 1)
