"""How the door window's parts sit: camera and result card on top (the card always in view),
recent scans and the guest search below, the toolbar above, the status line under it all;
and the order Tab visits them in."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from checkin_app.ui.accessible import name_window_parts
from checkin_app.ui.i18n import tr

if TYPE_CHECKING:
    from checkin_app.ui.main_window import DoorWindow


def lay_out_door(window: DoorWindow) -> None:
    top = QSplitter(Qt.Orientation.Horizontal)
    top.addWidget(window.camera.view)
    top.addWidget(window.card)
    top.setStretchFactor(0, 5)
    top.setStretchFactor(1, 4)
    top.setChildrenCollapsible(False)
    search_box = QGroupBox(tr("DoorWindow", "Find a guest"))
    QVBoxLayout(search_box).addWidget(window.search)
    bottom = QSplitter(Qt.Orientation.Horizontal)
    bottom.addWidget(window.recent)
    bottom.addWidget(search_box)
    bottom.setStretchFactor(0, 1)
    bottom.setStretchFactor(1, 1)
    main = QSplitter(Qt.Orientation.Vertical)
    main.setObjectName("doorSplitter")
    main.addWidget(top)
    main.addWidget(bottom)
    main.setStretchFactor(0, 11)
    main.setStretchFactor(1, 9)
    main.setChildrenCollapsible(False)
    window.setCentralWidget(main)
    window.addToolBar(window.toolbar)
    status = window.statusBar()
    status.addWidget(window.status_line, 1)
    status.addPermanentWidget(window.lock_indicator)
    status.setSizeGripEnabled(False)
    name_window_parts(window)
    # Tab goes the way the door works: find, act on the card, then the rest.
    order = [
        window.search.box,
        window.search.view,
        window.search.check_in_button,
        window.search.undo_button,
        *window.card.action_buttons,
        window.recent.view,
        window.toolbar.event_picker,
        window.toolbar.mute_button,
        window.toolbar.lock_button,
    ]
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)
