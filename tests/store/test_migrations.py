"""Each historical schema, as a real file, migrates to the current one without loss."""
import shutil
import sqlite3
from pathlib import Path

import pytest

from sbdesk.store import audit, db

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("fixture, version", [("schema1.db", 1), ("schema2.db", 2), ("schema3.db", 3)])
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
    assert {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts} == counts
    assert db.integrity(conn) == [] and audit.verify(conn) == []
    columns = {r[1] for r in conn.execute("PRAGMA table_info(applications)")}
    assert {"member_region", "member_insurance"} <= columns
    assert conn.execute("SELECT count(*) FROM service_passwords").fetchone()[0] == (version >= 2)
    assert {r[1] for r in conn.execute("PRAGMA table_info(people)")} >= {"ss_account", "financial_account"}
    assert [r[0] for r in conn.execute("SELECT DISTINCT ss_account FROM people ORDER BY 1")] == \
        (["active", "unknown"] if version >= 3 else ["unknown"])
    assert conn.execute("SELECT count(*) FROM contributions").fetchone()[0] == (1 if version >= 3 else 0)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='bindings_owner'").fetchone()[0] == 1
    # schema 6: nobody's retirement category has been asked yet
    assert [r[0] for r in conn.execute("SELECT DISTINCT retirement_category FROM people")] == [None]
    # schema 8: the channel is data (a fifth, the 医保钱包, needed no rebuild after this one)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name='bindings'").fetchone()[0]
    assert "'hospital'" not in sql
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE tbl_name='bindings' AND type='index'"
                        ).fetchone()[0] == 4
    conn.close()
    [copy] = (tmp_path / "backups").glob(f"sbdesk-schema{version}-*.db")
    old = sqlite3.connect(copy)
    assert old.execute("PRAGMA user_version").fetchone()[0] == version
    old.close()
