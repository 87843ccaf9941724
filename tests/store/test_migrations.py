"""Each historical schema, as a real file, migrates to the current one without loss."""
import shutil
import sqlite3
from pathlib import Path

import pytest

from sbdesk.store import audit, db, seals

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("fixture, version", [("schema1.db", 1), ("schema2.db", 2), ("schema3.db", 3),
                                              ("schema4.db", 4)])
def test_an_old_database_migrates_keeping_everything(tmp_path, fixture, version):
    path = tmp_path / "sbdesk.db"
    shutil.copy(DATA / fixture, path)
    before = sqlite3.connect(path)
    assert before.execute("PRAGMA user_version").fetchone()[0] == version
    counts = {t: before.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("people", "bindings", "relations", "audit", "regions")
              + (("applications", "attachments") if version >= 2 else ())}
    before.close()

    conn = db.open_database(path, tmp_path / "backups")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == db.LATEST
    counts["audit"] += 1  # schema 7 seals the rows on record, in one audit row
    assert {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts} == counts
    assert conn.execute("PRAGMA application_id").fetchone()[0] == db.APPLICATION_ID
    assert seals.verify(conn) == []
    assert db.integrity(conn) == [] and audit.verify(conn) == []
    columns = {r[1] for r in conn.execute("PRAGMA table_info(applications)")}
    assert {"member_region", "member_insurance"} <= columns
    assert conn.execute("SELECT count(*) FROM service_passwords").fetchone()[0] == (version >= 2)
    assert {r[1] for r in conn.execute("PRAGMA table_info(people)")} >= {"ss_account", "financial_account"}
    assert [r[0] for r in conn.execute("SELECT DISTINCT ss_account FROM people ORDER BY 1")] == \
        (["active", "unknown"] if version >= 3 else ["unknown"])
    assert conn.execute("SELECT count(*) FROM contributions").fetchone()[0] == (1 if version >= 3 else 0)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='bindings_owner'").fetchone()[0] == 1
    conn.close()
    [copy] = (tmp_path / "backups").glob(f"sbdesk-schema{version}-*.db")
    old = sqlite3.connect(copy)
    assert old.execute("PRAGMA user_version").fetchone()[0] == version
    old.close()
