"""Progress of the CLI's long jobs on stderr: importing a million rows takes six
minutes and `migrate-to` two, with nothing on the screen. A line updated in place
("导入 120000/1000000 行"), at most a few times a second, and only when stderr is a terminal:
a script's or a test's captured output stays as it was. The services only call back; the
terminal is this door's business."""

from __future__ import annotations

import os
import sys
import time
import unicodedata
from collections.abc import Callable
from typing import TextIO

from ..domain.messages import QT_TRANSLATE_NOOP
from ..services import branch, exchange

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
        room = self.room()
        text = cut(text, room)  # a longer line wraps: each "\r" then starts a new row on the screen
        width, self.width = columns(text), min(max(columns(text), self.width), room)  # before the write: a Ctrl+C
        self.stream.write("\r" + text + " " * max(self.width - width, 0))  # during it still gets a clear()
        self.stream.flush()

    def room(self) -> int:
        """The columns the line may take: the terminal's width (read each time: it may be
        resized) less one, so the cursor never wraps; no limit where no size is known."""
        try:
            width = os.get_terminal_size(self.stream.fileno()).columns
        except (AttributeError, OSError, ValueError):
            width = 0
        return width - 1 if width > 1 else 1 << 30  # 0: a terminal that tells no size (a serial line)

    def clear(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


def columns(text: str) -> int:
    """The text's width on a terminal: a Chinese character takes two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def cut(text: str, room: int) -> str:
    """``text`` cut to ``room`` terminal columns."""
    used = 0
    for i, ch in enumerate(text):
        used += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used > room:
            return text[:i]
    return text


def on_terminal(stream: TextIO | None = None) -> Line | None:
    """A Line on stderr when a person watches it; None otherwise (a pipe, a file, a test)."""
    stream = sys.stderr if stream is None else stream
    try:
        return Line(stream) if stream.isatty() else None
    except (AttributeError, ValueError):  # a closed or odd stream: no progress
        return None


def import_file(desk, path, tx):
    """exchange.import_file with "导入 done/total 行" while it runs."""
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
    """branch.migrate_to with its stage on one line while it runs: the file checked, then the
    rows copied ("复制到网点数据库：42%（630000/1500000 行）"), then the keys built and the copy
    verified on the server (a step of so many). No table is named: a developer's word."""
    line = on_terminal()
    if line is None:
        return branch.migrate_to(desk, url)
    texts = {
        "check": tx("cli", QT_TRANSLATE_NOOP("cli", "Copying to the branch database: checking the data file…")),
        "copy": tx("cli", QT_TRANSLATE_NOOP("cli", "Copying to the branch database: {percent}% ({done}/{total} rows)")),
        "keys": tx(
            "cli", QT_TRANSLATE_NOOP("cli", "Copying to the branch database: building the indexes, {done}/{total}")
        ),
        "verify": tx(
            "cli", QT_TRANSLATE_NOOP("cli", "Copying to the branch database: verifying on the server, {done}/{total}")
        ),
    }
    shown: list[str] = []

    def progress(stage: str, done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        line.show(texts[stage].format(percent=percent, done=done, total=total), force=stage not in shown)
        shown.append(stage)

    try:
        return branch.migrate_to(desk, url, progress)
    finally:
        line.clear()
