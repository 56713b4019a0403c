"""The door's camera part: the preview widget and the feed behind it, started from a plan."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject

from checkin_app.domain.models import InputMethod
from checkin_app.scanner.frames import FrameSource
from checkin_app.ui.camera_feed import CameraFeed
from checkin_app.ui.camera_view import CameraView
from checkin_app.ui.door_presenter import parse_size, usable_camera_specs
from checkin_app.ui.i18n import tr


class CameraScans(Protocol):
    """Takes a code read by the camera (`DoorController`); thread-safe."""

    def scan(self, raw: str, method: InputMethod, started: float | None = None) -> None: ...


@dataclasses.dataclass
class CameraPlan:
    """Which camera to open: SPEC candidates tried in turn (e.g. ["0", "demo"]), and, for
    the demo camera, a function giving the codes to show (called once tickets are cached)."""

    specs: Sequence[str] = ()
    payloads: Callable[[], Sequence[str]] | None = None
    wait_for_first_sync: bool = False


class DoorCamera(QObject):
    """`view` shows the preview; codes read by the camera go to `on_scan` on the decoder
    thread (thread-safe callers only)."""

    def __init__(
        self, plan: CameraPlan, debounce_s: float = 3.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.view = CameraView()
        self.view.setAccessibleName(tr("Camera", "Camera preview"))
        self.feed = CameraFeed(debounce_s=debounce_s, parent=self)
        self.feed.frame_ready.connect(self.view.set_frame)
        self.feed.codes_seen.connect(self.view.set_codes)
        self.feed.state_changed.connect(self._on_state_changed)
        self.view.size_changed.connect(self._on_view_resized)

    def send_scans_to(self, door: CameraScans) -> None:
        """Codes the camera reads go straight to `door.scan` from the decoder thread (it only
        queues the decision). Holding the controller, not the window, keeps the window free
        of reference cycles."""

        def on_scan(texts: list[str], read_at: float) -> None:
            for text in texts:
                door.scan(text, InputMethod.CAMERA, read_at)

        self.feed.on_scan = on_scan

    @property
    def running(self) -> bool:
        return self.feed.running

    def start(self, resolution: str) -> None:
        """Open the first camera of the plan that works (on the feed's thread)."""
        plan = self.plan
        specs = usable_camera_specs(plan.specs)
        if not specs:
            self._show_message(
                tr(
                    "DoorWindow",
                    "No camera is set up. Scan with the barcode scanner or search for a guest.",
                )
            )
            return
        payloads = list(plan.payloads()) if plan.payloads is not None else []
        width, height = parse_size(resolution)
        report = self.feed.report_camera_state

        def open_first() -> FrameSource:
            from checkin_app.scanner.sources import open_source

            problem: Exception | None = None
            for spec in specs:
                try:
                    return open_source(
                        spec, payloads=payloads, width=width, height=height, on_camera_state=report
                    )
                except Exception as exc:  # the next candidate, else report the first problem
                    problem = problem or exc
            assert problem is not None
            raise problem

        self.feed.start_with(open_first, specs[0])

    def stop(self) -> None:
        self.feed.stop()

    def _on_view_resized(self, width: int, height: int) -> None:
        ratio = self.view.devicePixelRatioF()
        self.feed.preview_size = (max(64, int(width * ratio)), max(48, int(height * ratio)))

    def _on_state_changed(self, message: str, _working: bool) -> None:
        if message:
            self._show_message(message)

    def _show_message(self, message: str) -> None:
        self.view.set_message(message)
        self.view.setAccessibleDescription(message)
