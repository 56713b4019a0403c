"""Open the door window on a screen of a given size, alone and with each organizer view, save
screenshots and print the widgets' sizes as JSON (one line).

Run in a process of its own, because the screen size is fixed when Qt starts:
    QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.gui.layout_probe --out DIR
or under Xvfb (`xvfb-run -s "-screen 0 1366x768x24" python -m tests.gui.layout_probe ...`).
It runs the demo (the Wix emulator on loopback), so every view has real data to show.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTabBar,
    QTableView,
    QWidget,
)

from checkin_app.ui.pin import hash_pin

Rect = list[int]


def rect(widget: QWidget) -> Rect:
    """The widget's rectangle in screen coordinates."""
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def frame(window: QWidget) -> Rect:
    geometry = window.frameGeometry()
    return [geometry.x(), geometry.y(), geometry.width(), geometry.height()]


def wait(app: QApplication, until: Callable[[], bool], timeout_s: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        app.processEvents()
        if until():
            return True
        time.sleep(0.01)
    return False


def settle(app: QApplication, seconds: float = 0.3) -> None:
    wait(app, lambda: False, seconds)


def table_facts(view: QTableView) -> dict[str, object]:
    """Whether a table shows its headers whole and needs no horizontal scrolling."""
    header: QHeaderView = view.horizontalHeader()
    model = view.model()
    columns = []
    for column in range(model.columnCount()):
        columns.append(
            {
                "title": str(model.headerData(column, header.orientation())),
                "width": header.sectionSize(column),
                "needs": header.sectionSizeHint(column),
            }
        )
    return {
        "rect": rect(view),
        "columns": columns,
        "hscroll": view.horizontalScrollBar().isVisible(),
        "total": sum(c["width"] for c in columns),  # type: ignore[misc]
        "viewport": view.viewport().width(),
    }


def scrolled_sideways(root: QWidget) -> list[str]:
    """Names of the scroll areas inside `root` that show a horizontal scrollbar."""
    found = []
    for area in root.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.horizontalScrollBar().isVisible():
            found.append(area.objectName() or type(area).__name__)
    return found


def composite(screen: QRect, windows: list[QWidget]) -> QPixmap:
    """What the screen shows: each window's picture at its place (works on any platform)."""
    canvas = QPixmap(screen.size())
    canvas.fill(QColor("#5f6b73"))
    painter = QPainter(canvas)
    for window in windows:
        if window.isVisible():
            geometry = window.geometry()
            painter.drawPixmap(geometry.topLeft() - screen.topLeft(), window.grab())
    painter.end()
    return canvas


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--camera", default="none", help="none or demo")
    parser.add_argument("--high-contrast", action="store_true")
    parser.add_argument("--lang", default="en", help="the window's language (as --lang)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    from checkin_app.ui.app import application, start_language
    from checkin_app.ui.context import UiContext, UiEvents
    from checkin_app.ui.demo import DemoSession, demo_payloads
    from checkin_app.ui.main_window import CameraPlan, DoorWindow
    from checkin_app.ui.workers import TaskRunner

    app = application()
    start_language(args.lang, "")
    screen = app.primaryScreen().availableGeometry()
    demo = DemoSession(data_dir=args.out / "data")
    station = demo.start()
    station.settings.high_contrast = args.high_contrast
    engine, client, problem = demo.connect()
    assert problem is None, problem
    engine.run_once()  # the event and its tickets, before the window opens
    context = UiContext(
        station=station, events=UiEvents(), runner=TaskRunner(2), engine=engine, client=client
    )
    plan = CameraPlan(["none"])
    if args.camera == "demo":
        plan = CameraPlan(["demo"], lambda: demo_payloads(station, context.event_id or None))
    window = DoorWindow(context, camera=plan, sync_interval_s=3600)
    window.sounds.set_muted(True)
    window.show()
    facts: dict[str, object] = {
        "screen": [screen.width(), screen.height()],
        "direction": app.layoutDirection().name,
    }
    try:
        assert wait(app, lambda: bool(context.event_id)), "no event"
        payloads = demo_payloads(station, context.event_id)
        for code in payloads[:5]:
            window.scan_code(code)
        assert wait(app, lambda: window.recent_model.rowCount() >= 5), "no scans"
        window.search.box.setText("a")
        window.search.box.setText("an")
        assert wait(app, lambda: window.search.model.rowCount() > 0), "no search results"
        window.scan_code(payloads[0])  # already in: the amber card with its button
        assert wait(app, lambda: window.card.verdict is not None)
        settle(app, 0.5)
        door = door_facts(window)
        facts["door"] = door
        window.grab().save(str(args.out / "door.png"))
        composite(screen, [window]).save(str(args.out / "screen-door.png"))

        views: dict[str, object] = {}
        organizer = window.organizer
        for index, view in enumerate(organizer.views):
            organizer.view_actions[index].trigger()
            assert wait(app, lambda v=view: v.built and organizer.isVisible())
            settle(app, 1.0)
            slug = view.objectName().removeprefix("view-").lower()
            organizer.grab().save(str(args.out / f"organizer-{slug}.png"))
            composite(screen, [window, organizer]).save(str(args.out / f"screen-{slug}.png"))
            hint = view.panel.minimumSizeHint()
            views[slug] = {
                "title": view.title,
                "clipped": clipped_texts(view.panel),
                "organizer": frame(organizer),
                "panel": rect(view.panel),
                "panel_min": [hint.width(), hint.height()],
                "sideways": scrolled_sideways(view.panel),
                "door": door_facts(window),
            }
        facts["views"] = views
        organizer.hide()
        facts["dialogs"] = dialog_facts(app, window, args.out)
    finally:
        window.close_quietly()
        engine.close()
        station.close()
        demo.stop()
    print(json.dumps(facts))
    return 0


def dialog_facts(app: QApplication, window, out: Path) -> dict[str, object]:
    """The door's dialogs fit the screen: settings, needs attention, supervisor PIN."""

    def settings() -> QWidget:
        window.show_settings()
        return window.settings_dialog

    def attention() -> QWidget:
        window.show_attention()
        return window.attention_dialog

    def pin() -> QWidget:
        window.lock.set_pin_hash(hash_pin("2468"))
        window.lock.lock()
        window.presenter.toggle_lock()  # asks for the PIN
        return window.pin_dialog

    found: dict[str, object] = {}
    for name, opener in (("settings", settings), ("attention", attention), ("pin", pin)):
        dialog = opener()
        assert wait(app, dialog.isVisible), name
        settle(app, 0.3)
        dialog.grab().save(str(out / f"dialog-{name}.png"))
        hint = dialog.minimumSizeHint()
        found[name] = {
            "frame": frame(dialog),
            "min": [hint.width(), hint.height()],
            "clipped": clipped_texts(dialog),
        }
        dialog.reject()
    return found


def clipped_texts(root: QWidget) -> list[str]:
    """Texts cut short in `root`: a label on one line, a button, a tab, a group title or a
    check box that is narrower than its words (labels that wrap or shrink their font to fit
    by design are left out)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or widget.wordWrap() or widget.textFormat() == Qt.TextFormat.RichText:
                continue
            if "<" in text or type(widget).__name__ == "FitLabel" or widget.hasScaledContents():
                continue
            shown = text.replace("&&", "\0").replace("&", "").replace("\0", "&")  # mnemonics
            wanted = max(metrics.horizontalAdvance(line) for line in shown.splitlines() or [""])
            if wanted > widget.contentsRect().width() + 1:
                found.append(f"label {text!r}: {wanted} > {widget.contentsRect().width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(
                    f"{type(widget).__name__} {widget.text()!r}: "
                    f"{widget.sizeHint().width()} > {widget.width()}"
                )
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                hint = widget.tabSizeHint(index).width()
                if widget.tabRect(index).width() + 1 < hint:
                    found.append(
                        f"tab {widget.tabText(index)!r}: {hint} > {widget.tabRect(index).width()}"
                    )
        elif (
            isinstance(widget, QGroupBox)
            and widget.title()
            and metrics.horizontalAdvance(widget.title()) + 16 > widget.width()
        ):
            found.append(f"group {widget.title()!r}")
    return found


def door_facts(window: QWidget) -> dict[str, object]:
    return {
        "clipped": clipped_texts(window),
        "window": frame(window),
        "maximised": window.isMaximized(),
        "central": rect(window.centralWidget()),
        "camera": rect(window.camera_view),
        "card": rect(window.card),
        "card_buttons": [
            rect(b) for b in (window.card.override_button, window.card.dismiss_button)
        ],
        "recent": table_facts(window.recent.view),
        "search": table_facts(window.search.view),
        "sideways": scrolled_sideways(window),
    }


if __name__ == "__main__":
    sys.exit(main())
