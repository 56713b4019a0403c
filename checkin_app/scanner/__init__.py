"""Camera frames to ticket codes, without Qt: frame sources, QR decoding, debouncing, wedge input.

The door window and the CLI use these entry points::

    from checkin_app.scanner.sources import open_source        # "0", a path, or "demo"
    from checkin_app.scanner.pipeline import default_decoder, available_backends
    from checkin_app.scanner.loop import CaptureLoop
    from checkin_app.scanner.debounce import Debouncer
    from checkin_app.scanner.wedge import WedgeDetector

Nothing in this package imports PySide6; the UI wraps it in its own threads and signals.
"""
