"""`migrate-to` turns the server's per-row checks off while it copies (store/transfer_checks.py):
a bad row in the source must still be refused, by the verification of the whole copy on the
server, and nothing is left there. Here the file's own check is skipped (transfer.copy is called
directly), so each finding is the server's; one bad row passes the file's check too and is
refused through the CLI."""

from __future__ import annotations

import hashlib
import sqlite3

import psycopg
import pytest

from sbdesk.store import audit, db, server, transfer
from tests.cli.test_migrate_to import office, run


def tables_on(url: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0]


def rechain(conn: sqlite3.Connection) -> None:
    """Every audit row's hash recomputed, as a forger with the file would (the triggers that
    keep the log append-only are put back as they were)."""
    made = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'").fetchall()
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'"):
        conn.execute(f"DROP TRIGGER {name}")
    prev = audit.GENESIS
    for rid, at, operator, action, subject, detail in conn.execute(
        "SELECT id, at, operator, action, subject, detail FROM audit ORDER BY id"
    ).fetchall():
        digest = audit._digest(prev, at, operator, action, subject, detail)
        conn.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, rid))
        prev = digest
    for (sql,) in made:
        conn.execute(sql)


def edited(folder, *statements, chain=False):
    """The file edited behind sbdesk's back (the append-only triggers put back as they were)."""
    conn = sqlite3.connect(folder / "sbdesk.db")
    saved = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('audit', 'seals')"
    ).fetchall()
    for name, _ in saved:
        conn.execute(f"DROP TRIGGER {name}")
    for sql in statements:
        conn.execute(sql)
    for _, sql in saved:
        conn.execute(sql)
    if chain:
        rechain(conn)
    conn.commit()
    conn.close()


BAD = {
    "a person changed": (("UPDATE people SET name = '张大伟' WHERE id = 1",), False, "person:1 was changed"),
    "a person added": (
        (
            (
                "INSERT INTO people (id_number, name, region_code, insurance, created_at, updated_at)"
                " SELECT '11010519491231002X', '王五', region_code, 'resident', created_at, updated_at FROM people LIMIT 1"
            ),
        ),
        False,
        "person:3 is not in the audit log",
    ),
    "a binding deleted": (("DELETE FROM bindings WHERE id = 2",), False, "binding:2 was deleted"),
    "an audit row edited": (("UPDATE audit SET action = 'x' WHERE id = 2",), False, "audit row 2: content"),
    "the chain cut": (("UPDATE audit SET prev_hash = hash WHERE id = 3",), False, "audit row 3"),
    "a seal edited": (
        ("UPDATE seals SET hash = 'deleted' WHERE id = 1",),
        False,
        "seals of audit row",
    ),
    "a seal naming no row": (("UPDATE seals SET subject = 'person:01' WHERE id = 1",), False, "seal 1: it names no"),
    "a detail that is no object": (("UPDATE audit SET detail = '[1]' WHERE id = 1",), True, "audit row 1: detail is"),
    "a detail that is no JSON": (("UPDATE audit SET detail = 'oops' WHERE id = 1",), True, "audit row 1: detail is"),
    "the counter off": (("UPDATE row_counts SET n = 5 WHERE name = 'people'",), False, "row_counts: people 5"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_row_in_the_source_is_refused_by_the_server_and_nothing_stays(tmp_path, empty_server_db, case):
    statements, chain, said = BAD[case]
    folder = tmp_path / "office"
    office(folder)
    edited(folder, *statements, chain=chain)
    source = db.connect(folder / "sbdesk.db")
    target = server.connect(empty_server_db)
    try:
        with pytest.raises((transfer.Unverified, db.Refused)) as found:
            transfer.copy(source, target)
    finally:
        source.close()
        target.close()
    assert said in str(getattr(found.value, "detail", "")) + str(found.value), found.value
    assert tables_on(empty_server_db) == 0


def test_a_detail_no_check_of_the_file_minds_is_still_refused_by_the_cli(tmp_path, empty_server_db):
    """The file's check recomputes the chain but never asks whether a detail is a JSON object;
    the server's trigger does, and the copy that turned it off asks it of every row."""
    folder = tmp_path / "office"
    office(folder)
    edited(folder, "UPDATE audit SET detail = '\"text\"' WHERE id = 1", chain=True)
    for anchor in (folder / "logs").iterdir():  # the anchors of the chain before (a forger removes them too)
        anchor.unlink()
    before = hashlib.sha256((folder / "sbdesk.db").read_bytes()).hexdigest()
    assert run("check", data_dir=folder, env={"SBDESK_DATABASE": ""}).returncode == 0  # the file passes its check
    out = run("migrate-to", empty_server_db, "--lang", "en", data_dir=folder, env={"SBDESK_DATABASE": ""})
    assert out.returncode == 2, out.stderr
    assert "audit row 1: detail is not a JSON object" in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 2  # the warning about the password in the address, and this
    assert tables_on(empty_server_db) == 0
    assert hashlib.sha256((folder / "sbdesk.db").read_bytes()).hexdigest() == before  # the file left as it was
