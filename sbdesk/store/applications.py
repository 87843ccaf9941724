"""亲情服务 applications, their attachments, and owners' service passwords."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from ..domain.attachments import Attachment
from ..domain.qinqing import Application
from . import rows
from .connection import Connection

# the applications columns as sbdesk writes them (another value there is a DamagedRow)
SHAPE = rows.Shape(
    "applications",
    (
        ("id", rows.INT, False),
        ("owner_id", rows.INT, False),
        ("member_id", rows.INT, True),
        ("member_name", rows.TEXT, False),
        ("member_id_number", rows.TEXT, False),
        ("relation", rows.TEXT, False),
        ("member_region", rows.TEXT, False),
        ("member_insurance", rows.TEXT, False),
        ("status", rows.TEXT, False),
        ("step", rows.TEXT, False),
        ("face_verified_by", rows.TEXT, True),
        ("face_verified_at", rows.TEXT, True),
        ("face_note", rows.TEXT, False),
    ),
)


def _from_row(row: sqlite3.Row) -> Application:
    values = tuple(row[c] for c in SHAPE.names)
    SHAPE.check(values, values[0])
    owner = rows.text(row["owner_name"], "people", values[1], "name") if "owner_name" in row.keys() else ""  # noqa: SIM118 - a Row's `in` looks at values
    return Application(*values, owner)  # type: ignore[call-arg]  # the row, in field order


def damaged(conn: Connection):
    """Every application row that cannot be read back (what `sbdesk check` reports)."""
    where = f"WHERE {SHAPE.suspects}" if conn.engine == "sqlite" else ""
    for row in conn.execute(f"SELECT * FROM applications {where} ORDER BY id"):  # noqa: S608 - from the schema spec
        try:
            _from_row(row)
        except rows.DamagedRow as exc:
            yield exc


SELECT = "SELECT a.*, p.name AS owner_name FROM applications a JOIN people p ON p.id = a.owner_id"


def get(conn: Connection, app_id: int) -> Application | None:
    row = conn.execute(f"{SELECT} WHERE a.id=?", (app_id,)).fetchone()
    return _from_row(row) if row else None


def unfinished(conn: Connection, owner_id: int | None = None) -> list[Application]:
    sql, args = f"{SELECT} WHERE a.status IN ('draft', 'pending_face')", []
    if owner_id is not None:
        sql += " AND (a.owner_id=? OR a.member_id=?)"
        args += [owner_id, owner_id]
    return [_from_row(r) for r in conn.execute(sql + " ORDER BY a.updated_at DESC", args)]


def save(conn: Connection, a: Application, now: str) -> int:
    values = (
        a.owner_id,
        a.member_id,
        a.member_name,
        a.member_id_number,
        a.relation,
        a.member_region,
        a.member_insurance,
        a.status,
        a.step,
        a.face_verified_by,
        a.face_verified_at,
        a.face_note,
        now,
    )
    if a.id is None:
        cur = conn.execute(
            "INSERT INTO applications (owner_id, member_id, member_name, member_id_number, relation, member_region,"
            " member_insurance, status, step, face_verified_by, face_verified_at, face_note, updated_at, created_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (*values, now),
        )
        return cur.lastrowid
    conn.execute(
        "UPDATE applications SET owner_id=?, member_id=?, member_name=?, member_id_number=?, relation=?,"
        " member_region=?, member_insurance=?, status=?, step=?, face_verified_by=?, face_verified_at=?,"
        " face_note=?, updated_at=? WHERE id=?",
        (*values, a.id),
    )
    return a.id


def replace_attachments(conn: Connection, app_id: int, items: list[Attachment], now: str) -> None:
    conn.execute("DELETE FROM attachments WHERE application_id=?", (app_id,))
    conn.executemany(
        "INSERT INTO attachments (application_id, kind, side, filename, mime, size, sha256, content, created_at)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        [(app_id, x.kind, x.side, x.filename, x.mime, x.size, x.sha256, x.content, now) for x in items],
    )


def attachments(conn: Connection, app_id: int) -> list[Attachment]:
    """The files still kept (a purged one's content is gone: it is not a file any more)."""
    rows = conn.execute(
        "SELECT kind, side, filename, mime, content FROM attachments WHERE application_id=? AND purged_at IS NULL"
        " ORDER BY id",
        (app_id,),
    )
    return [Attachment(r["kind"], r["filename"], r["mime"], bytes(r["content"]), r["side"]) for r in rows]


def kept_images(conn: Connection) -> list[tuple[int, str, int]]:
    """(application id, its last change, files whose content is still kept), for the purge:
    read through the partial index of kept attachments, so a start reads only those."""
    return [
        (r[0], r[1], r[2])
        for r in conn.execute(
            "SELECT a.id, a.updated_at, count(*) FROM attachments t JOIN applications a ON a.id = t.application_id"
            " WHERE t.purged_at IS NULL GROUP BY a.id, a.updated_at ORDER BY a.id"
        )
    ]


def purge_images(conn: Connection, app_ids: list[int], now: str) -> int:
    """Empty the content of every kept file of these applications; the row keeps kind, side,
    size and SHA-256 (what was seen), dated by ``purged_at``. How many files were emptied."""
    gone = 0
    for app_id in app_ids:
        cur = conn.execute(
            "UPDATE attachments SET content=?, purged_at=? WHERE application_id=? AND purged_at IS NULL",
            (b"", now, app_id),
        )
        gone += cur.rowcount
    return gone


def purged(conn: Connection, app_id: int) -> list[tuple[str, str, int, str, str]]:
    """(kind, side, size, sha256, purged_at) of the application's files whose content is gone."""
    rows = conn.execute(
        "SELECT kind, side, size, sha256, purged_at FROM attachments WHERE application_id=? AND purged_at IS NOT NULL"
        " ORDER BY id",
        (app_id,),
    )
    return [(r["kind"], r["side"], r["size"], r["sha256"], r["purged_at"]) for r in rows]


def password(conn: Connection, person_id: int) -> tuple[str, int, datetime | None] | None:
    row = conn.execute(
        "SELECT hash, failures, locked_until FROM service_passwords WHERE person_id=?", (person_id,)
    ).fetchone()
    if row is None:
        return None
    until = datetime.fromisoformat(row["locked_until"]) if row["locked_until"] else None
    return row["hash"], row["failures"], until


def set_password(conn: Connection, person_id: int, digest: str, now: str) -> None:
    conn.execute(
        "INSERT INTO service_passwords (person_id, hash, failures, locked_until, updated_at)"
        " VALUES (?,?,0,NULL,?) ON CONFLICT(person_id) DO UPDATE SET hash=excluded.hash, failures=0,"
        " locked_until=NULL, updated_at=excluded.updated_at",
        (person_id, digest, now),
    )


def record_try(conn: Connection, person_id: int, failures: int, locked_until: datetime | None, now: str) -> None:
    conn.execute(
        "UPDATE service_passwords SET failures=?, locked_until=?, updated_at=? WHERE person_id=?",
        (failures, locked_until.isoformat() if locked_until else None, now, person_id),
    )
