"""Pictures kept no longer than needed: an application's credentials and face photos are
deleted once its days are up, the record keeping what was seen; the office sets the days."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from sbdesk.services import people, qinqing, retention
from sbdesk.services.desk import open_desk
from sbdesk.services.errors import InputError
from sbdesk.store import audit
from tests.conftest import TODAY
from tests.services.test_qinqing import ADULT, CHILD, FACE, OWNER, application, credential


@pytest.fixture
def owner(desk):
    return people.add(desk, name="张伟", id_number=OWNER, region="成都市", insurance="employee")


def later(days: float) -> datetime:
    return datetime.now().astimezone() + timedelta(days=days)


def stored(desk) -> list[tuple]:
    return [
        tuple(r) for r in desk.conn.execute("SELECT kind, size, sha256, length(content) FROM attachments ORDER BY id")
    ]


def test_the_law_and_its_thirty_days_are_the_shipped_rule(desk):
    rule = retention.rule(desk)
    assert (rule.days, rule.since, rule.by_office) == (30, date(2021, 11, 1), False)
    assert "个人信息保护法" in rule.source and "第十九条" in rule.source


def test_a_finished_applications_pictures_go_after_thirty_days_and_the_record_stays(desk, owner, tmp_path):
    photo, _ = qinqing.read_attachment(desk, "face_photo", FACE)
    done = qinqing.submit(
        desk,
        replace(
            application(owner, CHILD, name="张小明", relation="child"),
            face_verified_by="clerk",
            face_verified_at="2026-11-25T10:00",
        ),
        [credential(desk, tmp_path), photo],
    )
    before = stored(desk)
    assert retention.purge(desk, now=later(29)).images == 0  # not yet: nothing deleted, no row
    assert stored(desk) == before
    assert audit.entries(desk.conn, "attachments") == []
    gone = retention.purge(desk, now=later(31))
    assert (gone.images, gone.applications, gone.days, gone.recorded) == (2, (done.id,), 30, True)
    # the record says which files were seen (kind, size, SHA-256); their content is gone
    assert [(k, s, h, 0) for k, s, h, _ in before] == stored(desk)
    assert qinqing.load(desk, done.id)[1] == []
    assert qinqing.load(desk, done.id)[0].status == "opened"
    [row] = audit.entries(desk.conn, "attachments")
    assert row["action"] == "retention.purge"
    assert row["detail"] == {"images": 2, "applications": [f"#{done.id}"], "days": 30}
    assert CHILD not in json.dumps(row, ensure_ascii=False) and "张小明" not in json.dumps(row, ensure_ascii=False)
    assert retention.purge(desk, now=later(60)).images == 0  # once: nothing left to delete, no second row
    assert len(audit.entries(desk.conn, "attachments")) == 1


def test_an_abandoned_draft_loses_its_pictures_and_a_draft_in_use_keeps_them(desk, owner, tmp_path):
    old = qinqing.save_draft(desk, application(owner, ADULT), [credential(desk, tmp_path)])
    desk.conn.execute(
        "UPDATE applications SET updated_at=? WHERE id=?",
        ((datetime.now().astimezone() - timedelta(days=31)).isoformat(timespec="seconds"), old.id),
    )
    fresh = qinqing.save_draft(desk, application(owner, CHILD, name="张小明"), [credential(desk, tmp_path)])
    assert retention.purge(desk, dry_run=True).applications == (old.id,)
    assert len(qinqing.load(desk, old.id)[1]) == 1  # a dry run deletes nothing
    gone = retention.purge(desk)
    assert gone.applications == (old.id,)
    assert qinqing.load(desk, old.id)[1] == [] and len(qinqing.load(desk, fresh.id)[1]) == 1
    assert qinqing.load(desk, old.id)[0].status == "draft"  # still there to go on with: the files asked again


def test_an_office_sets_its_own_days_checked_and_audited(desk, data_dir, engine, owner, tmp_path):
    done = qinqing.submit(desk, application(owner, ADULT), [credential(desk, tmp_path)])
    for bad in ("0", "abc", "3651", "-5", "7.5", ""):
        with pytest.raises(InputError) as err:
            retention.set_days(desk, bad)
        assert [p.code for _, p in err.value.problems] == ["retention.days"]
    assert retention.rule(desk).days == 30
    kept = retention.set_days(desk, "7")
    assert (kept.days, kept.by_office, kept.since) == (7, True, TODAY)
    [row] = audit.entries(desk.conn, "policy")
    assert (row["action"], row["detail"]) == ("policy.retention", {"days": 7, "before": 30})
    assert retention.purge(desk, now=later(8)).applications == (done.id,)
    again = open_desk(data_dir, operator="tester", today=lambda: TODAY, database=engine)  # kept in the database
    try:
        assert retention.rule(again).days == 7
    finally:
        again.close()


def marked_pdf(tmp_path, marker: bytes):
    """A credential whose bytes hold ``marker`` many times over (several pages of the file)."""
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + marker * 2000 + b"\n%%EOF\n")
    return pdf


def file_bytes(data_dir) -> bytes:
    """The database and its WAL as they lie on the disk (read with the desk closed)."""
    return b"".join(p.read_bytes() for p in data_dir.glob("sbdesk.db*") if p.is_file())


@pytest.fixture(params=["this build", "a build without secure delete"])
def sqlite_build(request, monkeypatch):
    """SQLite as built here (Debian's keeps SQLITE_SECURE_DELETE on), or as python.org's
    Windows build and SQLCipher's ship it: deleted content left in the file's free pages."""
    if request.param != "this build":
        import sqlite3

        real = sqlite3.connect

        def connect(*args, **kwargs):
            conn = real(*args, **kwargs)
            sqlite3.Connection.execute(conn, "PRAGMA secure_delete = OFF")  # before sbdesk sets its own
            return conn

        monkeypatch.setattr(sqlite3, "connect", connect)
    return request.param


@pytest.mark.sqlite_only("reads the file's bytes")
@pytest.mark.parametrize("how", ["person deleted", "purged"])
def test_no_byte_of_a_deleted_picture_stays_in_the_file(data_dir, engine, tmp_path, how, sqlite_build):
    import secrets

    marker = secrets.token_bytes(24)
    desk = open_desk(data_dir, operator="tester", today=lambda: TODAY)
    owner = people.add(desk, name="张伟", id_number=OWNER, region="成都市", insurance="employee")
    item, _ = qinqing.read_attachment(desk, "credential", marked_pdf(tmp_path, marker))
    opened = application(owner, ADULT, face_verified_by="clerk", face_verified_at="2026-11-25T10:00")
    done = qinqing.submit(desk, opened, [item])
    desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    desk.close()
    assert marker in file_bytes(data_dir)  # the picture was in the file
    desk = open_desk(data_dir, operator="tester", today=lambda: TODAY)
    if how == "person deleted":
        people.delete(desk, done.member_id)
        assert desk.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    else:
        assert retention.purge(desk, now=later(31)).images == 1
    desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    desk.close()
    assert marker not in file_bytes(data_dir)
