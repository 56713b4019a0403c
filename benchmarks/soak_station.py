"""The station side of benchmarks/soak.py: the real app, a scanner replaying the night, and
a sampler that writes one JSON line every few seconds.

The app is started the way `checkin-app` starts it (`run_gui`: instance lock, connection
from the CHECKIN_* variables, the door window, the demo camera through the capture and
decode loop). Scans arrive as key presses — what a USB barcode scanner sends — so they go
through the window's scanner filter like real ones; nothing here calls the window's
internals to decide a scan.
"""

from __future__ import annotations

import json
import logging
import os
import random
import signal
import sys
import threading
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

import psutil
from PySide6.QtCore import QEvent, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QWidget

SEARCHES = ("Mar", "Ann", "Joh", "Lee", "Kim", "Sar", "Dav", "Eli")
SEARCH_EVERY = 40  # scans: staff look a guest up now and then


class _Counts(logging.Handler):
    """Counts log records at WARNING and above; keeps the first few ERROR messages."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.by_level: Counter[str] = Counter()
        self.errors: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.by_level[record.levelname] += 1
        if record.levelno >= logging.ERROR and len(self.errors) < 10:
            self.errors.append(f"{record.name}: {record.getMessage()}"[:300])


class SoakStation:
    """Run with `SoakStation(plan).run()` in a process of its own; returns the exit status."""

    def __init__(self, plan: dict[str, Any]) -> None:
        self.plan = plan
        self.scans: list[tuple[float, str]] = [tuple(s) for s in plan["scans"]]
        self.data_dir = Path(plan["data_dir"])
        self.samples_path = Path(plan["samples"])
        self.process = psutil.Process()
        self.rng = random.Random(5)
        self.window: QMainWindow | None = None
        self.t0: float | None = None
        self.sent = 0
        self.verdicts: Counter[str] = Counter()
        self.syncs = 0
        self.sync_errors = 0
        self.camera_frames = 0
        self.sync_error_kinds: Counter[str] = Counter()
        self.connectivity = "unknown"
        self.unhandled: list[str] = []
        self.qt_messages: Counter[str] = Counter()
        self.qt_samples: list[str] = []
        self.log = _Counts()

    # -- life -----------------------------------------------------------------------------------
    def run(self) -> int:
        from checkin_app.bootstrap import open_station
        from checkin_app.ui.app import GuiOptions, application, run_gui

        self._install_hooks()
        station = open_station(self.data_dir)  # the station's own settings, as a user sets them
        station.settings.camera_resolution = "640x480"  # the demo camera is rendered per frame
        station.settings.sounds = False  # no audio device on the measuring machine
        station.settings.save(self.data_dir)
        station.close()
        app = application()
        finder = QTimer(app, interval=50)
        finder.timeout.connect(lambda: self._attach(finder))
        finder.start()
        # An orphan (the measuring process was killed: Ctrl+C, a test timeout) ends itself
        # instead of running the window on for as long as nobody stops it.
        parent = os.getppid()

        def quit_if_orphaned() -> None:
            if os.getppid() != parent:  # as the measuring process ends it: the window closes
                os.kill(os.getpid(), signal.SIGTERM)

        orphan_check = QTimer(app, interval=1000)
        orphan_check.timeout.connect(quit_if_orphaned)
        orphan_check.start()
        status = 1
        with self.samples_path.open("a", encoding="utf-8") as self.samples:
            try:
                status = run_gui(GuiOptions(camera="demo", data_dir=str(self.data_dir),
                                            station=self.plan["station"],
                                            sync_interval=self.plan["sync_s"]))  # fmt: skip
            finally:
                self._write({"final": self._final(status)})
        return status

    def _install_hooks(self) -> None:
        previous = sys.excepthook

        def on_exception(kind: Any, value: Any, tb: Any) -> None:
            self.unhandled.append("".join(traceback.format_exception(kind, value, tb))[-2000:])
            previous(kind, value, tb)

        def on_thread_exception(args: threading.ExceptHookArgs) -> None:
            on_exception(args.exc_type, args.exc_value, args.exc_traceback)

        sys.excepthook = on_exception
        threading.excepthook = on_thread_exception
        logging.getLogger().addHandler(self.log)
        logging.getLogger().setLevel(logging.INFO)

        def on_qt_message(kind: QtMsgType, _context: Any, message: str) -> None:
            self.qt_messages[kind.name] += 1
            if len(self.qt_samples) < 5 and message not in self.qt_samples:
                self.qt_samples.append(message[:300])
            if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
                self.unhandled.append(f"Qt {kind.name}: {message}"[:500])

        qInstallMessageHandler(on_qt_message)

    def _attach(self, finder: QTimer) -> None:
        """Once the door window is up and has chosen its event: start the night."""
        window = self.window or next(
            (w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMainWindow) and w.objectName() == "DoorWindow"), None,
        )  # fmt: skip
        if window is None:
            return
        if self.window is None:
            self.window = window
            events = window.context.events
            events.scan_recorded.connect(lambda v: self.verdicts.update([v.kind.value]))
            events.sync_finished.connect(self._on_sync)
        if not window.context.event_id:
            return  # the first sync has not brought the event in yet
        finder.stop()
        self.t0 = time.time()
        self._write({"ready": self.t0})
        self.scanner = QTimer(window, interval=20)
        self.scanner.timeout.connect(self._scan_due)
        self.scanner.start()
        self.sampler = QTimer(window, interval=int(self.plan["sample_s"] * 1000))
        self.sampler.timeout.connect(self._sample)
        self.sampler.start()
        self._sample()

    # -- the night ------------------------------------------------------------------------------
    def _scan_due(self) -> None:
        now = time.time() - (self.t0 or time.time())
        while self.sent < len(self.scans) and self.scans[self.sent][0] <= now:
            self._type(self.scans[self.sent][1])
            self.sent += 1
            if self.sent % SEARCH_EVERY == 0:
                self._search(self.rng.choice(SEARCHES))

    def _type(self, code: str) -> None:
        """A USB scanner: the code's characters as key presses in a burst, then Enter."""
        assert self.window is not None
        target: QWidget = QApplication.focusWidget() or self.window
        for char in code:
            key = ord(char.upper()) if " " <= char <= "~" else 0
            QApplication.sendEvent(
                target, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char)
            )
        enter = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier,
                          "\r")  # fmt: skip
        QApplication.sendEvent(target, enter)

    def _search(self, text: str) -> None:
        assert self.window is not None
        box = self.window.findChild(QLineEdit, "searchBox")
        if box is not None:
            box.setText(text)

    def _on_sync(self, report: Any) -> None:
        self.syncs += 1
        error = getattr(report, "error", None)
        if error:
            self.sync_errors += 1
            self.sync_error_kinds[error.split("(")[0].split(";")[0][:80]] += 1
        self.connectivity = str(getattr(report, "connectivity", "unknown"))

    # -- figures --------------------------------------------------------------------------------
    def _sample(self) -> None:
        assert self.window is not None
        station = self.window.context.station
        outbox = station.status.status().outbox
        database = self.data_dir / "checkin.sqlite3"
        wal = Path(f"{database}-wal")
        feed = getattr(self.window, "camera_feed", None)  # the window's camera, if it says
        camera = feed.stats() if feed is not None else None
        self.camera_frames = int(getattr(camera, "frames_decoded", 0) or 0)
        self._write({
            "t": round(time.time() - (self.t0 or 0), 2),
            "rss": self.process.memory_info().rss,
            "fds": self.process.num_fds(),
            "threads": self.process.num_threads(),
            "py_threads": threading.active_count(),
            "db": database.stat().st_size,
            "wal": wal.stat().st_size if wal.exists() else 0,
            "queue": outbox.get("pending", 0) + outbox.get("inflight", 0),
            "dead": outbox.get("dead", 0),
            "sent": self.sent,
            "verdicts": sum(self.verdicts.values()),
            "syncs": self.syncs,
            "sync_errors": self.sync_errors,
            "connectivity": self.connectivity,
            "log_errors": self.log.by_level["ERROR"] + self.log.by_level["CRITICAL"],
            "log_warnings": self.log.by_level["WARNING"],
            "unhandled": len(self.unhandled),
            "camera_frames_decoded": self.camera_frames,
            "open_files": _open_files(),
        })  # fmt: skip

    def _final(self, status: int) -> dict[str, Any]:
        return {
            "exit": status,
            "sent": self.sent,
            "verdicts": dict(self.verdicts),
            "syncs": self.syncs,
            "sync_errors": self.sync_errors,
            "sync_error_kinds": dict(self.sync_error_kinds.most_common(8)),
            "log": dict(self.log.by_level),
            "log_error_samples": self.log.errors,
            "qt_messages": dict(self.qt_messages),
            "qt_message_samples": self.qt_samples,
            "unhandled": len(self.unhandled),
            "unhandled_samples": self.unhandled[:5],
            "camera_frames_decoded": self.camera_frames,
            "open_files": _open_files(),
        }

    def _write(self, record: dict[str, Any]) -> None:
        self.samples.write(json.dumps(record) + "\n")
        self.samples.flush()


def _open_files() -> dict[str, int]:
    """What this process's descriptors point at, by kind (a leak shows up as one big count)."""
    kinds: Counter[str] = Counter()
    for fd in Path("/proc/self/fd").iterdir() if Path("/proc/self/fd").exists() else []:
        try:
            target = str(fd.readlink())
        except OSError:
            continue
        kind = target.split(":", 1)[0] if ":" in target and not target.startswith("/") else target
        kinds[kind if not kind.startswith("/") else Path(kind).name] += 1
    return dict(kinds.most_common(12))
