"""The debouncer: a held ticket is one scan; shown again after a pause, it is a new one."""

from __future__ import annotations

import pytest

from checkin_app.scanner.codes import DecodedCode
from checkin_app.scanner.debounce import Debouncer


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def code(text: str) -> DecodedCode:
    return DecodedCode(text, "test")


def test_a_code_held_in_front_of_the_camera_is_one_scan():
    clock = FakeClock()
    debouncer = Debouncer(clock=clock)
    assert debouncer.accept("T1")
    for _ in range(300):  # 10 s at 30 fps, seen on every frame
        clock.now += 1 / 30
        assert not debouncer.accept("T1")


def test_the_same_ticket_after_it_was_away_is_a_new_scan():
    clock = FakeClock()
    debouncer = Debouncer(hold_seconds=3.0, clock=clock)
    assert debouncer.accept("T1")
    clock.now += 2.9
    assert not debouncer.accept("T1")  # still within 3 s of the last sighting
    clock.now += 3.01
    assert debouncer.accept("T1")


def test_different_codes_are_independent_and_duplicates_in_one_frame_count_once():
    clock = FakeClock()
    debouncer = Debouncer(clock=clock)
    fresh = debouncer.filter([code("A"), code("B"), code("A")])
    assert [c.text for c in fresh] == ["A", "B"]
    clock.now += 1
    assert [c.text for c in debouncer.filter([code("B"), code("C")])] == ["C"]


def test_surrounding_whitespace_is_the_same_code_and_reset_forgets():
    debouncer = Debouncer(clock=FakeClock())
    assert debouncer.filter([code("T1 ")])
    assert not debouncer.filter([code("T1")])
    debouncer.reset()
    assert debouncer.filter([code("T1")])


def test_explicit_time_wins_over_the_clock_and_memory_stays_bounded():
    debouncer = Debouncer(hold_seconds=1.0, clock=lambda: 0.0)
    for i in range(10_000):
        assert debouncer.accept(f"T{i}", now=float(i))
    assert len(debouncer._last_seen) < 100


def test_negative_hold_is_refused():
    with pytest.raises(ValueError):
        Debouncer(hold_seconds=-1)
