"""Columns fitted to their content never run past the table's view: when the content is
wider than the view (large text, a long language, a vertical scrollbar appearing), the
widest columns give way down to their header's width and their cells elide."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from checkin_app.ui.table_fit import ColumnFitter, is_elided

LONG = "Hohenzollern-Sigmaringen-Oberschwaben Veranstaltungsgesellschaft"


def table(qtbot, width: int) -> tuple[QTableView, ColumnFitter]:
    model = QStandardItemModel(0, 4)
    model.setHorizontalHeaderLabels(["Guest", "Ticket", "Order", "Status"])
    for _row in range(3):
        model.appendRow([QStandardItem(LONG) for _ in range(4)])
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    fitter = ColumnFitter(view, stretch=0)
    view.resize(width, 200)
    view.show()
    qtbot.waitExposed(view)
    fitter.fit()
    return view, fitter


def test_content_wider_than_the_view_gives_way_to_whole_headers(qtbot) -> None:
    view, _fitter = table(qtbot, 520)
    header = view.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(4)]
    assert sum(widths) <= view.viewport().width()
    for column in range(4):  # every header still whole
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
    assert is_elided(view, 1, LONG)  # the content is what gave way
    assert not view.horizontalScrollBar().isVisible()


def test_a_wide_view_shows_every_column_whole(qtbot) -> None:
    view, fitter = table(qtbot, 2600)
    for column in (1, 2, 3):
        assert view.horizontalHeader().sectionSize(column) >= fitter.wanted_width(column)
        assert not is_elided(view, column, LONG)
