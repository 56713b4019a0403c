"""The translation pipeline holds: every user-visible string of the UI goes through the one
`tr`, lupdate finds every one of them, and each shipped language translates all of them
(placeholders, plural forms and keyboard mnemonics kept)."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.translations_tool import load_translations

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "checkin_app" / "ui"
translations = load_translations()

SHIPPED = translations.LANGUAGES
PLACEHOLDER = re.compile(r"\{\w+(?::[^}]*)?\}|%n|%1")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _calls(name: str) -> list[tuple[Path, ast.Call]]:
    found = []
    for path in translations.source_files(UI):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if called == name:
                    found.append((path, node))
    return found


def messages_in_the_code() -> set[Message]:
    """What lupdate must find: each `tr(...)` and `QT_TRANSLATE_NOOP(...)` call in ui/."""
    found = set()
    for name in ("tr", "QT_TRANSLATE_NOOP"):
        for _path, call in _calls(name):
            context, text = call.args[0], call.args[1]
            assert isinstance(context, ast.Constant) and isinstance(text, ast.Constant)
            found.add(Message(str(context.value), str(text.value), len(call.args) == 5))
    return found


def messages_in(ts: Path) -> dict[Message, ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            found[Message(name, source, message.get("numerus") == "yes")] = message
    return found


def where(path: Path, call: ast.Call) -> str:
    return f"{path.relative_to(ROOT)}:{call.lineno}"


# -- one helper, literal texts ----------------------------------------------------------


def test_one_tr_helper_and_no_other_way_to_translate() -> None:
    for path in translations.source_files(UI):
        if path.name == "i18n.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^def tr\b", text, re.M), f"{path.name} has its own tr()"
        assert "QCoreApplication.translate" not in text, f"{path.name} calls translate itself"


def test_every_tr_call_is_in_a_shape_lupdate_reads() -> None:
    """Literal context and text (no f-string, no variable), no keywords, and a plural only as
    `tr(ctx, text, None, PLURAL, count)` with `count` a name or a call."""
    problems = []
    for path, call in _calls("tr"):
        args = call.args
        ok = len(args) in (2, 3, 5) and _literal(args[0]) and _literal(args[1])
        ok = ok and not call.keywords
        if len(args) >= 3:
            ok = ok and (
                _literal(args[2]) or (isinstance(args[2], ast.Constant) and args[2].value is None)
            )
        if len(args) == 5:
            ok = ok and isinstance(args[3], ast.Name) and args[3].id == "PLURAL"
            ok = ok and isinstance(args[4], ast.Name | ast.Call)
        if ok and "%n" in str(args[1].value) and len(args) != 5:  # type: ignore[attr-defined]
            ok = False  # a %n without a count would show "%n"
        if not ok:
            problems.append(f"{where(path, call)}: {ast.unparse(call)[:90]}")
    for path, call in _calls("QT_TRANSLATE_NOOP"):
        if not (len(call.args) == 2 and all(_literal(a) for a in call.args)):
            problems.append(f"{where(path, call)}: {ast.unparse(call)[:90]}")
    assert problems == []


def test_lupdate_collects_every_message_of_the_code(tmp_path: Path) -> None:
    """pyside6-lupdate (as `make translations` runs it) finds exactly the calls in the code:
    a call it cannot read (a trailing comma after a plural count, say) would ship English."""
    translations.update(tmp_path, ("de",))
    collected = set(messages_in(translations.ts_file("de", tmp_path)))
    in_code = messages_in_the_code()
    assert in_code - collected == set(), "lupdate misses these"
    assert collected - in_code == set(), "lupdate found texts the test does not see"


def test_the_shipped_sources_are_up_to_date(tmp_path: Path) -> None:
    """resources/translations/*.ts hold exactly today's texts (`make translations` after a
    change), and a language's file lists every plural of the English plural file."""
    translations.update(tmp_path, ("de",))
    current = set(messages_in(translations.ts_file("de", tmp_path)))
    for language in SHIPPED:
        shipped = set(messages_in(translations.ts_file(language)))
        assert shipped - current == set(), f"{language}: texts no longer in the code"
        assert current - shipped == set(), f"{language}: texts missing (run make translations)"
    plurals = {m for m in current if m.numerus}
    assert set(messages_in(translations.ts_file("en"))) == plurals


# -- complete translations -----------------------------------------------------------------


def _forms(element: ET.Element) -> list[str]:
    translation = element.find("translation")
    assert translation is not None
    forms = [f.text or "" for f in translation.findall("numerusform")]
    return forms or [translation.text or ""]


def _mnemonics(text: str) -> int:
    return len(re.findall(r"(?<!&)&(?!&)", text))


@pytest.mark.parametrize("language", [*SHIPPED, "en"])
def test_every_message_is_translated(language: str) -> None:
    problems = []
    for message, element in messages_in(translations.ts_file(language)).items():
        translation = element.find("translation")
        assert translation is not None
        state = translation.get("type")
        forms = _forms(element)
        label = f"{message.context}: {message.source[:60]!r}"
        if state in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{label} is {state}")
            continue
        if message.numerus and len(forms) < 2:
            problems.append(f"{label}: plural forms missing")
        if any(not form.strip() for form in forms):
            problems.append(f"{label}: empty")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(message.source)) - {"%n"})
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                problems.append(f"{label}: placeholders {wanted} changed in {form!r}")
        # The count shows in the plural form (a singular may spell out "one").
        if "%n" in message.source and "%n" not in forms[-1]:
            problems.append(f"{label}: %n missing")
        if _mnemonics(message.source) != _mnemonics(forms[0]):
            problems.append(f"{label}: the keyboard shortcut (&) is lost")
        if forms[0].startswith(" ") != message.source.startswith(" "):
            problems.append(f"{label}: the leading space (a suffix) is lost")
    assert problems == []


def test_translations_are_not_english_left_in_place() -> None:
    """A careless "translation" copies the English; short names (Wix, VIP, Status) may stay."""
    for language in SHIPPED:
        same = [
            m.source
            for m, element in messages_in(translations.ts_file(language)).items()
            if _forms(element)[0] == m.source and len(PLACEHOLDER.sub("", m.source).split()) > 2
        ]
        assert same == [], f"{language}: {same[:5]}"


def test_compiled_translations_load_and_translate(tmp_path: Path) -> None:
    """pyside6-lrelease builds each .qm, and Qt finds its words in it, plural forms too."""
    from PySide6.QtCore import QTranslator

    written = translations.release(tmp_path)
    assert sorted(p.name for p in written) == sorted(
        translations.qm_name(lang) for lang in ("en", *SHIPPED)
    )
    expected = {"de": "EINLASS", "es": "ADMITIDO", "fr": "ADMIS", "he": "להכניס"}
    for language, admit in expected.items():
        translator = QTranslator()
        assert translator.load(str(tmp_path / translations.qm_name(language)))
        assert translator.translate("ResultCard", "ADMIT") == admit
        one = translator.translate("StatsPanel", "%n tickets", None, 1)
        many = translator.translate("StatsPanel", "%n tickets", None, 5)
        assert one and many and one != many, language
    english = QTranslator()
    assert english.load(str(tmp_path / translations.qm_name("en")))
    assert english.translate("StatsPanel", "%n tickets", None, 1) == "%n ticket"
