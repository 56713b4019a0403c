"""Tables that fit their columns to their content: every column gets what its header and rows
need, one column (usually a name) takes the rest and elides, and an elided cell shows its
whole text as a tooltip. No horizontal scrollbar at the door.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip

from checkin_app.ui.accessible import name_table_parts

CELL_PADDING = 16  # left + right padding of a cell as the theme draws it
FIT_DELAY_MS = 150
MEASURED_ROWS = 200  # the door's lists are short; a long search result is measured at its top


class ColumnFitter(QObject):
    """Keeps `view`'s columns fitted (and lets Tab leave the table); `stretch` is the column
    that gives way, and `caps` limits other columns to a share of the width (e.g. {3: 0.3})."""

    def __init__(
        self, view: QTableView, stretch: int, caps: dict[int, float] | None = None
    ) -> None:
        super().__init__(view)
        self._view = view
        self._stretch = stretch
        self._caps = caps or {}
        self._pending = False
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Rows are read with the arrow keys; Tab moves on to the next control.
        view.setTabKeyNavigation(False)
        header = view.horizontalHeader()
        header.setMinimumSectionSize(32)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)
        name_table_parts(view)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.layoutChanged,
        ):
            signal.connect(self.schedule)
        self.fit()

    def schedule(self, *_args: object) -> None:
        """Fit a moment later: a burst of changes is fitted once, and a new row never
        delays the paint of the result card (measuring every cell costs a few ms)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(FIT_DELAY_MS, self, self.fit)

    def wanted_width(self, column: int) -> int:
        """What a column needs to show its header and its rows unelided: the width of the
        longest text (cheap: no delegate calls, a few rows)."""
        header = self._view.horizontalHeader()
        model = self._view.model()
        metrics = self._view.fontMetrics()
        widest = 0
        for row in range(min(model.rowCount(), MEASURED_ROWS)):
            text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if text:
                widest = max(widest, metrics.horizontalAdvance(str(text)))
        return max(header.sectionSizeHint(column), widest + CELL_PADDING)

    def fit(self) -> None:
        self._pending = False
        view = self._view
        header = view.horizontalHeader()
        columns = view.model().columnCount()
        available = view.viewport().width()
        widths: dict[int, int] = {}
        for column in range(columns):
            if column == self._stretch or view.isColumnHidden(column):
                continue
            width = self.wanted_width(column)
            cap = self._caps.get(column)
            if cap is not None:
                width = min(width, max(header.sectionSizeHint(column), int(available * cap)))
            widths[column] = width
        if 0 <= self._stretch < columns:
            rest = available - sum(widths.values())
            widths[self._stretch] = max(header.sectionSizeHint(self._stretch), rest)
        self._give_way(widths, sum(widths.values()) - available)
        for column, width in widths.items():
            if header.sectionSize(column) != width:  # no relayout when nothing changed
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, width)

    def _give_way(self, widths: dict[int, int], overflow: int) -> None:
        """Too narrow for every column's content (large text, a long language, a vertical
        scrollbar that just appeared): columns wider than their header give back, the most
        generous first, down to their header's width — their cells elide with tooltips —
        so the table never runs past its view."""
        header = self._view.horizontalHeader()
        while overflow > 0:
            spare = {c: w - header.sectionSizeHint(c) for c, w in widths.items()}
            column = max(spare, key=lambda c: spare[c], default=None)
            if column is None or spare[column] <= 0:
                return  # every header at its own width: nothing more can give
            given = min(overflow, spare[column])
            widths[column] -= given
            overflow -= given

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.schedule()
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            return show_elided_tooltip(self._view, event.pos(), event.globalPos())
        return False


def show_elided_tooltip(view: QAbstractItemView, pos: QPoint, global_pos: QPoint) -> bool:
    """The whole text of a cell cut short by its column, with the model's own tooltip below
    it. False (Qt shows the model's tooltip as usual) when the cell is not elided."""
    index = view.indexAt(pos)
    if not index.isValid():
        return False
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    if not text or not is_elided(view, index.column(), text):
        return False
    extra = index.data(Qt.ItemDataRole.ToolTipRole)
    QToolTip.showText(global_pos, f"{text}\n{extra}" if extra else text, view)
    return True


def is_elided(view: QAbstractItemView, column: int, text: str) -> bool:
    """Whether `text` is too wide for the column (so the view draws it elided)."""
    if not isinstance(view, QTableView):
        return False
    width = view.columnWidth(column) - CELL_PADDING
    return view.fontMetrics().horizontalAdvance(text) > width
