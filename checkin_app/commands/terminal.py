"""What the command line writes to a terminal: never an escape sequence it did not mean.

Two layers (`checkin_app/domain/text.py` says which characters go and why):

- each field that comes from outside — a guest name, an event title, a message from Wix —
  goes through `field()` where a command formats its line: controls removed, line breaks
  as spaces, bidirectional isolates balanced;
- `guarded_output()` wraps stdout and stderr for the whole command, so that text nobody
  thought of (an error message, a log line quoting a server) is cleaned too.

JSON output is written by `json_text()`: the control characters that JSON leaves raw are
written as \\uXXXX escapes, so the data is exact and the stream guard has nothing to remove.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TextIO

from checkin_app.domain.text import for_terminal, json_escape_unsafe, one_line


def field(text: object) -> str:
    """One value from outside, safe inside a line of terminal output."""
    return one_line(None if text is None else str(text))


def json_text(value: object) -> str:
    """`value` as one line of JSON: exact, with nothing raw a terminal would act on."""
    return json_escape_unsafe(json.dumps(value, ensure_ascii=False, indent=None))


class CleanStream:
    """A text stream that removes escape sequences and control characters on the way out
    (tab, newline and carriage return stay); everything else is the wrapped stream's."""

    def __init__(self, inner: TextIO) -> None:
        self._inner = inner

    @property
    def inner(self) -> TextIO:
        return self._inner

    def write(self, text: str) -> int:
        self._inner.write(for_terminal(text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self._inner.flush()

    def __getattr__(self, name: str) -> object:  # encoding, isatty, fileno, buffer, ...
        return getattr(self._inner, name)


@contextmanager
def guarded_output() -> Iterator[None]:
    """Clean everything written to sys.stdout and sys.stderr inside the block."""
    saved = sys.stdout, sys.stderr
    sys.stdout = _wrap(sys.stdout)
    sys.stderr = _wrap(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def _wrap(stream: TextIO | CleanStream) -> TextIO | CleanStream:
    if stream is None or isinstance(stream, CleanStream):  # pythonw: no console at all
        return stream
    return CleanStream(stream)
