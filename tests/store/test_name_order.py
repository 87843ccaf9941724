"""Pinyin order kept by the database (people.name_key) and the people counter (schema 9)."""

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from sbdesk.services import maintenance, people
from sbdesk.store import db
from sbdesk.store import people as people_store
from sbdesk.store.name_key import name_key
from tests.conftest import make_id

DATA = Path(__file__).parent / "data"


def test_keys_follow_the_dictionary_and_surname_readings():
    # 万 wàn before 王 wáng (the syllable ends before "g"), 阿 ā first, 曾 as a surname is Zēng
    assert sorted(["张伟", "王芳", "万军", "曾小红", "阿明"], key=name_key) == [
        "阿明",
        "万军",
        "王芳",
        "曾小红",
        "张伟",
    ]
    assert name_key("张伟") == "zhang1张wei3伟"
    assert name_key("Anna") == name_key("anna") == "anna" and name_key("") == ""


def test_schema6_migrates_with_every_name_keyed_and_the_count_kept(tmp_path):
    path = tmp_path / "sbdesk.db"
    shutil.copy(DATA / "schema6.db", path)
    old = sqlite3.connect(path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 6
    old.close()
    conn = db.open_database(path, tmp_path / "backups")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == db.LATEST
    assert [r[0] for r in conn.execute("SELECT name FROM people ORDER BY name_key")] == [
        "阿明",
        "万军",
        "王芳",
        "曾小红",
        "张伟",
    ]
    assert all(key == name_key(name) for name, key in conn.execute("SELECT name, name_key FROM people"))
    assert people_store.count(conn) == 5  # one of six was deleted before the migration
    assert db.integrity(conn) == []
    conn.close()


def _add(desk, name, day, seq):
    return people.add(
        desk, name=name, id_number=make_id(date(1990, 1, day), "510104", seq), region="成都市", insurance="resident"
    )


def test_adds_edits_and_deletes_keep_order_and_count(desk):
    zhang = _add(desk, "张伟", 1, 11)
    wang = _add(desk, "王芳", 2, 12)
    a = _add(desk, "阿明", 3, 13)
    assert people.search(desk, "", 10) == [a, wang, zhang] and people.count(desk) == 3
    people.update(desk, a.id, name="赵明", region="成都市", insurance="resident")  # Zhao after Zhang now
    assert [p.name for p in people.search(desk, "", 10)] == ["王芳", "张伟", "赵明"]
    people.delete(desk, wang.id)
    assert people.count(desk) == 2 == desk.conn.execute("SELECT count(*) FROM people").fetchone()[0]


def test_the_count_is_read_not_scanned_and_a_drifted_counter_is_reported(desk):
    _add(desk, "张伟", 1, 11)
    desk.conn.execute("UPDATE row_counts SET n = 41 WHERE name = 'people'")
    assert people.count(desk) == 41  # the status bar reads one row, however many people
    result = maintenance.check(desk)
    assert not result["ok"] and any("41" in p for p in result["problems"])


def test_everyone_pages_in_name_order_and_down_to_one_person(desk):
    made = [_add(desk, name, i + 1, 20 + i) for i, name in enumerate("赵钱孙李周吴郑王冯陈")]
    ordered = sorted(made, key=lambda p: name_key(p.name))
    first = people.id_page(desk, 0, 3)
    assert first == [p.id for p in ordered[:3]]
    assert people.id_page(desk, first[-1], 3) == [p.id for p in ordered[3:6]]
    assert people.ids_around(desk, ordered[8].id, 2) == ([p.id for p in ordered[6:8]], [p.id for p in ordered[8:10]])
    assert people.id_page_before(desk, ordered[1].id, 5) == [ordered[0].id]
    by_number = sorted(made, key=lambda p: p.id_number, reverse=True)
    assert people.id_page(desk, 0, 10, "id_number", True) == [p.id for p in by_number]
