"""Moving an office onto a branch server: ``sbdesk migrate-to URL``."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain.messages import Problem
from ..store import anchors, audit, checks, db, server, transfer
from . import maintenance
from .desk import Desk
from .errors import InputError

Progress = Callable[[str, int, int], None]


class SourceCheck:
    """``maintenance.check`` of the file on a second connection, in a thread, while the rows
    are copied: at a million people the check (SQLite's integrity_check, every row hashed)
    takes as long as the copy, and the copy commits only once the check has passed. Its
    verdict is asked for between chunks (a file that fails stops the copy early) and before
    the commit (``wait``)."""

    def __init__(self, desk: Desk) -> None:
        self.conn = db.connect(Path(desk.conn.path))  # its own read snapshot: sqlite3 connections are not shared
        self.desk = Desk(self.conn, desk.data_dir, None, desk.operator, desk.today)
        self.report: dict[str, Any] | None = None
        self.error: BaseException | None = None
        self._stopped = threading.Event()
        self._open = threading.Lock()  # held while the connection is closed or cancelled
        self._closed = False
        self.conn.stop_when(self._stopped.is_set)
        self.thread = threading.Thread(target=self._run, name="sbdesk-source-check", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.report = maintenance.check(self.desk)
        except BaseException as exc:  # noqa: BLE001 - given to the copying thread, which raises it
            self.error = exc
        finally:
            with self._open:
                self.conn.close()
                self._closed = True

    def raise_if_failed(self) -> None:
        """Raise what the check found, if it has ended and found something."""
        if self.thread.is_alive():
            return
        if self.error is not None:
            raise self.error
        if self.report is not None and not self.report["ok"]:
            raise InputError([("", Problem("migrate.source_broken", detail=self.report["problems"][0]))])

    def wait(self, progress: Progress | None) -> None:
        if self.thread.is_alive() and progress:
            progress("check", 0, 0)
        self.thread.join()
        self.raise_if_failed()

    def stop(self) -> None:
        """Ctrl+C or a failed copy: the check ends at its next step."""
        self._stopped.set()
        with self._open:  # the thread may have closed the connection since it was asked about
            if not self._closed:
                self.conn.cancel_statement()
        self.thread.join()


def migrate_to(desk: Desk, url: str, progress: Progress | None = None) -> dict[str, Any]:
    """Copy the data folder's SQLite file into an empty server database. The file must pass
    its own check (chain, seals, anchors), which runs beside the copy and before it commits;
    the copy is verified on the server before it commits, and both sides end on the same audit
    head, which is anchored in the folder's log. The file itself is left as it was (keep it as
    the last copy from before the move). ``progress(stage, done, total)`` is told as it goes
    (the CLI shows it): transfer.copy's stages, and ("check", 0, 0) while the copy waits for
    the file's check."""
    if desk.conn.engine == "postgresql":
        raise InputError([("database", Problem("migrate.from_server"))])
    if not server.is_url(url):
        scheme = url.partition("://")[0][:20] + "://…" if "://" in url else "…"
        raise InputError([("database", Problem("db.url", path=scheme, detail=server.NOT_A_URL))])
    checking = SourceCheck(desk)
    try:
        target = server.connect(url)
    except BaseException:
        checking.stop()
        raise

    def watched(stage: str, done: int, total: int) -> None:
        checking.raise_if_failed()
        if progress:
            progress(stage, done, total)

    try:
        with checks.snapshot(desk.conn):  # the rows copied are one state of the file
            counts = transfer.copy(desk.conn, target, watched, lambda: checking.wait(progress))
        head = audit.head(target)
        identity = anchors.identity(target)
    except transfer.NotEmpty as exc:
        raise InputError([("database", Problem("migrate.not_empty", path=target.path, detail=exc.detail))]) from None
    except transfer.Unverified as exc:
        raise InputError([("", Problem("migrate.unverified", path=target.path, detail=exc.detail))]) from None
    except db.Refused as exc:  # a rule of the server's schema refused a copied row
        raise InputError([
            ("", Problem("migrate.unverified", path=target.path, detail=exc.params.get("detail", "")))
        ]) from None
    finally:
        checking.stop()
        target.close()
    mine = audit.head(desk.conn)
    if head != mine:  # cannot happen after a verified copy; said loudly if it ever does
        raise InputError([("", Problem("migrate.unverified", path=server.shown(url), detail="audit heads differ"))])
    anchors.record(desk.data_dir, head, "migrate-to", identity=identity)
    return {"database": server.shown(url), "rows": counts, "audit_head": {"id": head[0], "hash": head[1]}}
