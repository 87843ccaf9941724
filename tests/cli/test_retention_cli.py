"""`sbdesk purge` deletes the pictures kept past their days and says which; `sbdesk retention`
shows the days in use and sets the office's own, one translated line for a bad number."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from sbdesk.services import people, qinqing
from sbdesk.services.desk import open_desk
from sbdesk.store import audit
from tests.cli.test_cli import run
from tests.conftest import TODAY
from tests.services.test_qinqing import ADULT, OWNER, application, credential


def opened_long_ago(folder, tmp_path, database: str, days: int = 31) -> int:
    desk = open_desk(folder, operator="tester", today=lambda: TODAY, database=database)
    try:
        owner = people.add(desk, name="张伟", id_number=OWNER, region="成都市", insurance="employee")
        app = application(owner, ADULT, face_verified_by="clerk", face_verified_at="2026-11-25T10:00")
        done = qinqing.submit(desk, app, [credential(desk, tmp_path)])
        when = (datetime.now().astimezone() - timedelta(days=days)).isoformat(timespec="seconds")
        desk.conn.execute("UPDATE applications SET updated_at=? WHERE id=?", (when, done.id))
        return done.id
    finally:
        desk.close()


def test_purge_deletes_the_pictures_past_their_days_and_says_which(tmp_path, both_engines):
    folder = tmp_path / "data"
    app_id = opened_long_ago(folder, tmp_path, both_engines)
    dry = run("purge", "--dry-run", "--lang", "en", data_dir=folder)
    assert (dry.returncode, dry.stdout.strip()) == (
        0,
        f"Pictures to delete: 1 (applications #{app_id}; past 30 days). Nothing was deleted.",
    ), dry.stderr
    out = run("purge", "--lang", "zh_CN", data_dir=folder)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"已删除图片 1 张（申请 #{app_id}，超过 30 天）。"
    again = run("purge", "--json", data_dir=folder)
    assert json.loads(again.stdout) == {"images": 0, "applications": [], "days": 30, "dry_run": False}
    desk = open_desk(folder, operator="tester", database=both_engines)
    try:
        assert qinqing.load(desk, app_id)[1] == []
        [row] = audit.entries(desk.conn, "attachments")
        assert row["detail"]["applications"] == [f"#{app_id}"]
    finally:
        desk.close()


@pytest.mark.parametrize("bad", ["0", "abc", "99999", "-1", "1e3"])
def test_a_bad_number_of_days_is_one_translated_line_and_exit_2(tmp_path, bad):
    folder = tmp_path / "data"
    opened_long_ago(folder, tmp_path, "")
    for args in (("retention", "--days", bad), ("--lang", "zh_CN", "retention", f"--days={bad}")):
        out = run(*args, *(() if "--lang" in args else ("--lang", "en")), data_dir=folder)
        assert out.returncode == 2 and out.stdout == ""
        assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
        assert "1" in out.stderr and "3650" in out.stderr, out.stderr
    assert "Days to keep pictures" in run("retention", "--days", bad, "--lang", "en", data_dir=folder).stderr
    shown = run("retention", "--json", data_dir=folder)
    assert json.loads(shown.stdout)["days"] == 30  # nothing half-written


def test_the_office_sets_its_days_and_the_purge_keeps_to_them(tmp_path, both_engines):
    folder = tmp_path / "data"
    app_id = opened_long_ago(folder, tmp_path, both_engines, days=10)
    shown = run("retention", "--lang", "en", data_dir=folder)
    assert shown.stdout.strip() == (
        "Pictures of an application are deleted 30 days after its last change"
        " (since 2021-11-01: 《中华人民共和国个人信息保护法》第十九条)."
    )
    assert run("purge", "--json", data_dir=folder).stdout.count('"images": 0') == 1  # 10 days: kept
    out = run("retention", "--days", "7", "--lang", "en", data_dir=folder)
    assert out.returncode == 0, out.stderr
    assert "7 days after its last change (this office's setting" in out.stdout
    purged = json.loads(run("purge", "--json", data_dir=folder).stdout)
    assert (purged["images"], purged["applications"], purged["days"]) == (1, [app_id], 7)
