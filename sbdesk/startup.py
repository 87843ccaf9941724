"""The window's start as steps one reads top to bottom (after dangerzone's startup.py):

    Lock → Database (file or branch server) → Unlock (a protected folder) → Check and recover
    → Sign in (first start) → Protect (a new folder's first start) → Window → Background work

Each step says when it is skipped and what it does; ``run`` returns an exit code to stop the
start there, or None to go on. The data folder is resolved once, into ``Start.folder``, and
every step uses that path. Nothing here imports Qt, nor app.py or the ui: the steps call
the Qt half through ``Start.door`` (ui/start.py, handed in by app.py, which runs them).

What a start no longer does, to open fast at a million people: a full integrity_check and a copy of the whole file
on every start. The check before opening is shallow; the deep check runs in the background
at most daily, and the automatic copy only when the data changed and at most daily
(services/backup.due_at_start), both at the lowest CPU priority, after the window shows.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import paths
from .services.errors import ServiceError, StoreError

log = logging.getLogger("sbdesk.startup")


@dataclass
class Start:
    args: Any  # the parsed command line (lang, operator)
    folder: Path  # the data folder, resolved once
    ask: Callable[[str], bool]  # a yes/no question to the person starting the program
    tell: Callable[[str], None]  # a message they must read before the start stops
    door: Any = None  # the Qt half of the steps (sbdesk.ui.start)
    lock: Any = None  # the held QLockFile
    branch: bool = False  # a branch server (PostgreSQL) instead of the folder's SQLite file
    first: Any = None  # the first start's answer (place, name, 工号, office), recorded once the database is open
    window: Any = None
    times: dict[str, float] = field(default_factory=dict)  # ms per step, for the log and benchmarks


class Step:
    name = "step"

    def should_skip(self, start: Start) -> bool:
        return False

    def run(self, start: Start) -> int | None:
        raise NotImplementedError


class Lock(Step):
    """One window per data folder: a second one is told who holds it, and stops."""

    name = "lock"

    def run(self, start: Start) -> int | None:
        start.lock, holder = start.door.acquire_lock(start.folder)
        if start.lock is None:
            start.tell(holder)
            return 3
        return None


class Database(Step):
    """Which database: ``--database``/SBDESK_DATABASE, else the window's setting (Settings →
    Branch database…), else the folder's own SQLite file."""

    name = "database"

    def run(self, start: Start) -> int | None:
        chosen = start.door.chosen_database(start.folder)
        if getattr(start.args, "database", None) is None and chosen:
            paths.choose_database(chosen)
        start.branch = bool(paths.database())
        return None


class Unlock(Step):
    """A protected folder's key, before anything reads the file: SBDESK_KEY_FILE, the keyring,
    else the person's password or recovery key (a wrong one is said and tried again).
    Cancelling stops the start; a refused key file is said, and stops it too."""

    name = "unlock"

    def should_skip(self, start: Start) -> bool:
        return start.branch or not start.door.protected(start.folder)

    def run(self, start: Start) -> int | None:
        try:
            how = start.door.unlock(start.folder)
        except (ServiceError, StoreError, OSError) as exc:  # a key file refused, protection.json damaged
            start.tell(start.door.error_text(exc))
            return 2
        return 0 if how is None else None


class CheckAndRecover(Step):
    """A shallow look at the file (is it a database, not cut short, not from a newer sbdesk);
    a damaged or missing file is offered the newest sound backup, never re-created silently."""

    name = "check"

    def should_skip(self, start: Start) -> bool:
        return start.branch  # a branch server keeps its own health and recovery

    def run(self, start: Start) -> int | None:
        stop = start.door.open_or_recover(start.folder, start.ask)
        if stop:
            start.tell(stop)
            return 3
        return None


class SignIn(Step):
    """First start only: where the window works and, at a counter, who works (ui/signin.py).
    Skipped once chosen, with ``--operator``, and in the bundle's self-test. Closing the
    question stops the start before anything is opened or written."""

    name = "sign-in"

    def run(self, start: Start) -> int | None:
        start.first = start.door.ask_place(start.folder, start.args)
        return 0 if start.first is False else None


class Protect(Step):
    """A new data folder's first start: what is kept, where, how it is protected and how to
    delete it, and the choice of a password (recommended) or none; a password's recovery key
    is shown once. Closing it stops the start, as closing the sign-in does."""

    name = "protect"

    def should_skip(self, start: Start) -> bool:
        return start.branch

    def run(self, start: Start) -> int | None:
        return 0 if start.door.ask_protection(start.folder) is False else None


class Window(Step):
    """Open the database and show the window with the members tab (the other tabs are built
    when first shown). A branch server that is away is said so, with a retry, never replaced
    by a local file."""

    name = "window"

    def run(self, start: Start) -> int | None:
        door = start.door
        while True:
            try:
                start.window = door.build_main_window(
                    start.folder, lang=start.args.lang, operator=start.args.operator, ask_password=door.ask_password
                )
                break
            except StoreError as exc:
                if exc.code == "db.server_away" and door.retry_away(door.error_text(exc)):
                    continue
                start.tell(door.error_text(exc))
                return 3
            except (ServiceError, OSError) as exc:
                start.tell(door.error_text(exc))
                return 3
        if start.first:
            start.window.signed_in(start.first)  # the first sign-in's audit row, once the database is open
        start.window.show()
        return None


class Background(Step):
    """After the window shows, through its job runner: the deep check when due, then the
    automatic copy when due; damage found offers the latest sound backup."""

    name = "background"

    def should_skip(self, start: Start) -> bool:
        return start.branch  # a server is checked with Tools → Check database and backed up with pg_dump

    def run(self, start: Start) -> int | None:
        window, folder, door = start.window, start.folder, start.door
        window.maintain_later(lambda: door.restart_after_recovery(window, folder))
        return None


STEPS: tuple[Step, ...] = (
    Lock(),
    Database(),
    Unlock(),
    CheckAndRecover(),
    SignIn(),
    Protect(),
    Window(),
    Background(),
)


def run(start: Start, steps: tuple[Step, ...] = STEPS) -> int | None:
    """The steps in order; the first exit code stops the start."""
    for step in steps:
        if step.should_skip(start):
            continue
        began = time.perf_counter()
        code = step.run(start)
        start.times[step.name] = (time.perf_counter() - began) * 1000
        if code is not None:
            return code
    log.info("start-up steps (ms): %s", ", ".join(f"{k} {v:.0f}" for k, v in start.times.items()))
    return None
