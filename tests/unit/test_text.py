"""Terminal hygiene and search folding (checkin_app/domain/text.py)."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin_app.domain.text import (
    for_terminal,
    json_escape_unsafe,
    one_line,
    search_fold,
    search_tokens,
)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[31mred\x1b[0m", "red"),  # SGR colour
        ("a\x1b[2J\x1b[Hb", "ab"),  # clear screen, cursor home
        ("\x1b]0;title\x07name", "name"),  # OSC ended by BEL
        ("\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "link"),  # OSC 8 hyperlink, ST
        ("\x9b31mx\x9dosc\x9cy", "xy"),  # 8-bit CSI and OSC ... ST
        ("\x1bP1$r\x1b\\z", "z"),  # DCS
        ("\x1b_apc\x1b\\\x1b^pm\x1b\\\x1bXsos\x1b\\w", "w"),  # APC, PM, SOS
        ("\x1b7saved\x1b8", "saved"),  # two-character ESC sequences
        ("\x1b(0q", "q"),  # charset designation
        ("bell\x07 nul\x00 del\x7f", "bell nul del"),
        ("\u202eevil\u202c \u202aa\u202b\u202d", "evil a"),  # embeddings and overrides
        ("tail\x1b", "tail"),  # a lone ESC at the end
    ],
)
def test_escape_sequences_go_whole(raw: str, shown: str) -> None:
    assert one_line(raw) == shown
    assert for_terminal(raw) == shown


def test_layout_stays_in_command_text_but_not_in_a_field() -> None:
    assert for_terminal("a\tb\r\nc\n") == "a\tb\r\nc\n"
    assert one_line("a\tb\r\nc\u2028d\x85e") == "a b  c d e"  # NEL: a line break too


def test_marks_languages_need_are_kept() -> None:
    text = "می\u200cخواهم \u200d\u200e\u200f\u061c \u2066ltr\u2069 \u2067rtl\u2069 \u2068x\u2069"
    assert one_line(text) == text
    assert for_terminal(text) == text


def test_isolates_are_balanced_within_a_field() -> None:
    assert one_line("\u2069a \u2067b") == "a \u2067b\u2069"
    assert one_line("\u2066\u2067x\u2069") == "\u2066\u2067x\u2069\u2069"


@given(st.text())
def test_nothing_a_terminal_acts_on_survives(text: str) -> None:
    cleaned = one_line(text)
    assert not any(unicodedata.category(c) == "Cc" or "\u202a" <= c <= "\u202e" for c in cleaned)


@given(st.text())
def test_json_escaping_keeps_the_data_exact(text: str) -> None:
    encoded = json_escape_unsafe(json.dumps({"name": text}, ensure_ascii=False))
    assert json.loads(encoded) == {"name": text}
    assert for_terminal(encoded) == encoded


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Siobha\u0301n", "siobhán"),
        ("STRAUSS", "Strauß"),
        ("ΣΊΣΥΦΟΣ", "σίσυφος"),
        ("ǅemal", "ǆemal"),
        ("A\u030angstro\u0308m", "ångström"),
    ],
)
def test_search_fold_equates_forms_and_cases(a: str, b: str) -> None:
    assert search_fold(a) == search_fold(b)


def test_search_tokens_keep_marks_inside_words() -> None:
    assert search_tokens("Siobha\u0301n O'Neill-Smith") == ["siobhán", "o", "neill", "smith"]
    assert search_tokens("हिन्दी नाम") == ["हिन्दी", "नाम"]  # vowel signs and virama stay
    assert search_tokens('\u0301 "x" *') == ["x"]


def test_search_fold_turns_controls_into_spaces() -> None:
    # A NUL would end the text early on its way into SQLite through SQLCipher's binding.
    assert search_fold("Eve\x00\x1b[31mSmith") == "eve  [31msmith"
