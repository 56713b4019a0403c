"""Keyboard-wedge input: a USB scanner's burst is a code; a person typing is not."""

from __future__ import annotations

from checkin_app.scanner.wedge import WedgeDetector, WedgeResult


def type_keys(detector: WedgeDetector, text: str, start: float, gap: float):
    """Feed `text` one key per `gap` seconds; returns the results and the end time."""
    results = []
    t = start
    for ch in text:
        results.append(detector.feed(ch, t))
        t += gap
    return results, t


def typed_text(results: list[WedgeResult], flushed: str = "") -> str:
    """What reached the focused widget: keys not swallowed, in order, plus replays."""
    return "".join(r.replay for r in results) + flushed


def test_a_scanner_burst_ending_with_enter_is_one_code_and_nothing_leaks():
    detector = WedgeDetector()
    results, _ = type_keys(detector, "AB12-CD34-EF\r", 10.0, 0.004)
    assert all(r.swallow for r in results)
    assert [r.code for r in results if r.code] == ["AB12-CD34-EF"]
    assert typed_text(results) == ""
    assert not detector.holding


def test_tab_also_ends_a_code_and_two_scans_in_a_row_are_two_codes():
    detector = WedgeDetector()
    first, t = type_keys(detector, "TICKET-1\t", 0.0, 0.01)
    second, _ = type_keys(detector, "TICKET-2\n", t + 0.5, 0.01)
    codes = [r.code for r in first + second if r.code]
    assert codes == ["TICKET-1", "TICKET-2"]


def test_a_person_typing_a_search_gets_every_key_back_in_order():
    detector = WedgeDetector()
    results, t = type_keys(detector, "smith", 5.0, 0.15)  # 150 ms per key
    flushed = detector.flush(t + 0.2)
    assert [r.code for r in results] == [None] * 5
    assert typed_text(results, flushed) == "smith"
    enter = detector.feed("\r", t + 0.3)
    assert enter == WedgeResult(swallow=False)  # their Enter goes to the search box


def test_the_timer_flush_releases_a_held_key_only_after_the_gap():
    detector = WedgeDetector(max_gap=0.05)
    assert detector.feed("a", 1.0).swallow
    assert detector.flush(1.03) == ""  # a scanner's next key may still come
    assert detector.flush(1.06) == "a"
    assert not detector.holding


def test_a_short_fast_burst_with_enter_is_typing_not_a_code():
    detector = WedgeDetector(min_length=4)
    results, t = type_keys(detector, "ok", 0.0, 0.01)
    enter = detector.feed("\r", t)
    assert enter.code is None and not enter.swallow
    assert typed_text([*results, enter]) == "ok"


def test_a_burst_without_enter_is_handed_back():
    detector = WedgeDetector()
    results, t = type_keys(detector, "ABCDEFG", 0.0, 0.005)
    assert typed_text(results, detector.flush(t + 1)) == "ABCDEFG"


def test_a_slow_key_in_the_middle_splits_the_burst():
    detector = WedgeDetector(max_gap=0.04)
    first, t = type_keys(detector, "ABC", 0.0, 0.01)
    rest, _ = type_keys(detector, "DEFGH\r", t + 0.2, 0.01)  # a pause of 200 ms
    assert [r.code for r in rest if r.code] == ["DEFGH"]
    assert typed_text(first + rest) == "ABC"


def test_modifier_keys_are_ignored_and_not_swallowed():
    detector = WedgeDetector()
    results = []
    t = 0.0
    for ch in "A", "", "b", "", "C", "1", "\r":  # "" = Shift pressed by the scanner
        results.append(detector.feed(ch, t))
        t += 0.003
    assert [r.code for r in results if r.code] == ["AbC1"]
    assert [r.swallow for r in results if r.code is None][1] is False


def test_an_endless_burst_is_not_a_ticket():
    detector = WedgeDetector(max_length=20)
    results, _ = type_keys(detector, "x" * 50 + "\r", 0.0, 0.001)
    codes = [r.code for r in results if r.code]
    assert all(len(c) <= 20 for c in codes)
    assert len(typed_text(results)) + sum(len(c) for c in codes) == 50
