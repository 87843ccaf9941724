"""A write one of the database's own rules refuses (a unique ID number here, with the
service's own check taken away, as two desks racing past it would) is said as a refusal on
both engines: one line, exit 2, nothing written. The SQLite file's refusal used to reach the
command line as sqlite3's IntegrityError and be called a damaged file (exit 3)."""

from __future__ import annotations

from datetime import date

from sbdesk import cli
from sbdesk.services import desk as desk_service
from sbdesk.store import people as people_store
from tests.conftest import make_id

OWNER = make_id(date(1980, 5, 1), "320505", 11)


def add(capsys, folder, name):
    code = cli.main(
        ["person", "add", "--name", name, "--id-number", OWNER, "--region", "苏州市", "--data-dir", str(folder)]
        + ["--lang", "en"]
    )
    return code, capsys.readouterr().err.strip()


def test_a_rule_of_the_database_refusing_a_write_is_one_line_and_exit_2(both_engines, tmp_path, capsys, monkeypatch):
    assert add(capsys, tmp_path, "张三") == (0, "")
    monkeypatch.setattr(people_store, "by_id_number", lambda conn, number: None)  # past the service's check
    code, err = add(capsys, tmp_path, "张三二")
    assert code == 2, err
    assert len(err.splitlines()) == 1 and "refused" in err and "nothing was saved" in err, err
    assert "damaged" not in err and "Traceback" not in err
    desk = desk_service.open_desk(tmp_path, "tester", database=both_engines or None)
    try:
        assert [p.name for p in people_store.iterate(desk.conn)] == ["张三"]
    finally:
        desk.close()
