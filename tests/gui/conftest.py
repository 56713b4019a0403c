"""Door-window fixtures: a seeded station, the window without a camera, a fake camera."""

from __future__ import annotations

import queue
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QLoggingCategory, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from checkin_app.bootstrap import Station
from checkin_app.scanner.frames import Frame
from checkin_app.scanner.synthetic import render_qr
from checkin_app.ui.app import QT_LOG_RULES
from checkin_app.ui.context import UiContext, UiEvents
from checkin_app.ui.gc_policy import GuiThreadGarbageCollector
from checkin_app.ui.main_window import CameraPlan, DoorWindow
from checkin_app.ui.workers import TaskRunner
from tests.support.factories import make_ticket, seeded_station

# Qt Multimedia says so when a machine has no sound server (the app logs it and goes on), and
# the offscreen platform cannot size top-level windows from hints or raise one above another;
# none of it is the app's fault.
NO_AUDIO_MESSAGES = (
    "PulseAudioService",
    "QSoundEffect",
    "pipewire",
    "qt.multimedia",
    "does not support propagateSizeHints",
    "does not support raise()",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(*NO_AUDIO_MESSAGES))


@pytest.fixture(autouse=True)
def _quiet_multimedia() -> None:
    QLoggingCategory.setFilterRules(QT_LOG_RULES)


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_gui_thread(qapp) -> Iterator[None]:
    """As in the app (`application()`): a worker thread that collected a test's dead widgets
    crashed the suite ("Garbage-collecting", segmentation fault)."""
    collector = GuiThreadGarbageCollector(qapp)
    yield
    collector.stop()
    collector.deleteLater()


@pytest.fixture(autouse=True)
def _no_keys_held_after_the_test(qapp) -> Iterator[None]:
    """QTest can leave a modifier (Shift after Ctrl+Shift+…) counted as held; the next test's
    selections would then extend instead of select. Let every key go."""
    yield
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        spare = QWidget()
        QTest.keyRelease(spare, Qt.Key.Key_Shift)  # a key event with no modifiers resets them
        spare.deleteLater()


GUESTS = [
    ("ABCD-EFGH-IJ001", {"guest_first_name": "Ada", "guest_last_name": "Lovelace"}),
    ("ABCD-EFGH-IJ002", {"guest_first_name": "Grace", "guest_last_name": "Hopper"}),
    ("ABCD-EFGH-IJ003", {"guest_first_name": "Alan", "guest_last_name": "Turing",
                         "canceled": True}),
    ("ABCD-EFGH-IJ004", {"guest_first_name": "Katherine", "guest_last_name": "Johnson",
                         "order_status": "OFFLINE_PENDING", "order_number": "ORD4"}),
]  # fmt: skip


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    from checkin_app.domain.models import OrderStatus

    tickets = []
    for number, fields in GUESTS:
        values = dict(fields)
        if "order_status" in values:
            values["order_status"] = OrderStatus(values["order_status"])
        tickets.append(make_ticket(number, **values))
    st = seeded_station(tmp_path / "data", tickets)
    yield st
    st.close()


WindowFactory = Callable[..., DoorWindow]


@pytest.fixture
def make_window(qtbot) -> Iterator[WindowFactory]:
    """Build a door window on a station (no camera, no sync unless given an engine)."""
    windows: list[DoorWindow] = []

    def build(
        station: Station,
        *,
        engine: object = None,
        camera: CameraPlan | None = None,
        sync_interval_s: float = 3600.0,
        **kwargs: object,
    ) -> DoorWindow:
        context = UiContext(
            station=station,
            events=UiEvents(),
            runner=TaskRunner(2, "test-background"),
            engine=engine,
            client=getattr(engine, "client", None),
        )
        window = DoorWindow(context, camera=camera, sync_interval_s=sync_interval_s, **kwargs)
        window.show()  # closed quietly below: qtbot's own close would ask about the queue
        qtbot.waitExposed(window)
        windows.append(window)
        qtbot.waitUntil(lambda: bool(context.event_id) or not station.checkin.catalog.events())
        return window

    yield build
    for window in windows:
        window.close_quietly()


class FakeCamera:
    """A frame source the test feeds one picture at a time (stands in for a webcam)."""

    def __init__(self) -> None:
        self._frames: queue.Queue[np.ndarray | None] = queue.Queue()
        self._count = 0
        self.closed = False

    @property
    def name(self) -> str:
        return "fake camera"

    def show(self, payload: str) -> None:
        """Hold a QR code with `payload` in front of the camera for one frame."""
        code = render_qr(payload, module_px=6)
        canvas = np.full((480, 640), 200, dtype=np.uint8)
        h, w = code.shape
        canvas[40 : 40 + h, 80 : 80 + w] = code
        self._frames.put(canvas)

    def show_nothing(self) -> None:
        self._frames.put(np.full((480, 640), 128, dtype=np.uint8))

    def read(self) -> Frame | None:
        image = self._frames.get()
        if image is None:
            return None
        self._count += 1
        return Frame(image, time.monotonic(), self._count)

    def close(self) -> None:
        self.closed = True
        self._frames.put(None)
