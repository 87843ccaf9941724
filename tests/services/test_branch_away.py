"""When the branch server is away: a clear message, a retry that works once it is back, and
never a silent fall back to a local file (two copies of the truth are worse than a pause)."""

from datetime import date

import pytest

from sbdesk.domain.messages import Problem
from sbdesk.services import people
from sbdesk.services.desk import open_desk
from sbdesk.store import server
from tests.cli.test_cli import run
from tests.conftest import TODAY, make_id, pg_admin

OWNER = make_id(date(1980, 5, 1), "320505", 11)
WIFE = make_id(date(1982, 1, 2), "320505", 22)


def drop_sessions(dbname: str, allow: bool | None = None) -> None:
    with pg_admin() as admin:
        if allow is not None:
            admin.execute(f"ALTER DATABASE {dbname} WITH ALLOW_CONNECTIONS {str(allow).lower()}")
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND application_name = 'sbdesk'",
            (dbname,),
        )


def test_a_dropped_session_is_replaced_and_an_away_server_is_said_then_retried(server_db, tmp_path):
    dbname = server_db.rsplit("/", 1)[1]
    desk = open_desk(tmp_path / "desk", today=lambda: TODAY, database=server_db)
    people.add(desk, name="张三", id_number=OWNER, region="苏州市")
    drop_sessions(dbname)  # the server restarted: the next search and write simply work
    assert [p.name for p in people.search(desk, "张")] == ["张三"]
    drop_sessions(dbname, allow=False)  # and now it stays away
    with pytest.raises(server.ServerAway) as away:
        people.add(desk, name="李四", id_number=WIFE, region="苏州市")
    text = Problem(away.value.code, **away.value.params).render()
    assert "cannot be reached" in text and "nothing is kept in a local file" in text
    assert "password" not in text.lower() and server_db.split(":")[2].split("@")[0] not in text
    assert not (tmp_path / "desk" / "sbdesk.db").exists()  # no fall back to a file
    drop_sessions(dbname, allow=True)
    people.add(desk, name="李四", id_number=WIFE, region="苏州市")  # the clerk's retry
    assert people.count(desk) == 2
    desk.close()


def test_the_command_line_says_the_server_is_away_in_one_line_and_writes_no_file(tmp_path):
    out = run(
        "person", "list", "--database", "postgresql://nobody@127.0.0.1:1/branch", "--lang", "en", data_dir=tmp_path
    )
    assert out.returncode == 3
    assert len(out.stderr.strip().splitlines()) == 1 and "cannot be reached" in out.stderr
    assert "Traceback" not in out.stderr and not (tmp_path / "sbdesk.db").exists()
    zh = run(
        "person",
        "add",
        "--name",
        "张三",
        "--id-number",
        OWNER,
        "--region",
        "苏州市",
        "--database",
        "postgresql://nobody@127.0.0.1:1/branch",
        "--lang",
        "zh_CN",
        data_dir=tmp_path,
    )
    assert zh.returncode == 3 and "无法连接网点数据库" in zh.stderr and not (tmp_path / "sbdesk.db").exists()
    assert "（服务器拒绝了连接）" in zh.stderr  # libpq's English reason, said in the clerk's language
    assert "\t" not in zh.stderr and "Is the server running" not in zh.stderr
    bad = run("person", "list", "--database", "mysql://x@y/z", "--lang", "en", data_dir=tmp_path)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1 and "postgresql://" in bad.stderr


def test_check_backup_and_restore_in_server_mode(server_db, tmp_path):
    env = {"SBDESK_DATABASE": server_db}
    assert (
        run(
            "person", "add", "--name", "张三", "--id-number", OWNER, "--region", "苏州市", data_dir=tmp_path, env=env
        ).returncode
        == 0
    )
    check = run("check", "--json", data_dir=tmp_path, env=env)
    assert check.returncode == 0, check.stderr
    backup = run("backup", "--lang", "en", data_dir=tmp_path, env=env)
    assert backup.returncode == 2 and "pg_dump" in backup.stderr and len(backup.stderr.strip().splitlines()) == 1
    restore = run("restore", str(tmp_path / "x.db"), "--lang", "en", data_dir=tmp_path, env=env)
    assert restore.returncode == 2 and "pg_restore" in restore.stderr
    assert not (tmp_path / "sbdesk.db").exists() and not (tmp_path / "backups").exists()
