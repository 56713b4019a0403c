"""PyInstaller runtime hook: pyzbar loads the libzbar bundled with the app, if there is one.

pyzbar finds zbar with `ctypes.util.find_library`, which only looks at system folders; the
bundle carries its own copy (Linux, macOS) so the app works where zbar is not installed.
"""

import ctypes
import glob
import os
import sys

import pyzbar.zbar_library as _zbar_library

_original_load = _zbar_library.load


def _load_bundled() -> tuple[object, list[object]]:
    base = getattr(sys, "_MEIPASS", os.path.dirname(sys.executable))
    for path in sorted(glob.glob(os.path.join(base, "libzbar*"))):
        try:
            return ctypes.cdll.LoadLibrary(path), []
        except OSError:
            continue
    return _original_load()


if sys.platform != "win32":  # the Windows wheel ships its DLLs beside pyzbar already
    _zbar_library.load = _load_bundled
