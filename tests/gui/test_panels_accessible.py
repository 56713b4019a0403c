"""Every control of the organizer panels has a name assistive technology reads out and can be
reached from the keyboard (issue 17.2, the panels' part)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from checkin_app.emulator.server import EmulatorServer
from checkin_app.ui.context import UiContext
from checkin_app.ui.panels.sales import SalesPanel
from checkin_app.ui.panels.setup import SetupPanel
from checkin_app.ui.panels.stats import StatsPanel
from tests.support.panel_context import make_context
from tests.support.wix_flow import Organizer, published_event

INTERACTIVE = (
    QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit,
    QTextEdit,
)  # fmt: skip
COMPOSITE = (QComboBox, QAbstractSpinBox, QTabBar)  # their inner parts are theirs


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive widgets under `root` with no accessible name (Qt's own inner parts, such
    as a spin box's line edit or a table's header, are named by their owner)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        parent, inner = widget.parentWidget(), False
        while parent is not None and parent is not root:
            inner = inner or isinstance(parent, COMPOSITE)
            parent = parent.parentWidget()
        if inner:
            continue
        if not widget.accessibleName().strip():
            text = getattr(widget, "text", lambda: "")()
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}")
    return missing


def unreachable_controls(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not isinstance(w, QHeaderView)
        and not w.objectName().startswith("qt_")
        and w.focusPolicy() == Qt.FocusPolicy.NoFocus
    ]  # fmt: skip


@pytest.fixture
def srv() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed=None) as server:
        yield server


@pytest.fixture
def context(srv: EmulatorServer, tmp_path: Path) -> Iterator[UiContext]:
    org = Organizer(srv, tmp_path / "station")
    event_id = published_event(org)[0]
    org.setup.questions.add(event_id, "Company", kind="text", mandatory=True)
    org.setup.questions.add(event_id, "Meal", kind="checkbox", options=["Fish", "Veg"])
    ctx = make_context(org.station, org.client, event_id)
    yield ctx
    ctx.runner.close()
    org.close()


@pytest.mark.parametrize("panel_class", [SalesPanel, SetupPanel, StatsPanel])
def test_every_control_is_named_and_reachable(qtbot, context: UiContext, panel_class) -> None:
    panel = panel_class(context)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    if isinstance(panel, SalesPanel):  # the registration form's questions appear
        qtbot.waitUntil(lambda: len(panel.details.blocks) == 1)
        panel.set_quantity("GA", 1)
        panel.payment.reserve_button.click()
        qtbot.waitUntil(lambda: panel.sale is not None and panel.flow.calls.busy == 0)
    if isinstance(panel, SetupPanel):
        for step in range(8):  # every step's page, with its lists read from Wix
            panel.show_step(step)
            qtbot.waitUntil(lambda: panel.runner.calls.busy == 0)
    controls = [w for w in panel.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    assert len(controls) >= 5  # the walk looked at real controls
    assert unnamed_controls(panel) == []
    assert unreachable_controls(panel) == []


def test_the_walk_finds_an_unnamed_control(qtbot, context: UiContext) -> None:
    panel = StatsPanel(context)
    qtbot.addWidget(panel)
    panel.export_button.setAccessibleName("")
    assert any("exportScansButton" in m for m in unnamed_controls(panel))
