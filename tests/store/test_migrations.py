"""Each historical schema, as a real file, migrates to the current one without loss."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from sbdesk.store import audit, db, seals

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    "fixture, version", [("schema1.db", 1), ("schema2.db", 2), ("schema3.db", 3), ("schema4.db", 4)]
)
def test_an_old_database_migrates_keeping_everything(tmp_path, fixture, version):
    path = tmp_path / "sbdesk.db"
    shutil.copy(DATA / fixture, path)
    before = sqlite3.connect(path)
    assert before.execute("PRAGMA user_version").fetchone()[0] == version
    counts = {
        t: before.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("people", "bindings", "relations", "audit", "regions")
        + (("applications", "attachments") if version >= 2 else ())
    }
    before.close()

    conn = db.open_database(path, tmp_path / "backups")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == db.LATEST
    counts["audit"] += 2  # schemas 7 and 9 seal the rows on record (9 filled name_key), one audit row each
    assert {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts} == counts
    assert conn.execute("PRAGMA application_id").fetchone()[0] == db.APPLICATION_ID
    assert seals.verify(conn) == []
    assert db.integrity(conn) == [] and audit.verify(conn) == []
    columns = {r[1] for r in conn.execute("PRAGMA table_info(applications)")}
    assert {"member_region", "member_insurance"} <= columns
    assert conn.execute("SELECT count(*) FROM service_passwords").fetchone()[0] == (version in (2, 3))
    assert {r[1] for r in conn.execute("PRAGMA table_info(people)")} >= {"ss_account", "financial_account"}
    assert [r[0] for r in conn.execute("SELECT DISTINCT ss_account FROM people ORDER BY 1")] == (
        ["active", "unknown"] if version >= 3 else ["unknown"]
    )
    assert conn.execute("SELECT count(*) FROM contributions").fetchone()[0] == (1 if version == 3 else 0)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='bindings_owner'").fetchone()[0] == 1
    # schema 6: nobody's retirement category has been asked yet
    assert [r[0] for r in conn.execute("SELECT DISTINCT retirement_category FROM people")] == [None]
    # schema 8: the channel is data (a fifth, the 医保钱包, needed no rebuild after this one)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name='bindings'").fetchone()[0]
    assert "'hospital'" not in sql
    assert (
        conn.execute("SELECT count(*) FROM sqlite_master WHERE tbl_name='bindings' AND type='index'").fetchone()[0] == 6
    )  # schema 8's four and schema 19's two (the report's days)
    conn.close()
    [copy] = (tmp_path / "backups").glob(f"sbdesk-schema{version}-*.db")
    old = sqlite3.connect(copy)
    assert old.execute("PRAGMA user_version").fetchone()[0] == version
    old.close()


def test_a_schema_4_folder_keeps_every_person_in_their_region_after_the_new_catalogue(tmp_path):
    """Made by tests/store/data/make_schema4.py with the code before migration 0005: ten people in
    seed regions (四川省本级, 潜江, 云阳县, 雄安 …) and one an office added (139999 华北油田)."""
    from sbdesk.services import binding, people
    from sbdesk.services.desk import open_desk

    folder = tmp_path / "office"
    folder.mkdir()
    shutil.copy(DATA / "schema4.db", folder / "sbdesk.db")
    old = sqlite3.connect(folder / "sbdesk.db")
    before = dict(old.execute("SELECT id_number, region_code FROM people"))
    old.close()
    desk = open_desk(folder, operator="tester")
    try:
        after = dict(desk.conn.execute("SELECT id_number, region_code FROM people"))
        assert after == before and len(after) == 10
        cat = desk.catalogue
        assert all(cat.get(code) is not None for code in after.values())
        assert cat.get("139999").name == "华北油田"  # the office's own region stays
        assert cat.get("440100").batch == "office2"  # and so does its report
        assert "first" not in cat.batches  # 2026-01-10 was never an opening date
        assert len(cat.regions) >= 333 + 27
        assert [b.status for b in binding.listing(desk)] == ["active"]
        assert people.search(desk, "张伟", 5)[0].region_code == "320500"
        assert [e["action"] for e in audit.entries(desk.conn, limit=3)][0] == "regions.update"
        assert audit.verify(desk.conn) == []
    finally:
        desk.close()
    assert list((folder / "backups").glob("sbdesk-schema4-*.db"))


def test_schema_15_lets_the_new_catalogue_date_the_first_batch_and_drop_ai_sites(tmp_path):
    """The first batch opened 2024-12-02 and sources travel: a folder merged before kept 成都 on the seed list's 2025-09-19;
    schema 15 clears the retired shipped reports (matched by id and address) so the next merge
    gives 成都 the 2024-12-02 first batch, and it stores a report's sources beside its address.
    An office's own report is left alone."""
    from datetime import date

    from sbdesk.services.desk import open_desk

    folder = tmp_path / "office"
    open_desk(folder, operator="t").close()
    conn = sqlite3.connect(folder / "sbdesk.db", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("ALTER TABLE region_batches DROP COLUMN sources")
    conn.execute(
        "INSERT INTO region_batches (id, name, opened_on, source, status, province) VALUES"
        " ('2025-09-19-seed31', 'seed', '2025-09-19', "
        "'https://m.shebao.southmoney.com/shebaoka/202509/1946590.html', 'open', ''),"
        " ('2025-02-28-0c5da1', 'office', '2025-02-28', 'https://office.example/x', 'open', '')"
    )
    conn.execute("UPDATE regions SET batch = '2025-09-19-seed31' WHERE code = '510100'")
    conn.execute("UPDATE regions SET batch = '2025-02-28-0c5da1' WHERE code = '510500'")
    conn.execute("UPDATE resource_editions SET edition = 'older' WHERE name LIKE 'regions%'")
    conn.execute("PRAGMA user_version = 14")  # schema 14 (database identity) is kept
    conn.close()
    desk = open_desk(folder, operator="t")
    try:
        assert desk.conn.execute("PRAGMA user_version").fetchone()[0] >= 15
        chengdu = desk.catalogue.get("510100")
        status = desk.catalogue.cross_status(chengdu, date(2024, 12, 2))
        assert status.status == "open" and status.batch.cited.title.startswith("惠及更广大人群")
        assert "2025-09-19-seed31" not in desk.catalogue.batches
        assert desk.catalogue.get("510500").batch == "2025-02-28-0c5da1"  # the office's, same id, other address
    finally:
        desk.close()


def test_no_two_migration_files_share_a_version():
    """The server keeps one script a version (a dict by number): a second file numbered like
    another was silently never run. Two branches of work once both wrote a 0014."""
    folder = Path(db.__file__).with_name("migrations")
    for where in (folder, folder / "postgresql"):
        numbers = [f.name[:4] for f in where.iterdir() if f.name.endswith(".sql")]
        assert len(numbers) == len(set(numbers)), sorted(numbers)
