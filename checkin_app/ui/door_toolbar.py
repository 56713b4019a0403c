"""The door's toolbar: the event, today's count, the station's name, sound and door mode."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QToolBar, QToolButton, QWidget

from checkin_app.domain.models import Event
from checkin_app.ui.i18n import PLURAL, tr


class DoorToolbar(QToolBar):
    """`event_picked(id)` when a supervisor picks another event; `mute_toggled(muted)`;
    `lock_clicked()` to lock or unlock door mode."""

    event_picked = Signal(str)
    mute_toggled = Signal(bool)
    lock_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("DoorWindow", "Door"), parent)
        self.setObjectName("doorToolbar")
        self.setMovable(False)
        label = QLabel(tr("DoorWindow", "&Event:") + " ")
        self.addWidget(label)
        self.event_picker = QComboBox()
        self.event_picker.setObjectName("eventPicker")
        self.event_picker.setMinimumWidth(280)
        self.event_picker.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click keeps the focus
        self.event_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.event_picker.setAccessibleName(tr("DoorWindow", "Event at this door"))
        label.setBuddy(self.event_picker)
        self.addWidget(self.event_picker)
        self.counter = QLabel()
        self.counter.setObjectName("admittedCounter")
        self.counter.setContentsMargins(16, 0, 0, 0)
        self.addWidget(self.counter)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.station_label = QLabel()
        self.station_label.setObjectName("stationLabel")
        self.station_label.setContentsMargins(0, 0, 12, 0)
        self.addWidget(self.station_label)
        self.mute_button = QToolButton()
        self.mute_button.setObjectName("muteButton")
        self.mute_button.setCheckable(True)
        self.mute_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.mute_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.mute_button.setToolTip(tr("DoorWindow", "Turn the scan sounds on or off"))
        self.addWidget(self.mute_button)
        self.lock_button = QToolButton()
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.addWidget(self.lock_button)
        self.event_picker.currentIndexChanged.connect(self._on_index_changed)
        self.mute_button.toggled.connect(self.mute_toggled)
        self.lock_button.clicked.connect(self.lock_clicked)

    # -- what it shows ------------------------------------------------------------------------
    def set_events(self, events: list[Event]) -> None:
        """Fill the picker (quietly: only `select` says which one is current)."""
        known = [self.event_picker.itemData(i) for i in range(self.event_picker.count())]
        if known != [e.id for e in events]:
            self.event_picker.blockSignals(True)
            self.event_picker.clear()
            for event in events:
                self.event_picker.addItem(event.title, event.id)
            self.event_picker.blockSignals(False)
        if not events:
            self.event_picker.setPlaceholderText(tr("DoorWindow", "No events yet — syncing…"))

    def select(self, event_id: str) -> None:
        index = self.event_picker.findData(event_id)
        if index >= 0 and index != self.event_picker.currentIndex():
            self.event_picker.blockSignals(True)
            self.event_picker.setCurrentIndex(index)
            self.event_picker.blockSignals(False)

    def set_admitted(self, count: int) -> None:
        self.counter.setText(tr("DoorWindow", "✔ %n admitted here", None, PLURAL, count))

    def set_station(self, name: str) -> None:
        self.station_label.setText(tr("DoorWindow", "Station: {name}").format(name=name))

    def set_muted(self, muted: bool) -> None:
        self.mute_button.blockSignals(True)
        self.mute_button.setChecked(muted)
        self.mute_button.blockSignals(False)
        self.mute_button.setText(
            tr("DoorWindow", "Sound: off") if muted else tr("DoorWindow", "Sound: on")
        )

    def set_supervisor(self, supervisor: bool, lock_text: str) -> None:
        self.event_picker.setEnabled(supervisor)
        self.lock_button.setText(lock_text)

    def _on_index_changed(self, index: int) -> None:
        event_id = self.event_picker.itemData(index) if index >= 0 else None
        if event_id:
            self.event_picked.emit(str(event_id))
