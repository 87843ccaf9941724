"""Moving an office onto a branch server: ``sbdesk migrate-to URL``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..domain.messages import Problem
from ..store import anchors, audit, db, server, transfer
from . import maintenance
from .desk import Desk
from .errors import InputError


def migrate_to(desk: Desk, url: str, progress: Callable[[str, int], None] | None = None) -> dict[str, Any]:
    """Copy the data folder's SQLite file into an empty server database. The file must pass
    its own check first (chain, seals, anchors); the copy is verified on the server before it
    commits, and both sides end on the same audit head, which is anchored in the folder's log.
    The file itself is left as it was (keep it as the last copy from before the move).
    ``progress(table, rows copied so far)`` is told after each chunk (the CLI shows it)."""
    if desk.conn.engine == "postgresql":
        raise InputError([("database", Problem("migrate.from_server"))])
    if not server.is_url(url):
        scheme = url.partition("://")[0][:20] + "://…" if "://" in url else "…"
        raise InputError([("database", Problem("db.url", path=scheme, detail=server.NOT_A_URL))])
    report = maintenance.check(desk)
    if not report["ok"]:
        raise InputError([("", Problem("migrate.source_broken", detail=report["problems"][0]))])
    target = server.connect(url)
    try:
        try:
            counts = transfer.copy(desk.conn, target, progress)
        except transfer.NotEmpty as exc:
            raise InputError([
                ("database", Problem("migrate.not_empty", path=target.path, detail=exc.detail))
            ]) from None
        except transfer.Unverified as exc:
            raise InputError([("", Problem("migrate.unverified", path=target.path, detail=exc.detail))]) from None
        except db.Refused as exc:  # a rule of the server's schema refused a copied row
            raise InputError([
                ("", Problem("migrate.unverified", path=target.path, detail=exc.params.get("detail", "")))
            ]) from None
        head = audit.head(target)
        identity = anchors.identity(target)
    finally:
        target.close()
    mine = audit.head(desk.conn)
    if head != mine:  # cannot happen after a verified copy; said loudly if it ever does
        raise InputError([("", Problem("migrate.unverified", path=server.shown(url), detail="audit heads differ"))])
    anchors.record(desk.data_dir, head, "migrate-to", identity=identity)
    return {"database": server.shown(url), "rows": counts, "audit_head": {"id": head[0], "hash": head[1]}}
