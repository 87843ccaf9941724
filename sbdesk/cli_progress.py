"""Progress of the CLI's long jobs on stderr: importing a million rows takes six
minutes and `migrate-to` as long, with nothing on the screen. A line updated in place
("导入 120000/1000000 行"), at most a few times a second, and only when stderr is a terminal:
a script's or a test's captured output stays as it was. The services only call back; the
terminal is this door's business."""
from __future__ import annotations

import sys
import time
import unicodedata
from collections.abc import Callable
from typing import TextIO

from .domain.messages import QT_TRANSLATE_NOOP

EVERY = 0.25  # seconds between two updates of the line


class Line:
    """One line on a terminal, rewritten with \\r; cleared when the job ends, so the answer
    (stdout) and any message (stderr) start on a clean line."""

    def __init__(self, stream: TextIO, every: float = EVERY, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream, self.every, self.clock = stream, every, clock
        self.last: float | None = None
        self.width = 0

    def show(self, text: str, force: bool = False) -> None:
        now = self.clock()
        if not force and self.last is not None and now - self.last < self.every:
            return
        self.last = now
        width = columns(text)
        self.stream.write("\r" + text + " " * max(self.width - width, 0))
        self.stream.flush()
        self.width = max(width, self.width)

    def clear(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


def columns(text: str) -> int:
    """The text's width on a terminal: a Chinese character takes two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def on_terminal(stream: TextIO | None = None) -> Line | None:
    """A Line on stderr when a person watches it; None otherwise (a pipe, a file, a test)."""
    stream = sys.stderr if stream is None else stream
    try:
        return Line(stream) if stream.isatty() else None
    except (AttributeError, ValueError):  # a closed or odd stream: no progress
        return None


def import_file(desk, path, tx):
    """exchange.import_file with "导入 done/total 行" while it runs."""
    from .services import exchange
    line = on_terminal()
    if line is None:
        return exchange.import_file(desk, path)
    counted = tx("cli", QT_TRANSLATE_NOOP("cli", "Importing: {done}/{total} rows"))
    uncounted = tx("cli", QT_TRANSLATE_NOOP("cli", "Importing: {done} rows"))

    def progress(done: int, total: int) -> None:
        line.show((counted if total else uncounted).format(done=done, total=total))
    try:
        return exchange.import_file(desk, path, progress=progress)
    finally:
        line.clear()


def migrate_to(desk, url, tx):
    """branch.migrate_to with "复制 people 表：done 行" while it runs."""
    from .services import branch
    line = on_terminal()
    if line is None:
        return branch.migrate_to(desk, url)
    text = tx("cli", QT_TRANSLATE_NOOP("cli", "Copying table {table}: {done} rows"))
    try:
        return branch.migrate_to(desk, url, lambda table, done: line.show(text.format(table=table, done=done)))
    finally:
        line.clear()
